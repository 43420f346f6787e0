#include "sandbox/twiliosipdomains.h"

#include "sandbox/demodata.h"

#include "models/records/vocabulary.h"
#include "models/validation/rules.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kApiPrefix = "/2010-04-01/";
constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 1000;
// Page is a 32-bit integer in Twilio's helper libraries; Page × PageSize then
// stays far inside qint64 and exact in a JSON number.
constexpr int kMaxPage = std::numeric_limits<int>::max();

// Codes the documents name; where they are silent the sandbox answers with
// kInvalidParameter and a message that starts with the parameter's name.
constexpr int kAuthenticationFailed = 20003;
constexpr int kNotFound = 20404;
constexpr int kMethodNotAllowed = 20004;
constexpr int kInvalidPageSize = 20007;
constexpr int kInvalidPageToken = 21481;
constexpr int kInvalidDomainName = 21232;
constexpr int kInvalidParameter = 20001;
constexpr int kTooManyRequests = 20429;
constexpr int kInternalError = 20500;
constexpr int kForbidden = 20403;

SandboxResponse twilioError(int status, int code, const QString &message)
{
    QJsonObject body {
        { u"code"_s, code },
        { u"message"_s, message },
        { u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code) },
        { u"status"_s, status },
    };
    return SandboxResponse::json(status, body);
}

SandboxResponse notFound(const SandboxRequest &request)
{
    return twilioError(
        404, kNotFound, u"The requested resource %1 was not found"_s.arg(request.path));
}

