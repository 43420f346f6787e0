#include "sandbox/signalwiresipendpoints.h"

#include "models/records/vocabulary.h"
#include "models/validation/rules.h"
#include "sandbox/demodata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QtEndian>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <iterator>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDefaultPageSize = 50;
constexpr int kMaxPageSize = 1000;
constexpr qsizetype kMaxCountDigits = 9; // keeps page numbers and sizes inside int
constexpr qsizetype kMaxTokenDigits = 16; // a quint64 in hex
constexpr QStringView kCollection = u"/endpoints/sip";
constexpr QStringView kTokenPrefix = u"PA";
constexpr QStringView kEndpointType = u"sip_endpoint";
constexpr QStringView kErrorDocs = u"https://developer.signalwire.com/rest/overview/error-codes#";

// ---------------------------------------------------------------- errors

struct Problem
{
    QString field; // empty when the request as a whole is at fault
    QString code;
    QString title;
    QString detail; // starts with the field name, as the real service's do
};

Problem invalidParameter(const QString &field, const QString &problem)
{
    return { field, u"invalid_parameter"_s, u"Invalid Parameter"_s, field + u' ' + problem };
}

Problem missingParameter(const QString &field, const QString &detail)
{
    return { field, u"missing_required_parameter"_s, u"Missing Required Parameter"_s, detail };
}

bool hasProblemFor(const QList<Problem> &problems, const QString &field)
{
    return std::any_of(problems.begin(), problems.end(),
        [&](const Problem &problem) { return problem.field == field; });
}

QJsonObject errorEntry(const Problem &problem, int status, bool legacy)
{
    if (!legacy) {
        return { { u"code"_s, problem.code }, { u"title"_s, problem.title },
            { u"detail"_s, problem.detail }, { u"status"_s, QString::number(status) } };
    }
    QJsonObject entry {
        { u"type"_s, status == 422 ? u"validation_error"_s : u"request_error"_s },
        { u"code"_s, problem.code },
        { u"message"_s, problem.detail },
        { u"url"_s, kErrorDocs.toString() + problem.code },
    };
    if (!problem.field.isEmpty())
        entry.insert(u"attribute"_s, problem.field);
    return entry;
}

SandboxResponse errorsResponse(int status, const QList<Problem> &problems, bool legacy)
{
    QJsonArray entries;
    for (const Problem &problem : problems)
        entries.append(errorEntry(problem, status, legacy));
    return SandboxResponse::json(status, { { u"errors"_s, entries } });
}

SandboxResponse invalidJson(const QString &detail, bool legacy)
{
    return errorsResponse(
        400, { { QString(), u"invalid_json"_s, u"Invalid JSON"_s, detail } }, legacy);
}

SandboxResponse plainError(int status)
{
    return SandboxResponse::json(
        status, { { u"error"_s, QString::fromLatin1(reasonPhrase(status)) } });
}

SandboxResponse methodNotAllowed(const QByteArray &allowed)
{
    SandboxResponse response = plainError(405);
    response.headers.append({ QByteArray("Allow"), allowed });
    return response;
}

// ---------------------------------------------------------------- routes

struct Route
{
    enum class Kind { Unknown, Collection, Item };
    Kind kind = Kind::Unknown;
    QString id;
};

// path is known to be under kBasePath (handles() said so).
Route parseRoute(const QString &path)
{
    const QStringView rest = QStringView(path).mid(SignalWireSipEndpoints::kBasePath.size());
    if (rest == kCollection)
        return { Route::Kind::Collection, {} };
    if (!rest.startsWith(kCollection) || rest.size() <= kCollection.size() + 1
        || rest[kCollection.size()] != u'/')
        return {};
    const QStringView id = rest.mid(kCollection.size() + 1);
    if (id.contains(u'/'))
        return {};
    return { Route::Kind::Item, id.toString() };
}

// ---------------------------------------------------------------- the stored endpoint

struct StoredEndpoint
{
    quint64 sequence = 0; // creation order within the project; 0 until stored
    SipEndpoint record;
    // Accepted on requests, never returned by the API.
    QString password;
    QString callFlowId;
    QString callFlowVersion;
    QString callAiAgentId;
};

