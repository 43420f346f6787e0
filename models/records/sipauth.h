#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

// The records of a Twilio account's SIP authentication (API 2010-04-01,
// under /Accounts/{AccountSid}/SIP/), as Twilio's API reference and its
// OpenAPI description (twilio_api_v2010) define them. Nullable text keeps
// JSON null as a null QString; dates are RFC 2822 in GMT on the wire.

// What a credential list and an IP access control list both are: a named
// list of an account, whose members are under subresource_uris.
struct SipAuthList
{
    QString sid;
    QString accountSid;
    QString friendlyName;
    QString uri;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QMap<QString, QString> subresourceUris;

    QJsonObject toJson() const;

    friend bool operator==(const SipAuthList &, const SipAuthList &) = default;

protected:
    void readJson(const QJsonObject &json);
};

// A credential list (CL…): usernames and passwords a domain can challenge
// calls or registrations with. Its subresource_uris name "credentials".
struct CredentialList : SipAuthList
{
    static CredentialList fromJson(const QJsonObject &json);
};

// One username of a credential list (CR…). The password is write-only: no
// answer of the API holds it, and neither does this record.
struct SipCredential
{
    QString sid;
    QString accountSid;
    QString credentialListSid;
    QString username;
    QString uri;
    QDateTime dateCreated;
    QDateTime dateUpdated;

    static SipCredential fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const SipCredential &, const SipCredential &) = default;
};

// An IP access control list (AL…): the addresses a domain accepts calls
// from. Its subresource_uris name "ip_addresses".
struct IpAccessControlList : SipAuthList
{
    static IpAccessControlList fromJson(const QJsonObject &json);
};

// One IPv4 address or range of an IP access control list (IP…).
struct IpAddress
{
    static constexpr int kWholeAddress = 32;

    QString sid;
    QString accountSid;
    QString ipAccessControlListSid;
    QString friendlyName;
    QString ipAddress;
    int cidrPrefixLength = kWholeAddress; // always an integer on the wire
    QString uri;
    QDateTime dateCreated;
    QDateTime dateUpdated;

    // "192.0.2.0/24"; the bare address when the whole address is used.
    QString range() const;

    static IpAddress fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const IpAddress &, const IpAddress &) = default;
};

// One list mapped to a SIP domain. Its sid is the mapped list's own sid
// (CL… or AL…): a mapping is fetched and deleted by the list's sid. The
// Auth/Calls and Auth/Registrations mappings have exactly account_sid, sid,
// friendly_name and the dates; the older per-domain mappings
// (Domains/{SD}/CredentialListMappings.json) add domain_sid and uri, which
// stay null here for the newer ones and are then left out of toJson().
struct AuthMapping
{
    QString sid;
    QString accountSid;
    QString friendlyName;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QString domainSid;
    QString uri;

    static AuthMapping fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const AuthMapping &, const AuthMapping &) = default;
};

Q_DECLARE_TYPEINFO(CredentialList, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(SipCredential, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(IpAccessControlList, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(IpAddress, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(AuthMapping, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(CredentialList)
Q_DECLARE_METATYPE(SipCredential)
Q_DECLARE_METATYPE(IpAccessControlList)
Q_DECLARE_METATYPE(IpAddress)
Q_DECLARE_METATYPE(AuthMapping)
