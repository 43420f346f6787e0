#include "sandbox/twiliodomainauth.h"

#include "sandbox/twilioapi.h"
#include "sandbox/twiliopaging.h"
#include "sandbox/twiliosipdomains.h"

#include "models/validation/rules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace TwilioApi;
using Kind = TwilioSipAuthStore::MappingKind;

namespace {

struct CollectionShape
{
    Kind kind;
    bool older; // items add domain_sid and uri
    QLatin1StringView tail; // the path after Domains/{SD}/
    QLatin1StringView key; // of the list page's rows
    QLatin1StringView parameter; // the POST's list SID
    QLatin1StringView prefix; // of that SID
};

constexpr CollectionShape kShapes[TwilioDomainAuth::kCollections] = {
    { Kind::CallsCredentialLists, false, "Auth/Calls/CredentialListMappings"_L1, "contents"_L1,
        "CredentialListSid"_L1, "CL"_L1 },
    { Kind::CallsIpAccessControlLists, false, "Auth/Calls/IpAccessControlListMappings"_L1,
        "contents"_L1, "IpAccessControlListSid"_L1, "AL"_L1 },
    { Kind::Registrations, false, "Auth/Registrations/CredentialListMappings"_L1, "contents"_L1,
        "CredentialListSid"_L1, "CL"_L1 },
    { Kind::CallsCredentialLists, true, "CredentialListMappings"_L1, "credential_list_mappings"_L1,
        "CredentialListSid"_L1, "CL"_L1 },
    { Kind::CallsIpAccessControlLists, true, "IpAccessControlListMappings"_L1,
        "ip_access_control_list_mappings"_L1, "IpAccessControlListSid"_L1, "AL"_L1 },
};

QString collectionPath(
    const CollectionShape &shape, const QString &accountSid, const QString &domainSid)
{
    return u"/2010-04-01/Accounts/%1/SIP/Domains/%2/%3"_s.arg(accountSid, domainSid, shape.tail);
}

// The mapping as served: the list's current name, and for the older paths
// the domain and the mapping's own URI.
QJsonObject mappingJson(const CollectionShape &shape, const TwilioSipAuthStore::Account &account,
    const QString &domainSid, AuthMapping mapping)
{
    mapping.friendlyName = account.listName(mapping.sid);
    if (shape.older) {
        mapping.domainSid = domainSid;
        mapping.uri =
            collectionPath(shape, account.accountSid, domainSid) + u'/' + mapping.sid + u".json"_s;
    }
    return mapping.toJson();
}

bool listExists(const TwilioSipAuthStore::Account &account, Kind kind, const QString &sid)
{
    return TwilioSipAuthStore::mapsCredentialLists(kind)
        ? account.credentialLists.contains(sid)
        : account.ipAccessControlLists.contains(sid);
}

} // namespace

TwilioDomainAuth::TwilioDomainAuth(
    const TwilioAccounts &accounts, TwilioSipAuthStore &store, const TwilioSipDomains &domains)
    : m_accounts(accounts)
    , m_store(store)
    , m_domains(domains)
    , m_routes(routes())
{ }

bool TwilioDomainAuth::handles(const QString &path) const
{
    static const QRegularExpression prefix(u"^/2010-04-01/Accounts/[^/]+/SIP/Domains/[^/]+/"
                                           u"(?:Auth|CredentialListMappings|"
                                           u"IpAccessControlListMappings)(?:[./]|\\n?$)"_s);
    return prefix.match(path).hasMatch();
}

SandboxResponse TwilioDomainAuth::faultResponse(int status) const
{
    return TwilioApi::faultResponse(status);
}

// Sids must match their pattern: anything else matches no route (404).
template<TwilioDomainAuth::Collection C>
void TwilioDomainAuth::addRoutes(std::vector<Routes::Route> &table)
{
    const QString collection =
        u"/2010-04-01/Accounts/[^/]+/SIP/Domains/(SD[0-9a-fA-F]{32})/"_s + kShapes[C].tail;
    const QString member = collection + u"/("_s + kShapes[C].prefix + u"[0-9a-fA-F]{32})"_s;
    const QString json = u"\\.json\\n?"_s;
    table.push_back({ "GET", collection + json, &TwilioDomainAuth::list<C> });
    table.push_back({ "POST", collection + json, &TwilioDomainAuth::create<C> });
    table.push_back({ "GET", member + json, &TwilioDomainAuth::fetch<C> });
    table.push_back({ "DELETE", member + json, &TwilioDomainAuth::remove<C> });
}

