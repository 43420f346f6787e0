#include "models/api/twiliosipdomainsclient.h"

#include "models/records/stringpool.h"
#include "models/validation/rules.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kFormType = "application/x-www-form-urlencoded";

QString checkDomain(const QJsonDocument &json)
{
    if (!json.isObject() || !json.object().value(u"sid"_s).isString())
        return QCoreApplication::translate(
            "TwilioSipDomainsClient", "the answer is not a SIP domain");
    return {};
}

const QStringList &formFieldNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const auto &field : SipDomain::writableTextFields())
            list.append(QLatin1String(field.formName));
        for (const auto &field : SipDomain::writableBoolFields())
            list.append(QLatin1String(field.formName));
        return list;
    }();
    return names;
}

} // namespace

QUrl TwilioConnection::regionalBaseUrl(const QString &region, const QString &edge)
{
    // Both become part of a host name that receives the credentials.
    if ((!region.isEmpty() && !Rules::dnsLabelProblem(region).isEmpty())
        || (!edge.isEmpty() && !Rules::dnsLabelProblem(edge).isEmpty()))
        return {};
    if (region.isEmpty() && edge.isEmpty())
        return QUrl(u"https://api.twilio.com"_s);
    // Twilio's own clients default the region to us1 when only an edge is set.
    const QString host = edge.isEmpty()
        ? u"api.%1.twilio.com"_s.arg(region)
        : u"api.%1.%2.twilio.com"_s.arg(edge, region.isEmpty() ? u"us1"_s : region);
    return QUrl(u"https://"_s + host);
}

TwilioSipDomainsClient::TwilioSipDomainsClient(
    QNetworkAccessManager *network, const TwilioConnection &connection, QObject *parent)
    : ServiceClient(network, { connection.authUser, connection.secret },
        &TwilioSipDomainsClient::readError, parent)
    , m_connection(connection)
{ }

QUrl TwilioSipDomainsClient::url(const QString &path) const
{
    // The account SID goes into the path: anything but a SID could lead the
    // request (and its credentials) to another resource.
    if (!Rules::isSid(m_connection.accountSid, Rules::kAccountSid))
        return {};
    QUrl url = m_connection.baseUrl;
    url.setPath(u"/2010-04-01/Accounts/%1/SIP/Domains%2"_s.arg(m_connection.accountSid, path));
    return url;
}

ApiRequest *TwilioSipDomainsClient::refuseSid(const QString &sid)
{
    // A malformed SID never reaches a URL path, where it could point elsewhere.
    return refuse(tr("\"%1\" is not a SIP domain SID").arg(sid.left(40)));
}

ApiListJob *TwilioSipDomainsClient::list(
    int pageSize, bool followAll, ApiListJob::ItemDecoder decodeItems)
{
    ApiCall call;
    call.url = url(u".json"_s);
    call.url.setQuery(u"PageSize=%1"_s.arg(qBound(1, pageSize, 1000)));
    return startList(call, &TwilioSipDomainsClient::readPage, std::move(decodeItems), followAll,
        [](const QByteArray &body) { return ApiListJob::peekStringValue(body, "next_page_uri"); });
}

ApiListJob::Page TwilioSipDomainsClient::readPage(const QJsonDocument &json)
{
    ApiListJob::Page page;
    const QJsonObject object = json.object();
    const QJsonValue domains = object.value(u"domains"_s);
    const QJsonValue next = object.value(u"next_page_uri"_s);
    if (!json.isObject() || !domains.isArray()
        || !(next.isString() || next.isNull() || next.isUndefined())) {
        page.problem = QCoreApplication::translate(
            "TwilioSipDomainsClient", "the answer is not a page of SIP domains");
        return page;
    }
    page.items = domains.toArray();
    page.next = next.toString();
    return page;
}

ApiRequest *TwilioSipDomainsClient::fetch(const QString &sid)
{
    if (!Rules::isSid(sid, Rules::kDomainSid))
        return refuseSid(sid);
    ApiCall call;
    call.url = url(u'/' + sid + u".json"_s);
    call.checkBody = checkDomain;
    return send(call);
}