QString formDecode(QByteArray part)
{
    // '+' means a space in form encoding; "%2B" stays a literal '+'.
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

// application/x-www-form-urlencoded, UTF-8. The first value of a repeated
// name wins.
QHash<QString, QString> parseForm(const SandboxRequest &request)
{
    QHash<QString, QString> form;
    if (!request.contentType.isEmpty()
        && request.contentType != "application/x-www-form-urlencoded")
        return form;
    for (const QByteArray &pair : request.body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = formDecode(eq < 0 ? pair : pair.left(eq));
        if (!form.contains(name))
            form.insert(name, eq < 0 ? QString(u""_s) : formDecode(pair.mid(eq + 1)));
    }
    return form;
}

QString domainsPath(const QString &accountSid)
{
    return u"/2010-04-01/Accounts/%1/SIP/Domains"_s.arg(accountSid);
}

QString pageUri(const QString &accountSid, int pageSize, int page, const QString &token)
{
    QString uri = domainsPath(accountSid) + u".json?PageSize=%1&Page=%2"_s.arg(pageSize).arg(page);
    if (!token.isEmpty())
        uri += u"&PageToken="_s + token;
    return uri;
}

// Plain ASCII digits up to kMaxPage: "+1", " 1" and "1.0" are not page numbers.
std::optional<int> parsePageNumber(const QString &text)
{
    if (text.isEmpty() || text.size() > 10)
        return {};
    if (!std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return {};
    const qint64 number = text.toLongLong();
    if (number > kMaxPage)
        return {};
    return int(number);
}

// Keyset page tokens: "PA" (after) or "PB" (before) and the creation
// sequence number in hex, so paging stays stable across inserts and deletes.
QString pageToken(char direction, quint64 sequence)
{
    return u"P"_s + QLatin1Char(direction) + QString::number(sequence, 16);
}

bool parsePageToken(const QString &token, char *direction, quint64 *sequence)
{
    if (token.size() < 3 || !token.startsWith(u'P') || (token[1] != u'A' && token[1] != u'B'))
        return false;
    bool ok = false;
    *sequence = QStringView(token).mid(2).toULongLong(&ok, 16);
    *direction = char(token[1].toLatin1());
    return ok;
}

bool isUrlField(const char *formName)
{
    return QByteArrayView(formName).endsWith("Url");
}

bool isMethodField(const char *formName)
{
    return QByteArrayView(formName).endsWith("Method");
}

} // namespace

struct TwilioSipDomains::Account
{
    TwilioAccount credentials;
    std::map<quint64, SipDomain> domains; // creation order
    QHash<QString, quint64> sequenceBySid;
    quint64 nextSequence = 1;
};

TwilioSipDomains::TwilioSipDomains() = default;
TwilioSipDomains::~TwilioSipDomains() = default;

void TwilioSipDomains::addAccount(const TwilioAccount &account)
{
    auto entry = std::make_unique<Account>();
    entry->credentials = account;
    m_accounts[account.accountSid] = std::move(entry);
}

void TwilioSipDomains::addDemoDomains(const QString &accountSid, int count, quint32 seed)
{
    const auto it = m_accounts.find(accountSid);
    if (it == m_accounts.end())
        return;
    for (SipDomain &domain : DemoData::domains(accountSid, count, seed)) {
        if (m_domainNames.contains(domain.domainName.toLower()))
            continue;
        insert(*it->second, std::move(domain));
    }
}

int TwilioSipDomains::domainCount(const QString &accountSid) const
{
    const auto it = m_accounts.find(accountSid);
    return it == m_accounts.end() ? 0 : int(it->second->domains.size());
}

std::optional<SipDomain> TwilioSipDomains::domain(
    const QString &accountSid, const QString &sid) const
{
    const auto it = m_accounts.find(accountSid);
    if (it == m_accounts.end() || !it->second->sequenceBySid.contains(sid))
        return std::nullopt;
    return it->second->domains.at(it->second->sequenceBySid.value(sid));
}

bool TwilioSipDomains::handles(const QString &path) const
{
    return path.startsWith(QLatin1String(kApiPrefix));
}

SandboxResponse TwilioSipDomains::faultResponse(int status) const
{
    switch (status) {
    case 401:
        return twilioError(401, kAuthenticationFailed, u"Authenticate"_s);
    case 403:
        return twilioError(403, kForbidden, u"Forbidden"_s);
    case 429:
        return twilioError(429, kTooManyRequests, u"Too Many Requests"_s);
    case 503:
        return twilioError(503, kInternalError, u"Service Unavailable"_s);
    default:
        if (status < 500)
            return twilioError(
                status, kInvalidParameter, QString::fromLatin1(reasonPhrase(status)));
        return twilioError(status, kInternalError, u"Internal Server Error"_s);
    }
}

SandboxResponse TwilioSipDomains::handle(const SandboxRequest &request)
{
    static const QRegularExpression accountPath(u"^/2010-04-01/Accounts/([^/]+)(/.*)?$"_s);
    static const QRegularExpression domainsRoute(
        u"^/2010-04-01/Accounts/[^/]+/SIP/Domains(?:/([^/]+))?\\.json$"_s);

    const QRegularExpressionMatch account = accountPath.match(request.path);
    const auto it = account.hasMatch() ? m_accounts.find(account.captured(1)) : m_accounts.end();
    if (it == m_accounts.end() || !authorized(*it->second, request)) {
        SandboxResponse response = twilioError(401, kAuthenticationFailed, u"Authenticate"_s);
        response.headers.append(
            qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"Twilio API\"")));
        return response;
    }

    const QRegularExpressionMatch route = domainsRoute.match(request.path);
    if (!route.hasMatch())
        return notFound(request);
    const QString sid = route.captured(1);
    Account &owner = *it->second;
    if (sid.isEmpty()) {
        if (request.method == "GET")
            return list(owner, request);
        if (request.method == "POST")
            return create(owner, request);
    } else {
        if (request.method == "GET")
            return fetch(owner, sid, request);
        if (request.method == "POST")
            return update(owner, sid, request);
        if (request.method == "DELETE")
            return remove(owner, sid, request);
    }
    return twilioError(405, kMethodNotAllowed,
        u"Method %1 not allowed on %2"_s.arg(QLatin1String(request.method), request.path));
}

