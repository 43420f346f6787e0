#include "models/lists/sipdomaintablemodel.h"

#include "models/lists/tooltip.h"

#include <QLocale>

using namespace Qt::StringLiterals;

SipDomainTableModel::SipDomainTableModel(QObject *parent)
    : RecordTableModel(parent)
{ }

void SipDomainTableModel::setClient(TwilioClient *client)
{
    clear();
    m_client = client;
}

void SipDomainTableModel::setServiceClient(ServiceClient *client)
{
    setClient(qobject_cast<TwilioClient *>(client));
}

ApiListJob *SipDomainTableModel::startList()
{
    return m_client ? m_client->listDomains(m_pageSize, false, &decodeItems) : nullptr;
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
            parts.append(tr("IP ACL"));
        else if (trimmed == u"CREDENTIAL_LIST"_s)
            parts.append(tr("Credential list"));
        else
            parts.append(trimmed);
    }
    return parts.join(u" + "_s);
}

QVariant SipDomainTableModel::displayText(const SipDomain &domain, int column) const
{
    switch (column) {
    case FriendlyName:
        return domain.friendlyName;
    case DomainName:
        return domain.domainName;
    case Sid:
        return domain.sid;
    case AuthType:
        return authTypeText(domain.authType);
    case Registration:
        return domain.sipRegistration ? tr("On") : tr("Off");
    case VoiceUrl:
        return domain.voiceUrl;
    case Secure:
        return domain.secure ? tr("Yes") : tr("No");
    case Updated:
        return domain.dateUpdated.isValid()
            ? QLocale().toString(domain.dateUpdated.toLocalTime(), QLocale::ShortFormat)
            : QString();
    }
    return {};
}

QVariant SipDomainTableModel::sortValue(const SipDomain &domain, int column) const
{
    switch (column) {
    case Registration:
        return int(domain.sipRegistration);
    case Secure:
        return int(domain.secure);
    case Updated:
        return domain.dateUpdated;
    default:
        return displayText(domain, column);
    }
}

QVariant SipDomainTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SipDomain &domain = recordAt(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(domain, column);
    case Qt::ToolTipRole:
        if (!domain.hasAuthMapping() && (column == FriendlyName || column == AuthType))
            return ToolTip::plain(data(index, WarningRole).toString());
        if (column == VoiceUrl && !domain.voiceUrl.isEmpty())
            return ToolTip::plain(tr("%1 %2").arg(domain.voiceMethod, domain.voiceUrl));
        return ToolTip::plain(displayText(domain, column).toString());
    case SortRole:
        return sortValue(domain, column);
    case RecordRole:
        return QVariant::fromValue(domain);
    case IdRole:
        return domain.sid;
    case SearchTextRole:
        return searchTextAt(index.row());
    case WarningRole:
        return domain.hasAuthMapping()
            ? QVariant()
            : QVariant(tr("No authentication is mapped (IP ACL or credential list): this domain "
                          "receives no traffic."));
    case NoAuthMappingRole:
        return !domain.hasAuthMapping();
    case SipRegistrationRole:
        return domain.sipRegistration;
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
        return tr("Authentication");
    case Registration:
        return tr("Registration");
    case VoiceUrl:
        return tr("Voice URL");
    case Secure:
        return tr("Secure");
    case Updated:
        return tr("Updated");
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
        return tr("How callers are admitted: IP access control lists, credential lists, or "
                  "none (then the domain receives no traffic)");
    case Registration:
        return tr("Whether SIP phones may register with the domain");
    case VoiceUrl:
        return tr("The URL Twilio asks what to do with an incoming call");
    case Secure:
        return tr("Whether calls must use TLS and SRTP");
    case Updated:
        return tr("When the domain was last changed, in your time zone");
    }
    return {};
}