// There is no IP ACL mapping for registrations: no route, so 404.
TwilioDomainAuth::Routes TwilioDomainAuth::routes()
{
    std::vector<Routes::Route> table;
    addRoutes<CallsCredentialLists>(table);
    addRoutes<CallsIpAccessControlLists>(table);
    addRoutes<RegistrationsCredentialLists>(table);
    addRoutes<OlderCredentialLists>(table);
    addRoutes<OlderIpAccessControlLists>(table);
    return Routes(table);
}

SandboxResponse TwilioDomainAuth::handle(const SandboxRequest &request)
{
    const QString accountSid = m_accounts.authenticate(request);
    if (accountSid.isEmpty())
        return unauthorized();
    return m_routes.dispatch(*this, m_store.account(accountSid), request,
        [&request](const QByteArray &allowed) { return unrouted(request, allowed); });
}

template<TwilioDomainAuth::Collection C>
SandboxResponse TwilioDomainAuth::list(Account &account, const SandboxCall &call)
{
    const QString domainSid = call.id();
    if (!m_domains.hasDomain(account.accountSid, domainSid))
        return notFound(call.request);
    const CollectionShape &shape = kShapes[C];
    return TwilioPaging::listPage(call.request,
        collectionPath(shape, account.accountSid, domainSid), shape.key,
        account.mappings(domainSid).of(shape.kind).rows, [&](const AuthMapping &mapping) {
            return mappingJson(shape, account, domainSid, mapping);
        });
}

// Refusals (400, code 20001, the message starts with the parameter's name):
// missing, not a SID of the right kind, no such list in this account (another
// account's list included), already mapped to this domain.
template<TwilioDomainAuth::Collection C>
SandboxResponse TwilioDomainAuth::create(Account &account, const SandboxCall &call)
{
    const QString domainSid = call.id();
    if (!m_domains.hasDomain(account.accountSid, domainSid))
        return notFound(call.request);
    const CollectionShape &shape = kShapes[C];
    const QString listSid = parseForm(call.request).value(QString(shape.parameter));
    if (listSid.isEmpty())
        return missingParameter(shape.parameter);
    if (!Rules::isSid(listSid, QString(shape.prefix)))
        return invalidParameter(shape.parameter, Rules::sidProblem(listSid, QString(shape.prefix)));
    if (!listExists(account, shape.kind, listSid))
        return invalidParameter(shape.parameter,
            u"%1 is not a %2 of this account"_s.arg(listSid,
                TwilioSipAuthStore::mapsCredentialLists(shape.kind) ? u"credential list"_s
                                                                    : u"IP access control list"_s));
    if (!account.map(domainSid, shape.kind, listSid, QDateTime::currentDateTimeUtc()))
        return invalidParameter(
            shape.parameter, u"%1 is already mapped to this domain"_s.arg(listSid));
    return SandboxResponse::json(201,
        mappingJson(
            shape, account, domainSid, *account.mappings(domainSid).of(shape.kind).find(listSid)));
}

template<TwilioDomainAuth::Collection C>
SandboxResponse TwilioDomainAuth::fetch(Account &account, const SandboxCall &call)
{
    const QString domainSid = call.id();
    const CollectionShape &shape = kShapes[C];
    const AuthMapping *mapping = m_domains.hasDomain(account.accountSid, domainSid)
        ? account.mappings(domainSid).of(shape.kind).find(call.captures.value(1))
        : nullptr;
    return mapping ? SandboxResponse::json(200, mappingJson(shape, account, domainSid, *mapping))
                   : notFound(call.request);
}

template<TwilioDomainAuth::Collection C>
SandboxResponse TwilioDomainAuth::remove(Account &account, const SandboxCall &call)
{
    const QString domainSid = call.id();
    if (!m_domains.hasDomain(account.accountSid, domainSid)
        || !account.unmap(domainSid, kShapes[C].kind, call.captures.value(1)))
        return notFound(call.request);
    return SandboxResponse::empty(204);
}
