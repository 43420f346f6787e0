#include "models/records/callhandlers.h"

#include <QCoreApplication>

#include <algorithm>

namespace SignalWireCallHandlers {

namespace {

#define LABEL(text) QT_TRANSLATE_NOOP("SignalWireCallHandlers", text)

// What each handler needs, as the "Create a SIP Endpoint" page of the
// SignalWire REST API reference lists it. One row per handler reads better
// than splitting it up: the row is everything there is to know about one.
const Handler kHandlers[] = {
    { "relay_context", LABEL("Relay context"),
        { { { "call_relay_context", LABEL("Relay context") },
            { "call_relay_context_status_callback_url", LABEL("Context status callback URL") } } },
        { "call_relay_context", "call_relay_context_status_callback_url" } },
    { "relay_topic", LABEL("Relay topic"),
        { { { "call_relay_topic", LABEL("Relay topic") },
            { "call_relay_topic_status_callback_url", LABEL("Topic status callback URL") } } },
        { "call_relay_topic", "call_relay_topic_status_callback_url" } },
    { "relay_application", LABEL("Relay application"),
        { { { "call_relay_application", LABEL("Relay application") } } },
        { "call_relay_application" } },
    { "relay_connector", LABEL("Relay connector"), {}, {} },
    { "relay_script", LABEL("Relay script (SWML)"),
        { { { "call_relay_script_url", LABEL("SWML script URL") } } },
        { "call_relay_script_url" } },
    { "laml_webhooks", LABEL("LaML webhooks"),
        { { { "call_request_url", LABEL("Request URL") },
            { "call_request_method", LABEL("Request method") },
            { "call_fallback_url", LABEL("Fallback URL") },
            { "call_fallback_method", LABEL("Fallback method") },
            { "call_status_callback_url", LABEL("Status callback URL") },
            { "call_status_callback_method", LABEL("Status callback method") } } },
        { "call_request_url", "call_fallback_url", "call_status_callback_url" } },
    { "laml_application", LABEL("LaML application"),
        { { { "call_laml_application_id", LABEL("LaML application ID") } } },
        { "call_laml_application_id" }, "call_laml_application_id" },
    { "dialogflow", LABEL("Dialogflow"),
        { { { "call_dialogflow_agent_id", LABEL("Dialogflow agent ID") } } },
        { "call_dialogflow_agent_id" } },
    { "video_room", LABEL("Video room"), { { { "call_video_room_id", LABEL("Video room ID") } } },
        { "call_video_room_id" }, "call_video_room_id" },
    { "call_flow", LABEL("Call flow"),
        { { { "call_flow_id", LABEL("Call flow ID") },
            { "call_flow_version", LABEL("Call flow version") } } },
        { "call_flow_id" }, "call_flow_id" },
    { "ai_agent", LABEL("AI agent"), { { { "call_ai_agent_id", LABEL("AI agent ID") } } },
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
