#include "models/api/twilioclient.h"

#include "models/records/stringpool.h"
#include "models/validation/rules.h"

#include <QCoreApplication>

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kFormType = "application/x-www-form-urlencoded";

QString checkRecord(const QJsonDocument &json)
{
    if (!json.isObject() || !json.object().value(u"sid"_s).isString())
        return QCoreApplication::translate("TwilioClient", "the answer is not a Twilio record");
    return {};
}

QString malformedSid(const QString &sid, QStringView prefix)
{
    return QCoreApplication::translate("TwilioClient", "\"%1\" is not a SID of the form %2…: it %3")
        .arg(sid.left(40), prefix, Rules::sidProblem(sid, prefix));
}

// A collection under a parent record, or a refused one when the parent's SID
// is malformed (it would go into the URL path, where it could point elsewhere).
TwilioCollection childCollection(const QString &parentSid, QStringView parentPrefix,
    const QString &path, const QString &listKey, QStringView sidPrefix)
{
    if (!Rules::isSid(parentSid, parentPrefix))
        return { {}, listKey, sidPrefix, malformedSid(parentSid, parentPrefix) };
    return { path.arg(parentSid), listKey, sidPrefix, {} };
}

const QStringList &formFieldNames()
{
    static const QStringList names = [] {
        QStringList list;
        for (const auto &field : SipDomain::writableTextFields())
            list.append(QLatin1String(field.formName));
        for (const auto &field : SipDomain::writableBoolFields())
            list.append(QLatin1String(field.formName));
        // The SIP authentication records' parameters.
        list << u"Username"_s << u"Password"_s << u"IpAddress"_s << u"CidrPrefixLength"_s
             << u"CredentialListSid"_s << u"IpAccessControlListSid"_s;
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

namespace TwilioCollections {

TwilioCollection domains()
{
    return { u"Domains"_s, u"domains"_s, Rules::kDomainSid, {} };
}

TwilioCollection credentialLists()
{
    return { u"CredentialLists"_s, u"credential_lists"_s, Rules::kCredentialListSid, {} };
}

TwilioCollection credentials(const QString &credentialListSid)
{
    return childCollection(credentialListSid, Rules::kCredentialListSid,
        u"CredentialLists/%1/Credentials"_s, u"credentials"_s, Rules::kCredentialSid);
}

TwilioCollection ipAccessControlLists()
{
    return { u"IpAccessControlLists"_s, u"ip_access_control_lists"_s,
        Rules::kIpAccessControlListSid, {} };
}

TwilioCollection ipAddresses(const QString &ipAccessControlListSid)
{
    return childCollection(ipAccessControlListSid, Rules::kIpAccessControlListSid,
        u"IpAccessControlLists/%1/IpAddresses"_s, u"ip_addresses"_s, Rules::kIpAddressSid);
}

TwilioCollection domainMappings(const QString &domainSid, Mapping mapping)
{
    // A mapping's SID is the mapped list's own.
    switch (mapping) {
    case Mapping::CallsCredentialLists:
        return childCollection(domainSid, Rules::kDomainSid,
            u"Domains/%1/Auth/Calls/CredentialListMappings"_s, u"contents"_s,
            Rules::kCredentialListSid);
    case Mapping::CallsIpAccessControlLists:
        return childCollection(domainSid, Rules::kDomainSid,
            u"Domains/%1/Auth/Calls/IpAccessControlListMappings"_s, u"contents"_s,
            Rules::kIpAccessControlListSid);
    case Mapping::RegistrationsCredentialLists:
        return childCollection(domainSid, Rules::kDomainSid,
            u"Domains/%1/Auth/Registrations/CredentialListMappings"_s, u"contents"_s,
            Rules::kCredentialListSid);
    }
    return {};
}

} // namespace TwilioCollections

TwilioClient::TwilioClient(
    QNetworkAccessManager *network, const TwilioConnection &connection, QObject *parent)
    : ServiceClient(
        network, { connection.authUser, connection.secret }, &TwilioClient::readError, parent)
    , m_connection(connection)
{ }

QUrl TwilioClient::url(const TwilioCollection &collection, const QString &sid) const
{
    // The account SID goes into the path: anything but a SID could lead the
    // request (and its credentials) to another resource.
    if (!Rules::isSid(m_connection.accountSid, Rules::kAccountSid) || collection.path.isEmpty())
        return {};
    QUrl url = m_connection.baseUrl;
    const QString record = sid.isNull() ? QString() : u'/' + sid;
    url.setPath(u"/2010-04-01/Accounts/%1/SIP/%2%3.json"_s.arg(
        m_connection.accountSid, collection.path, record));
    return url;
}

ApiRequest *TwilioClient::refuseCollectionPath(const TwilioCollection &collection)
{
    return collection.path.isEmpty() ? refuse(collection.refusal) : nullptr;
}

ApiRequest *TwilioClient::refuseRecordPath(const TwilioCollection &collection, const QString &sid)
{
    if (ApiRequest *refusal = refuseCollectionPath(collection))
        return refusal;
    // A malformed SID never reaches a URL path, where it could point elsewhere.
    if (!Rules::isSid(sid, collection.sidPrefix))
        return refuse(malformedSid(sid, collection.sidPrefix));
    return nullptr;
}

ApiListJob *TwilioClient::list(const TwilioCollection &collection, int pageSize, bool followAll,
    ApiListJob::Decoders decoders)
{
    ApiCall call;
    call.url = url(collection);
    call.url.setQuery(u"PageSize=%1"_s.arg(qBound(1, pageSize, 1000)));
    return startList(
        call, [key = collection.listKey](const QJsonDocument &json) { return readPage(json, key); },
        std::move(decoders), followAll,
        [](const QByteArray &body) { return ApiListJob::peekStringValue(body, "next_page_uri"); });
}

ApiListJob::Page TwilioClient::readPage(const QJsonDocument &json, const QString &listKey)
{
    ApiListJob::Page page;
    const QJsonObject object = json.object();
    const QJsonValue items = object.value(listKey);
    const QJsonValue next = object.value(u"next_page_uri"_s);
    if (!json.isObject() || !items.isArray()
        || !(next.isString() || next.isNull() || next.isUndefined())) {
        page.problem = QCoreApplication::translate(
            "TwilioClient", "the answer is not a page of a Twilio list (no \"%1\" list)")
                           .arg(listKey);
        return page;
    }
    page.items = items.toArray();
    page.next = next.toString();
    return page;
}

ApiRequest *TwilioClient::fetch(const TwilioCollection &collection, const QString &sid)
{
    if (ApiRequest *refusal = refuseRecordPath(collection, sid))
        return refusal;
    ApiCall call;
    call.url = url(collection, sid);
    call.checkBody = checkRecord;
    return send(call);
}

ApiRequest *TwilioClient::create(const TwilioCollection &collection, const FormFields &fields)
{
    if (ApiRequest *refusal = refuseCollectionPath(collection))
        return refusal;
    ApiCall call;
    call.method = "POST";
    call.url = url(collection);
    call.body = encodeForm(fields);
    call.contentType = kFormType;
    call.intent = ApiCall::Intent::Create;
    call.checkBody = checkRecord;
    return send(call);
}

ApiRequest *TwilioClient::update(
    const TwilioCollection &collection, const QString &sid, const FormFields &changedFields)
{
    if (ApiRequest *refusal = refuseRecordPath(collection, sid))
        return refusal;
    ApiCall call;
    call.method = "POST";
    call.url = url(collection, sid);
    call.body = encodeForm(changedFields);
    call.contentType = kFormType;
    call.intent = ApiCall::Intent::Change;
    call.checkBody = checkRecord;
    return send(call);
}

ApiRequest *TwilioClient::remove(const TwilioCollection &collection, const QString &sid)
{
    if (ApiRequest *refusal = refuseRecordPath(collection, sid))
        return refusal;
    ApiCall call;
    call.method = "DELETE";
    call.url = url(collection, sid);
    call.intent = ApiCall::Intent::Delete;
    return send(call);
}

QList<SipDomain> TwilioClient::domainsFrom(const QJsonArray &items)
{
    QList<SipDomain> domains;
    domains.reserve(items.size());
    StringPool pool;
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            continue;
        SipDomain domain = SipDomain::fromJson(item.toObject());
        for (QString SipDomain::*text : SipDomain::repeatedTextFields())
            pool.intern(domain.*text);
        domains.append(std::move(domain));
    }
    return domains;
}

SipDomain TwilioClient::domainFrom(const ApiRequest &request)
{
    return SipDomain::fromJson(request.json().object());
}

FormFields TwilioClient::changedFields(const SipDomain &before, const SipDomain &after)
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

QByteArray TwilioClient::encodeForm(const FormFields &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += name.toUtf8().toPercentEncoding() + '=' + value.toUtf8().toPercentEncoding();
    }
    return body;
}

void TwilioClient::readError(ApiError &error, const QJsonDocument &body)
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
