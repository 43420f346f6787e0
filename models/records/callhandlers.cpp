#include "models/records/callhandlers.h"

#include <QCoreApplication>

#include <algorithm>

namespace SignalWireCallHandlers {

namespace {

// What each handler needs, as the "Create a SIP Endpoint" page of the
// SignalWire REST API reference lists it. One row per handler reads better
// than splitting it up: the row is everything there is to know about one.
const Handler kHandlers[] = {
    { "relay_context", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Relay context"),
        { { { "call_relay_context", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Relay context") },
            { "call_relay_context_status_callback_url",
                QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Context status callback URL") } } },
        { "call_relay_context", "call_relay_context_status_callback_url" } },
    { "relay_topic", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Relay topic"),
        { { { "call_relay_topic", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Relay topic") },
            { "call_relay_topic_status_callback_url",
                QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Topic status callback URL") } } },
        { "call_relay_topic", "call_relay_topic_status_callback_url" } },
    { "relay_application", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Relay application"),
        { { { "call_relay_application",
            QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Relay application") } } },
        { "call_relay_application" } },
    { "relay_connector", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Relay connector"), {}, {} },
    { "relay_script", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Relay script (SWML)"),
        { { { "call_relay_script_url",
            QT_TRANSLATE_NOOP("SignalWireCallHandlers", "SWML script URL") } } },
        { "call_relay_script_url" } },
    { "laml_webhooks", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "LaML webhooks"),
        { { { "call_request_url", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Request URL") },
            { "call_request_method",
                QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Request method") },
            { "call_fallback_url", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Fallback URL") },
            { "call_fallback_method",
                QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Fallback method") },
            { "call_status_callback_url",
                QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Status callback URL") },
            { "call_status_callback_method",
                QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Status callback method") } } },
        { "call_request_url", "call_fallback_url", "call_status_callback_url" } },
    { "laml_application", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "LaML application"),
        { { { "call_laml_application_id",
            QT_TRANSLATE_NOOP("SignalWireCallHandlers", "LaML application ID") } } },
        { "call_laml_application_id" }, "call_laml_application_id" },
    { "dialogflow", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Dialogflow"),
        { { { "call_dialogflow_agent_id",
            QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Dialogflow agent ID") } } },
        { "call_dialogflow_agent_id" } },
    { "video_room", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Video room"),
        { { { "call_video_room_id",
            QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Video room ID") } } },
        { "call_video_room_id" }, "call_video_room_id" },
    { "call_flow", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Call flow"),
        { { { "call_flow_id", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Call flow ID") },
            { "call_flow_version",
                QT_TRANSLATE_NOOP("SignalWireCallHandlers", "Call flow version") } } },
        { "call_flow_id" }, "call_flow_id" },
    { "ai_agent", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "AI agent"),
        { { { "call_ai_agent_id", QT_TRANSLATE_NOOP("SignalWireCallHandlers", "AI agent ID") } } },
        { "call_ai_agent_id" }, "call_ai_agent_id" },
};

#undef LABEL

} // namespace

QStringList Handler::shownFields() const
{
    QStringList keys;
    for (const Field &field : shown)
        if (field.key)
            keys.append(QLatin1String(field.key));
    return keys;
}

QStringList Handler::requiredFields() const
{
    QStringList keys;
    for (const char *key : required)
        if (key)
            keys.append(QLatin1String(key));
    return keys;
}

std::span<const Handler> table()
{
    return kHandlers;
}

const Handler *find(QStringView key)
{
    const auto it = std::find_if(std::begin(kHandlers), std::end(kHandlers),
        [key](const Handler &handler) { return key == QLatin1String(handler.key); });
    return it == std::end(kHandlers) ? nullptr : &*it;
}

QString translated(const char *label)
{
    return QCoreApplication::translate(kTranslationContext, label);
}

} // namespace SignalWireCallHandlers
