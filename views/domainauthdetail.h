#pragma once

#include "views/recorddetailextension.h"

#include "models/api/twilioclient.h"

#include <QList>
#include <QPointer>

class ApiListJob;

// For a selected SIP domain: the lists mapped to it, by name, per mapping
// set (calls: credential lists and IP ACLs; registrations: credential
// lists), which the raw subresource_uris only point to. Loads them through the
// domain's account; answers for another domain or account are dropped.
class DomainAuthDetail : public RecordDetailExtension
{
    Q_OBJECT

public:
    using RecordDetailExtension::RecordDetailExtension;
    ~DomainAuthDetail() override;

    bool appliesTo(const QModelIndex &row, const RecordKind &kind) const override;
    void show(const QModelIndex &row, const RecordKind &kind) override;
    void clear() override;
    QString html() const override;
    DetailGroup group() const override;

private:
    static TwilioClient *clientOf(const QModelIndex &row);
    void onJobFinished(ApiListJob *job, int set);
    bool loaded() const { return m_done[0] && m_done[1] && m_done[2]; }

    QPointer<TwilioClient> m_client;
    QString m_domainSid;
    // What was loaded for: account, SID, mapping changes so far, the record's fields.
    QString m_recordKey;
    QList<QPointer<ApiListJob>> m_jobs;
    QStringList m_names[3];
    bool m_done[3] = {};
    QString m_error;
};
