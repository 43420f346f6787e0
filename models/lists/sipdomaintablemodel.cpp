#include "models/lists/sipdomaintablemodel.h"

#include "models/kinds/recorddetails.h"
#include "models/lists/kindtablemodel.h" // shownDate
#include "models/lists/tooltip.h"

using namespace Qt::StringLiterals;

using CheckState = RegistrationMappingCheck::State;

SipDomainTableModel::SipDomainTableModel(QObject *parent)
    : RecordTableModel(parent)
{
    connect(&m_registrations, &RegistrationMappingCheck::stateChanged, this,
        &SipDomainTableModel::onRegistrationStateChanged);
}

void SipDomainTableModel::setClient(TwilioClient *client)
{
    clear();
    m_client = client;
    m_registrations.setClient(client);
}

void SipDomainTableModel::setServiceClient(ServiceClient *client)
{
    setClient(qobject_cast<TwilioClient *>(client));
}

ApiListJob *SipDomainTableModel::startList()
{
    return m_client ? m_client->listDomains(m_pageSize, false, decoders()) : nullptr;
}

void SipDomainTableModel::clearRecords()
{
    RecordTableModel::clearRecords();
    // Another list (a refresh, another account): what was checked is old.
    m_registrations.clear();
    m_shownSids.clear();
    m_shown.clear();
    m_rowHint.clear();
}

void SipDomainTableModel::removeRecordAt(int row)
{
    const QString sid = storedAt(row).sid();
    RecordTableModel::removeRecordAt(row);
    m_shown.remove(sid);
    m_shownSids.removeOne(sid);
    m_registrations.forget(sid);
}

void SipDomainTableModel::upsert(const SipDomain &domain)
{
    // Whatever was checked describes the domain before the edit.
    m_registrations.forget(domain.sid);
    RecordTableModel::upsert(domain);
    m_shownSids.removeOne(domain.sid);
    if (m_shown.contains(domain.sid) && domain.sipRegistration)
        m_shownSids.append(domain.sid);
    updateWanted();
}

void SipDomainTableModel::setShownRows(const QList<int> &rows)
{
    m_shownSids.clear();
    m_shown.clear();
    for (int row : rows) {
        if (row < 0 || row >= rowCount())
            continue;
        const CompactSipDomain &domain = storedAt(row);
        const QString sid = domain.sid();
        m_shown.insert(sid);
        if (domain.sipRegistration()) {
            m_shownSids.append(sid);
            m_rowHint.insert(sid, row);
        }
    }
    updateWanted();
}

void SipDomainTableModel::setRoleFiltered(int role, bool filtered)
{
    if (role != CannotRegisterRole || filtered == m_checkAll)
        return;
    m_checkAll = filtered;
    // Rows loaded later are checked too, while the filter is on.
    if (filtered)
        connect(this, &QAbstractItemModel::rowsInserted, this, &SipDomainTableModel::updateWanted,
            Qt::UniqueConnection);
    else
        disconnect(
            this, &QAbstractItemModel::rowsInserted, this, &SipDomainTableModel::updateWanted);
    updateWanted();
}

void SipDomainTableModel::updateWanted()
{
    QStringList wanted = m_shownSids;
    m_checkAllTotal = 0;
    m_checkAllDone = 0;
    if (m_checkAll) {
        const QList<CompactSipDomain> &all = records();
        for (qsizetype row = 0; row < all.size(); ++row) {
            const CompactSipDomain &domain = all.at(row);
            if (!domain.sipRegistration())
                continue;
            ++m_checkAllTotal;
            // Those waiting stay wanted: the list replaces the waiting ones.
            const QString sid = domain.sid();
            const CheckState state = m_registrations.state(sid);
            if (state == CheckState::NotChecked || state == CheckState::Pending) {
                wanted.append(sid);
                m_rowHint.insert(sid, int(row));
            } else {
                ++m_checkAllDone;
            }
        }
    }
    emitRowsChanged(m_registrations.setWanted(wanted));
    emit activityChanged();
}

int SipDomainTableModel::rowOf(const QString &domainSid) const
{
    const int hint = m_rowHint.value(domainSid, -1);
    if (hint >= 0 && hint < rowCount() && storedAt(hint).sid() == domainSid)
        return hint;
    return rowForId(domainSid);
}

