#include "sandbox/signalwireendpointfields.h"

#include "models/records/callhandlers.h"
#include "models/records/vocabulary.h"
#include "models/validation/rules.h"

#include <QJsonArray>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace SignalWireErrors;

namespace {

constexpr QStringView kEndpointType = u"sip_endpoint";

// Derived from the key so that the vocabulary stays the single list of UUID fields.
FieldCheck checkFor(const QString &key)
{
    if (key == u"username"_s)
        return FieldCheck::Username;
    if (key == u"password"_s || key == u"send_as"_s)
        return FieldCheck::NotBlank;
    if (key == u"encryption"_s)
        return FieldCheck::Encryption;
    if (key == u"call_handler"_s)
        return FieldCheck::Handler;
    if (key == u"call_flow_version"_s)
        return FieldCheck::FlowVersion;
    if (SignalWireVocabulary::uuidFields().contains(key))
        return FieldCheck::Uuid;
    if (key.endsWith(u"_url"_s))
        return FieldCheck::Url;
    if (key.endsWith(u"_method"_s))
        return FieldCheck::Method;
    return FieldCheck::None;
}

std::vector<RequestField> buildRequestFields()
{
    static const QStringList responseOnly { u"type"_s, u"id"_s, u"calling_handler_resource_id"_s };
    std::vector<RequestField> fields;
    for (const SipEndpoint::TextField &field : SipEndpoint::textFields()) {
        const QString key = QLatin1String(field.jsonKey);
        if (!responseOnly.contains(key))
            fields.push_back({ key, checkFor(key), field.nullable, field.member, nullptr });
    }
    const struct
    {
        QString key;
        bool nullable;
        QString StoredEndpoint::*member;
    } extras[] = {
        { u"password"_s, false, &StoredEndpoint::password },
        { u"call_flow_id"_s, true, &StoredEndpoint::callFlowId },
        { u"call_flow_version"_s, true, &StoredEndpoint::callFlowVersion },
        { u"call_ai_agent_id"_s, true, &StoredEndpoint::callAiAgentId },
    };
    for (const auto &extra : extras)
        fields.push_back({ extra.key, checkFor(extra.key), extra.nullable, nullptr, extra.member });
    return fields;
}

const std::vector<RequestField> &requestFields()
{
    static const std::vector<RequestField> fields = buildRequestFields();
    return fields;
}

// The problem with a non-empty value, in the words of Rules (without the field name).
QString valueProblem(FieldCheck check, const QString &value)
{
    using namespace SignalWireVocabulary;
    switch (check) {
    case FieldCheck::None:
        return {};
    case FieldCheck::Username:
        return Rules::usernameProblem(value);
    case FieldCheck::NotBlank:
        return value.isEmpty() ? u"can't be blank"_s : QString();
    case FieldCheck::Url:
        return Rules::urlProblem(value);
    case FieldCheck::Method:
        return Rules::enumProblem(value, callbackMethods());
    case FieldCheck::Uuid:
        return Rules::uuidProblem(value);
    case FieldCheck::Encryption:
        return Rules::enumProblem(value, encryptionModes());
    case FieldCheck::Handler:
        return Rules::enumProblem(value, callHandlers());
    case FieldCheck::FlowVersion:
        return Rules::enumProblem(value, callFlowVersions());
    }
    return {};
}

// Writes one text field of a request into endpoint; a problem leaves it as it was.
std::optional<Problem> applyTextField(
    StoredEndpoint &endpoint, const RequestField &field, const QJsonValue &value)
{
    if (value.isNull()) {
        if (!field.nullable)
            return invalidParameter(field.key, u"must not be null"_s);
        field.slot(endpoint) = QString();
        return {};
    }
    if (!value.isString())
        return invalidParameter(field.key, u"must be a string"_s);
    const QString text = value.toString();
    // Clients clear an optional field with "" as often as with null.
    if (text.isEmpty() && field.nullable) {
        field.slot(endpoint) = QString();
        return {};
    }
    if (const QString problem = valueProblem(field.check, text); !problem.isEmpty())
        return invalidParameter(field.key, problem);
    field.slot(endpoint) = text;
    return {};
}

QList<Problem> applyTextFields(StoredEndpoint &endpoint, const QJsonObject &body)
{
    QList<Problem> problems;
    for (const RequestField &field : requestFields()) {
        const auto it = body.constFind(field.key);
        if (it == body.constEnd())
            continue;
        if (auto problem = applyTextField(endpoint, field, it.value()))
            problems.append(*problem);
    }
    return problems;
}

std::optional<QStringList> stringArray(const QJsonValue &value)
{
    if (!value.isArray())
        return {};
    const QJsonArray array = value.toArray();
    QStringList list;
    list.reserve(array.size());
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return {};
        list.append(item.toString());
    }
    return list;
}

