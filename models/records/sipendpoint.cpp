#include "models/records/sipendpoint.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const SipEndpoint::TextField kText[] = {
    { "type", &SipEndpoint::type, false },
    { "id", &SipEndpoint::id, false },
    { "username", &SipEndpoint::username, false },
    { "caller_id", &SipEndpoint::callerId, true },
    { "send_as", &SipEndpoint::sendAs, false },
    { "encryption", &SipEndpoint::encryption, false },
    { "call_handler", &SipEndpoint::callHandler, true },
    { "calling_handler_resource_id", &SipEndpoint::callingHandlerResourceId, true },
    { "call_request_url", &SipEndpoint::callRequestUrl, true },
    { "call_request_method", &SipEndpoint::callRequestMethod, true },
    { "call_fallback_url", &SipEndpoint::callFallbackUrl, true },
    { "call_fallback_method", &SipEndpoint::callFallbackMethod, true },
    { "call_status_callback_url", &SipEndpoint::callStatusCallbackUrl, true },
    { "call_status_callback_method", &SipEndpoint::callStatusCallbackMethod, true },
    { "call_laml_application_id", &SipEndpoint::callLamlApplicationId, true },
    { "call_dialogflow_agent_id", &SipEndpoint::callDialogflowAgentId, true },
    { "call_relay_topic", &SipEndpoint::callRelayTopic, true },
    { "call_relay_topic_status_callback_url", &SipEndpoint::callRelayTopicStatusCallbackUrl, true },
    { "call_relay_context", &SipEndpoint::callRelayContext, true },
    { "call_relay_context_status_callback_url", &SipEndpoint::callRelayContextStatusCallbackUrl,
        true },
    { "call_relay_application", &SipEndpoint::callRelayApplication, true },
    { "call_video_room_id", &SipEndpoint::callVideoRoomId, true },
    { "call_relay_script_url", &SipEndpoint::callRelayScriptUrl, true },
};

const SipEndpoint::ListField kLists[] = {
    { "ciphers", &SipEndpoint::ciphers },
    { "codecs", &SipEndpoint::codecs },
};

} // namespace

std::span<const SipEndpoint::TextField> SipEndpoint::textFields()
{
    return kText;
}

std::span<const SipEndpoint::ListField> SipEndpoint::listFields()
{
    return kLists;
}

std::span<QString SipEndpoint::*const> SipEndpoint::repeatedTextFields()
{
    static QString SipEndpoint::*const repeated[] = { &SipEndpoint::type, &SipEndpoint::sendAs,
        &SipEndpoint::encryption, &SipEndpoint::callHandler, &SipEndpoint::callRequestMethod,
        &SipEndpoint::callFallbackMethod, &SipEndpoint::callStatusCallbackMethod };
    return repeated;
}

SipEndpoint SipEndpoint::fromJson(const QJsonObject &json)
{
    SipEndpoint endpoint;
    for (const auto &field : kText) {
        const QJsonValue value = json.value(QLatin1String(field.jsonKey));
        endpoint.*field.member = value.isString() ? value.toString() : QString();
    }
    for (const auto &field : kLists) {
        QStringList &list = endpoint.*field.member;
        const QJsonArray array = json.value(QLatin1String(field.jsonKey)).toArray();
        list.reserve(array.size());
        for (const QJsonValue &item : array) {
            if (item.isString())
                list.append(item.toString());
        }
    }
    return endpoint;
}

QJsonObject SipEndpoint::toJson() const
{
    QJsonObject json;
    for (const auto &field : kText) {
        const QString &value = this->*field.member;
        if (field.nullable && value.isNull())
            json.insert(QLatin1String(field.jsonKey), QJsonValue::Null);
        else
            json.insert(QLatin1String(field.jsonKey), value.isNull() ? QString(u""_s) : value);
    }
    for (const auto &field : kLists)
        json.insert(QLatin1String(field.jsonKey), QJsonArray::fromStringList(this->*field.member));
    return json;
}
