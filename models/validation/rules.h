#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Every field rule of both APIs, as pure functions. A "problem" function
// returns an empty string when the value is acceptable and otherwise a
// short, translated, specific phrase naming every problem of the value.
// Optional fields are the caller's business: these check a given value.
namespace Rules {

// Twilio SIDs: a two-letter prefix and exactly 32 hex digits (34 characters).
inline constexpr QStringView kAccountSid = u"AC";
inline constexpr QStringView kDomainSid = u"SD";
inline constexpr QStringView kByocTrunkSid = u"BY";
inline constexpr QStringView kPhoneNumberSid = u"PN";
inline constexpr QStringView kApiKeySid = u"SK";
inline constexpr QStringView kCredentialListSid = u"CL";
inline constexpr QStringView kCredentialSid = u"CR";
inline constexpr QStringView kIpAccessControlListSid = u"AL";
inline constexpr QStringView kIpAddressSid = u"IP";

bool isSid(QStringView value, QStringView prefix);
QString sidProblem(const QString &value, QStringView prefix);

// 8-4-4-4-12 hex digits, as SignalWire ids and project ids are.
bool isUuid(QStringView value);
QString uuidProblem(const QString &value);

// Domains and credential lists allow 64 characters; IP access control lists
// and their addresses 255.
inline constexpr int kFriendlyNameMaxLength = 64;
inline constexpr int kLongFriendlyNameMaxLength = 255;
QString domainNameProblem(const QString &value);
// The domain name completed with ".sip.twilio.com", for a name typed
// without it; a started suffix ("acme.sip.tw", "acme.") is finished, not
// repeated. A name that already ends with the suffix comes back as it is.
QString withDomainSuffix(const QString &value);
QString friendlyNameProblem(const QString &value);
QString longFriendlyNameProblem(const QString &value);

// A credential's username: up to 32 characters that RFC 3261 allows in the
// user part of a SIP URI unescaped (letters, digits and -_.!~*'()&=+$,;?/).
inline constexpr int kSipUsernameMaxLength = 32;
QString sipUsernameProblem(const QString &value);
// A credential's password: at least 12 characters with a digit, a
// lower-case and an upper-case letter. Names every unmet requirement at
// once and never quotes the value.
inline constexpr int kSipPasswordMinLength = 12;
QString sipPasswordProblem(const QString &value);
// Dotted-decimal IPv4 ("192.0.2.10"): four numbers 0-255 without leading
// zeros, nothing else (Twilio takes no IPv6, no wildcards, no ranges here).
QString ipv4AddressProblem(const QString &value);
// A CIDR prefix length as typed: plain digits, 1 to 32.
inline constexpr int kCidrPrefixMin = 1;
inline constexpr int kCidrPrefixMax = 32;
QString cidrPrefixProblem(const QString &value);

// An absolute http or https URL with a host.
QString urlProblem(const QString &value);
QString enumProblem(const QString &value, const QStringList &allowed);
// Twilio form booleans are exactly "true" or "false".
bool parseFormBool(QStringView value, bool *ok);

// A DNS label, as a SignalWire space name is.
QString dnsLabelProblem(const QString &value);
QString usernameProblem(const QString &value);
// Codec or cipher lists: every entry from the known set (codecs may carry
// "@parameters"), no duplicates.
QString codecListProblem(const QStringList &codecs);
QString cipherListProblem(const QStringList &ciphers);

// A problem as a sentence to show on its own under a field: capitalised,
// with a final period. The functions above return phrases without a
// subject ("must end with …") so that callers can also write "Region %1.".
// A value with several problems gets them all, joined by "; ".
QString asSentence(const QString &problem);

// Loopback hosts are the only ones plain http may talk to.
bool isLoopbackHost(const QString &host);

} // namespace Rules