ApiRequest *TwilioSipDomainsClient::create(const FormFields &fields)
{
    ApiCall call;
    call.method = "POST";
    call.url = url(u".json"_s);
    call.body = encodeForm(fields);
    call.contentType = kFormType;
    call.intent = ApiCall::Intent::Create;
    call.checkBody = checkDomain;
    return send(call);
}

ApiRequest *TwilioSipDomainsClient::update(const QString &sid, const FormFields &changedFields)
{
    if (!Rules::isSid(sid, Rules::kDomainSid))
        return refuseSid(sid);
    ApiCall call;
    call.method = "POST";
    call.url = url(u'/' + sid + u".json"_s);
    call.body = encodeForm(changedFields);
    call.contentType = kFormType;
    call.intent = ApiCall::Intent::Change;
    call.checkBody = checkDomain;
    return send(call);
}

ApiRequest *TwilioSipDomainsClient::remove(const QString &sid)
{
    if (!Rules::isSid(sid, Rules::kDomainSid))
        return refuseSid(sid);
    ApiCall call;
    call.method = "DELETE";
    call.url = url(u'/' + sid + u".json"_s);
    call.intent = ApiCall::Intent::Delete;
    return send(call);
}

QList<SipDomain> TwilioSipDomainsClient::domainsFrom(const QJsonArray &items)
{
    QList<SipDomain> domains;
    domains.reserve(items.size());
    StringPool pool;
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            continue;
        SipDomain domain = SipDomain::fromJson(item.toObject());
        for (QString *text :
            { &domain.accountSid, &domain.apiVersion, &domain.authType, &domain.voiceMethod,
                &domain.voiceFallbackMethod, &domain.voiceStatusCallbackMethod })
            pool.intern(*text);
        domains.append(std::move(domain));
    }
    return domains;
}

SipDomain TwilioSipDomainsClient::domainFrom(const ApiRequest &request)
{
    return SipDomain::fromJson(request.json().object());
}

FormFields TwilioSipDomainsClient::changedFields(const SipDomain &before, const SipDomain &after)
{
    FormFields fields;
    for (const auto &field : SipDomain::writableTextFields()) {
        const QString &old = before.*field.member;
        const QString &now = after.*field.member;
        // null and "" both mean "not set" to the user.
        if (old != now && !(old.isEmpty() && now.isEmpty()))
            fields.append({ QLatin1String(field.formName), now.isNull() ? u""_s : now });
    }
    for (const auto &field : SipDomain::writableBoolFields()) {
        if (before.*field.member != after.*field.member)
            fields.append(
                { QLatin1String(field.formName), after.*field.member ? u"true"_s : u"false"_s });
    }
    return fields;
}

QByteArray TwilioSipDomainsClient::encodeForm(const FormFields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += name.toUtf8().toPercentEncoding() + '=' + value.toUtf8().toPercentEncoding();
    }
    return body;
}

void TwilioSipDomainsClient::readError(ApiError &error, const QJsonDocument &body)
{
    const QJsonObject object = body.object();
    const QJsonValue code = object.value(u"code"_s);
    if (code.isDouble())
        error.setServiceCode(QString::number(code.toInteger()));
    const QString message = ApiError::cleanServiceText(object.value(u"message"_s).toString());
    error.setServiceMessage(message);
    error.setMoreInfo(ApiError::helpLink(object.value(u"more_info"_s).toString(), u"twilio.com"_s));

    // Codes that name a field on their own; otherwise Twilio's message
    // usually starts with or quotes the parameter's name.
    QString field;
    if (code.toInteger() == 21232)
        field = u"DomainName"_s;
    for (const QString &name : formFieldNames()) {
        if (!field.isEmpty())
            break;
        if (message.startsWith(name + u' ') || message.contains(u'\'' + name + u'\'')
            || message.contains(u"parameter "_s + name))
            field = name;
    }
    if (!field.isEmpty())
        error.addFieldError({ field, message });
}
