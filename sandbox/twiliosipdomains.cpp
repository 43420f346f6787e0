#include "sandbox/twiliosipdomains.h"

#include "sandbox/demodata.h"
#include "sandbox/demosipauth.h"
#include "sandbox/twilioapi.h"
#include "sandbox/twiliopaging.h"

#include "models/records/vocabulary.h"
#include "models/validation/rules.h"

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace TwilioApi;

namespace {

constexpr int kInvalidDomainName = 21232;

QString domainsPath(const QString &accountSid)
{
    return u"/2010-04-01/Accounts/%1/SIP/Domains"_s.arg(accountSid);
}

bool isUrlField(const char *formName)
{
    return QByteArrayView(formName).endsWith("Url");
}

bool isMethodField(const char *formName)
{
    return QByteArrayView(formName).endsWith("Method");
}

SandboxResponse invalid(const char *name, const QString &problem)
{
    return invalidParameter(QLatin1StringView(name), problem);
}

} // namespace

struct TwilioSipDomains::Account
{
    QString accountSid;
    std::map<quint64, SipDomain> domains; // creation order
    QHash<QString, quint64> sequenceBySid;
    quint64 nextSequence = 1;
};

TwilioSipDomains::TwilioSipDomains(const TwilioAccounts &accounts, TwilioSipAuthStore &auth)
    : m_accounts(accounts)
    , m_auth(auth)
    , m_routes(routes())
{ }

TwilioSipDomains::~TwilioSipDomains() = default;

void TwilioSipDomains::addDemoDomains(const QString &accountSid, int count, quint32 seed)
{
    if (!m_accounts.contains(accountSid))
        return;
    Account &account = accountData(accountSid);
    std::vector<SipDomain> added;
    for (SipDomain &domain : DemoData::domains(accountSid, count, seed)) {
        if (m_domainNames.contains(domain.domainName.toLower()))
            continue;
        insert(account, domain);
        added.push_back(std::move(domain)); // with the auth type its mappings are to give
    }
    DemoSipAuth::addDemoAuth(m_auth.account(accountSid), added, seed);
}

int TwilioSipDomains::domainCount(const QString &accountSid) const
{
    const auto it = m_domainsByAccount.find(accountSid);
    return it == m_domainsByAccount.end() ? 0 : int(it->second->domains.size());
}

bool TwilioSipDomains::hasDomain(const QString &accountSid, const QString &sid) const
{
    const auto it = m_domainsByAccount.find(accountSid);
    return it != m_domainsByAccount.end() && it->second->sequenceBySid.contains(sid);
}

std::optional<SipDomain> TwilioSipDomains::domain(
    const QString &accountSid, const QString &sid) const
{
    if (!hasDomain(accountSid, sid))
        return std::nullopt;
    const Account &account = *m_domainsByAccount.at(accountSid);
    SipDomain domain = account.domains.at(account.sequenceBySid.value(sid));
    if (const TwilioSipAuthStore::Account *auth = m_auth.findAccount(accountSid))
        domain.authType = auth->authType(sid);
    return domain;
}

bool TwilioSipDomains::handles(const QString &path) const
{
    return path.startsWith(u"/2010-04-01/"_s);
}

SandboxResponse TwilioSipDomains::faultResponse(int status) const
{
    return TwilioApi::faultResponse(status);
}

TwilioSipDomains::Routes TwilioSipDomains::routes()
{
    // The patterns end in "\n?" because the sandbox has always taken a path
    // with one trailing newline, as the "$" of a regular expression does.
    const QString domains = u"/2010-04-01/Accounts/[^/]+/SIP/Domains"_s;
    return {
        { "GET", domains + u"\\.json\\n?"_s, &TwilioSipDomains::list },
        { "POST", domains + u"\\.json\\n?"_s, &TwilioSipDomains::create },
        { "GET", domains + u"/([^/]+)\\.json\\n?"_s, &TwilioSipDomains::fetch },
        { "POST", domains + u"/([^/]+)\\.json\\n?"_s, &TwilioSipDomains::update },
        { "DELETE", domains + u"/([^/]+)\\.json\\n?"_s, &TwilioSipDomains::remove },
    };
}

