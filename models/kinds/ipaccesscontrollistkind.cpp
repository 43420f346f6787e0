#include "models/kinds/ipaccesscontrollistkind.h"

using namespace Qt::StringLiterals;

const IpAccessControlListKind &IpAccessControlListKind::instance()
{
    static const IpAccessControlListKind kind;
    return kind;
}

TwilioCollection IpAccessControlListKind::collection(const QString & /*parentId*/)
{
    return TwilioCollections::ipAccessControlLists();
}

QString IpAccessControlListKind::title(const IpAccessControlList &record)
{
    const QString shown = name(record);
    return shown.isEmpty() ? record.sid : shown;
}

QString IpAccessControlListKind::identity(const IpAccessControlList &record)
{
    return tr("%1 (%2)").arg(title(record), record.sid);
}

QString IpAccessControlListKind::searchText(const IpAccessControlList &record)
{
    return (record.friendlyName + u'\n' + record.sid).toLower();
}

QList<DetailGroup> IpAccessControlListKind::details(const IpAccessControlList &record)
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

QList<RecordColumn<IpAccessControlList>> IpAccessControlListKind::columns()
{
    return {
        { tr("Friendly name"), tr("The name the list is known by in the Twilio Console."),
            [](const IpAccessControlList &record) -> QVariant { return record.friendlyName; } },
        { tr("SID"),
            tr("The IP access control list\'s SID (AL…), which a domain\'s mapping names."),
            [](const IpAccessControlList &record) -> QVariant { return record.sid; } },
        { tr("Updated"), tr("When the list was last changed, in your time zone."),
            [](const IpAccessControlList &record) -> QVariant {
                return shownDate(record.dateUpdated);
            },
            [](const IpAccessControlList &record) -> QVariant { return record.dateUpdated; } },
    };
}

QString IpAccessControlListKind::key() const
{
    return u"ipAccessControlLists"_s;
}

QString IpAccessControlListKind::singular() const
{
    return tr("IP access control list");
}

QString IpAccessControlListKind::countText(int count) const
{
    return tr("%Ln IP access control list(s)", nullptr, count);
}

QString IpAccessControlListKind::emptyText() const
{
    return tr("This account has no IP access control lists yet. An IP access control list holds "
              "the addresses a SIP domain accepts calls from.");
}

QString IpAccessControlListKind::searchPlaceholder() const
{
    return tr("Search friendly name or SID (Ctrl+F)");
}

QList<RecordKind::CopyColumn> IpAccessControlListKind::copyColumns() const
{
    return { { tr("Copy SID"), Sid }, { tr("Copy friendly name"), FriendlyName } };
}

QString IpAccessControlListKind::deleteConsequence() const
{
    return tr("Every SIP domain that maps it for calls loses that mapping, and its addresses go "
              "with it: a domain left without a calls mapping receives no traffic.");
}
