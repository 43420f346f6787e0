#include "models/records/vocabulary.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace TwilioVocabulary {

const QStringList &httpMethods()
{
    static const QStringList methods { u"HEAD"_s, u"GET"_s, u"POST"_s, u"PATCH"_s, u"PUT"_s,
        u"DELETE"_s };
    return methods;
}

const QStringList &authTypes()
{
    static const QStringList types { u"IP_ACL"_s, u"CREDENTIAL_LIST"_s };
    return types;
}

} // namespace TwilioVocabulary

namespace SignalWireVocabulary {

const QStringList &encryptionModes()
{
    static const QStringList modes { u"default"_s, u"required"_s, u"optional"_s };
    return modes;
}

const QStringList &callHandlers()
{
    static const QStringList handlers {
        u"relay_context"_s,
        u"relay_topic"_s,
        u"relay_application"_s,
        u"relay_connector"_s,
        u"relay_script"_s,
        u"laml_webhooks"_s,
        u"laml_application"_s,
        u"dialogflow"_s,
        u"video_room"_s,
        u"call_flow"_s,
        u"ai_agent"_s,
    };
    return handlers;
}

const QStringList &callbackMethods()
{
    static const QStringList methods { u"GET"_s, u"POST"_s };
    return methods;
}

const QStringList &callFlowVersions()
{
    static const QStringList versions { u"working_copy"_s, u"current_deployed"_s };
    return versions;
}

const QStringList &knownCodecs()
{
    static const QStringList codecs { u"OPUS"_s, u"G722"_s, u"PCMU"_s, u"PCMA"_s, u"G729"_s,
        u"VP8"_s, u"H264"_s };
    return codecs;
}

const QStringList &knownCiphers()
{
    static const QStringList ciphers {
        u"AEAD_AES_256_GCM_8"_s,
        u"AES_256_CM_HMAC_SHA1_80"_s,
        u"AES_CM_128_HMAC_SHA1_80"_s,
        u"AES_256_CM_HMAC_SHA1_32"_s,
        u"AES_CM_128_HMAC_SHA1_32"_s,
    };
    return ciphers;
}

const QStringList &defaultCodecs()
{
    return knownCodecs();
}

const QStringList &defaultCiphers()
{
    return knownCiphers();
}

QStringList requiredFieldsFor(const QString &callHandler)
{
    static const QHash<QString, QStringList> required {
        { u"laml_webhooks"_s,
            { u"call_request_url"_s, u"call_fallback_url"_s, u"call_status_callback_url"_s } },
        { u"laml_application"_s, { u"call_laml_application_id"_s } },
        { u"dialogflow"_s, { u"call_dialogflow_agent_id"_s } },
        { u"relay_topic"_s, { u"call_relay_topic"_s, u"call_relay_topic_status_callback_url"_s } },
        { u"relay_context"_s,
            { u"call_relay_context"_s, u"call_relay_context_status_callback_url"_s } },
        { u"relay_application"_s, { u"call_relay_application"_s } },
        { u"relay_connector"_s, {} },
        { u"video_room"_s, { u"call_video_room_id"_s } },
        { u"call_flow"_s, { u"call_flow_id"_s } },
        { u"ai_agent"_s, { u"call_ai_agent_id"_s } },
        { u"relay_script"_s, { u"call_relay_script_url"_s } },
    };
    return required.value(callHandler);
}

QStringList fieldsFor(const QString &callHandler)
{
    if (callHandler == u"laml_webhooks")
        return { u"call_request_url"_s, u"call_request_method"_s, u"call_fallback_url"_s,
            u"call_fallback_method"_s, u"call_status_callback_url"_s,
            u"call_status_callback_method"_s };
    if (callHandler == u"call_flow")
        return { u"call_flow_id"_s, u"call_flow_version"_s };
    return requiredFieldsFor(callHandler);
}

const QStringList &writeOnlyFields()
{
    static const QStringList fields { u"password"_s, u"call_flow_id"_s, u"call_flow_version"_s,
        u"call_ai_agent_id"_s };
    return fields;
}

const QStringList &uuidFields()
{
    static const QStringList fields { u"call_video_room_id"_s, u"call_flow_id"_s,
        u"call_ai_agent_id"_s };
    return fields;
}

QString codecName(const QString &codec)
{
    return codec.section(u'@', 0, 0);
}

} // namespace SignalWireVocabulary