SandboxResponse TwilioSipDomains::handle(const SandboxRequest &request)
{
    Account *account = authenticate(request);
    if (!account)
        return unauthorized();
    return m_routes.dispatch(*this, *account, request,
        [&request](const QByteArray &allowed) { return unrouted(request, allowed); });
}

TwilioSipDomains::Account *TwilioSipDomains::authenticate(const SandboxRequest &request)
{
    const QString accountSid = m_accounts.authenticate(request);
    return accountSid.isEmpty() ? nullptr : &accountData(accountSid);
}

TwilioSipDomains::Account &TwilioSipDomains::accountData(const QString &accountSid)
{
    std::unique_ptr<Account> &slot = m_domainsByAccount[accountSid];
    if (!slot) {
        slot = std::make_unique<Account>();
        slot->accountSid = accountSid;
    }
    return *slot;
}

SandboxResponse TwilioSipDomains::list(Account &account, const SandboxCall &call)
{
    return TwilioPaging::listPage(call.request, domainsPath(account.accountSid), "domains"_L1,
        account.domains,
        [this, &account](const SipDomain &domain) { return domainJson(account, domain); });
}

SandboxResponse TwilioSipDomains::fetch(Account &account, const SandboxCall &call)
{
    if (!account.sequenceBySid.contains(call.id()))
        return notFound(call.request);
    return SandboxResponse::json(
        200, domainJson(account, account.domains.at(account.sequenceBySid.value(call.id()))));
}

SandboxResponse TwilioSipDomains::create(Account &account, const SandboxCall &call)
{
    const QHash<QString, QString> form = parseForm(call.request);
    if (form.value(u"DomainName"_s).isEmpty())
        return error(
            400, kInvalidDomainName, u"Missing required parameter DomainName in the post body"_s);

    SipDomain domain;
    domain.accountSid = account.accountSid;
    domain.apiVersion = u"2010-04-01"_s;
    domain.voiceMethod = domain.voiceFallbackMethod = domain.voiceStatusCallbackMethod = u"POST"_s;
    if (auto error = applyFields(domain, form, QString()))
        return *error;
    domain.sid = DemoData::randomSid(u"SD");
    domain.dateCreated = domain.dateUpdated = QDateTime::currentDateTimeUtc();
    insert(account, domain);
    return SandboxResponse::json(
        201, domainJson(account, account.domains.at(account.sequenceBySid.value(domain.sid))));
}

SandboxResponse TwilioSipDomains::update(Account &account, const SandboxCall &call)
{
    const QString sid = call.id();
    if (!account.sequenceBySid.contains(sid))
        return notFound(call.request);
    SipDomain &stored = account.domains.at(account.sequenceBySid.value(sid));
    SipDomain changed = stored;
    if (auto error = applyFields(changed, parseForm(call.request), stored.domainName))
        return *error;
    if (changed.domainName.compare(stored.domainName, Qt::CaseInsensitive) != 0) {
        m_domainNames.remove(stored.domainName.toLower());
        m_domainNames.insert(changed.domainName.toLower());
    }
    // Seconds resolution, as Twilio's dates have; never go backwards.
    changed.dateUpdated = std::max(QDateTime::currentDateTimeUtc(), stored.dateUpdated.addSecs(1));
    stored = changed;
    return SandboxResponse::json(200, domainJson(account, stored));
}

SandboxResponse TwilioSipDomains::remove(Account &account, const SandboxCall &call)
{
    const QString sid = call.id();
    if (!account.sequenceBySid.contains(sid))
        return notFound(call.request);
    const quint64 sequence = account.sequenceBySid.take(sid);
    m_domainNames.remove(account.domains.at(sequence).domainName.toLower());
    account.domains.erase(sequence);
    m_auth.account(account.accountSid).dropDomain(sid);
    return SandboxResponse::empty(204);
}

