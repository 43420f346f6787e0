#include "models/records/sipdomain.h"

#include <QJsonValue>
#include <QLocale>

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

QDateTime fromRfc2822(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
}
