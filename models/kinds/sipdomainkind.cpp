#include "models/kinds/sipdomainkind.h"

#include "models/lists/sipdomaintablemodel.h"

using namespace Qt::StringLiterals;

const SipDomainKind &SipDomainKind::instance()
{
    static const SipDomainKind kind;
    return kind;
}

QString SipDomainKind::title(const SipDomain &domain)
{
    return domain.friendlyName.isEmpty() ? domain.domainName : domain.friendlyName;
}

QString SipDomainKind::identity(const SipDomain &domain)
{
    const QString identity = tr("%1 (%2)").arg(domain.domainName, domain.sid);
    if (domain.friendlyName.isEmpty() || domain.friendlyName == domain.domainName)
        return identity;
    constexpr qsizetype shownName = 40;
    const QString name = domain.friendlyName.size() <= shownName
        ? domain.friendlyName
        : domain.friendlyName.left(shownName - 1) + u'…';
    return tr("%1 — %2").arg(identity, name);
}

QString SipDomainKind::searchText(const SipDomain &domain)
{
    return (domain.friendlyName + u'\n' + domain.domainName + u'\n' + domain.sid).toLower();
}

QString SipDomainKind::searchText(const CompactSipDomain &domain)
{
    return (domain.friendlyName() + u'\n' + domain.domainName() + u'\n' + domain.sid()).toLower();
}

QList<DetailGroup> SipDomainKind::details(const SipDomain &domain)
{
    using namespace RecordDetails;
    const auto method = [](const QString &value) {
        return value.isEmpty() ? tr("Service default (POST)") : value;
    };
    return {
        { tr("General"),
            { { tr("Friendly name"), text(domain.friendlyName) },
                { tr("Domain name"), text(domain.domainName) },
                { tr("SID"), text(domain.sid), true },
                { tr("Calls authentication"), SipDomainTableModel::authTypeText(domain.authType) },
                { tr("Created"), dateText(domain.dateCreated) },
                { tr("Updated"), dateText(domain.dateUpdated) } } },
        { tr("Voice"),
            { { tr("URL"), text(domain.voiceUrl) },
                { tr("Method"), method(domain.voiceMethod) } } },
        { tr("Fallback"),
            { { tr("URL"), text(domain.voiceFallbackUrl) },
                { tr("Method"), method(domain.voiceFallbackMethod) } } },
        { tr("Status callback"),
            { { tr("URL"), text(domain.voiceStatusCallbackUrl) },
                { tr("Method"), method(domain.voiceStatusCallbackMethod) } } },
        { tr("Emergency calling"),
            { { tr("Emergency calling"), flagText(domain.emergencyCallingEnabled) },
                { tr("Emergency caller SID"), text(domain.emergencyCallerSid),
                    !domain.emergencyCallerSid.isEmpty() } } },
        { tr("Registration and security"),
            { { tr("SIP registration"), flagText(domain.sipRegistration) },
                { tr("Secure media"), flagText(domain.secure) } } },
        { tr("BYOC trunk"),
            { { tr("BYOC trunk SID"), text(domain.byocTrunkSid),
                !domain.byocTrunkSid.isEmpty() } } },
        twilioBookkeeping(domain.toJson()),
    };
}

QString SipDomainKind::key() const
{
    return u"sipDomains"_s;
}

QString SipDomainKind::singular() const
{
    return tr("SIP domain");
}

QString SipDomainKind::countText(int count) const
{
    return tr("%Ln SIP domain(s)", nullptr, count);
}

QString SipDomainKind::emptyText() const
{
    return tr("This account has no SIP domains yet.");
}

QString SipDomainKind::searchPlaceholder() const
{
    return tr("Search friendly name, domain name or SID (Ctrl+F)");
}

QList<RecordKind::QuickFilter> SipDomainKind::quickFilters() const
{
    using Model = SipDomainTableModel;
    return {
        { tr("Receives no traffic"), Model::NoAuthMappingRole, true },
        // Checks every loaded domain with registration on, a few at a time:
        // rows come in as their checks finish.
        { tr("Cannot register"), Model::CannotRegisterRole, true },
        { tr("Registration on"), Model::SipRegistrationRole, true },
        { tr("Registration off"), Model::SipRegistrationRole, false },
    };
}

QList<RecordKind::CopyColumn> SipDomainKind::copyColumns() const
{
    using Model = SipDomainTableModel;
    return { { tr("Copy SID"), Model::Sid }, { tr("Copy domain name"), Model::DomainName } };
}

QList<int> SipDomainKind::hiddenColumns() const
{
    using Model = SipDomainTableModel;
    // What a support engineer scans first stays: name, domain name, SID, health
    // (which sums up authentication and registration) and when it changed.
    return { Model::AuthType, Model::Registration, Model::VoiceUrl, Model::Secure };
}

PagedTableModel *SipDomainKind::createModel(QObject *parent) const
{
    return new SipDomainTableModel(parent);
}