bool TwilioSipDomains::authorized(const Account &account, const SandboxRequest &request) const
{
    if (!request.hasBasicAuth)
        return false;
    const TwilioAccount &credentials = account.credentials;
    if (request.authUser == credentials.accountSid)
        return request.authPassword == credentials.authToken;
    return !credentials.apiKeySid.isEmpty() && request.authUser == credentials.apiKeySid
        && request.authPassword == credentials.apiKeySecret;
}

SandboxResponse TwilioSipDomains::list(Account &account, const SandboxRequest &request)
{
    const QString sizeText = request.query.queryItemValue(u"PageSize"_s);
    int pageSize = kDefaultPageSize;
    if (request.query.hasQueryItem(u"PageSize"_s)) {
        bool ok = false;
        pageSize = sizeText.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > kMaxPageSize)
            return twilioError(400, kInvalidPageSize,
                u"PageSize must be an integer between 1 and %1, not '%2'"_s.arg(kMaxPageSize)
                    .arg(sizeText));
    }
    // Page is only client state next to a PageToken, but without one it
    // counts whole pages, so it has to be a number whose offset cannot overflow.
    int page = 0;
    if (request.query.hasQueryItem(u"Page"_s)) {
        const QString pageText = request.query.queryItemValue(u"Page"_s);
        const std::optional<int> number = parsePageNumber(pageText);
        if (!number)
            return twilioError(400, kInvalidParameter,
                u"Page must be an integer between 0 and %1, not '%2'"_s.arg(kMaxPage).arg(
                    pageText));
        page = *number;
    }
    const QString token = request.query.queryItemValue(u"PageToken"_s);

    auto &domains = account.domains;
    auto first = domains.begin();
    if (!token.isEmpty()) {
        char direction = 0;
        quint64 sequence = 0;
        if (!parsePageToken(token, &direction, &sequence))
            return twilioError(400, kInvalidPageToken, u"Invalid PageToken '%1'"_s.arg(token));
        if (direction == 'A') {
            first = domains.upper_bound(sequence);
        } else {
            first = domains.lower_bound(sequence);
            for (int i = 0; i < pageSize && first != domains.begin(); ++i)
                --first;
        }
    } else {
        // Without a token, Page counts whole pages from the start.
        const auto skip = qint64(page) * pageSize;
        first = skip >= qint64(domains.size()) ? domains.end() : std::next(first, skip);
    }

    QJsonArray items;
    auto last = first;
    for (int i = 0; i < pageSize && last != domains.end(); ++i, ++last)
        items.append(last->second.toJson());

    const QString accountSid = account.credentials.accountSid;
    const qint64 start = qint64(page) * pageSize;
    QJsonObject body {
        { u"domains"_s, items },
        { u"start"_s, start },
        { u"end"_s, items.isEmpty() ? start : start + items.size() - 1 },
        { u"page"_s, page },
        { u"page_size"_s, pageSize },
        { u"uri"_s, pageUri(accountSid, pageSize, page, token) },
        { u"first_page_uri"_s, pageUri(accountSid, pageSize, 0, QString()) },
    };
    // Only a PageToken gets past the last page number, and the token alone
    // decides the rows: the number stays put rather than overflow.
    const int nextPage = page == kMaxPage ? page : page + 1;
    body.insert(u"next_page_uri"_s,
        last == domains.end() ? QJsonValue()
                              : QJsonValue(pageUri(accountSid, pageSize, nextPage,
                                  pageToken('A', std::prev(last)->first))));
    body.insert(u"previous_page_uri"_s,
        page == 0 || first == domains.begin() || items.isEmpty()
            ? QJsonValue()
            : QJsonValue(pageUri(accountSid, pageSize, page - 1, pageToken('B', first->first))));
    return SandboxResponse::json(200, body);
}

SandboxResponse TwilioSipDomains::fetch(
    Account &account, const QString &sid, const SandboxRequest &request)
{
    if (!account.sequenceBySid.contains(sid))
        return notFound(request);
    return SandboxResponse::json(
        200, account.domains.at(account.sequenceBySid.value(sid)).toJson());
}

