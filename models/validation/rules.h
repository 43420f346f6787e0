#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Every field rule of both APIs, as pure functions. A "problem" function
// returns an empty string when the value is acceptable and otherwise one
// short, translated, specific sentence that can be shown at the field.
// Optional fields are the caller's business: these check a given value.
namespace Rules {

// Twilio SIDs: a two-letter prefix and exactly 32 hex digits (34 characters).
inline constexpr QStringView kAccountSid = u"AC";
inline constexpr QStringView kDomainSid = u"SD";
inline constexpr QStringView kByocTrunkSid = u"BY";
inline constexpr QStringView kPhoneNumberSid = u"PN";
inline constexpr QStringView kApiKeySid = u"SK";

bool isSid(QStringView value, QStringView prefix);
QString sidProblem(const QString &value, QStringView prefix);

// 8-4-4-4-12 hex digits, as SignalWire ids and project ids are.
bool isUuid(QStringView value);
QString uuidProblem(const QString &value);

inline constexpr int kFriendlyNameMaxLength = 64;
QString domainNameProblem(const QString &value);
QString friendlyNameProblem(const QString &value);

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

// Loopback hosts are the only ones plain http may talk to.
bool isLoopbackHost(const QString &host);

} // namespace Rules
