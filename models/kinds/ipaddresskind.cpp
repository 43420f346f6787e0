#include "models/kinds/ipaddresskind.h"

#include "models/kinds/ipaccesscontrollistkind.h"

using namespace Qt::StringLiterals;

const IpAddressKind &IpAddressKind::instance()
{
    static const IpAddressKind kind;
    return kind;
}

TwilioCollection IpAddressKind::collection(const QString &parentId)
{
    return TwilioCollections::ipAddresses(parentId);
}

QString IpAddressKind::title(const IpAddress &record)
{
    const QString shown = name(record);
    return shown.isEmpty() ? record.sid : shown;
}

QString IpAddressKind::identity(const IpAddress &record)
{
    return tr("%1 (%2)").arg(title(record), record.sid);
}

QString IpAddressKind::searchText(const IpAddress &record)
{
    return (record.friendlyName + u'\n' + record.range() + u'\n' + record.sid).toLower();
}

QList<DetailGroup> IpAddressKind::details(const IpAddress &record)
{
    using namespace RecordDetails;
    return {
        { tr("General"),
            { { tr("Friendly name"), text(record.friendlyName) },
                { tr("SID"), text(record.sid), true },
                { tr("Created"), dateText(record.dateCreated) },
                { tr("Updated"), dateText(record.dateUpdated) } } },
        { tr("Address"),
            { { tr("IP address"), text(record.ipAddress) },
                { tr("CIDR prefix length"), QString::number(record.cidrPrefixLength) },
                { tr("Range"), text(record.range()) } } },
        { tr("List"),
            { { tr("IP access control list SID"), text(record.ipAccessControlListSid),
                !record.ipAccessControlListSid.isEmpty() } } },
        twilioBookkeeping(record.toJson()),
    };
}

QList<RecordColumn<IpAddress>> IpAddressKind::columns()
{
    return {
        { tr("Friendly name"),
            tr("What the address is, e.g. the office or the carrier it belongs to."),
            [](const IpAddress &record) -> QVariant { return record.friendlyName; } },
        { tr("Address"),
            tr("The IPv4 address, with its CIDR prefix length when it is a range (/24 is 256 "
               "addresses)."),
            [](const IpAddress &record) -> QVariant { return record.range(); } },
        { tr("SID"), tr("The IP address resource\'s SID (IP…)."),
            [](const IpAddress &record) -> QVariant { return record.sid; } },
        { tr("Updated"), tr("When the address was last changed, in your time zone."),
            [](const IpAddress &record) -> QVariant { return shownDate(record.dateUpdated); },
            [](const IpAddress &record) -> QVariant { return record.dateUpdated; } },
    };
}

QString IpAddressKind::key() const
{
    return u"ipAddresses"_s;
}

QString IpAddressKind::singular() const
{
    return tr("IP address");
}

QString IpAddressKind::countText(int count) const
{
    return tr("%Ln IP address(es)", nullptr, count);
}

QString IpAddressKind::emptyText() const
{
    return tr("This IP access control list has no addresses yet.");
}

QString IpAddressKind::searchPlaceholder() const
{
    return tr("Search friendly name, address or SID (Ctrl+F)");
}

QList<RecordKind::CopyColumn> IpAddressKind::copyColumns() const
{
    return { { tr("Copy address"), Address }, { tr("Copy SID"), Sid } };
}

const RecordKind *IpAddressKind::parentKind() const
{
    return &IpAccessControlListKind::instance();
}

QString IpAddressKind::parentIdOf(const QVariant &record) const
{
    return record.value<IpAddress>().ipAccessControlListSid;
}
