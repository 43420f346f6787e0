#pragma once

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <span>

// A SignalWire SIP Endpoint as the Relay REST API returns it: the
// SipEndpointResponse schema of SignalWire's "Update a SIP Endpoint" reference, every field
// present, null where unused. Nullable text keeps JSON null as a null QString. The password and the
// request-only fields (call_flow_id, call_flow_version, call_ai_agent_id) are never returned by the
// API, so they are not part of the record.
struct SipEndpoint
{
    QString type;
    QString id;
    QString username;
    QString callerId;
    QString sendAs;
    QStringList ciphers;
    QStringList codecs;
    QString encryption;
    QString callHandler;
    QString callingHandlerResourceId;
    QString callRequestUrl;
    QString callRequestMethod;
    QString callFallbackUrl;
    QString callFallbackMethod;
    QString callStatusCallbackUrl;
    QString callStatusCallbackMethod;
    QString callLamlApplicationId;
    QString callDialogflowAgentId;
    QString callRelayTopic;
    QString callRelayTopicStatusCallbackUrl;
    QString callRelayContext;
    QString callRelayContextStatusCallbackUrl;
    QString callRelayApplication;
    QString callVideoRoomId;
    QString callRelayScriptUrl;

    static SipEndpoint fromJson(const QJsonObject &json);
    QJsonObject toJson() const;

    friend bool operator==(const SipEndpoint &, const SipEndpoint &) = default;

    struct TextField
    {
        const char *jsonKey;
        QString SipEndpoint::*member;
        bool nullable; // per the schema: type/id/username/send_as/encryption never are
    };
    struct ListField
    {
        const char *jsonKey;
        QStringList SipEndpoint::*member;
    };
    // Every text field of the response, in schema order.
    // The text fields whose few values most endpoints share (type, send-as,
    // encryption, call handler, methods): a page keeps one copy of each value.
    static std::span<QString SipEndpoint::*const> repeatedTextFields();
    static std::span<const TextField> textFields();
    static std::span<const ListField> listFields();
};

// Only implicitly shared Qt members: moving one in memory is safe.
Q_DECLARE_TYPEINFO(SipEndpoint, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(SipEndpoint)
