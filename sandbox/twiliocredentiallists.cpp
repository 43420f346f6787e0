#include "sandbox/twiliocredentiallists.h"

#include "sandbox/twiliosipauthlists.h"

#include "models/validation/rules.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;
using namespace TwilioApi;

namespace {

const TwilioSipAuthLists::Shape kShape {
    "CredentialLists"_L1,
    "credential_lists"_L1,
    "credentials"_L1,
    "Credentials"_L1,
    &Rules::friendlyNameProblem,
    TwilioSipAuthStore::kMaxCredentialLists,
    "CL"_L1,
    "credential lists"_L1,
};

// Checked against Twilio's policy; the message never quotes the value.
std::optional<SandboxResponse> passwordRefusal(const QHash<QString, QString> &form)
{
    if (const QString problem = Rules::sipPasswordProblem(form.value(u"Password"_s));
        !problem.isEmpty())
        return invalidParameter("Password"_L1, problem);
    return std::nullopt;
}

} // namespace

TwilioCredentialLists::TwilioCredentialLists(
    const TwilioAccounts &accounts, TwilioSipAuthStore &store)
    : m_accounts(accounts)
    , m_store(store)
    , m_routes(routes())
{ }

bool TwilioCredentialLists::handles(const QString &path) const
{
    static const QRegularExpression prefix(u"^/2010-04-01/Accounts/[^/]+/SIP/CredentialLists"_s);
    return prefix.match(path).hasMatch();
}

SandboxResponse TwilioCredentialLists::faultResponse(int status) const
{
    return TwilioApi::faultResponse(status);
}

TwilioCredentialLists::Routes TwilioCredentialLists::routes()
{
    // Sids must match their pattern: anything else matches no route (404).
    const QString lists = u"/2010-04-01/Accounts/[^/]+/SIP/CredentialLists"_s;
    const QString list = lists + u"/(CL[0-9a-fA-F]{32})"_s;
    const QString credentials = list + u"/Credentials"_s;
    const QString credential = credentials + u"/(CR[0-9a-fA-F]{32})"_s;
    const QString json = u"\\.json\\n?"_s;
    return {
        { "GET", lists + json, &TwilioCredentialLists::listLists },
        { "POST", lists + json, &TwilioCredentialLists::createList },
        { "GET", list + json, &TwilioCredentialLists::fetchList },
        { "POST", list + json, &TwilioCredentialLists::updateList },
        { "DELETE", list + json, &TwilioCredentialLists::removeList },
        { "GET", credentials + json, &TwilioCredentialLists::listCredentials },
        { "POST", credentials + json, &TwilioCredentialLists::createCredential },
        { "GET", credential + json, &TwilioCredentialLists::fetchCredential },
        { "POST", credential + json, &TwilioCredentialLists::updateCredential },
        { "DELETE", credential + json, &TwilioCredentialLists::removeCredential },
    };
}

SandboxResponse TwilioCredentialLists::handle(const SandboxRequest &request)
{
    const QString accountSid = m_accounts.authenticate(request);
    if (accountSid.isEmpty())
        return unauthorized();
    return m_routes.dispatch(*this, m_store.account(accountSid), request,
        [&request](const QByteArray &allowed) { return unrouted(request, allowed); });
}

SandboxResponse TwilioCredentialLists::listLists(Account &account, const SandboxCall &call)
{
    return TwilioSipAuthLists::list(kShape, account.credentialLists, account.accountSid, call);
}

SandboxResponse TwilioCredentialLists::createList(Account &account, const SandboxCall &call)
{
    return TwilioSipAuthLists::create(kShape, account.credentialLists, account.accountSid, call);
}

SandboxResponse TwilioCredentialLists::fetchList(Account &account, const SandboxCall &call)
{
    return TwilioSipAuthLists::fetch(account.credentialLists, call);
}

SandboxResponse TwilioCredentialLists::updateList(Account &account, const SandboxCall &call)
{
    return TwilioSipAuthLists::update(kShape, account.credentialLists, call);
}

