#pragma once

#include "models/kinds/sipdomainkind.h"
#include "models/lists/domainhealth.h"
#include "models/lists/recordtablemodel.h"

#include "models/api/twilioclient.h"
#include "models/lists/registrationmappingcheck.h"
#include "models/records/compactsipdomain.h"
#include "models/records/sipdomain.h"

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QStringList>

// The SIP domains of one Twilio account, as a support person scans them.
//
// The Health column says what is wrong with a domain's authentication: no
// calls mapping (its auth_type is empty: it receives no traffic), and
// registration on without a credential list mapped for registrations
// (devices cannot register). The domain's JSON does not tell the second:
// it costs a request per domain, so it is checked only for the rows a view
// shows (setShownRows) and, while a proxy filters on CannotRegisterRole,
// for every loaded row — a few requests at a time, each domain once until
// the rows are cleared, refreshed or the domain is upserted. data() never
// sends anything.
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
        Health,
        ColumnCount
    };
    enum DomainRole {
        NoAuthMappingRole = FirstCustomRole, // bool: nothing mapped for calls
        SipRegistrationRole, // bool
        CannotRegisterRole, // bool: registration on, checked, nothing mapped for it
        RegistrationCheckRole, // int: RegistrationMappingCheck::State
    };

    explicit SipDomainTableModel(QObject *parent = nullptr);

    // The account to list; not owned. nullptr (or a new client) clears the rows.
    void setClient(TwilioClient *client);
    void setServiceClient(ServiceClient *client) override;
    TwilioClient *client() const { return m_client; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }
    RegistrationMappingCheck &registrationCheck() { return m_registrations; }

    void setShownRows(const QList<int> &rows) override;
    void setRoleFiltered(int role, bool filtered) override;
    // While filtered on CannotRegisterRole: how far the checks of every
    // loaded domain with registration on are.
    QString activityText() const override;
    // Also drops the domain's registration check result, and checks again
    // when the row is shown.
    void upsert(const SipDomain &domain);
    void upsertRecord(const QVariant &record) override { upsert(record.value<SipDomain>()); }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString authTypeText(const QString &authType);

protected:
    ApiListJob *startList() override;
    void clearRecords() override;
    void removeRecordAt(int row) override;

private:
    // What a column holds, for the header's tooltip.
    static QString headerToolTip(int section);
    QVariant displayText(const CompactSipDomain &domain, int column) const;
    QVariant sortValue(const CompactSipDomain &domain, int column) const;
    RegistrationMappingCheck::State registrationState(const CompactSipDomain &domain) const;
    DomainHealth health(const CompactSipDomain &domain) const;

    // Tells the check which domains are wanted now: the shown ones first,
    // then every loaded one while filtered on CannotRegisterRole.
    void updateWanted();
    void onRegistrationStateChanged(const QString &domainSid);
    int rowOf(const QString &domainSid) const;
    void emitRowsChanged(const QSet<QString> &domainSids);

    QPointer<TwilioClient> m_client;
    int m_pageSize = 1000;
    RegistrationMappingCheck m_registrations;
    QStringList m_shownSids; // with registration on, in the order shown
    QSet<QString> m_shown;
    bool m_checkAll = false;
    // Of the loaded domains with registration on, while m_checkAll: how
    // many there are, and how many have a result.
    int m_checkAllTotal = 0;
    int m_checkAllDone = 0;
    // Where a wanted domain was when it was asked for; checked before use.
    QHash<QString, int> m_rowHint;
};