// Validates every sent field first and changes nothing on the first problem.
std::optional<SandboxResponse> TwilioSipDomains::applyFields(
    SipDomain &domain, const QHash<QString, QString> &form, const QString &ownName)
{
    SipDomain result = domain;
    for (const SipDomain::TextField &field : SipDomain::writableTextFields()) {
        const QString key = QLatin1String(field.formName);
        if (!form.contains(key))
            continue;
        if (auto error = applyTextField(result, field, form.value(key), ownName))
            return error;
    }
    for (const SipDomain::BoolField &field : SipDomain::writableBoolFields()) {
        const QString key = QLatin1String(field.formName);
        if (!form.contains(key))
            continue;
        bool ok = false;
        const bool value = Rules::parseFormBool(form.value(key), &ok);
        if (!ok)
            return invalid(field.formName, u"must be true or false"_s);
        result.*field.member = value;
    }
    domain = result;
    return std::nullopt;
}

std::optional<SandboxResponse> TwilioSipDomains::applyTextField(SipDomain &domain,
    const SipDomain::TextField &field, const QString &value, const QString &ownName) const
{
    QString &target = domain.*field.member;
    if (field.member == &SipDomain::domainName) {
        if (const QString problem = Rules::domainNameProblem(value); !problem.isEmpty())
            return error(400, kInvalidDomainName,
                u"DomainName '%1' is invalid: it %2"_s.arg(value, problem));
        if (value.compare(ownName, Qt::CaseInsensitive) != 0
            && m_domainNames.contains(value.toLower()))
            return error(
                400, kInvalidDomainName, u"DomainName '%1' is already in use"_s.arg(value));
        target = value;
    } else if (field.member == &SipDomain::friendlyName) {
        if (const QString problem = Rules::friendlyNameProblem(value); !problem.isEmpty())
            return invalid(field.formName, problem);
        target = value;
    } else if (field.member == &SipDomain::byocTrunkSid
        || field.member == &SipDomain::emergencyCallerSid) {
        const QStringView prefix = field.member == &SipDomain::byocTrunkSid
            ? Rules::kByocTrunkSid
            : Rules::kPhoneNumberSid;
        if (!value.isEmpty() && !Rules::isSid(value, prefix))
            return invalid(field.formName, Rules::sidProblem(value, prefix));
        target = value.isEmpty() ? QString() : value; // empty clears
    } else if (isUrlField(field.formName)) {
        if (!value.isEmpty()) {
            if (const QString problem = Rules::urlProblem(value); !problem.isEmpty())
                return invalid(field.formName, problem);
        }
        target = value.isEmpty() ? QString() : value; // empty clears
    } else if (isMethodField(field.formName)) {
        if (const QString problem = Rules::enumProblem(value, TwilioVocabulary::httpMethods());
            !problem.isEmpty())
            return invalid(field.formName, problem);
        target = value;
    }
    return std::nullopt;
}

QJsonObject TwilioSipDomains::domainJson(const Account &account, const SipDomain &domain) const
{
    QJsonObject json = domain.toJson();
    const TwilioSipAuthStore::Account *auth = m_auth.findAccount(account.accountSid);
    const QString authType = auth ? auth->authType(domain.sid) : QString();
    json.insert(u"auth_type"_s, authType.isNull() ? QJsonValue() : QJsonValue(authType));
    return json;
}

void TwilioSipDomains::insert(Account &account, SipDomain domain)
{
    const QString base = domainsPath(account.accountSid) + u'/' + domain.sid;
    domain.uri = base + u".json"_s;
    domain.subresourceUris = {
        { u"credential_list_mappings"_s, base + u"/CredentialListMappings.json"_s },
        { u"ip_access_control_list_mappings"_s, base + u"/IpAccessControlListMappings.json"_s },
    };
    domain.authType = QString(); // derived from the mappings when served
    const quint64 sequence = account.nextSequence++;
    m_domainNames.insert(domain.domainName.toLower());
    account.sequenceBySid.insert(domain.sid, sequence);
    account.domains.emplace(sequence, std::move(domain));
}
