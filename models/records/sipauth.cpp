#include "models/records/sipauth.h"

#include "models/records/sipdomain.h" // toRfc2822, fromRfc2822

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

QString nullableString(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue value = json.value(key);
    return value.isString() ? value.toString() : QString();
}

QJsonValue nullableJson(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QDateTime date(const QJsonObject &json, QLatin1StringView key)
{
    return fromRfc2822(json.value(key).toString());
}

QJsonValue dateJson(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QJsonValue(toRfc2822(dateTime)) : QJsonValue();
}

} // namespace

void SipAuthList::readJson(const QJsonObject &json)
{
    sid = nullableString(json, "sid"_L1);
    accountSid = nullableString(json, "account_sid"_L1);
    friendlyName = nullableString(json, "friendly_name"_L1);
    uri = nullableString(json, "uri"_L1);
    dateCreated = date(json, "date_created"_L1);
    dateUpdated = date(json, "date_updated"_L1);
    const QJsonObject uris = json.value("subresource_uris"_L1).toObject();
    for (auto it = uris.begin(); it != uris.end(); ++it)
        subresourceUris.insert(it.key(), it.value().toString());
}

QJsonObject SipAuthList::toJson() const
{
    QJsonObject uris;
    for (auto it = subresourceUris.begin(); it != subresourceUris.end(); ++it)
        uris.insert(it.key(), it.value());
    return {
        { u"sid"_s, nullableJson(sid) },
        { u"account_sid"_s, nullableJson(accountSid) },
        { u"friendly_name"_s, nullableJson(friendlyName) },
        { u"date_created"_s, dateJson(dateCreated) },
        { u"date_updated"_s, dateJson(dateUpdated) },
        { u"subresource_uris"_s, uris },
        { u"uri"_s, nullableJson(uri) },
    };
}

CredentialList CredentialList::fromJson(const QJsonObject &json)
{
    CredentialList list;
    list.readJson(json);
    return list;
}

IpAccessControlList IpAccessControlList::fromJson(const QJsonObject &json)
{
    IpAccessControlList list;
    list.readJson(json);
    return list;
}

SipCredential SipCredential::fromJson(const QJsonObject &json)
{
    SipCredential credential;
    credential.sid = nullableString(json, "sid"_L1);
    credential.accountSid = nullableString(json, "account_sid"_L1);
    credential.credentialListSid = nullableString(json, "credential_list_sid"_L1);
    credential.username = nullableString(json, "username"_L1);
    credential.uri = nullableString(json, "uri"_L1);
    credential.dateCreated = date(json, "date_created"_L1);
    credential.dateUpdated = date(json, "date_updated"_L1);
    return credential;
}

QJsonObject SipCredential::toJson() const
{
    return {
        { u"sid"_s, nullableJson(sid) },
        { u"account_sid"_s, nullableJson(accountSid) },
        { u"credential_list_sid"_s, nullableJson(credentialListSid) },
        { u"username"_s, nullableJson(username) },
        { u"date_created"_s, dateJson(dateCreated) },
        { u"date_updated"_s, dateJson(dateUpdated) },
        { u"uri"_s, nullableJson(uri) },
    };
}

QString IpAddress::range() const
{
    return cidrPrefixLength == kWholeAddress ? ipAddress
                                             : u"%1/%2"_s.arg(ipAddress).arg(cidrPrefixLength);
}

IpAddress IpAddress::fromJson(const QJsonObject &json)
{
    IpAddress address;
    address.sid = nullableString(json, "sid"_L1);
    address.accountSid = nullableString(json, "account_sid"_L1);
    address.ipAccessControlListSid = nullableString(json, "ip_access_control_list_sid"_L1);
    address.friendlyName = nullableString(json, "friendly_name"_L1);
    address.ipAddress = nullableString(json, "ip_address"_L1);
    const QJsonValue prefix = json.value("cidr_prefix_length"_L1);
    address.cidrPrefixLength = prefix.isDouble() ? prefix.toInt(kWholeAddress) : kWholeAddress;
    address.uri = nullableString(json, "uri"_L1);
    address.dateCreated = date(json, "date_created"_L1);
    address.dateUpdated = date(json, "date_updated"_L1);
    return address;
}

QJsonObject IpAddress::toJson() const
{
    return {
        { u"sid"_s, nullableJson(sid) },
        { u"account_sid"_s, nullableJson(accountSid) },
        { u"friendly_name"_s, nullableJson(friendlyName) },
        { u"ip_address"_s, nullableJson(ipAddress) },
        { u"cidr_prefix_length"_s, cidrPrefixLength },
        { u"ip_access_control_list_sid"_s, nullableJson(ipAccessControlListSid) },
        { u"date_created"_s, dateJson(dateCreated) },
        { u"date_updated"_s, dateJson(dateUpdated) },
        { u"uri"_s, nullableJson(uri) },
    };
}

AuthMapping AuthMapping::fromJson(const QJsonObject &json)
{
    AuthMapping mapping;
    mapping.sid = nullableString(json, "sid"_L1);
    mapping.accountSid = nullableString(json, "account_sid"_L1);
    mapping.friendlyName = nullableString(json, "friendly_name"_L1);
    mapping.dateCreated = date(json, "date_created"_L1);
    mapping.dateUpdated = date(json, "date_updated"_L1);
    mapping.domainSid = nullableString(json, "domain_sid"_L1);
    mapping.uri = nullableString(json, "uri"_L1);
    return mapping;
}

QJsonObject AuthMapping::toJson() const
{
    QJsonObject json {
        { u"account_sid"_s, nullableJson(accountSid) },
        { u"sid"_s, nullableJson(sid) },
        { u"friendly_name"_s, nullableJson(friendlyName) },
        { u"date_created"_s, dateJson(dateCreated) },
        { u"date_updated"_s, dateJson(dateUpdated) },
    };
    if (!domainSid.isNull()) {
        json.insert(u"domain_sid"_s, domainSid);
        json.insert(u"uri"_s, nullableJson(uri));
    }
    return json;
}
