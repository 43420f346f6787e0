#include "models/kinds/sipcredentialkind.h"

#include "models/kinds/credentiallistkind.h"

using namespace Qt::StringLiterals;

const SipCredentialKind &SipCredentialKind::instance()
{
    static const SipCredentialKind kind;
    return kind;
}

TwilioCollection SipCredentialKind::collection(const QString &parentId)
{
    return TwilioCollections::credentials(parentId);
}

QString SipCredentialKind::title(const SipCredential &record)
{
    const QString shown = name(record);
    return shown.isEmpty() ? record.sid : shown;
}

QString SipCredentialKind::identity(const SipCredential &record)
{
    return tr("%1 (%2)").arg(title(record), record.sid);
}

QString SipCredentialKind::searchText(const SipCredential &record)
{
    return (record.username + u'\n' + record.sid).toLower();
}

QList<DetailGroup> SipCredentialKind::details(const SipCredential &record)
{
    using namespace RecordDetails;
    // The password is write-only: no record holds it, so no detail shows it.
    return {
        { tr("General"),
            { { tr("Username"), text(record.username) }, { tr("SID"), text(record.sid), true },
                { tr("Credential list SID"), text(record.credentialListSid),
                    !record.credentialListSid.isEmpty() },
                { tr("Created"), dateText(record.dateCreated) },
                { tr("Updated"), dateText(record.dateUpdated) } } },
        twilioBookkeeping(record.toJson()),
    };
}

QList<RecordColumn<SipCredential>> SipCredentialKind::columns()
{
    return {
        { tr("Username"),
            tr("The username a device or caller authenticates with. Its password is never shown: "
               "Twilio does not return it."),
            [](const SipCredential &record) -> QVariant { return record.username; } },
        { tr("SID"), tr("The credential\'s SID (CR…)."),
            [](const SipCredential &record) -> QVariant { return record.sid; } },
        { tr("Updated"),
            tr("When the credential (or its password) was last changed, in your time zone."),
            [](const SipCredential &record) -> QVariant { return shownDate(record.dateUpdated); },
            [](const SipCredential &record) -> QVariant { return record.dateUpdated; } },
    };
}

QString SipCredentialKind::key() const
{
    return u"sipCredentials"_s;
}

QString SipCredentialKind::singular() const
{
    return tr("credential");
}

QString SipCredentialKind::countText(int count) const
{
    return tr("%Ln credential(s)", nullptr, count);
}

QString SipCredentialKind::emptyText() const
{
    return tr("This credential list has no credentials yet.");
}

QString SipCredentialKind::searchPlaceholder() const
{
    return tr("Search username or SID (Ctrl+F)");
}

QList<RecordKind::CopyColumn> SipCredentialKind::copyColumns() const
{
    return { { tr("Copy username"), Username }, { tr("Copy SID"), Sid } };
}

const RecordKind *SipCredentialKind::parentKind() const
{
    return &CredentialListKind::instance();
}

QString SipCredentialKind::parentIdOf(const QVariant &record) const
{
    return record.value<SipCredential>().credentialListSid;
}
