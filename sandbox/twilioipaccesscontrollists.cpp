#include "sandbox/twilioipaccesscontrollists.h"

#include "sandbox/twiliosipauthlists.h"

#include "models/validation/rules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace TwilioApi;

namespace {

const TwilioSipAuthLists::Shape kShape {
    "IpAccessControlLists"_L1,
    "ip_access_control_lists"_L1,
    "ip_addresses"_L1,
    "IpAddresses"_L1,
    &Rules::longFriendlyNameProblem,
    TwilioSipAuthStore::kMaxIpAccessControlLists,
    "AL"_L1,
    "IP access control lists"_L1,
};

// Applies the sent FriendlyName, IpAddress and CidrPrefixLength to address,
// or refuses the first problem and changes nothing. required: all but
// CidrPrefixLength must be sent (create).
std::optional<SandboxResponse> applyFields(
    IpAddress &address, const QHash<QString, QString> &form, bool required)
{
    IpAddress result = address;
    if (form.contains(u"FriendlyName"_s) || required) {
        const QString name = form.value(u"FriendlyName"_s);
        if (name.isEmpty())
            return missingParameter("FriendlyName"_L1);
        if (const QString problem = Rules::longFriendlyNameProblem(name); !problem.isEmpty())
            return invalidParameter("FriendlyName"_L1, problem);
        result.friendlyName = name;
    }
    if (form.contains(u"IpAddress"_s) || required) {
        const QString ip = form.value(u"IpAddress"_s);
        if (ip.isEmpty())
            return missingParameter("IpAddress"_L1);
        if (const QString problem = Rules::ipv4AddressProblem(ip); !problem.isEmpty())
            return invalidParameter("IpAddress"_L1, problem);
        result.ipAddress = ip;
    }
    if (form.contains(u"CidrPrefixLength"_s)) {
        const QString prefix = form.value(u"CidrPrefixLength"_s);
        if (const QString problem = Rules::cidrPrefixProblem(prefix); !problem.isEmpty())
            return invalidParameter("CidrPrefixLength"_L1, problem);
        result.cidrPrefixLength = prefix.toInt();
    }
    address = result;
    return std::nullopt;
}

} // namespace

TwilioIpAccessControlLists::TwilioIpAccessControlLists(
    const TwilioAccounts &accounts, TwilioSipAuthStore &store)
    : m_accounts(accounts)
    , m_store(store)
    , m_routes(routes())
{ }

bool TwilioIpAccessControlLists::handles(const QString &path) const
{
    static const QRegularExpression prefix(
        u"^/2010-04-01/Accounts/[^/]+/SIP/IpAccessControlLists"_s);
    return prefix.match(path).hasMatch();
}

SandboxResponse TwilioIpAccessControlLists::faultResponse(int status) const
{
    return TwilioApi::faultResponse(status);
}

TwilioIpAccessControlLists::Routes TwilioIpAccessControlLists::routes()
{
    // Sids must match their pattern: anything else matches no route (404).
    const QString lists = u"/2010-04-01/Accounts/[^/]+/SIP/IpAccessControlLists"_s;
    const QString list = lists + u"/(AL[0-9a-fA-F]{32})"_s;
    const QString addresses = list + u"/IpAddresses"_s;
    const QString address = addresses + u"/(IP[0-9a-fA-F]{32})"_s;
    const QString json = u"\\.json\\n?"_s;
    return {
        { "GET", lists + json, &TwilioIpAccessControlLists::listLists },
        { "POST", lists + json, &TwilioIpAccessControlLists::createList },
        { "GET", list + json, &TwilioIpAccessControlLists::fetchList },
        { "POST", list + json, &TwilioIpAccessControlLists::updateList },
        { "DELETE", list + json, &TwilioIpAccessControlLists::removeList },
        { "GET", addresses + json, &TwilioIpAccessControlLists::listAddresses },
        { "POST", addresses + json, &TwilioIpAccessControlLists::createAddress },
        { "GET", address + json, &TwilioIpAccessControlLists::fetchAddress },
        { "POST", address + json, &TwilioIpAccessControlLists::updateAddress },
        { "DELETE", address + json, &TwilioIpAccessControlLists::removeAddress },
    };
}

