#include "models/api/signalwiresipendpointsclient.h"

#include "models/records/stringpool.h"
#include "models/validation/rules.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kJsonType = "application/json";

QString checkEndpoint(const QJsonDocument &json)
{
    const QJsonObject object = json.object();
    if (!json.isObject() || !object.value(u"id"_s).isString()
        || !object.value(u"username"_s).isString())
        return QCoreApplication::translate(
            "SignalWireSipEndpointsClient", "the answer is not a SIP endpoint");
    return {};
}

// Request field names a 422 may blame, longest first so that
// "call_relay_topic_status_callback_url" wins over "call_relay_topic".
QStringList requestFieldNames()
{
    static const QStringList names = [] {
        QStringList list { u"password"_s, u"call_flow_id"_s, u"call_flow_version"_s,
            u"call_ai_agent_id"_s };
        for (const auto &field : SipEndpoint::textFields())
            list.append(QLatin1String(field.jsonKey));
        for (const auto &field : SipEndpoint::listFields())
            list.append(QLatin1String(field.jsonKey));
        std::sort(list.begin(), list.end(),
            [](const QString &a, const QString &b) { return a.size() > b.size(); });
        return list;
    }();
    return names;
}

QString fieldNamedIn(const QString &text)
{
    for (const QString &name : requestFieldNames()) {
        if (text.startsWith(name + u' ') || text.compare(name, Qt::CaseInsensitive) == 0
            || text.startsWith(name.at(0).toUpper() + name.mid(1) + u' '))
            return name;
    }
    return {};
}

} // namespace

QUrl SignalWireConnection::spaceBaseUrl(const QString &space)
{
    if (!Rules::dnsLabelProblem(space).isEmpty())
        return {};
    return QUrl(u"https://%1.signalwire.com/api/relay/rest"_s.arg(space.toLower()));
}

SignalWireSipEndpointsClient::SignalWireSipEndpointsClient(
    QNetworkAccessManager *network, const SignalWireConnection &connection, QObject *parent)
    : ServiceClient(network, { connection.projectId, connection.apiToken },
        &SignalWireSipEndpointsClient::readError, parent)
    , m_connection(connection)
{ }

QUrl SignalWireSipEndpointsClient::url(const QString &path) const
{
    QUrl url = m_connection.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u"/endpoints/sip"_s + path);
    return url;
}

ApiRequest *SignalWireSipEndpointsClient::refuseId(const QString &id)
{
    return refuse(tr("\"%1\" is not a SIP endpoint id").arg(id.left(40)));
}

ApiListJob *SignalWireSipEndpointsClient::list(int pageSize, bool followAll,
    const QString &filterUsername, ApiListJob::Decoders decoders)
{
    ApiCall call;
    call.url = url(QString());
    QUrlQuery query;
    query.addQueryItem(u"page_size"_s, QString::number(qBound(1, pageSize, 1000)));
    if (!filterUsername.isEmpty())
        query.addQueryItem(
            u"filter_username"_s, QString::fromLatin1(filterUsername.toUtf8().toPercentEncoding()));
    call.url.setQuery(query);
    return startList(call, &SignalWireSipEndpointsClient::readPage, std::move(decoders),
        followAll,
        [](const QByteArray &body) { return ApiListJob::peekStringValue(body, "next"); });
}

ApiListJob::Page SignalWireSipEndpointsClient::readPage(const QJsonDocument &json)
{
    ApiListJob::Page page;
    const QJsonObject object = json.object();
    const QJsonValue data = object.value(u"data"_s);
    const QJsonValue links = object.value(u"links"_s);
    const QJsonValue next = links.toObject().value(u"next"_s);
    if (!json.isObject() || !data.isArray() || !(links.isObject() || links.isUndefined())
        || !(next.isString() || next.isNull() || next.isUndefined())) {
        page.problem = QCoreApplication::translate(
            "SignalWireSipEndpointsClient", "the answer is not a page of SIP endpoints");
        return page;
    }
    page.items = data.toArray();
    page.next = next.toString();
    return page;
}

ApiRequest *SignalWireSipEndpointsClient::fetch(const QString &id)
{
    if (!Rules::isUuid(id))
        return refuseId(id);
    ApiCall call;
    call.url = url(u'/' + id);
    call.checkBody = checkEndpoint;
    return send(call);
}

ApiRequest *SignalWireSipEndpointsClient::create(const QJsonObject &fields)
{
    ApiCall call;
    call.method = "POST";
    call.url = url(QString());
    call.body = QJsonDocument(fields).toJson(QJsonDocument::Compact);
    call.contentType = kJsonType;
    call.intent = ApiCall::Intent::Create;
    call.checkBody = checkEndpoint;
    return send(call);
}