// codecs and ciphers: ordered string arrays; [] means "the project's defaults".
std::optional<Problem> applyListField(
    StoredEndpoint &endpoint, const SipEndpoint::ListField &field, const QJsonValue &value)
{
    const QString key = QLatin1String(field.jsonKey);
    const bool codecs = key == u"codecs"_s;
    if (value.isNull())
        return invalidParameter(key, u"must not be null"_s);
    const std::optional<QStringList> list = stringArray(value);
    if (!list)
        return invalidParameter(key, u"must be an array of strings"_s);
    if (list->isEmpty()) {
        endpoint.record.*field.member =
            codecs ? SignalWireVocabulary::defaultCodecs() : SignalWireVocabulary::defaultCiphers();
        return {};
    }
    const QString problem =
        codecs ? Rules::codecListProblem(*list) : Rules::cipherListProblem(*list);
    if (!problem.isEmpty())
        return invalidParameter(key, problem);
    endpoint.record.*field.member = *list;
    return {};
}

QList<Problem> applyListFields(StoredEndpoint &endpoint, const QJsonObject &body)
{
    QList<Problem> problems;
    for (const SipEndpoint::ListField &field : SipEndpoint::listFields()) {
        const auto it = body.constFind(QLatin1String(field.jsonKey));
        if (it == body.constEnd())
            continue;
        if (auto problem = applyListField(endpoint, field, it.value()))
            problems.append(*problem);
    }
    return problems;
}

// The handler's own fields, checked on the endpoint as it would be after the change.
QList<Problem> handlerProblems(const StoredEndpoint &endpoint, const QList<Problem> &already)
{
    QList<Problem> problems;
    const QString &handler = endpoint.record.callHandler;
    if (handler.isEmpty() || hasProblemFor(already, u"call_handler"_s))
        return problems;
    for (const QString &key : SignalWireVocabulary::requiredFieldsFor(handler)) {
        const RequestField *field = requestField(key);
        if (!field || !field->value(endpoint).isEmpty() || hasProblemFor(already, key))
            continue;
        problems.append(
            missingParameter(key, u"%1 is required when call_handler is %2"_s.arg(key, handler)));
    }
    return problems;
}

} // namespace

StoredEndpoint newEndpoint(const QString &id)
{
    StoredEndpoint endpoint;
    SipEndpoint &record = endpoint.record;
    static const QString type = kEndpointType.toString(); // shared, not one copy per endpoint
    record.type = type;
    record.id = id;
    record.sendAs = u"random"_s;
    record.encryption = u"default"_s;
    record.codecs = SignalWireVocabulary::defaultCodecs();
    record.ciphers = SignalWireVocabulary::defaultCiphers();
    return endpoint;
}

void refreshDerivedFields(StoredEndpoint &endpoint)
{
    const SignalWireCallHandlers::Handler *handler =
        SignalWireCallHandlers::find(endpoint.record.callHandler);
    const RequestField *resource = handler && handler->resourceField
        ? requestField(QLatin1String(handler->resourceField))
        : nullptr;
    endpoint.record.callingHandlerResourceId = resource ? resource->value(endpoint) : QString();
}

const RequestField *requestField(const QString &key)
{
    const auto &fields = requestFields();
    const auto it = std::find_if(
        fields.begin(), fields.end(), [&](const RequestField &field) { return field.key == key; });
    return it == fields.end() ? nullptr : &*it;
}

QList<Problem> applyRequest(StoredEndpoint &endpoint, const QJsonObject &body)
{
    QList<Problem> problems = applyTextFields(endpoint, body);
    problems += applyListFields(endpoint, body);
    problems += handlerProblems(endpoint, problems);
    return problems;
}

QList<Problem> presenceProblems(const QJsonObject &body, const QStringList &required)
{
    QList<Problem> problems;
    for (const QString &key : required) {
        if (!body.contains(key))
            problems.append(missingParameter(key, key + u" is required"_s));
    }
    return problems;
}
