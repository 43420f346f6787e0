#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <span>

// A Twilio SIP Domain as the REST API returns it (Twilio's "SIP Domain
// Resource" reference). Nullable string fields keep the difference between
// JSON null (QString::isNull()) and "".
struct SipDomain
{
    QString sid;
    QString accountSid;
    QString apiVersion;
    QString authType;
    QString domainName;
    QString friendlyName;
    QString uri;
    QDateTime dateCreated;
    QDateTime dateUpdated;
    QString voiceUrl;
    QString voiceMethod;
    QString voiceFallbackUrl;
    QString voiceFallbackMethod;
    QString voiceStatusCallbackUrl;
    QString voiceStatusCallbackMethod;
    QString byocTrunkSid;
    QString emergencyCallerSid;
    bool sipRegistration = false;
    bool emergencyCallingEnabled = false;
    bool secure = false;
    QMap<QString, QString> subresourceUris;

    static SipDomain fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    bool hasAuthMapping() const { return !authType.isEmpty(); }

    friend bool operator==(const SipDomain &, const SipDomain &) = default;

    // One writable text field: its JSON key (snake_case) and its form/request
    // parameter name (PascalCase), as both Twilio documents spell them.
    struct TextField
    {
        const char *jsonKey;
        const char *formName;
        QString SipDomain::*member;
    };
    struct BoolField
    {
        const char *jsonKey;
        const char *formName;
        bool SipDomain::*member;
    };
    // The text fields only the service writes (sid, account_sid, …).
    struct ReadOnlyTextField
    {
        const char *jsonKey;
        QString SipDomain::*member;
    };
    static std::span<const TextField> writableTextFields();
    static std::span<const BoolField> writableBoolFields();
    static std::span<const ReadOnlyTextField> readOnlyTextFields();
    // The text fields whose few values most domains share (account SID,
    // API version, auth type, methods): a page keeps one copy of each value.
    static std::span<QString SipDomain::*const> repeatedTextFields();
};

// RFC 2822 in GMT, as Twilio writes dates: "Mon, 20 Jul 2015 17:27:10 +0000".
QString toRfc2822(const QDateTime &dateTime);
QDateTime fromRfc2822(const QString &text);

// Only implicitly shared Qt members: moving one in memory is safe.
Q_DECLARE_TYPEINFO(SipDomain, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(SipDomain)