ApiRequest *SignalWireSipEndpointsClient::update(
    const QString &id, const QJsonObject &changedFields)
{
    if (!Rules::isUuid(id))
        return refuseId(id);
    ApiCall call;
    call.method = "PUT";
    call.url = url(u'/' + id);
    call.body = QJsonDocument(changedFields).toJson(QJsonDocument::Compact);
    call.contentType = kJsonType;
    call.intent = ApiCall::Intent::Change;
    call.checkBody = checkEndpoint;
    return send(call);
}

ApiRequest *SignalWireSipEndpointsClient::remove(const QString &id)
{
    if (!Rules::isUuid(id))
        return refuseId(id);
    ApiCall call;
    call.method = "DELETE";
    call.url = url(u'/' + id);
    call.intent = ApiCall::Intent::Delete;
    return send(call);
}

QList<SipEndpoint> SignalWireSipEndpointsClient::endpointsFrom(const QJsonArray &items)
{
    QList<SipEndpoint> endpoints;
    endpoints.reserve(items.size());
    StringPool pool;
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            continue;
        SipEndpoint endpoint = SipEndpoint::fromJson(item.toObject());
        for (QString SipEndpoint::*text : SipEndpoint::repeatedTextFields())
            pool.intern(endpoint.*text);
        pool.intern(endpoint.codecs);
        pool.intern(endpoint.ciphers);
        endpoints.append(std::move(endpoint));
    }
    return endpoints;
}

SipEndpoint SignalWireSipEndpointsClient::endpointFrom(const ApiRequest &request)
{
    return SipEndpoint::fromJson(request.json().object());
}

QJsonObject SignalWireSipEndpointsClient::changedFields(
    const SipEndpoint &before, const SipEndpoint &after)
{
    QJsonObject fields;
    for (const auto &field : SipEndpoint::textFields()) {
        // Read-only: the service assigns these.
        if (field.member == &SipEndpoint::type || field.member == &SipEndpoint::id
            || field.member == &SipEndpoint::callingHandlerResourceId)
            continue;
        const QString &old = before.*field.member;
        const QString &now = after.*field.member;
        if (old == now || (old.isEmpty() && now.isEmpty()))
            continue;
        if (now.isEmpty() && field.nullable)
            fields.insert(QLatin1String(field.jsonKey), QJsonValue::Null);
        else
            fields.insert(QLatin1String(field.jsonKey), now.isNull() ? u""_s : now);
    }
    for (const auto &field : SipEndpoint::listFields()) {
        if (before.*field.member != after.*field.member)
            fields.insert(
                QLatin1String(field.jsonKey), QJsonArray::fromStringList(after.*field.member));
    }
    return fields;
}

void SignalWireSipEndpointsClient::readError(ApiError &error, const QJsonDocument &body)
{
    const QJsonObject object = body.object();
    if (object.value(u"error"_s).isString()) {
        error.setServiceMessage(ApiError::cleanServiceText(object.value(u"error"_s).toString()));
        return;
    }
    QStringList messages;
    qsizetype messageCount = 0;
    for (const QJsonValue &value : object.value(u"errors"_s).toArray()) {
        // Past the shown messages, entries are only counted: nobody reads a
        // label of thousands, nor fixes a form by it.
        const QJsonObject entry = value.toObject();
        if (messages.size() == ApiError::kMostMessagesShown) {
            if (!entry.value(u"detail"_s).toString().trimmed().isEmpty()
                || !entry.value(u"message"_s).toString().trimmed().isEmpty())
                ++messageCount;
            continue;
        }
        // Current shape: detail; older shape: message (+ attribute, url).
        const QString text = ApiError::cleanServiceText(entry.value(u"detail"_s).isString()
                ? entry.value(u"detail"_s).toString()
                : entry.value(u"message"_s).toString());
        const QJsonValue code = entry.value(u"code"_s);
        if (error.serviceCode().isEmpty() && (code.isString() || code.isDouble()))
            error.setServiceCode(
                code.isString() ? code.toString() : QString::number(code.toInteger()));
        if (error.moreInfo().isEmpty())
            error.setMoreInfo(
                ApiError::helpLink(entry.value(u"url"_s).toString(), u"signalwire.com"_s));
        if (!text.isEmpty()) {
            messages.append(text);
            ++messageCount;
        }
        QString field = entry.value(u"attribute"_s).toString();
        if (field.isEmpty())
            field = fieldNamedIn(text);
        if (!field.isEmpty())
            error.addFieldError({ field, text });
    }
    error.setServiceMessage(ApiError::joinMessages(messages, messageCount));
}
