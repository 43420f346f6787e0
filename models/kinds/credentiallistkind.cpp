#include "models/kinds/credentiallistkind.h"

using namespace Qt::StringLiterals;

const CredentialListKind &CredentialListKind::instance()
{
    static const CredentialListKind kind;
    return kind;
}

TwilioCollection CredentialListKind::collection(const QString & /*parentId*/)
{
    return TwilioCollections::credentialLists();
}

QString CredentialListKind::title(const CredentialList &record)
{
    const QString shown = name(record);
    return shown.isEmpty() ? record.sid : shown;
}

QString CredentialListKind::identity(const CredentialList &record)
{
    return tr("%1 (%2)").arg(title(record), record.sid);
}

QString CredentialListKind::searchText(const CredentialList &record)
{
    return (record.friendlyName + u'\n' + record.sid).toLower();
}

QList<DetailGroup> CredentialListKind::details(const CredentialList &record)
{
    using namespace RecordDetails;
    return {
        { tr("General"),
            { { tr("Friendly name"), text(record.friendlyName) },
                { tr("SID"), text(record.sid), true },
                { tr("Created"), dateText(record.dateCreated) },
                { tr("Updated"), dateText(record.dateUpdated) } } },
        twilioBookkeeping(record.toJson()),
    };
}

QList<RecordColumn<CredentialList>> CredentialListKind::columns()
{
    return {
        { tr("Friendly name"), tr("The name the list is known by in the Twilio Console."),
            [](const CredentialList &record) -> QVariant { return record.friendlyName; } },
        { tr("SID"), tr("The credential list\'s SID (CL…), which a domain\'s mapping names."),
            [](const CredentialList &record) -> QVariant { return record.sid; } },
        { tr("Updated"), tr("When the list was last changed, in your time zone."),
            [](const CredentialList &record) -> QVariant { return shownDate(record.dateUpdated); },
            [](const CredentialList &record) -> QVariant { return record.dateUpdated; } },
    };
}

QString CredentialListKind::key() const
{
    return u"credentialLists"_s;
}

QString CredentialListKind::singular() const
{
    return tr("credential list");
}

QString CredentialListKind::countText(int count) const
{
    return tr("%Ln credential list(s)", nullptr, count);
}

QString CredentialListKind::emptyText() const
{
    return tr("This account has no credential lists yet. A credential list holds the usernames and "
              "passwords that SIP domains can challenge calls and registrations with.");
}

QString CredentialListKind::searchPlaceholder() const
{
    return tr("Search friendly name or SID (Ctrl+F)");
}

QList<RecordKind::CopyColumn> CredentialListKind::copyColumns() const
{
    return { { tr("Copy SID"), Sid }, { tr("Copy friendly name"), FriendlyName } };
}

QString CredentialListKind::deleteConsequence() const
{
    return tr(
        "Every SIP domain that maps it for calls or registrations loses that mapping, and its "
        "credentials go with it: a domain left without a calls mapping receives no traffic.");
}