SandboxResponse TwilioCredentialLists::removeList(Account &account, const SandboxCall &call)
{
    return TwilioSipAuthLists::remove(account, account.credentialLists, call);
}

SandboxResponse TwilioCredentialLists::listCredentials(Account &account, const SandboxCall &call)
{
    const auto *entry = account.credentialLists.find(call.id());
    if (!entry)
        return notFound(call.request);
    return TwilioPaging::listPage(call.request,
        TwilioSipAuthLists::memberPath(kShape, account.accountSid, call.id()), "credentials"_L1,
        entry->credentials.rows,
        [](const SipCredential &credential) { return credential.toJson(); });
}

SandboxResponse TwilioCredentialLists::createCredential(Account &account, const SandboxCall &call)
{
    auto *entry = account.credentialLists.find(call.id());
    if (!entry)
        return notFound(call.request);
    const QHash<QString, QString> form = parseForm(call.request);
    const QString username = form.value(u"Username"_s);
    if (username.isEmpty())
        return missingParameter("Username"_L1);
    if (const QString problem = Rules::sipUsernameProblem(username); !problem.isEmpty())
        return invalidParameter("Username"_L1, problem);
    if (!form.contains(u"Password"_s))
        return missingParameter("Password"_L1);
    if (auto refusal = passwordRefusal(form))
        return *refusal;
    if (entry->usernames.contains(username))
        return invalidParameter(
            "Username"_L1, u"'%1' is already in this credential list"_s.arg(username));
    if (entry->credentials.size() >= TwilioSipAuthStore::kMaxCredentialsPerList)
        return TwilioSipAuthLists::limitReached(
            u"a credential list may have at most %1 credentials"_s.arg(
                TwilioSipAuthStore::kMaxCredentialsPerList));

    SipCredential credential;
    credential.sid = DemoData::randomSid(u"CR");
    credential.accountSid = account.accountSid;
    credential.credentialListSid = call.id();
    credential.username = username;
    credential.dateCreated = credential.dateUpdated = QDateTime::currentDateTimeUtc();
    credential.uri = TwilioSipAuthLists::memberPath(kShape, account.accountSid, call.id()) + u'/'
        + credential.sid + u".json"_s;
    entry->usernames.insert(username);
    const QString sid = credential.sid;
    return SandboxResponse::json(201, entry->credentials.insert(sid, credential).toJson());
}

SandboxResponse TwilioCredentialLists::fetchCredential(Account &account, const SandboxCall &call)
{
    const auto *entry = account.credentialLists.find(call.id());
    const SipCredential *credential =
        entry ? entry->credentials.find(call.captures.value(1)) : nullptr;
    return credential ? SandboxResponse::json(200, credential->toJson()) : notFound(call.request);
}

// Only Password can change (UpdateSipCredentialRequest has nothing else);
// other fields, Username among them, are ignored as Twilio ignores unknown
// parameters. Without a Password nothing changes but date_updated.
SandboxResponse TwilioCredentialLists::updateCredential(Account &account, const SandboxCall &call)
{
    auto *entry = account.credentialLists.find(call.id());
    SipCredential *credential = entry ? entry->credentials.find(call.captures.value(1)) : nullptr;
    if (!credential)
        return notFound(call.request);
    const QHash<QString, QString> form = parseForm(call.request);
    if (form.contains(u"Password"_s)) {
        if (auto refusal = passwordRefusal(form))
            return *refusal;
    }
    credential->dateUpdated = TwilioSipAuthLists::nextUpdate(credential->dateUpdated);
    return SandboxResponse::json(200, credential->toJson());
}

SandboxResponse TwilioCredentialLists::removeCredential(Account &account, const SandboxCall &call)
{
    auto *entry = account.credentialLists.find(call.id());
    const SipCredential *credential =
        entry ? entry->credentials.find(call.captures.value(1)) : nullptr;
    if (!credential)
        return notFound(call.request);
    entry->usernames.remove(credential->username);
    entry->credentials.remove(call.captures.value(1));
    return SandboxResponse::empty(204);
}