// The one resource id the response exposes for the handlers that forward to a resource.
void refreshDerivedFields(StoredEndpoint &endpoint)
{
    SipEndpoint &record = endpoint.record;
    const QString &handler = record.callHandler;
    if (handler == u"laml_application"_s)
        record.callingHandlerResourceId = record.callLamlApplicationId;
    else if (handler == u"video_room"_s)
        record.callingHandlerResourceId = record.callVideoRoomId;
    else if (handler == u"call_flow"_s)
        record.callingHandlerResourceId = endpoint.callFlowId;
    else if (handler == u"ai_agent"_s)
        record.callingHandlerResourceId = endpoint.callAiAgentId;
    else
        record.callingHandlerResourceId = QString();
}

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

// ---------------------------------------------------------------- request fields

enum class Check { None, Username, NotBlank, Url, Method, Uuid, Encryption, Handler, FlowVersion };

// A text field a request may set, and where it is kept.
struct RequestField
{
    QString key;
    Check check = Check::None;
    bool nullable = true;
    QString SipEndpoint::*recordMember = nullptr;
    QString StoredEndpoint::*extraMember = nullptr;

    QString &slot(StoredEndpoint &endpoint) const
    {
        return recordMember ? endpoint.record.*recordMember : endpoint.*extraMember;
    }
    const QString &value(const StoredEndpoint &endpoint) const
    {
        return recordMember ? endpoint.record.*recordMember : endpoint.*extraMember;
    }
};

