#pragma once

#include "models/kinds/sipdomainkind.h"
#include "models/lists/recordtablemodel.h"

#include "models/api/twilioclient.h"
#include "models/records/sipdomain.h"

#include <QPointer>

// The SIP domains of one Twilio account, as a support person scans them.
class SipDomainTableModel : public RecordTableModel<SipDomain, SipDomainKind>
{
    Q_OBJECT

public:
    enum Column {
        FriendlyName,
        DomainName,
        Sid,
        AuthType,
        Registration,
        VoiceUrl,
        Secure,
        Updated,
        ColumnCount
    };
    enum DomainRole { NoAuthMappingRole = FirstCustomRole, SipRegistrationRole };

    explicit SipDomainTableModel(QObject *parent = nullptr);

    // The account to list; not owned. nullptr (or a new client) clears the rows.
    void setClient(TwilioClient *client);
    void setServiceClient(ServiceClient *client) override;
    TwilioClient *client() const { return m_client; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString authTypeText(const QString &authType);

protected:
    ApiListJob *startList() override;

private:
    // What a column holds, for the header's tooltip.
    static QString headerToolTip(int section);
    QVariant displayText(const SipDomain &domain, int column) const;
    QVariant sortValue(const SipDomain &domain, int column) const;

    QPointer<TwilioClient> m_client;
    int m_pageSize = 1000;
};
