#include "models/records/sipdomain.h"

#include <QJsonValue>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace {

const SipDomain::TextField kWritableText[] = {
    { "domain_name", "DomainName", &SipDomain::domainName },
    { "friendly_name", "FriendlyName", &SipDomain::friendlyName },
    { "voice_url", "VoiceUrl", &SipDomain::voiceUrl },
    { "voice_method", "VoiceMethod", &SipDomain::voiceMethod },
    { "voice_fallback_url", "VoiceFallbackUrl", &SipDomain::voiceFallbackUrl },
    { "voice_fallback_method", "VoiceFallbackMethod", &SipDomain::voiceFallbackMethod },
    { "voice_status_callback_url", "VoiceStatusCallbackUrl", &SipDomain::voiceStatusCallbackUrl },
    { "voice_status_callback_method", "VoiceStatusCallbackMethod",
        &SipDomain::voiceStatusCallbackMethod },
    { "byoc_trunk_sid", "ByocTrunkSid", &SipDomain::byocTrunkSid },
    { "emergency_caller_sid", "EmergencyCallerSid", &SipDomain::emergencyCallerSid },
};

const SipDomain::BoolField kWritableBool[] = {
    { "sip_registration", "SipRegistration", &SipDomain::sipRegistration },
    { "emergency_calling_enabled", "EmergencyCallingEnabled", &SipDomain::emergencyCallingEnabled },
    { "secure", "Secure", &SipDomain::secure },
};

const SipDomain::ReadOnlyTextField kReadOnlyText[] = {
    { "sid", &SipDomain::sid },
    { "account_sid", &SipDomain::accountSid },
    { "api_version", &SipDomain::apiVersion },
    { "auth_type", &SipDomain::authType },
    { "uri", &SipDomain::uri },
};

QString nullableString(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QJsonValue nullableJson(const QString &value)
{
    return value.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

} // namespace

std::span<const SipDomain::TextField> SipDomain::writableTextFields()
{
    return kWritableText;
}

std::span<const SipDomain::BoolField> SipDomain::writableBoolFields()
{
    return kWritableBool;
}

std::span<const SipDomain::ReadOnlyTextField> SipDomain::readOnlyTextFields()
{
    return kReadOnlyText;
}

std::span<QString SipDomain::*const> SipDomain::repeatedTextFields()
{
    static QString SipDomain::*const repeated[] = { &SipDomain::accountSid,
        &SipDomain::apiVersion, &SipDomain::authType, &SipDomain::voiceMethod,
        &SipDomain::voiceFallbackMethod, &SipDomain::voiceStatusCallbackMethod };
    return repeated;
}

SipDomain SipDomain::fromJson(const QJsonObject &json)
{
    SipDomain domain;
    for (const auto &field : kReadOnlyText)
        domain.*field.member = nullableString(json.value(QLatin1String(field.jsonKey)));
    for (const auto &field : kWritableText)
        domain.*field.member = nullableString(json.value(QLatin1String(field.jsonKey)));
    for (const auto &field : kWritableBool)
        domain.*field.member = json.value(QLatin1String(field.jsonKey)).toBool();
    domain.dateCreated = fromRfc2822(json.value(QLatin1String("date_created")).toString());
    domain.dateUpdated = fromRfc2822(json.value(QLatin1String("date_updated")).toString());
    const QJsonObject uris = json.value(QLatin1String("subresource_uris")).toObject();
    for (auto it = uris.begin(); it != uris.end(); ++it)
        domain.subresourceUris.insert(it.key(), it.value().toString());
    return domain;
}

QJsonObject SipDomain::toJson() const
{
    QJsonObject json;
    for (const auto &field : kReadOnlyText)
        json.insert(QLatin1String(field.jsonKey), nullableJson(this->*field.member));
    for (const auto &field : kWritableText)
        json.insert(QLatin1String(field.jsonKey), nullableJson(this->*field.member));
    for (const auto &field : kWritableBool)
        json.insert(QLatin1String(field.jsonKey), this->*field.member);
    json.insert(QLatin1String("date_created"),
        dateCreated.isValid() ? QJsonValue(toRfc2822(dateCreated)) : QJsonValue());
    json.insert(QLatin1String("date_updated"),
        dateUpdated.isValid() ? QJsonValue(toRfc2822(dateUpdated)) : QJsonValue());
    QJsonObject uris;
    for (auto it = subresourceUris.begin(); it != subresourceUris.end(); ++it)
        uris.insert(it.key(), it.value());
    json.insert(QLatin1String("subresource_uris"), uris);
    return json;
}

QString toRfc2822(const QDateTime &dateTime)
{
    // Qt::RFC2822Date would use the local offset; Twilio always answers in GMT.
    return QLocale::c().toString(dateTime.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
        + QStringLiteral(" +0000");
}

namespace {

// The number in text[at, at + digits), or -1.
int digitsAt(QStringView text, qsizetype at, qsizetype digits)
{
    int value = 0;
    for (qsizetype i = at; i < at + digits; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "Mon, 20 Jul 2015 17:27:10 +0000" exactly as Twilio writes every date,
// read without QDateTime::fromString (a page of domains holds 2,000 dates
// and that parser is general and slow). Nothing for any other text, which
// QDateTime::fromString then reads (or refuses) as before.
std::optional<QDateTime> fromTwilioDate(QStringView text)
{
    static constexpr QStringView kDays[] = { u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat",
        u"Sun" };
    static constexpr QStringView kMonths[] = { u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun",
        u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec" };
    // 0123456789012345678901234567890
    // Mon, 20 Jul 2015 17:27:10 +0000
    if (text.size() != 31 || text.sliced(3, 2) != u", " || text[7] != u' ' || text[11] != u' '
        || text[16] != u' ' || text[19] != u':' || text[22] != u':' || text.sliced(25) != u" +0000")
        return std::nullopt;
    const auto month = std::find(std::begin(kMonths), std::end(kMonths), text.sliced(8, 3));
    if (month == std::end(kMonths))
        return std::nullopt;
    const QDate date(digitsAt(text, 12, 4), int(month - std::begin(kMonths)) + 1,
        digitsAt(text, 5, 2));
    const QTime time(digitsAt(text, 17, 2), digitsAt(text, 20, 2), digitsAt(text, 23, 2));
    if (!date.isValid() || !time.isValid()
        || kDays[date.dayOfWeek() - 1] != text.first(3))
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace

QDateTime fromRfc2822(const QString &text)
{
    if (text.isEmpty())
        return {};
    if (std::optional<QDateTime> date = fromTwilioDate(text))
        return *date;
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}