// Derived from the key so that the vocabulary stays the single list of UUID fields.
Check checkFor(const QString &key)
{
    if (key == u"username"_s)
        return Check::Username;
    if (key == u"password"_s || key == u"send_as"_s)
        return Check::NotBlank;
    if (key == u"encryption"_s)
        return Check::Encryption;
    if (key == u"call_handler"_s)
        return Check::Handler;
    if (key == u"call_flow_version"_s)
        return Check::FlowVersion;
    if (SignalWireVocabulary::uuidFields().contains(key))
        return Check::Uuid;
    if (key.endsWith(u"_url"_s))
        return Check::Url;
    if (key.endsWith(u"_method"_s))
        return Check::Method;
    return Check::None;
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

const RequestField *requestField(const QString &key)
{
    const auto &fields = requestFields();
    const auto it = std::find_if(
        fields.begin(), fields.end(), [&](const RequestField &field) { return field.key == key; });
    return it == fields.end() ? nullptr : &*it;
}

// The problem with a non-empty value, in the words of Rules (without the field name).
QString valueProblem(Check check, const QString &value)
{
    using namespace SignalWireVocabulary;
    switch (check) {
    case Check::None:
        return {};
    case Check::Username:
        return Rules::usernameProblem(value);
    case Check::NotBlank:
        return value.isEmpty() ? u"can't be blank"_s : QString();
    case Check::Url:
        return Rules::urlProblem(value);
    case Check::Method:
        return Rules::enumProblem(value, callbackMethods());
    case Check::Uuid:
        return Rules::uuidProblem(value);
    case Check::Encryption:
        return Rules::enumProblem(value, encryptionModes());
    case Check::Handler:
        return Rules::enumProblem(value, callHandlers());
    case Check::FlowVersion:
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

QList<Problem> presenceProblems(const QJsonObject &body, const QStringList &required)
{
    QList<Problem> problems;
    for (const QString &key : required) {
        if (!body.contains(key))
            problems.append(missingParameter(key, key + u" is required"_s));
    }
    return problems;
}

// ---------------------------------------------------------------- bodies

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *detail)
{
    if (body.trimmed().isEmpty()) {
        *detail = u"the request body is empty; send a JSON object"_s;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *detail = u"the request body is not valid JSON (%1 at offset %2)"_s.arg(error.errorString())
                      .arg(error.offset);
        return {};
    }
    if (!document.isObject()) {
        *detail = u"the request body must be a JSON object"_s;
        return {};
    }
    return document.object();
}

// ---------------------------------------------------------------- paging

struct PageQuery
{
    int size = kDefaultPageSize;
    int number = 0;
    std::optional<quint64> token; // rows strictly older than this sequence number
    QString filterUsername;
    QString filterCallerId;

    bool matches(const SipEndpoint &record) const
    {
        auto misses = [](const QString &value, const QString &filter) {
            return !filter.isEmpty() && !value.contains(filter, Qt::CaseInsensitive);
        };
        return !misses(record.username, filterUsername) && !misses(record.callerId, filterCallerId);
    }
};

struct Page
{
    std::vector<const StoredEndpoint *> rows;
    bool hasNext = false;
    bool hasPrevious = false;
    std::optional<quint64> previousToken; // none with hasPrevious: it is the first page
};

// Plain ASCII digits only: "+5", " 5" and "5.0" are not page sizes.
std::optional<int> parseCount(const QString &text)
{
    if (text.isEmpty() || text.size() > kMaxCountDigits)
        return {};
    if (!std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return {};
    return text.toInt();
}

QString pageToken(quint64 sequence)
{
    return kTokenPrefix.toString() + QString::number(sequence, 16);
}

std::optional<quint64> parsePageToken(const QString &token)
{
    if (!token.startsWith(kTokenPrefix))
        return {};
    const QString digits = token.mid(kTokenPrefix.size());
    if (digits.isEmpty() || digits.size() > kMaxTokenDigits)
        return {};
    const bool hex = std::all_of(digits.begin(), digits.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
    if (!hex)
        return {};
    return digits.toULongLong(nullptr, 16);
}

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

PageQuery parsePageQuery(const QUrlQuery &query, QList<Problem> *problems)
{
    PageQuery page;
    if (query.hasQueryItem(u"page_size"_s)) {
        const std::optional<int> size = parseCount(queryValue(query, u"page_size"_s));
        if (size && *size >= 1 && *size <= kMaxPageSize)
            page.size = *size;
        else
            problems->append(invalidParameter(
                u"page_size"_s, u"must be an integer from 1 to %1"_s.arg(kMaxPageSize)));
    }
    if (query.hasQueryItem(u"page_number"_s)) {
        if (const std::optional<int> number = parseCount(queryValue(query, u"page_number"_s)))
            page.number = *number;
        else
            problems->append(
                invalidParameter(u"page_number"_s, u"must be a non-negative integer"_s));
    }
    if (query.hasQueryItem(u"page_token"_s)) {
        page.token = parsePageToken(queryValue(query, u"page_token"_s));
        if (!page.token)
            problems->append(invalidParameter(
                u"page_token"_s, u"is not a page token of this list; follow links.next"_s));
    }
    page.filterUsername = queryValue(query, u"filter_username"_s);
    page.filterCallerId = queryValue(query, u"filter_caller_id"_s);
    return page;
}

QString encodedQueryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString pageLink(
    const QString &prefix, const PageQuery &query, int number, std::optional<quint64> token)
{
    QString link = prefix + u"?page_number=%1&page_size=%2"_s.arg(number).arg(query.size);
    if (token)
        link += u"&page_token="_s + pageToken(*token);
    if (!query.filterUsername.isEmpty())
        link += u"&filter_username="_s + encodedQueryValue(query.filterUsername);
    if (!query.filterCallerId.isEmpty())
        link += u"&filter_caller_id="_s + encodedQueryValue(query.filterCallerId);
    return link;
}

QJsonObject pageLinks(const QString &prefix, const PageQuery &query, const Page &page)
{
    QJsonObject links {
        { u"self"_s, pageLink(prefix, query, query.number, query.token) },
        { u"first"_s, pageLink(prefix, query, 0, std::nullopt) },
    };
    if (page.hasNext)
        links.insert(
            u"next"_s, pageLink(prefix, query, query.number + 1, page.rows.back()->sequence));
    if (page.hasPrevious) {
        const int number = page.previousToken ? std::max(query.number - 1, 1) : 0;
        links.insert(u"prev"_s, pageLink(prefix, query, number, page.previousToken));
    }
    return links;
}

// ---------------------------------------------------------------- demo data

const QString kFirstNames[] = {
    u"Alice"_s,
    u"Bob"_s,
    u"Carol"_s,
    u"David"_s,
    u"Erin"_s,
    u"Frank"_s,
    u"Grace"_s,
    u"Heidi"_s,
    u"Ivan"_s,
    u"Judy"_s,
    u"Mallory"_s,
    u"Niaj"_s,
    u"Olivia"_s,
    u"Peggy"_s,
    u"Rupert"_s,
    u"Sybil"_s,
    u"Trent"_s,
    u"Victor"_s,
    u"Walter"_s,
    u"Yasmin"_s,
    u"Zoë"_s,
    u"José"_s,
    u"Björn"_s,
    u"Aiko"_s,
    u"Priya"_s,
    u"Omar"_s,
    u"Chen"_s,
    u"Fatima"_s,
    u"Liam"_s,
    u"Noah"_s,
    u"Emma"_s,
    u"Mia"_s,
    u"Lucas"_s,
    u"Sofia"_s,
    u"Mateo"_s,
    u"Hannah"_s,
    u"Kwame"_s,
    u"Ingrid"_s,
    u"Dmitri"_s,
    u"Amara"_s,
};
const QString kLastNames[] = {
    u"Smith"_s,
    u"Johnson"_s,
    u"Williams"_s,
    u"Brown"_s,
    u"Jones"_s,
    u"Garcia"_s,
    u"Miller"_s,
    u"Davis"_s,
    u"Martinez"_s,
    u"Lopez"_s,
    u"Wilson"_s,
    u"Anderson"_s,
    u"Taylor"_s,
    u"Thomas"_s,
    u"Moore"_s,
    u"Jackson"_s,
    u"Martin"_s,
    u"Lee"_s,
    u"Müller"_s,
    u"Schmidt"_s,
    u"Nguyen"_s,
    u"Kim"_s,
    u"Patel"_s,
    u"Rossi"_s,
    u"Dubois"_s,
    u"Novak"_s,
    u"Silva"_s,
    u"Tanaka"_s,
    u"Okafor"_s,
    u"Larsen"_s,
    u"Kowalski"_s,
    u"Haddad"_s,
    u"O'Brien"_s,
    u"Ivanova"_s,
    u"Sato"_s,
    u"Fischer"_s,
};
const struct
{
    QString username;
    QString display;
} kRoles[] = {
    { u"frontdesk"_s, u"Front Desk"_s },
    { u"reception"_s, u"Reception"_s },
    { u"lobby"_s, u"Lobby"_s },
    { u"warehouse"_s, u"Warehouse"_s },
    { u"conf-room"_s, u"Conference Room"_s },
    { u"helpdesk"_s, u"Help Desk"_s },
    { u"sales"_s, u"Sales"_s },
    { u"support"_s, u"Support"_s },
    { u"dock"_s, u"Loading Dock"_s },
    { u"lab"_s, u"Lab"_s },
    { u"nurse-station"_s, u"Nurse Station"_s },
    { u"security"_s, u"Security"_s },
    { u"kiosk"_s, u"Kiosk"_s },
    { u"dispatch"_s, u"Dispatch"_s },
};
const QString kHosts[] = {
    u"example.com"_s,
    u"voice.example.org"_s,
    u"hooks.example.net"_s,
    u"pbx.example.com"_s,
    u"calls.acme.example"_s,
};
const QString kRelayNames[] = {
    u"office"_s,
    u"support"_s,
    u"sales"_s,
    u"reception"_s,
    u"night-shift"_s,
    u"overflow"_s,
};
const QString kCallbackMethods[] = { u"POST"_s, u"POST"_s, u"GET"_s };
const QString kEncryptions[] = { u"default"_s, u"default"_s, u"default"_s, u"default"_s,
    u"default"_s, u"optional"_s, u"optional"_s, u"optional"_s, u"required"_s, u"required"_s };
const QString kAreaCodes[] = { u"212"_s, u"415"_s, u"312"_s, u"617"_s, u"206"_s, u"512"_s, u"303"_s,
    u"404"_s, u"702"_s, u"919"_s };

// Fisher–Yates with the demo PRNG, so that the order is reproducible.
QStringList shuffled(DemoData::Random &random, QStringList list)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, random.bounded(int(i + 1)));
    return list;
}

// A random non-empty subset of list in random order.
QStringList shuffledSubset(DemoData::Random &random, const QStringList &list)
{
    return shuffled(random, list).mid(0, 1 + random.bounded(int(list.size())));
}

// Makes the endpoints of addDemoEndpoints, one at a time, reproducibly.
class DemoEndpointMaker
{
public:
    explicit DemoEndpointMaker(quint32 seed)
        : m_random(seed)
    { }

    // The username is a base name, not yet made unique within the project.
    StoredEndpoint make(int index)
    {
        StoredEndpoint endpoint = newEndpoint(m_random.uuid());
        endpoint.password = u"demo-"_s + QString::number(m_random.next(), 36);
        fillIdentity(endpoint.record);
        fillMedia(endpoint.record);
        fillHandler(endpoint, nextHandler(), index);
        refreshDerivedFields(endpoint);
        return endpoint;
    }

private:
    void fillIdentity(SipEndpoint &record)
    {
        if (m_random.chance(65)) {
            const QString &first = m_random.pick(kFirstNames);
            const QString &last = m_random.pick(kLastNames);
            const QString lastName = QString(last).remove(u'\'').toLower();
            const int style = m_random.bounded(10);
            if (style < 7)
                record.username = first.toLower() + u'.' + lastName;
            else if (style < 9)
                record.username = first.left(1).toLower() + lastName;
            else
                record.username = first.toLower() + QString::number(10 + m_random.bounded(90));
            if (m_random.chance(75))
                record.callerId = first + u' ' + last;
        } else {
            const auto &role = m_random.pick(kRoles);
            const int number = 1 + m_random.bounded(40);
            record.username = role.username + u'-' + QString::number(number);
            if (m_random.chance(60))
                record.callerId = role.display + u' ' + QString::number(number);
        }
        if (!m_random.chance(40))
            record.sendAs = u"+1"_s + m_random.pick(kAreaCodes) + u"555"_s
                + QString::number(10000 + m_random.bounded(10000)).mid(1); // four digits
    }

    void fillMedia(SipEndpoint &record)
    {
        record.encryption = m_random.pick(kEncryptions);
        if (m_random.chance(50)) {
            record.codecs = shuffledSubset(m_random, SignalWireVocabulary::knownCodecs());
            if (m_random.chance(25)) {
                const qsizetype opus = record.codecs.indexOf(u"OPUS"_s);
                if (opus >= 0)
                    record.codecs[opus] = u"OPUS@48000h@20i"_s;
            }
        }
        if (m_random.chance(40))
            record.ciphers = shuffledSubset(m_random, SignalWireVocabulary::knownCiphers());
    }

    // Deals the handlers like cards so that every one of them (and "none")
    // appears in every dozen endpoints, in a random order.
    QString nextHandler()
    {
        if (m_deck.isEmpty())
            m_deck = shuffled(
                m_random, SignalWireVocabulary::callHandlers() + QStringList { QString() });
        return m_deck.takeLast();
    }

    QString url(const QString &path) { return u"https://"_s + m_random.pick(kHosts) + path; }

    void fillHandler(StoredEndpoint &endpoint, const QString &handler, int index)
    {
        SipEndpoint &record = endpoint.record;
        record.callHandler = handler;
        if (handler == u"laml_webhooks"_s) {
            record.callRequestUrl = url(u"/laml/voice/%1"_s.arg(index));
            record.callRequestMethod = m_random.pick(kCallbackMethods);
            record.callFallbackUrl = url(u"/laml/fallback"_s);
            record.callFallbackMethod = m_random.pick(kCallbackMethods);
            record.callStatusCallbackUrl = url(u"/laml/status"_s);
            record.callStatusCallbackMethod = m_random.pick(kCallbackMethods);
        } else if (handler == u"laml_application"_s) {
            record.callLamlApplicationId = m_random.uuid();
        } else if (handler == u"dialogflow"_s) {
            record.callDialogflowAgentId = m_random.uuid();
        } else if (handler == u"relay_topic"_s) {
            record.callRelayTopic = m_random.pick(kRelayNames);
            record.callRelayTopicStatusCallbackUrl = url(u"/relay/topic-status"_s);
        } else if (handler == u"relay_context"_s) {
            record.callRelayContext = m_random.pick(kRelayNames);
            record.callRelayContextStatusCallbackUrl = url(u"/relay/context-status"_s);
        } else if (handler == u"relay_application"_s) {
            record.callRelayApplication = m_random.pick(kRelayNames) + u"-app"_s;
        } else if (handler == u"relay_script"_s) {
            record.callRelayScriptUrl = url(u"/swml/%1.yaml"_s.arg(m_random.pick(kRelayNames)));
        } else if (handler == u"video_room"_s) {
            record.callVideoRoomId = m_random.uuid();
        } else if (handler == u"call_flow"_s) {
            endpoint.callFlowId = m_random.uuid();
            endpoint.callFlowVersion = m_random.pick(SignalWireVocabulary::callFlowVersions());
        } else if (handler == u"ai_agent"_s) {
            endpoint.callAiAgentId = m_random.uuid();
        }
    }

    DemoData::Random m_random;
    QStringList m_deck;
};

} // namespace

// ---------------------------------------------------------------- one project

struct SignalWireSipEndpoints::Project
{
    SignalWireProject info;
    std::map<quint64, StoredEndpoint> endpoints; // by creation sequence: newest last
    QHash<QString, quint64> sequenceById; // lower-case id
    QHash<QString, quint64> sequenceByUsername; // case-folded username
    QHash<QString, int> demoSuffixes; // next free suffix per demo base name
    quint64 nextSequence = 1;

    struct Style
    {
        QString linkPrefix; // "[origin]/api/relay/rest/endpoints/sip"
        bool legacyErrors = false;
    };

    // --- storage

    void reserve(int more)
    {
        const qsizetype size = qsizetype(endpoints.size()) + std::max(more, 0);
        sequenceById.reserve(size);
        sequenceByUsername.reserve(size);
    }

    const StoredEndpoint *find(const QString &id) const
    {
        if (!Rules::isUuid(id))
            return nullptr;
        const auto sequence = sequenceById.constFind(id.toLower());
        return sequence == sequenceById.constEnd() ? nullptr : &endpoints.at(*sequence);
    }

    bool usernameTaken(const QString &username, quint64 except) const
    {
        const auto owner = sequenceByUsername.constFind(username.toCaseFolded());
        return owner != sequenceByUsername.constEnd() && *owner != except;
    }

    // Ids are created here, from QUuid or DemoData::Random::uuid(): lower case already.
    const StoredEndpoint &insert(StoredEndpoint endpoint, const QString &foldedUsername)
    {
        endpoint.sequence = nextSequence++;
        sequenceById.insert(endpoint.record.id, endpoint.sequence);
        sequenceByUsername.insert(foldedUsername, endpoint.sequence);
        return endpoints.emplace_hint(endpoints.end(), endpoint.sequence, std::move(endpoint))
            ->second;
    }

    const StoredEndpoint &replace(StoredEndpoint updated)
    {
        StoredEndpoint &stored = endpoints.at(updated.sequence);
        sequenceByUsername.remove(stored.record.username.toCaseFolded());
        sequenceByUsername.insert(updated.record.username.toCaseFolded(), updated.sequence);
        stored = std::move(updated);
        return stored;
    }

    void remove(const StoredEndpoint &endpoint)
    {
        const quint64 sequence = endpoint.sequence;
        sequenceById.remove(endpoint.record.id);
        sequenceByUsername.remove(endpoint.record.username.toCaseFolded());
        endpoints.erase(sequence);
    }

    // base, or base with the next free number; sets folded to its case-folded form.
    QString uniqueDemoUsername(const QString &base, QString *folded)
    {
        QString username = base;
        *folded = username.toCaseFolded();
        const bool endsWithDigit = base.back().isDigit();
        while (sequenceByUsername.contains(*folded)) {
            int &suffix = demoSuffixes[base];
            suffix = std::max(suffix, 1) + 1;
            username = base + (endsWithDigit ? u"."_s : QString()) + QString::number(suffix);
            *folded = username.toCaseFolded();
        }
        return username;
    }

    // --- validation

    // Applies body to endpoint; the problems of the fields that could not be applied.
    QList<Problem> applyChanges(StoredEndpoint &endpoint, const QJsonObject &body) const
    {
        QList<Problem> problems = applyTextFields(endpoint, body);
        problems += applyListFields(endpoint, body);
        problems += handlerProblems(endpoint, problems);
        if (body.contains(u"username"_s) && !hasProblemFor(problems, u"username"_s)
            && usernameTaken(endpoint.record.username, endpoint.sequence)) {
            problems.append({ u"username"_s, u"value_not_unique"_s, u"Value Not Unique"_s,
                u"username has already been taken"_s });
        }
        refreshDerivedFields(endpoint);
        return problems;
    }

    // --- paging

    Page page(const PageQuery &query) const
    {
        Page page;
        page.rows.reserve(size_t(query.size));
        const auto boundary = query.token ? endpoints.lower_bound(*query.token) : endpoints.end();
        for (auto it = std::make_reverse_iterator(boundary); it != endpoints.rend(); ++it) {
            if (!query.matches(it->second.record))
                continue;
            if (int(page.rows.size()) == query.size) {
                page.hasNext = true;
                break;
            }
            page.rows.push_back(&it->second);
        }
        // The previous page: the query.size matching rows just newer than this one.
        int newer = 0;
        for (auto it = boundary; it != endpoints.end(); ++it) {
            if (!query.matches(it->second.record))
                continue;
            if (newer == query.size) {
                page.previousToken = it->first;
                break;
            }
            ++newer;
        }
        page.hasPrevious = newer > 0;
        return page;
    }

    // --- routes

    SandboxResponse list(const SandboxRequest &request, const Style &style) const
    {
        QList<Problem> problems;
        const PageQuery query = parsePageQuery(request.query, &problems);
        if (!problems.isEmpty())
            return errorsResponse(422, problems, style.legacyErrors);
        const Page rows = page(query);
        QJsonArray data;
        for (const StoredEndpoint *endpoint : rows.rows)
            data.append(endpoint->record.toJson());
        return SandboxResponse::json(
            200, { { u"links"_s, pageLinks(style.linkPrefix, query, rows) }, { u"data"_s, data } });
    }

    SandboxResponse create(const SandboxRequest &request, const Style &style)
    {
        QString detail;
        const std::optional<QJsonObject> body = parseObject(request.body, &detail);
        if (!body)
            return invalidJson(detail, style.legacyErrors);
        StoredEndpoint endpoint = newEndpoint(QUuid::createUuid().toString(QUuid::WithoutBraces));
        QList<Problem> problems = presenceProblems(*body, { u"username"_s, u"password"_s });
        problems += applyChanges(endpoint, *body);
        if (!problems.isEmpty())
            return errorsResponse(422, problems, style.legacyErrors);
        const QString folded = endpoint.record.username.toCaseFolded();
        return SandboxResponse::json(200, insert(std::move(endpoint), folded).record.toJson());
    }

    SandboxResponse update(const QString &id, const SandboxRequest &request, const Style &style)
    {
        const StoredEndpoint *stored = find(id);
        if (!stored)
            return plainError(404);
        QString detail;
        const std::optional<QJsonObject> body = parseObject(request.body, &detail);
        if (!body)
            return invalidJson(detail, style.legacyErrors);
        StoredEndpoint endpoint = *stored;
        const QList<Problem> problems = applyChanges(endpoint, *body);
        if (!problems.isEmpty())
            return errorsResponse(422, problems, style.legacyErrors);
        return SandboxResponse::json(200, replace(std::move(endpoint)).record.toJson());
    }

    SandboxResponse fetch(const QString &id) const
    {
        const StoredEndpoint *stored = find(id);
        return stored ? SandboxResponse::json(200, stored->record.toJson()) : plainError(404);
    }

    SandboxResponse erase(const QString &id)
    {
        const StoredEndpoint *stored = find(id);
        if (!stored)
            return plainError(404);
        remove(*stored);
        return SandboxResponse::empty(204);
    }

    SandboxResponse dispatch(const Route &route, const SandboxRequest &request, const Style &style)
    {
        const QByteArray &method = request.method;
        if (route.kind == Route::Kind::Collection) {
            if (method == "GET")
                return list(request, style);
            if (method == "POST")
                return create(request, style);
            return methodNotAllowed("GET, POST");
        }
        if (method == "GET")
            return fetch(route.id);
        if (method == "PUT")
            return update(route.id, request, style);
        if (method == "DELETE")
            return erase(route.id);
        return methodNotAllowed("GET, PUT, DELETE");
    }
};

// ---------------------------------------------------------------- the service

SignalWireSipEndpoints::SignalWireSipEndpoints() = default;
SignalWireSipEndpoints::~SignalWireSipEndpoints() = default;

void SignalWireSipEndpoints::addProject(const SignalWireProject &project)
{
    std::unique_ptr<Project> &slot = m_projects[project.projectId];
    if (!slot)
        slot = std::make_unique<Project>();
    slot->info = project; // adding a known project again only updates its credentials
}

void SignalWireSipEndpoints::addDemoEndpoints(const QString &projectId, int count, quint32 seed)
{
    const auto it = m_projects.find(projectId);
    if (it == m_projects.end())
        return;
    Project &project = *it->second;
    project.reserve(count);
    DemoEndpointMaker maker(seed);
    for (int i = 0; i < count; ++i) {
        StoredEndpoint endpoint = maker.make(i);
        QString folded;
        endpoint.record.username = project.uniqueDemoUsername(endpoint.record.username, &folded);
        project.insert(std::move(endpoint), folded);
    }
}

int SignalWireSipEndpoints::endpointCount(const QString &projectId) const
{
    const auto it = m_projects.find(projectId);
    return it == m_projects.end() ? 0 : int(it->second->endpoints.size());
}

std::optional<SipEndpoint> SignalWireSipEndpoints::endpoint(
    const QString &projectId, const QString &id) const
{
    const auto it = m_projects.find(projectId);
    if (it == m_projects.end())
        return {};
    const StoredEndpoint *stored = it->second->find(id);
    return stored ? std::optional<SipEndpoint>(stored->record) : std::nullopt;
}

bool SignalWireSipEndpoints::handles(const QString &path) const
{
    return path.startsWith(kBasePath)
        && (path.size() == kBasePath.size() || path.at(kBasePath.size()) == u'/');
}

SandboxResponse SignalWireSipEndpoints::handle(const SandboxRequest &request)
{
    Project *project = authenticate(request);
    if (!project)
        return plainError(401);
    const Route route = parseRoute(request.path);
    if (route.kind == Route::Kind::Unknown)
        return plainError(404);
    const QString origin = m_absoluteLinks ? request.origin : QString();
    const Project::Style style { origin + kBasePath.toString() + kCollection.toString(),
        m_legacyErrors };
    return project->dispatch(route, request, style);
}

SandboxResponse SignalWireSipEndpoints::faultResponse(int status) const
{
    return plainError(status);
}

SignalWireSipEndpoints::Project *SignalWireSipEndpoints::authenticate(const SandboxRequest &request)
{
    if (!request.hasBasicAuth)
        return nullptr;
    const auto it = m_projects.find(request.authUser);
    if (it == m_projects.end() || it->second->info.apiToken != request.authPassword)
        return nullptr;
    return it->second.get();
}