SandboxResponse TwilioIpAccessControlLists::handle(const SandboxRequest &request)
{
    const QString accountSid = m_accounts.authenticate(request);
    if (accountSid.isEmpty())
        return unauthorized();
    return m_routes.dispatch(*this, m_store.account(accountSid), request,
        [&request](const QByteArray &allowed) { return unrouted(request, allowed); });
}

SandboxResponse TwilioIpAccessControlLists::listLists(Account &account, const SandboxCall &call)
{
    return TwilioSipAuthLists::list(kShape, account.ipAccessControlLists, account.accountSid, call);
}

SandboxResponse TwilioIpAccessControlLists::createList(Account &account, const SandboxCall &call)
{
    return TwilioSipAuthLists::create(
        kShape, account.ipAccessControlLists, account.accountSid, call);
}

SandboxResponse TwilioIpAccessControlLists::fetchList(Account &account, const SandboxCall &call)
{
    return TwilioSipAuthLists::fetch(account.ipAccessControlLists, call);
}

SandboxResponse TwilioIpAccessControlLists::updateList(Account &account, const SandboxCall &call)
{
    return TwilioSipAuthLists::update(kShape, account.ipAccessControlLists, call);
}

SandboxResponse TwilioIpAccessControlLists::removeList(Account &account, const SandboxCall &call)
{
    return TwilioSipAuthLists::remove(account, account.ipAccessControlLists, call);
}

SandboxResponse TwilioIpAccessControlLists::listAddresses(Account &account, const SandboxCall &call)
{
    const auto *entry = account.ipAccessControlLists.find(call.id());
    if (!entry)
        return notFound(call.request);
    return TwilioPaging::listPage(call.request,
        TwilioSipAuthLists::memberPath(kShape, account.accountSid, call.id()), "ip_addresses"_L1,
        entry->addresses.rows, [](const IpAddress &address) { return address.toJson(); });
}

SandboxResponse TwilioIpAccessControlLists::createAddress(Account &account, const SandboxCall &call)
{
    auto *entry = account.ipAccessControlLists.find(call.id());
    if (!entry)
        return notFound(call.request);
    IpAddress address;
    if (auto refusal = applyFields(address, parseForm(call.request), true))
        return *refusal;
    if (entry->addresses.size() >= TwilioSipAuthStore::kMaxIpAddressesPerList)
        return TwilioSipAuthLists::limitReached(
            u"an IP access control list may have at most %1 addresses"_s.arg(
                TwilioSipAuthStore::kMaxIpAddressesPerList));
    address.sid = DemoData::randomSid(u"IP");
    address.accountSid = account.accountSid;
    address.ipAccessControlListSid = call.id();
    address.dateCreated = address.dateUpdated = QDateTime::currentDateTimeUtc();
    address.uri = TwilioSipAuthLists::memberPath(kShape, account.accountSid, call.id()) + u'/'
        + address.sid + u".json"_s;
    const QString sid = address.sid;
    return SandboxResponse::json(201, entry->addresses.insert(sid, address).toJson());
}

SandboxResponse TwilioIpAccessControlLists::fetchAddress(Account &account, const SandboxCall &call)
{
    const auto *entry = account.ipAccessControlLists.find(call.id());
    const IpAddress *address = entry ? entry->addresses.find(call.captures.value(1)) : nullptr;
    return address ? SandboxResponse::json(200, address->toJson()) : notFound(call.request);
}

SandboxResponse TwilioIpAccessControlLists::updateAddress(Account &account, const SandboxCall &call)
{
    auto *entry = account.ipAccessControlLists.find(call.id());
    IpAddress *address = entry ? entry->addresses.find(call.captures.value(1)) : nullptr;
    if (!address)
        return notFound(call.request);
    if (auto refusal = applyFields(*address, parseForm(call.request), false))
        return *refusal;
    address->dateUpdated = TwilioSipAuthLists::nextUpdate(address->dateUpdated);
    return SandboxResponse::json(200, address->toJson());
}

SandboxResponse TwilioIpAccessControlLists::removeAddress(Account &account, const SandboxCall &call)
{
    auto *entry = account.ipAccessControlLists.find(call.id());
    if (!entry || !entry->addresses.remove(call.captures.value(1)))
        return notFound(call.request);
    return SandboxResponse::empty(204);
}
