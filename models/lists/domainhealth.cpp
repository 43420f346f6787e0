#include "models/lists/domainhealth.h"

using namespace Qt::StringLiterals;

using CheckState = RegistrationMappingCheck::State;

QStringList DomainHealth::problems() const
{
    QStringList found;
    if (!domain.hasAuthMapping())
        found.append(tr("Receives no traffic: nothing mapped for calls"));
    if (registration == CheckState::Unmapped)
        found.append(tr("Devices cannot register: registration is on but no credential list is "
                        "mapped for registrations"));
    return found;
}

QString DomainHealth::text() const
{
    QStringList parts = problems();
    switch (registration) {
    case CheckState::Pending:
        parts.append(tr("Checking registrations…"));
        break;
    case CheckState::Failed:
        parts.append(tr("Could not check registrations: %1").arg(failure));
        break;
    case CheckState::NotChecked:
        if (domain.sipRegistration())
            parts.append(tr("Registrations not checked yet"));
        break;
    case CheckState::Mapped:
    case CheckState::Unmapped:
        break;
    }
    return parts.isEmpty() ? tr("OK") : parts.join(u"; "_s);
}

QString DomainHealth::toolTip() const
{
    QStringList lines;
    if (!domain.hasAuthMapping())
        lines.append(tr("Receives no traffic: nothing is mapped for calls. Map a credential list "
                        "or IP ACL for calls in the domain's Authentication section."));
    switch (registration) {
    case CheckState::Unmapped:
        lines.append(tr("Devices cannot register: registration is on but no credential list is "
                        "mapped for registrations (Twilio error 32212). Map a credential list for "
                        "registrations in the domain's Authentication section, or turn "
                        "registration off."));
        break;
    case CheckState::Pending:
        lines.append(tr("Checking whether a credential list is mapped for registrations…"));
        break;
    case CheckState::Failed:
        lines.append(tr("Could not check whether a credential list is mapped for registrations: "
                        "%1 Refresh (F5) to check again.")
                         .arg(failure));
        break;
    case CheckState::NotChecked:
        if (domain.sipRegistration())
            lines.append(tr("Registrations are checked for the rows on screen, and for all rows "
                            "with the \"Cannot register\" filter."));
        break;
    case CheckState::Mapped:
        break;
    }
    return lines.join(u'\n');
}

int DomainHealth::rank() const
{
    // Ascending: the most wrong first, then what is not known, then OK.
    const bool noTraffic = !domain.hasAuthMapping();
    switch (registration) {
    case CheckState::Unmapped:
        return noTraffic ? 0 : 1;
    case CheckState::Failed:
        return noTraffic ? 2 : 3;
    case CheckState::Pending:
    case CheckState::NotChecked:
        if (domain.sipRegistration())
            return noTraffic ? 2 : 4;
        break;
    case CheckState::Mapped:
        break;
    }
    return noTraffic ? 2 : 5;
}