SandboxResponse TwilioSipDomains::create(Account &account, const SandboxRequest &request)
{
    const QHash<QString, QString> form = parseForm(request);
    if (form.value(u"DomainName"_s).isEmpty())
        return twilioError(
            400, kInvalidDomainName, u"Missing required parameter DomainName in the post body"_s);

    SipDomain domain;
    domain.accountSid = account.credentials.accountSid;
    domain.apiVersion = u"2010-04-01"_s;
    domain.voiceMethod = domain.voiceFallbackMethod = domain.voiceStatusCallbackMethod = u"POST"_s;
    if (auto error = applyFields(domain, form, QString()))
        return *error;
    domain.sid = DemoData::randomSid(u"SD");
    domain.dateCreated = domain.dateUpdated = QDateTime::currentDateTimeUtc();
    insert(account, domain);
    return SandboxResponse::json(
        201, this->domain(account.credentials.accountSid, domain.sid)->toJson());
}

SandboxResponse TwilioSipDomains::update(
    Account &account, const QString &sid, const SandboxRequest &request)
{
    if (!account.sequenceBySid.contains(sid))
        return notFound(request);
    SipDomain &stored = account.domains.at(account.sequenceBySid.value(sid));
    SipDomain changed = stored;
    if (auto error = applyFields(changed, parseForm(request), stored.domainName))
        return *error;
    if (changed.domainName.compare(stored.domainName, Qt::CaseInsensitive) != 0) {
        m_domainNames.remove(stored.domainName.toLower());
        m_domainNames.insert(changed.domainName.toLower());
    }
    // Seconds resolution, as Twilio's dates have; never go backwards.
    changed.dateUpdated = std::max(QDateTime::currentDateTimeUtc(), stored.dateUpdated.addSecs(1));
    stored = changed;
    return SandboxResponse::json(200, stored.toJson());
}

SandboxResponse TwilioSipDomains::remove(
    Account &account, const QString &sid, const SandboxRequest &request)
{
    if (!account.sequenceBySid.contains(sid))
        return notFound(request);
    const quint64 sequence = account.sequenceBySid.take(sid);
    m_domainNames.remove(account.domains.at(sequence).domainName.toLower());
    account.domains.erase(sequence);
    return SandboxResponse::empty(204);
}

// Validates every sent field first and changes nothing on the first problem.
std::optional<SandboxResponse> TwilioSipDomains::applyFields(
    SipDomain &domain, const QHash<QString, QString> &form, const QString &ownName)
{
    auto invalid = [](const char *name, const QString &problem) {
        return twilioError(400, kInvalidParameter, u"%1 %2"_s.arg(QLatin1String(name), problem));
    };
    SipDomain result = domain;
    for (const SipDomain::TextField &field : SipDomain::writableTextFields()) {
        const QString key = QLatin1String(field.formName);
        if (!form.contains(key))
            continue;
        const QString value = form.value(key);
        QString &target = result.*field.member;
        if (field.member == &SipDomain::domainName) {
            if (const QString problem = Rules::domainNameProblem(value); !problem.isEmpty())
                return twilioError(400, kInvalidDomainName,
                    u"DomainName '%1' is invalid: it %2"_s.arg(value, problem));
            if (value.compare(ownName, Qt::CaseInsensitive) != 0
                && m_domainNames.contains(value.toLower()))
                return twilioError(
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

void TwilioSipDomains::insert(Account &account, SipDomain domain)
{
    const QString base = domainsPath(account.credentials.accountSid) + u'/' + domain.sid;
    domain.uri = base + u".json"_s;
    domain.subresourceUris = {
        { u"credential_list_mappings"_s, base + u"/CredentialListMappings.json"_s },
        { u"ip_access_control_list_mappings"_s, base + u"/IpAccessControlListMappings.json"_s },
    };
    const quint64 sequence = account.nextSequence++;
    m_domainNames.insert(domain.domainName.toLower());
    account.sequenceBySid.insert(domain.sid, sequence);
    account.domains.emplace(sequence, std::move(domain));
}