void SipDomainTableModel::emitRowsChanged(const QSet<QString> &domainSids)
{
    if (domainSids.isEmpty())
        return;
    int first = rowCount();
    int last = -1;
    for (const QString &sid : domainSids) {
        const int row = rowOf(sid);
        if (row < 0)
            continue;
        first = qMin(first, row);
        last = qMax(last, row);
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void SipDomainTableModel::onRegistrationStateChanged(const QString &domainSid)
{
    const int row = rowOf(domainSid);
    if (row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    if (m_checkAll && row >= 0 && m_checkAllDone < m_checkAllTotal) {
        ++m_checkAllDone;
        emit activityChanged();
    }
}

QString SipDomainTableModel::activityText() const
{
    if (!m_checkAll || m_checkAllDone >= m_checkAllTotal)
        return {};
    return tr("checking registrations: %L1 of %L2 domains")
        .arg(m_checkAllDone)
        .arg(m_checkAllTotal);
}

int SipDomainTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SipDomainTableModel::authTypeText(const QString &authType)
{
    if (authType.isEmpty())
        return tr("None");
    QStringList parts;
    for (const QString &type : authType.split(u',', Qt::SkipEmptyParts)) {
        const QString trimmed = type.trimmed();
        if (trimmed == u"IP_ACL"_s)
            parts.append(tr("IP access control list"));
        else if (trimmed == u"CREDENTIAL_LIST"_s)
            parts.append(tr("Credential list"));
        else
            parts.append(trimmed);
    }
    return parts.join(u" + "_s);
}

QVariant SipDomainTableModel::displayText(const CompactSipDomain &domain, int column) const
{
    switch (column) {
    case FriendlyName:
        return domain.friendlyName();
    case DomainName:
        return domain.domainName();
    case Sid:
        return domain.sid();
    case AuthType:
        return authTypeText(domain.authType());
    case Registration:
        return RecordDetails::flagText(domain.sipRegistration());
    case VoiceUrl:
        return domain.voiceUrl();
    case Secure:
        // One wording for every setting, here and in the detail pane.
        return RecordDetails::flagText(domain.secure());
    case Updated:
        return shownDate(domain.dateUpdated());
    case Health:
        return health(domain).text();
    }
    return {};
}

CheckState SipDomainTableModel::registrationState(const CompactSipDomain &domain) const
{
    return domain.sipRegistration() ? m_registrations.state(domain.sid()) : CheckState::NotChecked;
}

DomainHealth SipDomainTableModel::health(const CompactSipDomain &domain) const
{
    const bool checked = domain.sipRegistration();
    return { domain, registrationState(domain),
        checked ? m_registrations.failure(domain.sid()) : QString() };
}

QVariant SipDomainTableModel::sortValue(const CompactSipDomain &domain, int column) const
{
    switch (column) {
    case Registration:
        return int(domain.sipRegistration());
    case Secure:
        return int(domain.secure());
    case Updated:
        return domain.dateUpdated();
    case Health:
        return health(domain).rank();
    default:
        return displayText(domain, column);
    }
}

QVariant SipDomainTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompactSipDomain &domain = storedAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(domain, column);
    case Qt::ToolTipRole:
        if (column == FriendlyName || column == AuthType || column == Registration
            || column == Health) {
            const QString health = this->health(domain).toolTip();
            if (!health.isEmpty())
                return ToolTip::plain(health);
        }
        if (column == VoiceUrl) {
            const QString url = domain.voiceUrl();
            if (!url.isEmpty())
                return ToolTip::plain(tr("%1 %2").arg(domain.voiceMethod(), url));
        }
        // The cell is short; its tooltip names the time zone, as the pane and a ticket do.
        if (column == Updated)
            return ToolTip::plain(RecordDetails::dateText(domain.dateUpdated()));
        return ToolTip::plain(displayText(domain, column).toString());
    case SortRole:
        return sortValue(domain, column);
    case RecordRole:
        return QVariant::fromValue(domain.expanded());
    case IdRole:
        return domain.sid();
    case SearchTextRole:
        return searchTextAt(index.row());
    case WarningRole: {
        // Only what was found: a check that failed or has not run is no warning.
        const QStringList found = health(domain).problems();
        return found.isEmpty() ? QVariant() : QVariant(found.join(u'\n'));
    }
    case NoAuthMappingRole:
        return !domain.hasAuthMapping();
    case SipRegistrationRole:
        return domain.sipRegistration();
    case CannotRegisterRole:
        return registrationState(domain) == CheckState::Unmapped;
    case RegistrationCheckRole:
        return int(registrationState(domain));
    default:
        return {};
    }
}

QVariant SipDomainTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel::headerData(section, orientation, role);
    switch (section) {
    case FriendlyName:
        return tr("Friendly name");
    case DomainName:
        return tr("Domain name");
    case Sid:
        return tr("SID");
    case AuthType:
        return tr("Calls authentication");
    case Registration:
        return tr("Registration");
    case VoiceUrl:
        return tr("Voice URL");
    case Secure:
        return tr("Secure");
    case Updated:
        return tr("Updated");
    case Health:
        return tr("Health");
    }
    return {};
}

QString SipDomainTableModel::headerToolTip(int section)
{
    switch (section) {
    case FriendlyName:
        return tr("The name the account gave the domain");
    case DomainName:
        return tr("The SIP address phones and carriers send to (…sip.twilio.com)");
    case Sid:
        return tr("Twilio's unique ID of the domain (SD…)");
    case AuthType:
        return tr("How calls are admitted (Twilio's auth_type): IP access control lists, "
                  "credential lists, or none (then the domain receives no traffic). Registrations "
                  "have mappings of their own: see Health");
    case Registration:
        return tr("Whether SIP phones may register with the domain");
    case VoiceUrl:
        return tr("The URL Twilio asks what to do with an incoming call");
    case Secure:
        return tr("Whether calls must use TLS and SRTP");
    case Updated:
        return tr("When the domain was last changed, in your time zone");
    case Health:
        return tr("What is wrong with the domain's authentication: nothing mapped for calls (it "
                  "receives no traffic), or registration on with no credential list mapped for "
                  "registrations (devices cannot register). Registrations are checked for the "
                  "rows on screen; sort puts problems first");
    }
    return {};
}
