#include "models/records/vocabulary.h"

#include "models/records/callhandlers.h"

#include <QCoreApplication>

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
    static const QStringList handlers = [] {
        QStringList keys;
        for (const SignalWireCallHandlers::Handler &handler : SignalWireCallHandlers::table())
            keys.append(QLatin1String(handler.key));
        return keys;
    }();
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
    const SignalWireCallHandlers::Handler *handler = SignalWireCallHandlers::find(callHandler);
    return handler ? handler->requiredFields() : QStringList();
}

QStringList fieldsFor(const QString &callHandler)
{
    const SignalWireCallHandlers::Handler *handler = SignalWireCallHandlers::find(callHandler);
    return handler ? handler->shownFields() : QStringList();
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

QString encryptionText(const QString &mode)
{
    if (mode == u"default"_s)
        return QCoreApplication::translate("SignalWireVocabulary", "Project default");
    if (mode == u"required"_s)
        return QCoreApplication::translate("SignalWireVocabulary", "Required");
    if (mode == u"optional"_s)
        return QCoreApplication::translate("SignalWireVocabulary", "Optional");
    return mode;
}

QString sendAsText(const QString &sendAs)
{
    if (sendAs == u"random"_s)
        return QCoreApplication::translate(
            "SignalWireVocabulary", "A random number of the project (random)");
    return sendAs;
}

} // namespace SignalWireVocabulary
