// The SignalWire Relay REST SIP Endpoints emulation, through HTTP only: an
// in-process SandboxServer and the plain SandboxTestClient, so that what is
// tested is what a client on the wire sees.

#include "models/validation/rules.h"
#include "sandbox/democredentials.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/signalwiresipendpoints.h"
#include "tests/sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>
#include <random>

using namespace Qt::StringLiterals;

namespace {

constexpr int kDemoEndpoints = 300;
// More pages than any walk here needs (100,000 rows in pages of 1000): a list whose
// links.next never ends fails quickly instead of running into the test timeout.
constexpr qsizetype kMaxPages = 200;
const QString kList = u"/endpoints/sip"_s;
const QString kHostRelativeList = u"/api/relay/rest/endpoints/sip"_s;

// The SipEndpointResponse schema of SignalWire's "Update a SIP Endpoint" reference: every key,
// always.
const QStringList kResponseKeys = [] {
    QStringList keys {
        u"type"_s,
        u"id"_s,
        u"username"_s,
        u"caller_id"_s,
        u"send_as"_s,
        u"ciphers"_s,
        u"codecs"_s,
        u"encryption"_s,
        u"call_handler"_s,
        u"calling_handler_resource_id"_s,
        u"call_request_url"_s,
        u"call_request_method"_s,
        u"call_fallback_url"_s,
        u"call_fallback_method"_s,
        u"call_status_callback_url"_s,
        u"call_status_callback_method"_s,
        u"call_laml_application_id"_s,
        u"call_dialogflow_agent_id"_s,
        u"call_relay_topic"_s,
        u"call_relay_topic_status_callback_url"_s,
        u"call_relay_context"_s,
        u"call_relay_context_status_callback_url"_s,
        u"call_relay_application"_s,
        u"call_video_room_id"_s,
        u"call_relay_script_url"_s,
    };
    keys.sort();
    return keys;
}();

// Written out here, from the SignalWire reference, rather than taken from the vocabulary
// under test.
const QStringList kHandlers {
    u"relay_context"_s,
    u"relay_topic"_s,
    u"relay_application"_s,
    u"relay_connector"_s,
    u"relay_script"_s,
    u"laml_webhooks"_s,
    u"laml_application"_s,
    u"dialogflow"_s,
    u"video_room"_s,
    u"call_flow"_s,
    u"ai_agent"_s,
};
const QStringList kDefaultCodecs { u"OPUS"_s, u"G722"_s, u"PCMU"_s, u"PCMA"_s, u"G729"_s, u"VP8"_s,
    u"H264"_s };
const QStringList kDefaultCiphers { u"AEAD_AES_256_GCM_8"_s, u"AES_256_CM_HMAC_SHA1_80"_s,
    u"AES_CM_128_HMAC_SHA1_80"_s, u"AES_256_CM_HMAC_SHA1_32"_s, u"AES_CM_128_HMAC_SHA1_32"_s };

const QString kUuidA = u"3f2b8c1e-6d4a-4f7b-9c2e-1a5d7e9f0b3c"_s;
const QString kUuidB = u"b7e4a2d9-1c3f-4e8a-8b6d-5f0c2a9e7d41"_s;

struct HandlerCase
{
    QString handler;
    QJsonObject fields; // the fields it requires, filled
    QString resourceKey; // the request field calling_handler_resource_id shows, if any
};

QList<HandlerCase> handlerCases()
{
    return {
        { u"laml_webhooks"_s,
            { { u"call_request_url"_s, u"https://example.com/laml/voice"_s },
                { u"call_fallback_url"_s, u"https://example.com/laml/fallback"_s },
                { u"call_status_callback_url"_s, u"https://example.com/laml/status"_s } },
            {} },
        { u"laml_application"_s, { { u"call_laml_application_id"_s, kUuidA } },
            u"call_laml_application_id"_s },
        { u"dialogflow"_s, { { u"call_dialogflow_agent_id"_s, u"agent-7f3e"_s } }, {} },
        { u"relay_topic"_s,
            { { u"call_relay_topic"_s, u"office"_s },
                { u"call_relay_topic_status_callback_url"_s, u"https://example.com/topic"_s } },
            {} },
        { u"relay_context"_s,
            { { u"call_relay_context"_s, u"support"_s },
                { u"call_relay_context_status_callback_url"_s, u"http://example.com/context"_s } },
            {} },
        { u"relay_application"_s, { { u"call_relay_application"_s, u"reception-app"_s } }, {} },
        { u"relay_connector"_s, {}, {} },
        { u"relay_script"_s, { { u"call_relay_script_url"_s, u"https://example.com/swml.yaml"_s } },
            {} },
        { u"video_room"_s, { { u"call_video_room_id"_s, kUuidA } }, u"call_video_room_id"_s },
        { u"call_flow"_s, { { u"call_flow_id"_s, kUuidA } }, u"call_flow_id"_s },
        { u"ai_agent"_s, { { u"call_ai_agent_id"_s, kUuidA } }, u"call_ai_agent_id"_s },
    };
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject merged(QJsonObject base, const QJsonObject &overrides)
{
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QString itemPath(const QString &id)
{
    return kList + u'/' + id;
}

// The newest endpoint of the client's project.
QJsonObject firstRow(SandboxTestClient &client)
{
    return client.get(kList).object().value(u"data"_s).toArray().at(0).toObject();
}

QByteArray describe(const HttpResult &result)
{
    return QByteArray::number(result.status) + ' ' + result.body.left(600);
}

bool isUuidV4(const QString &id)
{
    return Rules::isUuid(id) && QUuid::fromString(id).version() == QUuid::Random
        && QUuid::fromString(id).variant() == QUuid::DCE;
}

// Sets a flag of the emulator for one test and clears it again, even on failure.
class FlagGuard
{
public:
    FlagGuard(SignalWireSipEndpoints &service, void (SignalWireSipEndpoints::*setter)(bool))
        : m_service(service)
        , m_setter(setter)
    {
        (m_service.*m_setter)(true);
    }
    ~FlagGuard() { (m_service.*m_setter)(false); }
    FlagGuard(const FlagGuard &) = delete;
    FlagGuard &operator=(const FlagGuard &) = delete;

private:
    SignalWireSipEndpoints &m_service;
    void (SignalWireSipEndpoints::*m_setter)(bool);
};

struct Walk
{
    QStringList urls; // as fetched
    QList<QStringList> pages; // ids, page by page
    QList<QJsonObject> links;
    QStringList ids() const
    {
        QStringList all;
        for (const QStringList &page : pages)
            all += page;
        return all;
    }
};

} // namespace

class TestSandboxSignalWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void demoDataIsCompleteAndValid();
    void demoDataIsVaried();
    void demoDataIsDeterministic();
    void demoDataPagesAtScale();

    void unauthorized_data();
    void unauthorized();
    void notFound_data();
    void notFound();
    void methodNotAllowed_data();
    void methodNotAllowed();
    void faults_data();
    void faults();

    void createMinimal();
    void createValid_data();
    void createValid();
    void createWithHandler_data();
    void createWithHandler();
    void createMissingHandlerField_data();
    void createMissingHandlerField();
    void createInvalid_data();
    void createInvalid();
    void severalProblemsAtOnce();

    void fetch();
    void updateChangesOnlySentFields_data();
    void updateChangesOnlySentFields();
    void updateNulls_data();
    void updateNulls();
    void updateInvalidLeavesEndpointUnchanged_data();
    void updateInvalidLeavesEndpointUnchanged();
    void updateHandlerUsesStoredFields();
    void emptyListsResetToDefaults();
    void usernameUniqueness();
    void unicodeUsernames_data();
    void unicodeUsernames();
    void deleteEndpoint();

    void malformedBodies_data();
    void malformedBodies();
    void oddBodiesNeverCrash_data();
    void oddBodiesNeverCrash();
    void randomBodiesNeverCrash();

    void paging_data();
    void paging();
    void pagingNewestFirst();
    void pagingIsStableWhileTheListChanges();
    void pageQueryInvalid_data();
    void pageQueryInvalid();
    void absoluteLinks();
    void filters_data();
    void filters();
    void filtersAreCarriedIntoLinks();

    void otherProjectIsIsolated();
    void legacyErrorShape();
    void passwordIsNeverReturned();

private:
    // A new project with its own credentials and count demo endpoints.
    std::unique_ptr<SandboxTestClient> newProject(int count = 0, quint32 seed = 7);
    std::unique_ptr<SandboxTestClient> client(QStringView projectId, QStringView token) const;
    QString uniqueName(const QString &prefix);
    QJsonObject createEndpoint(SandboxTestClient &client, const QJsonObject &fields);
    QJsonObject fetchEndpoint(SandboxTestClient &client, const QString &id);
    QString absolute(const QString &link) const;
    void walk(SandboxTestClient &client, const QString &start, Walk *walk);
    void walkBack(SandboxTestClient &client, const QString &start, Walk *walk);
    void verifyErrors(
        const HttpResult &result, int status, const QString &field, const QString &detailStart);
    void verifyPlainError(const HttpResult &result, int status, const QString &error);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxTestClient> m_main;
    std::unique_ptr<SandboxTestClient> m_other;
    QString m_mainId; // one demo endpoint of the main project
    int m_names = 0;
    int m_projects = 0;
};

// ---------------------------------------------------------------- helpers

std::unique_ptr<SandboxTestClient> TestSandboxSignalWire::client(
    QStringView projectId, QStringView token) const
{
    auto result = std::make_unique<SandboxTestClient>(m_server->signalWireBaseUrl());
    result->setBasicAuth(projectId.toString(), token.toString());
    return result;
}

std::unique_ptr<SandboxTestClient> TestSandboxSignalWire::newProject(int count, quint32 seed)
{
    const QString projectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString token = u"PTtest%1"_s.arg(++m_projects);
    m_server->signalWire().addProject({ u"sandbox"_s, projectId, token });
    m_server->signalWire().addDemoEndpoints(projectId, count, seed);
    return client(projectId, token);
}

QString TestSandboxSignalWire::uniqueName(const QString &prefix)
{
    return u"%1-%2"_s.arg(prefix).arg(++m_names);
}

// The created endpoint, or an empty object after a warning with the answer.
QJsonObject TestSandboxSignalWire::createEndpoint(
    SandboxTestClient &client, const QJsonObject &fields)
{
    const HttpResult result = client.postJson(kList, compact(fields));
    if (result.status != 200) {
        qWarning("create failed: %s", describe(result).constData());
        return {};
    }
    return result.object();
}

QJsonObject TestSandboxSignalWire::fetchEndpoint(SandboxTestClient &client, const QString &id)
{
    const HttpResult result = client.get(itemPath(id));
    if (result.status != 200) {
        qWarning("fetch failed: %s", describe(result).constData());
        return {};
    }
    return result.object();
}

QString TestSandboxSignalWire::absolute(const QString &link) const
{
    return m_server->signalWireBaseUrl().resolved(QUrl(link)).toString(QUrl::FullyEncoded);
}

// Follows links.next from start until it is gone, checking every page's shape.
void TestSandboxSignalWire::walk(SandboxTestClient &client, const QString &start, Walk *walk)
{
    QString next = start;
    while (!next.isEmpty()) {
        QVERIFY2(walk->pages.size() < kMaxPages, "links.next never ends");
        const HttpResult page = client.get(next);
        QVERIFY2(page.status == 200, describe(page).constData());
        const QJsonObject body = page.object();
        QCOMPARE(body.keys(), (QStringList { u"data"_s, u"links"_s }));
        QVERIFY(body.value(u"data"_s).isArray());
        const QJsonObject links = body.value(u"links"_s).toObject();
        for (const QString &key : links.keys())
            QVERIFY2((QStringList { u"first"_s, u"next"_s, u"prev"_s, u"self"_s }).contains(key),
                qPrintable(key));
        QVERIFY(links.value(u"self"_s).isString());
        QVERIFY(links.value(u"first"_s).isString());
        QStringList ids;
        for (const QJsonValue &row : body.value(u"data"_s).toArray())
            ids.append(row.toObject().value(u"id"_s).toString());
        walk->urls.append(next);
        walk->pages.append(ids);
        walk->links.append(links);
        next = links.contains(u"next"_s) ? absolute(links.value(u"next"_s).toString()) : QString();
    }
}

// Follows links.prev from start until it is gone.
void TestSandboxSignalWire::walkBack(SandboxTestClient &client, const QString &start, Walk *walk)
{
    QString previous = start;
    while (!previous.isEmpty()) {
        QVERIFY2(walk->pages.size() < kMaxPages, "links.prev never ends");
        const HttpResult page = client.get(previous);
        QVERIFY2(page.status == 200, describe(page).constData());
        const QJsonObject body = page.object();
        const QJsonObject links = body.value(u"links"_s).toObject();
        QStringList ids;
        for (const QJsonValue &row : body.value(u"data"_s).toArray())
            ids.append(row.toObject().value(u"id"_s).toString());
        walk->urls.append(previous);
        walk->pages.append(ids);
        walk->links.append(links);
        previous =
            links.contains(u"prev"_s) ? absolute(links.value(u"prev"_s).toString()) : QString();
    }
}

// An {"errors":[…]} body in today's shape, one entry of which names field.
void TestSandboxSignalWire::verifyErrors(
    const HttpResult &result, int status, const QString &field, const QString &detailStart)
{
    QVERIFY2(result.status == status, describe(result).constData());
    QVERIFY2(result.contentType.startsWith("application/json"), result.contentType.constData());
    const QJsonObject body = result.object();
    QCOMPARE(body.keys(), QStringList { u"errors"_s });
    const QJsonArray errors = body.value(u"errors"_s).toArray();
    QVERIFY(!errors.isEmpty());
    bool found = false;
    for (const QJsonValue &value : errors) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.keys(), (QStringList { u"code"_s, u"detail"_s, u"status"_s, u"title"_s }));
        for (const QString &key : entry.keys())
            QVERIFY2(entry.value(key).isString(), qPrintable(key));
        QCOMPARE(entry.value(u"status"_s).toString(), QString::number(status));
        QVERIFY(!entry.value(u"code"_s).toString().isEmpty());
        QVERIFY(!entry.value(u"title"_s).toString().isEmpty());
        const QString detail = entry.value(u"detail"_s).toString();
        if (detail.startsWith(field + u' ') && detail.startsWith(detailStart))
            found = true;
    }
    QVERIFY2(found, describe(result).constData());
}

void TestSandboxSignalWire::verifyPlainError(
    const HttpResult &result, int status, const QString &error)
{
    QVERIFY2(result.status == status, describe(result).constData());
    QCOMPARE(result.object(), (QJsonObject { { u"error"_s, error } }));
}

// ---------------------------------------------------------------- setup

void TestSandboxSignalWire::initTestCase()
{
    SandboxServer::Options options;
    options.domains = 0;
    options.endpoints = kDemoEndpoints;
    m_server = std::make_unique<SandboxServer>(options);
    QVERIFY2(m_server->listen(0), qPrintable(m_server->errorString()));
    using namespace DemoCredentials;
    // The server adds the second project itself; adding it again must be harmless.
    m_server->signalWire().addProject({ kSignalWireSpace.toString(),
        kSignalWireOtherProjectId.toString(), kSignalWireOtherApiToken.toString() });
    m_main = client(kSignalWireProjectId, kSignalWireApiToken);
    m_other = client(kSignalWireOtherProjectId, kSignalWireOtherApiToken);

    const HttpResult first = m_main->get(kList + u"?page_size=1"_s);
    QVERIFY2(first.status == 200, describe(first).constData());
    m_mainId = first.object().value(u"data"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    QVERIFY(Rules::isUuid(m_mainId));
}

// ---------------------------------------------------------------- demo data

void TestSandboxSignalWire::demoDataIsCompleteAndValid()
{
    const HttpResult result = m_main->get(kList + u"?page_size=1000"_s);
    QVERIFY2(result.status == 200, describe(result).constData());
    const QJsonArray data = result.object().value(u"data"_s).toArray();
    QCOMPARE(data.size(), kDemoEndpoints);
    QVERIFY(!result.object().value(u"links"_s).toObject().contains(u"next"_s));

    QSet<QString> ids;
    QSet<QString> usernames;
    for (const QJsonValue &value : data) {
        const QJsonObject row = value.toObject();
        QCOMPARE(row.keys(), kResponseKeys);
        QCOMPARE(row.value(u"type"_s).toString(), u"sip_endpoint"_s);
        const QString id = row.value(u"id"_s).toString();
        QVERIFY2(isUuidV4(id), qPrintable(id));
        ids.insert(id);
        const QString username = row.value(u"username"_s).toString();
        QVERIFY2(Rules::usernameProblem(username).isEmpty(), qPrintable(username));
        usernames.insert(username.toCaseFolded());
        QVERIFY(!row.value(u"send_as"_s).toString().isEmpty());
        QVERIFY(Rules::enumProblem(
            row.value(u"encryption"_s).toString(), { u"default"_s, u"required"_s, u"optional"_s })
                    .isEmpty());
        const QStringList codecs = strings(row.value(u"codecs"_s));
        const QStringList ciphers = strings(row.value(u"ciphers"_s));
        QVERIFY(!codecs.isEmpty() && Rules::codecListProblem(codecs).isEmpty());
        QVERIFY(!ciphers.isEmpty() && Rules::cipherListProblem(ciphers).isEmpty());
        for (const QString &key : row.keys()) {
            if (key.endsWith(u"_url"_s) && !row.value(key).isNull())
                QVERIFY2(Rules::urlProblem(row.value(key).toString()).isEmpty(), qPrintable(key));
            if (key.endsWith(u"_method"_s) && !row.value(key).isNull())
                QVERIFY((QStringList { u"GET"_s, u"POST"_s }).contains(row.value(key).toString()));
        }
        const QJsonValue handler = row.value(u"call_handler"_s);
        QVERIFY(handler.isNull() || kHandlers.contains(handler.toString()));
        for (const HandlerCase &handlerCase : handlerCases()) {
            if (handlerCase.handler != handler.toString())
                continue;
            for (const QString &key : handlerCase.fields.keys()) {
                if (kResponseKeys.contains(key))
                    QVERIFY2(!row.value(key).toString().isEmpty(), qPrintable(key));
            }
            const QJsonValue resource = row.value(u"calling_handler_resource_id"_s);
            if (handlerCase.resourceKey.isEmpty())
                QVERIFY(resource.isNull());
            else
                QVERIFY2(Rules::isUuid(resource.toString()), qPrintable(handler.toString()));
        }
        QVERIFY(!row.contains(u"password"_s));
    }
    QCOMPARE(ids.size(), kDemoEndpoints);
    QCOMPARE(usernames.size(), kDemoEndpoints);
}

void TestSandboxSignalWire::demoDataIsVaried()
{
    const HttpResult result = m_main->get(kList + u"?page_size=1000"_s);
    QVERIFY2(result.status == 200, describe(result).constData());
    QSet<QString> handlers, encryptions;
    int nullCallerIds = 0, callerIds = 0, random = 0, numbers = 0;
    int defaultCodecs = 0, customCodecs = 0, defaultCiphers = 0, customCiphers = 0;
    int dotted = 0, numbered = 0;
    for (const QJsonValue &value : result.object().value(u"data"_s).toArray()) {
        const QJsonObject row = value.toObject();
        const QJsonValue handler = row.value(u"call_handler"_s);
        handlers.insert(handler.isNull() ? u"(none)"_s : handler.toString());
        encryptions.insert(row.value(u"encryption"_s).toString());
        (row.value(u"caller_id"_s).isNull() ? nullCallerIds : callerIds)++;
        const QString sendAs = row.value(u"send_as"_s).toString();
        if (sendAs == u"random"_s)
            ++random;
        else if (sendAs.startsWith(u"+1"_s) && sendAs.size() == 12)
            ++numbers;
        (strings(row.value(u"codecs"_s)) == kDefaultCodecs ? defaultCodecs : customCodecs)++;
        (strings(row.value(u"ciphers"_s)) == kDefaultCiphers ? defaultCiphers : customCiphers)++;
        const QString username = row.value(u"username"_s).toString();
        if (username.contains(u'.'))
            ++dotted;
        if (username.contains(u'-') && username.back().isDigit())
            ++numbered;
    }
    QCOMPARE(handlers, QSet<QString>(kHandlers.begin(), kHandlers.end()) + QSet { u"(none)"_s });
    QCOMPARE(encryptions, (QSet<QString> { u"default"_s, u"required"_s, u"optional"_s }));
    for (int count : { nullCallerIds, callerIds, random, numbers, defaultCodecs, customCodecs,
             defaultCiphers, customCiphers, dotted, numbered })
        QVERIFY2(count >= kDemoEndpoints / 20, qPrintable(QString::number(count)));
    QCOMPARE(random + numbers, kDemoEndpoints);
}

void TestSandboxSignalWire::demoDataIsDeterministic()
{
    auto listOf = [](quint32 seed) {
        SandboxServer::Options options;
        options.domains = 0;
        options.endpoints = 200;
        options.seed = seed;
        SandboxServer server(options);
        if (!server.listen(0))
            return QByteArray();
        SandboxTestClient client(server.signalWireBaseUrl());
        client.setBasicAuth(DemoCredentials::kSignalWireProjectId.toString(),
            DemoCredentials::kSignalWireApiToken.toString());
        const HttpResult result = client.get(kList + u"?page_size=1000"_s);
        return result.status == 200 ? result.body : QByteArray();
    };
    const QByteArray first = listOf(42);
    QVERIFY(!first.isEmpty());
    QCOMPARE(QJsonDocument::fromJson(first).object().value(u"data"_s).toArray().size(), 200);
    QCOMPARE(listOf(42), first);
    QVERIFY(listOf(43) != first);
}

// Speed is measured by scripts/bench, not here: this checks correctness at
// a scale where keyset paging and uniqueness matter.
void TestSandboxSignalWire::demoDataPagesAtScale()
{
    const QString projectId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_server->signalWire().addProject({ u"big"_s, projectId, u"PTbig"_s });
    m_server->signalWire().addDemoEndpoints(projectId, 20000, 99);
    QCOMPARE(m_server->signalWire().endpointCount(projectId), 20000);

    const auto big = client(projectId, u"PTbig");
    Walk pages;
    walk(*big, kList + u"?page_size=1000"_s, &pages);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(pages.pages.size(), 20);
    const QStringList ids = pages.ids();
    QCOMPARE(ids.size(), 20000);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), 20000);
    // A page deep in the list, fetched again by its link, is whole.
    const HttpResult deep = big->get(pages.urls.at(18));
    QCOMPARE(deep.status, 200);
    QCOMPARE(deep.object().value(u"data"_s).toArray().size(), 1000);
}

// ---------------------------------------------------------------- routes and statuses

void TestSandboxSignalWire::unauthorized_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("user"); // empty: no Authorization header
    QTest::addColumn<QString>("password");

    using namespace DemoCredentials;
    const QString project = kSignalWireProjectId.toString();
    const QString token = kSignalWireApiToken.toString();
    const struct
    {
        const char *name;
        QString user;
        QString password;
    } credentials[] = {
        { "no header", {}, {} },
        { "wrong token", project, token + u"x"_s },
        { "empty token", project, {} },
        { "unknown project", QUuid::createUuid().toString(QUuid::WithoutBraces), token },
        { "other project's token", project, kSignalWireOtherApiToken.toString() },
        { "twilio credentials", kTwilioAccountSid.toString(), kTwilioAuthToken.toString() },
        { "token as user", token, project },
    };
    const struct
    {
        const char *name;
        QByteArray method;
        QString path;
    } routes[] = {
        { "list", "GET", kList },
        { "create", "POST", kList },
        { "fetch", "GET", itemPath(u"{id}"_s) },
        { "update", "PUT", itemPath(u"{id}"_s) },
        { "delete", "DELETE", itemPath(u"{id}"_s) },
        { "unknown id", "GET", itemPath(kUuidB) },
        { "unknown path", "GET", u"/phone_numbers"_s },
        { "wrong method", "PATCH", kList },
    };
    for (const auto &credential : credentials) {
        for (const auto &route : routes) {
            QTest::addRow("%s, %s", credential.name, route.name)
                << route.method << route.path << credential.user << credential.password;
        }
    }
}

void TestSandboxSignalWire::unauthorized()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QString, user);
    QFETCH(QString, password);
    path.replace(u"{id}"_s, m_mainId);

    SandboxTestClient client(m_server->signalWireBaseUrl());
    if (!user.isEmpty())
        client.setBasicAuth(user, password);
    const QByteArray body = compact({ { u"username"_s, uniqueName(u"intruder"_s) },
        { u"password"_s, u"pw"_s }, { u"caller_id"_s, u"Intruder"_s } });
    const HttpResult result = client.send(method, path, body, "application/json");
    verifyPlainError(result, 401, u"Unauthorized"_s);
    // Nothing happened to the endpoint.
    const QJsonObject endpoint = fetchEndpoint(*m_main, m_mainId);
    QVERIFY(!endpoint.isEmpty());
    QVERIFY(endpoint.value(u"caller_id"_s).toString() != u"Intruder"_s);
}

void TestSandboxSignalWire::notFound_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("base") << QByteArray("GET") << QString();
    QTest::newRow("base slash") << QByteArray("GET") << u"/"_s;
    QTest::newRow("endpoints") << QByteArray("GET") << u"/endpoints"_s;
    QTest::newRow("other resource") << QByteArray("GET") << u"/phone_numbers"_s;
    QTest::newRow("fabric") << QByteArray("GET") << u"/endpoints/fabric"_s;
    QTest::newRow("glued") << QByteArray("GET") << u"/endpoints/sipx"_s;
    QTest::newRow("trailing slash") << QByteArray("GET") << u"/endpoints/sip/"_s;
    QTest::newRow("below an item") << QByteArray("GET") << itemPath(u"{id}/extra"_s);
    QTest::newRow("post below an item") << QByteArray("POST") << itemPath(u"{id}/extra"_s);
    for (const QByteArray method : { "GET", "PUT", "DELETE" }) {
        QTest::addRow("%s unknown id", method.constData()) << method << itemPath(kUuidB);
        QTest::addRow("%s malformed id", method.constData()) << method << itemPath(u"alice"_s);
        QTest::addRow("%s id plus one", method.constData()) << method << itemPath(u"{id}0"_s);
        QTest::addRow("%s braced id", method.constData()) << method << itemPath(u"{{id}}"_s);
    }
}

void TestSandboxSignalWire::notFound()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    path.replace(u"{id}"_s, m_mainId);
    const HttpResult result =
        m_main->send(method, path, compact({ { u"caller_id"_s, u"x"_s } }), "application/json");
    verifyPlainError(result, 404, u"Not Found"_s);
}

void TestSandboxSignalWire::methodNotAllowed_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    for (const QByteArray method : { "PUT", "PATCH", "DELETE", "OPTIONS" })
        QTest::addRow("%s list", method.constData()) << method << kList;
    for (const QByteArray method : { "POST", "PATCH", "OPTIONS" }) {
        QTest::addRow("%s item", method.constData()) << method << itemPath(u"{id}"_s);
        QTest::addRow("%s unknown item", method.constData()) << method << itemPath(kUuidB);
    }
}

void TestSandboxSignalWire::methodNotAllowed()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    path.replace(u"{id}"_s, m_mainId);
    const HttpResult result =
        m_main->send(method, path, compact({ { u"username"_s, u"x"_s } }), "application/json");
    verifyPlainError(result, 405, u"Method Not Allowed"_s);
    QVERIFY(!fetchEndpoint(*m_main, m_mainId).isEmpty());
}

void TestSandboxSignalWire::faults_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");
    QTest::newRow("429") << int(FaultInjector::Kind::RateLimited) << 429 << u"Too Many Requests"_s;
    QTest::newRow("500") << int(FaultInjector::Kind::ServerError) << 500
                         << u"Internal Server Error"_s;
    QTest::newRow("502") << int(FaultInjector::Kind::BadGateway) << 502 << u"Bad Gateway"_s;
    QTest::newRow("503") << int(FaultInjector::Kind::Unavailable) << 503
                         << u"Service Unavailable"_s;
    QTest::newRow("504") << int(FaultInjector::Kind::GatewayTimeout) << 504 << u"Gateway Timeout"_s;
}

void TestSandboxSignalWire::faults()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, error);
    FaultInjector::Rule rule;
    rule.kind = FaultInjector::Kind(kind);
    rule.count = 1;
    rule.pathContains = kHostRelativeList;
    m_server->faults().addRule(rule);
    const HttpResult faulted = m_main->get(kList);
    m_server->faults().clear();
    verifyPlainError(faulted, status, error);
    QCOMPARE(m_main->get(kList).status, 200);
}

// ---------------------------------------------------------------- create

void TestSandboxSignalWire::createMinimal()
{
    const auto client = newProject(3);
    const QString username = uniqueName(u"minimal"_s);
    const HttpResult result = client->postJson(
        kList, compact({ { u"username"_s, username }, { u"password"_s, u"Secret-123"_s } }));
    QVERIFY2(result.status == 200, describe(result).constData());
    QVERIFY(result.contentType.startsWith("application/json"));
    const QJsonObject created = result.object();
    QCOMPARE(created.keys(), kResponseKeys);
    QCOMPARE(created.value(u"type"_s).toString(), u"sip_endpoint"_s);
    QVERIFY2(isUuidV4(created.value(u"id"_s).toString()), result.body.constData());
    QCOMPARE(created.value(u"username"_s).toString(), username);
    QCOMPARE(created.value(u"send_as"_s).toString(), u"random"_s);
    QCOMPARE(created.value(u"encryption"_s).toString(), u"default"_s);
    QCOMPARE(strings(created.value(u"codecs"_s)), kDefaultCodecs);
    QCOMPARE(strings(created.value(u"ciphers"_s)), kDefaultCiphers);
    const QStringList neverNull { u"type"_s, u"id"_s, u"username"_s, u"send_as"_s, u"codecs"_s,
        u"ciphers"_s, u"encryption"_s };
    for (const QString &key : kResponseKeys) {
        if (!neverNull.contains(key))
            QVERIFY2(created.value(key).isNull(), qPrintable(key));
    }

    QCOMPARE(fetchEndpoint(*client, created.value(u"id"_s).toString()), created);
    const HttpResult list = client->get(kList);
    const QJsonArray data = list.object().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 4);
    QCOMPARE(data.at(0).toObject(), created); // newest first

    // Each create makes a new id.
    const QJsonObject second = createEndpoint(
        *client, { { u"username"_s, uniqueName(u"minimal"_s) }, { u"password"_s, u"x"_s } });
    QVERIFY(!second.isEmpty());
    QVERIFY(second.value(u"id"_s) != created.value(u"id"_s));
}

void TestSandboxSignalWire::createValid_data()
{
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QJsonObject>("expected"); // a part of the answer

    QTest::newRow("dots dashes underscores plus")
        << QJsonObject { { u"username"_s, u"alice.smith_2-b+test"_s } }
        << QJsonObject { { u"username"_s, u"alice.smith_2-b+test"_s } };
    QTest::newRow("unicode caller id")
        << QJsonObject { { u"caller_id"_s, u"Zoë Müller ☎ 東京"_s } }
        << QJsonObject { { u"caller_id"_s, u"Zoë Müller ☎ 東京"_s } };
    QTest::newRow("empty caller id is null")
        << QJsonObject { { u"caller_id"_s, u""_s } }
        << QJsonObject { { u"caller_id"_s, QJsonValue::Null } };
    QTest::newRow("null caller id") << QJsonObject { { u"caller_id"_s, QJsonValue::Null } }
                                    << QJsonObject { { u"caller_id"_s, QJsonValue::Null } };
    QTest::newRow("send as number") << QJsonObject { { u"send_as"_s, u"+15551234567"_s } }
                                    << QJsonObject { { u"send_as"_s, u"+15551234567"_s } };
    for (const QString &mode : { u"default"_s, u"required"_s, u"optional"_s }) {
        QTest::addRow("encryption %s", qPrintable(mode))
            << QJsonObject { { u"encryption"_s, mode } }
            << QJsonObject { { u"encryption"_s, mode } };
    }
    const QJsonArray codecs { u"H264"_s, u"OPUS@48000h@20i"_s, u"PCMU"_s };
    QTest::newRow("codecs in order, with parameters")
        << QJsonObject { { u"codecs"_s, codecs } } << QJsonObject { { u"codecs"_s, codecs } };
    QTest::newRow("empty codecs are the defaults")
        << QJsonObject { { u"codecs"_s, QJsonArray() } }
        << QJsonObject { { u"codecs"_s, QJsonArray::fromStringList(kDefaultCodecs) } };
    const QJsonArray ciphers { u"AES_CM_128_HMAC_SHA1_32"_s, u"AEAD_AES_256_GCM_8"_s };
    QTest::newRow("ciphers in order")
        << QJsonObject { { u"ciphers"_s, ciphers } } << QJsonObject { { u"ciphers"_s, ciphers } };
    QTest::newRow("empty ciphers are the defaults")
        << QJsonObject { { u"ciphers"_s, QJsonArray() } }
        << QJsonObject { { u"ciphers"_s, QJsonArray::fromStringList(kDefaultCiphers) } };
    QTest::newRow("methods without a handler")
        << QJsonObject { { u"call_request_method"_s, u"GET"_s },
               { u"call_fallback_method"_s, u"POST"_s },
               { u"call_status_callback_method"_s, u"GET"_s } }
        << QJsonObject { { u"call_request_method"_s, u"GET"_s },
               { u"call_fallback_method"_s, u"POST"_s },
               { u"call_status_callback_method"_s, u"GET"_s },
               { u"call_handler"_s, QJsonValue::Null } };
    QTest::newRow("plain http url")
        << QJsonObject { { u"call_relay_script_url"_s, u"http://example.com:8080/s?x=1"_s } }
        << QJsonObject { { u"call_relay_script_url"_s, u"http://example.com:8080/s?x=1"_s } };
    QTest::newRow("upper-case uuid")
        << QJsonObject { { u"call_video_room_id"_s, kUuidA.toUpper() } }
        << QJsonObject { { u"call_video_room_id"_s, kUuidA.toUpper() },
               { u"calling_handler_resource_id"_s, QJsonValue::Null } };
    QTest::newRow("unknown and read-only keys are ignored")
        << QJsonObject { { u"type"_s, u"credential"_s }, { u"id"_s, kUuidB },
               { u"calling_handler_resource_id"_s, kUuidB }, { u"favourite_colour"_s, u"blue"_s },
               { u"nested"_s, QJsonObject { { u"a"_s, 1 } } } }
        << QJsonObject { { u"type"_s, u"sip_endpoint"_s },
               { u"calling_handler_resource_id"_s, QJsonValue::Null } };
}

void TestSandboxSignalWire::createValid()
{
    QFETCH(QJsonObject, fields);
    QFETCH(QJsonObject, expected);
    const auto client = newProject();
    if (!fields.contains(u"username"_s))
        fields.insert(u"username"_s, uniqueName(u"valid"_s));
    fields.insert(u"password"_s, u"pw"_s);
    const HttpResult result = client->postJson(kList, compact(fields));
    QVERIFY2(result.status == 200, describe(result).constData());
    const QJsonObject created = result.object();
    QCOMPARE(created.keys(), kResponseKeys);
    for (const QString &key : expected.keys())
        QCOMPARE(created.value(key), expected.value(key));
    QVERIFY(created.value(u"id"_s) != QJsonValue(kUuidB));
    QCOMPARE(fetchEndpoint(*client, created.value(u"id"_s).toString()), created);
}

void TestSandboxSignalWire::createWithHandler_data()
{
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("resourceKey");
    for (const HandlerCase &handlerCase : handlerCases()) {
        QTest::newRow(qPrintable(handlerCase.handler))
            << handlerCase.handler << handlerCase.fields << handlerCase.resourceKey;
    }
    QTest::newRow("call_flow with version")
        << u"call_flow"_s
        << QJsonObject { { u"call_flow_id"_s, kUuidB },
               { u"call_flow_version"_s, u"current_deployed"_s } }
        << u"call_flow_id"_s;
    QTest::newRow("laml_webhooks with methods")
        << u"laml_webhooks"_s
        << merged(handlerCases().at(0).fields,
               { { u"call_request_method"_s, u"GET"_s }, { u"call_fallback_method"_s, u"GET"_s },
                   { u"call_status_callback_method"_s, u"POST"_s } })
        << QString();
}

void TestSandboxSignalWire::createWithHandler()
{
    QFETCH(QString, handler);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, resourceKey);
    const auto client = newProject();
    QJsonObject body = fields;
    body.insert(u"username"_s, uniqueName(handler));
    body.insert(u"password"_s, u"pw"_s);
    body.insert(u"call_handler"_s, handler);
    const HttpResult result = client->postJson(kList, compact(body));
    QVERIFY2(result.status == 200, describe(result).constData());
    const QJsonObject created = result.object();
    QCOMPARE(created.keys(), kResponseKeys);
    QCOMPARE(created.value(u"call_handler"_s).toString(), handler);
    for (const QString &key : fields.keys()) {
        if (kResponseKeys.contains(key))
            QCOMPARE(created.value(key), fields.value(key));
    }
    // Request-only fields are kept, not shown: only as the handler's resource id.
    for (const char *key : { "call_flow_id", "call_flow_version", "call_ai_agent_id", "password" })
        QVERIFY(!created.contains(QLatin1String(key)));
    const QJsonValue expectedResource =
        resourceKey.isEmpty() ? QJsonValue(QJsonValue::Null) : fields.value(resourceKey);
    QCOMPARE(created.value(u"calling_handler_resource_id"_s), expectedResource);
}

void TestSandboxSignalWire::createMissingHandlerField_data()
{
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QJsonObject>("fields");
    QTest::addColumn<QString>("missing");
    for (const HandlerCase &handlerCase : handlerCases()) {
        for (const QString &key : handlerCase.fields.keys()) {
            QJsonObject without = handlerCase.fields;
            without.remove(key);
            QTest::addRow("%s without %s", qPrintable(handlerCase.handler), qPrintable(key))
                << handlerCase.handler << without << key;
            QJsonObject empty = handlerCase.fields;
            empty.insert(key, u""_s);
            QTest::addRow("%s with empty %s", qPrintable(handlerCase.handler), qPrintable(key))
                << handlerCase.handler << empty << key;
            QJsonObject null = handlerCase.fields;
            null.insert(key, QJsonValue::Null);
            QTest::addRow("%s with null %s", qPrintable(handlerCase.handler), qPrintable(key))
                << handlerCase.handler << null << key;
        }
    }
}

void TestSandboxSignalWire::createMissingHandlerField()
{
    QFETCH(QString, handler);
    QFETCH(QJsonObject, fields);
    QFETCH(QString, missing);
    const auto client = newProject();
    const QString username = uniqueName(u"incomplete"_s);
    QJsonObject body = fields;
    body.insert(u"username"_s, username);
    body.insert(u"password"_s, u"pw"_s);
    body.insert(u"call_handler"_s, handler);
    const HttpResult result = client->postJson(kList, compact(body));
    verifyErrors(
        result, 422, missing, u"%1 is required when call_handler is %2"_s.arg(missing, handler));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.object().value(u"errors"_s).toArray().size(), 1);
    QCOMPARE(client->get(kList).object().value(u"data"_s).toArray().size(), 0);
}

void TestSandboxSignalWire::createInvalid_data()
{
    QTest::addColumn<QJsonObject>("fields"); // over a valid username and password
    QTest::addColumn<QStringList>("remove");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("detailStart");

    const QJsonObject laml =
        merged(handlerCases().at(0).fields, { { u"call_handler"_s, u"laml_webhooks"_s } });
    auto row = [](const char *name, const QJsonObject &fields, const QString &field,
                   const QString &detail, const QStringList &remove = {}) {
        QTest::newRow(name) << fields << remove << field << detail;
    };
    row("no username", {}, u"username"_s, u"username is required"_s, { u"username"_s });
    row("no password", {}, u"password"_s, u"password is required"_s, { u"password"_s });
    row("empty username", { { u"username"_s, u""_s } }, u"username"_s, u"username is required"_s);
    row("username with space", { { u"username"_s, u"alice smith"_s } }, u"username"_s,
        u"username must not contain spaces"_s);
    row("username with tab", { { u"username"_s, u"alice\tsmith"_s } }, u"username"_s,
        u"username must not contain spaces"_s);
    row("username with no-break space", { { u"username"_s, u"alice\u00a0smith"_s } }, u"username"_s,
        u"username must not contain spaces"_s);
    row("username with newline", { { u"username"_s, u"alice\n"_s } }, u"username"_s,
        u"username must not contain spaces"_s);
    row("username with @", { { u"username"_s, u"alice@example.com"_s } }, u"username"_s,
        u"username must not contain \"@\""_s);
    row("username number", { { u"username"_s, 42 } }, u"username"_s,
        u"username must be a string"_s);
    row("username array", { { u"username"_s, QJsonArray { u"a"_s } } }, u"username"_s,
        u"username must be a string"_s);
    row("username null", { { u"username"_s, QJsonValue::Null } }, u"username"_s,
        u"username must not be null"_s);
    row("empty password", { { u"password"_s, u""_s } }, u"password"_s,
        u"password can't be blank"_s);
    row("password number", { { u"password"_s, 1234 } }, u"password"_s,
        u"password must be a string"_s);
    row("password null", { { u"password"_s, QJsonValue::Null } }, u"password"_s,
        u"password must not be null"_s);
    row("encryption unknown", { { u"encryption"_s, u"mandatory"_s } }, u"encryption"_s,
        u"encryption must be one of: default, required, optional"_s);
    row("encryption upper case", { { u"encryption"_s, u"Required"_s } }, u"encryption"_s,
        u"encryption must be one of"_s);
    row("encryption empty", { { u"encryption"_s, u""_s } }, u"encryption"_s,
        u"encryption must be one of"_s);
    row("encryption null", { { u"encryption"_s, QJsonValue::Null } }, u"encryption"_s,
        u"encryption must not be null"_s);
    row("encryption bool", { { u"encryption"_s, true } }, u"encryption"_s,
        u"encryption must be a string"_s);
    row("call_handler unknown", { { u"call_handler"_s, u"laml"_s } }, u"call_handler"_s,
        u"call_handler must be one of"_s);
    row("call_handler number", { { u"call_handler"_s, 5 } }, u"call_handler"_s,
        u"call_handler must be a string"_s);
    row("call_handler object", { { u"call_handler"_s, QJsonObject() } }, u"call_handler"_s,
        u"call_handler must be a string"_s);
    row("request url not a url", merged(laml, { { u"call_request_url"_s, u"not a url"_s } }),
        u"call_request_url"_s, u"call_request_url must be an absolute URL"_s);
    row("request url relative", merged(laml, { { u"call_request_url"_s, u"/laml/voice"_s } }),
        u"call_request_url"_s, u"call_request_url must be an absolute URL"_s);
    row("request url ftp", merged(laml, { { u"call_request_url"_s, u"ftp://example.com/x"_s } }),
        u"call_request_url"_s, u"call_request_url must start with http"_s);
    row("request url without host", merged(laml, { { u"call_request_url"_s, u"https://"_s } }),
        u"call_request_url"_s, u"call_request_url must"_s);
    row("fallback url", { { u"call_fallback_url"_s, u"example.com"_s } }, u"call_fallback_url"_s,
        u"call_fallback_url must"_s);
    row("status callback url", { { u"call_status_callback_url"_s, u"mailto:a@b.c"_s } },
        u"call_status_callback_url"_s, u"call_status_callback_url must"_s);
    row("topic status url", { { u"call_relay_topic_status_callback_url"_s, u"javascript:x"_s } },
        u"call_relay_topic_status_callback_url"_s, u"call_relay_topic_status_callback_url must"_s);
    row("context status url", { { u"call_relay_context_status_callback_url"_s, u"http//x"_s } },
        u"call_relay_context_status_callback_url"_s,
        u"call_relay_context_status_callback_url must"_s);
    row("script url", { { u"call_relay_script_url"_s, u"swml.yaml"_s } },
        u"call_relay_script_url"_s, u"call_relay_script_url must"_s);
    row("url number", { { u"call_request_url"_s, 80 } }, u"call_request_url"_s,
        u"call_request_url must be a string"_s);
    row("request method PUT", { { u"call_request_method"_s, u"PUT"_s } }, u"call_request_method"_s,
        u"call_request_method must be one of: GET, POST"_s);
    row("request method lower case", { { u"call_request_method"_s, u"get"_s } },
        u"call_request_method"_s, u"call_request_method must be one of: GET, POST"_s);
    row("fallback method", { { u"call_fallback_method"_s, u"DELETE"_s } },
        u"call_fallback_method"_s, u"call_fallback_method must be one of: GET, POST"_s);
    row("status method", { { u"call_status_callback_method"_s, u"HEAD"_s } },
        u"call_status_callback_method"_s, u"call_status_callback_method must be one of"_s);
    row("video room id", { { u"call_video_room_id"_s, u"room-1"_s } }, u"call_video_room_id"_s,
        u"call_video_room_id must be a UUID"_s);
    row("flow id", { { u"call_flow_id"_s, u"123"_s } }, u"call_flow_id"_s,
        u"call_flow_id must be a UUID"_s);
    row("ai agent braced", { { u"call_ai_agent_id"_s, u"{"_s + kUuidA + u"}"_s } },
        u"call_ai_agent_id"_s, u"call_ai_agent_id must be a UUID"_s);
    row("ai agent number", { { u"call_ai_agent_id"_s, 7 } }, u"call_ai_agent_id"_s,
        u"call_ai_agent_id must be a string"_s);
    row("flow version", { { u"call_flow_version"_s, u"latest"_s } }, u"call_flow_version"_s,
        u"call_flow_version must be one of: working_copy, current_deployed"_s);
    row("codecs string", { { u"codecs"_s, u"OPUS"_s } }, u"codecs"_s,
        u"codecs must be an array of strings"_s);
    row("codecs numbers", { { u"codecs"_s, QJsonArray { 1, 2 } } }, u"codecs"_s,
        u"codecs must be an array of strings"_s);
    row("codecs mixed", { { u"codecs"_s, QJsonArray { u"PCMU"_s, QJsonValue::Null } } },
        u"codecs"_s, u"codecs must be an array of strings"_s);
    row("codecs unknown", { { u"codecs"_s, QJsonArray { u"PCMU"_s, u"SPEEX"_s } } }, u"codecs"_s,
        u"codecs \"SPEEX\" is not one of"_s);
    row("codecs lower case", { { u"codecs"_s, QJsonArray { u"opus"_s } } }, u"codecs"_s,
        u"codecs \"opus\" is not one of"_s);
    row("codecs twice", { { u"codecs"_s, QJsonArray { u"PCMU"_s, u"PCMU"_s } } }, u"codecs"_s,
        u"codecs \"PCMU\" is listed twice"_s);
    row("codecs null", { { u"codecs"_s, QJsonValue::Null } }, u"codecs"_s,
        u"codecs must not be null"_s);
    row("ciphers object", { { u"ciphers"_s, QJsonObject() } }, u"ciphers"_s,
        u"ciphers must be an array of strings"_s);
    row("ciphers unknown", { { u"ciphers"_s, QJsonArray { u"AES_128"_s } } }, u"ciphers"_s,
        u"ciphers \"AES_128\" is not one of"_s);
    row("ciphers with a codec", { { u"ciphers"_s, QJsonArray { u"OPUS"_s } } }, u"ciphers"_s,
        u"ciphers \"OPUS\" is not one of"_s);
    row("ciphers null", { { u"ciphers"_s, QJsonValue::Null } }, u"ciphers"_s,
        u"ciphers must not be null"_s);
    row("caller id number", { { u"caller_id"_s, 12 } }, u"caller_id"_s,
        u"caller_id must be a string"_s);
    row("caller id bool", { { u"caller_id"_s, false } }, u"caller_id"_s,
        u"caller_id must be a string"_s);
    row("send_as null", { { u"send_as"_s, QJsonValue::Null } }, u"send_as"_s,
        u"send_as must not be null"_s);
    row("send_as empty", { { u"send_as"_s, u""_s } }, u"send_as"_s, u"send_as can't be blank"_s);
    row("send_as number", { { u"send_as"_s, 15551234567.0 } }, u"send_as"_s,
        u"send_as must be a string"_s);
    row("laml application id number", { { u"call_laml_application_id"_s, 3 } },
        u"call_laml_application_id"_s, u"call_laml_application_id must be a string"_s);
    row("relay topic array", { { u"call_relay_topic"_s, QJsonArray() } }, u"call_relay_topic"_s,
        u"call_relay_topic must be a string"_s);
}

void TestSandboxSignalWire::createInvalid()
{
    QFETCH(QJsonObject, fields);
    QFETCH(QStringList, remove);
    QFETCH(QString, field);
    QFETCH(QString, detailStart);
    const auto client = newProject(2);
    QJsonObject body { { u"username"_s, uniqueName(u"invalid"_s) }, { u"password"_s, u"pw"_s } };
    body = merged(body, fields);
    for (const QString &key : remove)
        body.remove(key);
    const HttpResult result = client->postJson(kList, compact(body));
    verifyErrors(result, 422, field, detailStart);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.object().value(u"errors"_s).toArray().size(), 1);
    QCOMPARE(client->get(kList).object().value(u"data"_s).toArray().size(), 2);
}

void TestSandboxSignalWire::severalProblemsAtOnce()
{
    const auto client = newProject();
    const HttpResult result = client->postJson(kList,
        compact({ { u"username"_s, u"a b"_s }, { u"encryption"_s, u"always"_s },
            { u"codecs"_s, u"PCMU"_s }, { u"call_handler"_s, u"video_room"_s } }));
    QCOMPARE(result.status, 422);
    QStringList details;
    for (const QJsonValue &entry : result.object().value(u"errors"_s).toArray())
        details.append(entry.toObject().value(u"detail"_s).toString());
    details.sort();
    QCOMPARE(details.size(), 5);
    QVERIFY(details.at(0).startsWith(u"call_video_room_id is required when call_handler is "
                                     u"video_room"_s));
    QVERIFY(details.at(1).startsWith(u"codecs must be an array"_s));
    QVERIFY(details.at(2).startsWith(u"encryption must be one of"_s));
    QCOMPARE(details.at(3), u"password is required"_s);
    QVERIFY(details.at(4).startsWith(u"username must not contain spaces"_s));
}

// ---------------------------------------------------------------- fetch, update, delete

void TestSandboxSignalWire::fetch()
{
    const HttpResult list = m_main->get(kList + u"?page_size=5"_s);
    for (const QJsonValue &row : list.object().value(u"data"_s).toArray()) {
        const QJsonObject endpoint = row.toObject();
        const HttpResult result = m_main->get(itemPath(endpoint.value(u"id"_s).toString()));
        QVERIFY2(result.status == 200, describe(result).constData());
        QVERIFY(result.contentType.startsWith("application/json"));
        QCOMPARE(result.object(), endpoint);
    }
}

void TestSandboxSignalWire::updateChangesOnlySentFields_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonValue>("shown"); // what the answer shows afterwards

    auto row = [](const QString &key, const QJsonValue &value, const QJsonValue &shown) {
        QTest::newRow(qPrintable(key)) << key << value << shown;
    };
    auto same = [&](const QString &key, const QJsonValue &value) { row(key, value, value); };
    same(u"username"_s, u"renamed.user"_s);
    same(u"caller_id"_s, u"Renamed Caller"_s);
    same(u"send_as"_s, u"+15557654321"_s);
    same(u"encryption"_s, u"required"_s);
    same(u"codecs"_s, QJsonArray { u"G722"_s, u"OPUS"_s });
    same(u"ciphers"_s, QJsonArray { u"AES_CM_128_HMAC_SHA1_32"_s });
    same(u"call_request_url"_s, u"https://example.org/new"_s);
    same(u"call_request_method"_s, u"GET"_s);
    same(u"call_fallback_url"_s, u"https://example.org/fallback2"_s);
    same(u"call_fallback_method"_s, u"POST"_s);
    same(u"call_status_callback_url"_s, u"https://example.org/status2"_s);
    same(u"call_status_callback_method"_s, u"GET"_s);
    same(u"call_laml_application_id"_s, kUuidB);
    same(u"call_dialogflow_agent_id"_s, u"agent-42"_s);
    same(u"call_relay_topic"_s, u"night"_s);
    same(u"call_relay_topic_status_callback_url"_s, u"https://example.org/t"_s);
    same(u"call_relay_context"_s, u"sales"_s);
    same(u"call_relay_context_status_callback_url"_s, u"https://example.org/c"_s);
    same(u"call_relay_application"_s, u"app-2"_s);
    same(u"call_video_room_id"_s, kUuidB);
    same(u"call_relay_script_url"_s, u"https://example.org/s.yaml"_s);
    same(u"call_handler"_s, u"relay_connector"_s);
    row(u"password"_s, u"new-password"_s, QJsonValue::Undefined);
    row(u"call_flow_id"_s, kUuidB, QJsonValue::Undefined);
    row(u"call_flow_version"_s, u"working_copy"_s, QJsonValue::Undefined);
    row(u"call_ai_agent_id"_s, kUuidB, QJsonValue::Undefined);
    row(u"unknown_key"_s, u"ignored"_s, QJsonValue::Undefined);
}

void TestSandboxSignalWire::updateChangesOnlySentFields()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QJsonValue, shown);
    const auto client = newProject(5);
    QJsonObject body = merged(handlerCases().at(0).fields,
        { { u"username"_s, uniqueName(u"before"_s) }, { u"password"_s, u"pw"_s },
            { u"caller_id"_s, u"Before"_s }, { u"call_handler"_s, u"laml_webhooks"_s },
            { u"call_request_method"_s, u"POST"_s }, { u"call_relay_topic"_s, u"day"_s },
            { u"codecs"_s, QJsonArray { u"PCMU"_s } } });
    const QJsonObject before = createEndpoint(*client, body);
    QVERIFY(!before.isEmpty());
    const QString id = before.value(u"id"_s).toString();

    const HttpResult result = client->putJson(itemPath(id), compact({ { key, value } }));
    QVERIFY2(result.status == 200, describe(result).constData());
    QCOMPARE(result.object(), fetchEndpoint(*client, id));
    QJsonObject expected = before;
    if (!shown.isUndefined())
        expected.insert(key, shown);
    QCOMPARE(result.object(), expected);
}

void TestSandboxSignalWire::updateNulls_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("detailStart");
    QTest::newRow("caller_id") << u"caller_id"_s << true << QString();
    QTest::newRow("call_request_method") << u"call_request_method"_s << true << QString();
    QTest::newRow("call_relay_topic") << u"call_relay_topic"_s << true << QString();
    QTest::newRow("call_video_room_id") << u"call_video_room_id"_s << true << QString();
    QTest::newRow("call_handler") << u"call_handler"_s << true << QString();
    QTest::newRow("username") << u"username"_s << false << u"username must not be null"_s;
    QTest::newRow("password") << u"password"_s << false << u"password must not be null"_s;
    QTest::newRow("send_as") << u"send_as"_s << false << u"send_as must not be null"_s;
    QTest::newRow("encryption") << u"encryption"_s << false << u"encryption must not be null"_s;
    QTest::newRow("codecs") << u"codecs"_s << false << u"codecs must not be null"_s;
    QTest::newRow("ciphers") << u"ciphers"_s << false << u"ciphers must not be null"_s;
    QTest::newRow("a url the handler requires")
        << u"call_request_url"_s << false
        << u"call_request_url is required when call_handler is laml_webhooks"_s;
}

void TestSandboxSignalWire::updateNulls()
{
    QFETCH(QString, key);
    QFETCH(bool, accepted);
    QFETCH(QString, detailStart);
    const auto client = newProject();
    const QJsonObject before = createEndpoint(*client,
        merged(handlerCases().at(0).fields,
            { { u"username"_s, uniqueName(u"nulls"_s) }, { u"password"_s, u"pw"_s },
                { u"caller_id"_s, u"Caller"_s }, { u"call_handler"_s, u"laml_webhooks"_s },
                { u"call_request_method"_s, u"GET"_s }, { u"call_relay_topic"_s, u"office"_s },
                { u"call_video_room_id"_s, kUuidA } }));
    QVERIFY(!before.isEmpty());
    const QString id = before.value(u"id"_s).toString();
    const HttpResult result = client->putJson(itemPath(id), compact({ { key, QJsonValue::Null } }));
    if (accepted) {
        QVERIFY2(result.status == 200, describe(result).constData());
        QJsonObject expected = before;
        expected.insert(key, QJsonValue::Null);
        QCOMPARE(result.object(), expected);
    } else {
        verifyErrors(result, 422, key, detailStart);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(fetchEndpoint(*client, id), before);
    }
}

void TestSandboxSignalWire::updateInvalidLeavesEndpointUnchanged_data()
{
    QTest::addColumn<QJsonObject>("change");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("detailStart");
    auto row = [](const char *name, const QJsonObject &change, const QString &field,
                   const QString &detail) { QTest::newRow(name) << change << field << detail; };
    row("username with @", { { u"username"_s, u"a@b"_s }, { u"caller_id"_s, u"Changed"_s } },
        u"username"_s, u"username must not contain \"@\""_s);
    row("empty username", { { u"username"_s, u""_s } }, u"username"_s, u"username is required"_s);
    row("empty password", { { u"password"_s, u""_s } }, u"password"_s,
        u"password can't be blank"_s);
    row("encryption", { { u"encryption"_s, u"sometimes"_s } }, u"encryption"_s,
        u"encryption must be one of"_s);
    row("codecs", { { u"codecs"_s, QJsonArray { u"AMR"_s } }, { u"encryption"_s, u"required"_s } },
        u"codecs"_s, u"codecs \"AMR\" is not one of"_s);
    row("handler without its field", { { u"call_handler"_s, u"video_room"_s } },
        u"call_video_room_id"_s,
        u"call_video_room_id is required when call_handler is video_room"_s);
    row("handler with an invalid field",
        { { u"call_handler"_s, u"ai_agent"_s }, { u"call_ai_agent_id"_s, u"agent"_s } },
        u"call_ai_agent_id"_s, u"call_ai_agent_id must be a UUID"_s);
    row("clearing a required field", { { u"call_fallback_url"_s, u""_s } }, u"call_fallback_url"_s,
        u"call_fallback_url is required when call_handler is laml_webhooks"_s);
    row("invalid url", { { u"call_status_callback_url"_s, u"status"_s } },
        u"call_status_callback_url"_s, u"call_status_callback_url must"_s);
    row("method", { { u"call_request_method"_s, u"PATCH"_s } }, u"call_request_method"_s,
        u"call_request_method must be one of: GET, POST"_s);
    row("flow version", { { u"call_flow_version"_s, u"draft"_s } }, u"call_flow_version"_s,
        u"call_flow_version must be one of"_s);
    row("wrong type", { { u"caller_id"_s, QJsonArray { u"x"_s } } }, u"caller_id"_s,
        u"caller_id must be a string"_s);
}

void TestSandboxSignalWire::updateInvalidLeavesEndpointUnchanged()
{
    QFETCH(QJsonObject, change);
    QFETCH(QString, field);
    QFETCH(QString, detailStart);
    const auto client = newProject();
    const QJsonObject before = createEndpoint(*client,
        merged(handlerCases().at(0).fields,
            { { u"username"_s, uniqueName(u"stable"_s) }, { u"password"_s, u"pw"_s },
                { u"call_handler"_s, u"laml_webhooks"_s } }));
    QVERIFY(!before.isEmpty());
    const QString id = before.value(u"id"_s).toString();
    const HttpResult result = client->putJson(itemPath(id), compact(change));
    verifyErrors(result, 422, field, detailStart);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(fetchEndpoint(*client, id), before);
}

void TestSandboxSignalWire::updateHandlerUsesStoredFields()
{
    const auto client = newProject();
    const QJsonObject created = createEndpoint(*client,
        merged(handlerCases().at(0).fields,
            { { u"username"_s, uniqueName(u"switch"_s) }, { u"password"_s, u"pw"_s },
                { u"call_handler"_s, u"laml_webhooks"_s }, { u"call_relay_context"_s, u"office"_s },
                { u"call_relay_context_status_callback_url"_s, u"https://e.com/s"_s } }));
    QVERIFY(!created.isEmpty());
    const QString path = itemPath(created.value(u"id"_s).toString());
    auto put = [&](const QJsonObject &change) { return client->putJson(path, compact(change)); };

    // The stored relay context fields satisfy the new handler.
    HttpResult result = put({ { u"call_handler"_s, u"relay_context"_s } });
    QVERIFY2(result.status == 200, describe(result).constData());
    QCOMPARE(result.object().value(u"call_handler"_s).toString(), u"relay_context"_s);
    // The old handler's fields stay as they were.
    QCOMPARE(result.object().value(u"call_request_url"_s), created.value(u"call_request_url"_s));

    result = put({ { u"call_handler"_s, u"call_flow"_s }, { u"call_flow_id"_s, kUuidA } });
    QVERIFY2(result.status == 200, describe(result).constData());
    QCOMPARE(result.object().value(u"calling_handler_resource_id"_s).toString(), kUuidA);

    result = put({ { u"call_handler"_s, u"ai_agent"_s } });
    verifyErrors(result, 422, u"call_ai_agent_id"_s,
        u"call_ai_agent_id is required when call_handler is ai_agent"_s);
    if (QTest::currentTestFailed())
        return;

    // A request-only field is kept although nothing shows it yet...
    result = put({ { u"call_ai_agent_id"_s, kUuidB } });
    QVERIFY2(result.status == 200, describe(result).constData());
    QCOMPARE(result.object().value(u"calling_handler_resource_id"_s).toString(), kUuidA);
    // ...and used once the handler asks for it.
    result = put({ { u"call_handler"_s, u"ai_agent"_s } });
    QVERIFY2(result.status == 200, describe(result).constData());
    QCOMPARE(result.object().value(u"calling_handler_resource_id"_s).toString(), kUuidB);
    // Back to call_flow: its id was kept too.
    result = put({ { u"call_handler"_s, u"call_flow"_s } });
    QVERIFY2(result.status == 200, describe(result).constData());
    QCOMPARE(result.object().value(u"calling_handler_resource_id"_s).toString(), kUuidA);

    result = put({ { u"call_handler"_s, u"laml_application"_s },
        { u"call_laml_application_id"_s, kUuidB } });
    QCOMPARE(result.object().value(u"calling_handler_resource_id"_s).toString(), kUuidB);
    result = put({ { u"call_handler"_s, u"video_room"_s }, { u"call_video_room_id"_s, kUuidA } });
    QCOMPARE(result.object().value(u"calling_handler_resource_id"_s).toString(), kUuidA);
    result =
        put({ { u"call_handler"_s, u"dialogflow"_s }, { u"call_dialogflow_agent_id"_s, kUuidB } });
    QVERIFY(result.object().value(u"calling_handler_resource_id"_s).isNull());
    result = put({ { u"call_handler"_s, QJsonValue::Null } });
    QVERIFY2(result.status == 200, describe(result).constData());
    QVERIFY(result.object().value(u"call_handler"_s).isNull());
    QVERIFY(result.object().value(u"calling_handler_resource_id"_s).isNull());
}

void TestSandboxSignalWire::emptyListsResetToDefaults()
{
    const auto client = newProject();
    const QJsonObject created = createEndpoint(*client,
        { { u"username"_s, uniqueName(u"lists"_s) }, { u"password"_s, u"pw"_s },
            { u"codecs"_s, QJsonArray { u"PCMU"_s } },
            { u"ciphers"_s, QJsonArray { u"AEAD_AES_256_GCM_8"_s } } });
    QVERIFY(!created.isEmpty());
    QCOMPARE(strings(created.value(u"codecs"_s)), QStringList { u"PCMU"_s });
    const QString path = itemPath(created.value(u"id"_s).toString());

    HttpResult result = client->putJson(path, compact({ { u"codecs"_s, QJsonArray() } }));
    QVERIFY2(result.status == 200, describe(result).constData());
    QCOMPARE(strings(result.object().value(u"codecs"_s)), kDefaultCodecs);
    QCOMPARE(strings(result.object().value(u"ciphers"_s)), QStringList { u"AEAD_AES_256_GCM_8"_s });

    result = client->putJson(path, compact({ { u"ciphers"_s, QJsonArray() } }));
    QVERIFY2(result.status == 200, describe(result).constData());
    QCOMPARE(strings(result.object().value(u"ciphers"_s)), kDefaultCiphers);
    QCOMPARE(strings(result.object().value(u"codecs"_s)), kDefaultCodecs);
}

void TestSandboxSignalWire::usernameUniqueness()
{
    const auto client = newProject();
    auto create = [&](const QString &username) {
        return client->postJson(
            kList, compact({ { u"username"_s, username }, { u"password"_s, u"pw"_s } }));
    };
    const HttpResult first = create(u"Desk.Alpha"_s);
    QCOMPARE(first.status, 200);
    const QString firstPath = itemPath(first.object().value(u"id"_s).toString());
    for (const QString &clash : { u"Desk.Alpha"_s, u"desk.alpha"_s, u"DESK.ALPHA"_s }) {
        verifyErrors(create(clash), 422, u"username"_s, u"username has already been taken"_s);
        if (QTest::currentTestFailed())
            return;
    }
    const HttpResult taken = create(u"desk.alpha"_s);
    QCOMPARE(taken.object().value(u"errors"_s).toArray().at(0).toObject().value(u"code"_s),
        QJsonValue(u"value_not_unique"_s));

    const HttpResult second = create(u"desk.beta"_s);
    QCOMPARE(second.status, 200);
    const QString secondPath = itemPath(second.object().value(u"id"_s).toString());
    verifyErrors(client->putJson(secondPath, compact({ { u"username"_s, u"DESK.alpha"_s } })), 422,
        u"username"_s, u"username has already been taken"_s);
    // An endpoint does not clash with itself.
    HttpResult own = client->putJson(firstPath, compact({ { u"username"_s, u"DESK.ALPHA"_s } }));
    QVERIFY2(own.status == 200, describe(own).constData());
    QCOMPARE(own.object().value(u"username"_s).toString(), u"DESK.ALPHA"_s);
    own = client->putJson(firstPath, compact({ { u"username"_s, u"DESK.ALPHA"_s } }));
    QCOMPARE(own.status, 200);

    // Case folding is Unicode-aware.
    QCOMPARE(create(u"école"_s).status, 200);
    verifyErrors(create(u"ÉCOLE"_s), 422, u"username"_s, u"username has already been taken"_s);
    if (QTest::currentTestFailed())
        return;

    // A renamed or deleted endpoint frees its name.
    QCOMPARE(
        client->putJson(secondPath, compact({ { u"username"_s, u"desk.gamma"_s } })).status, 200);
    QCOMPARE(create(u"desk.beta"_s).status, 200);
    QCOMPARE(client->del(firstPath).status, 204);
    QCOMPARE(create(u"desk.alpha"_s).status, 200);

    // Names are unique per project, not across projects.
    const auto elsewhere = newProject();
    QCOMPARE(elsewhere
                 ->postJson(kList,
                     compact({ { u"username"_s, u"desk.alpha"_s }, { u"password"_s, u"pw"_s } }))
                 .status,
        200);
}

void TestSandboxSignalWire::unicodeUsernames_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("filter"); // finds it, case-insensitively
    QTest::newRow("umlauts") << u"zoë.müller"_s << u"MÜLLER"_s;
    QTest::newRow("japanese") << u"東京-受付"_s << u"受付"_s;
    QTest::newRow("greek") << u"ωmega.σοφία"_s << u"ΣΟΦΊΑ"_s;
    QTest::newRow("cyrillic") << u"дмитрий.иванов"_s << u"ИВАНОВ"_s;
    QTest::newRow("emoji") << u"desk☎️-😀"_s << u"😀"_s;
    QTest::newRow("arabic") << u"مكتب-1"_s << u"مكتب"_s;
}

void TestSandboxSignalWire::unicodeUsernames()
{
    QFETCH(QString, username);
    QFETCH(QString, filter);
    const auto client = newProject(20);
    const QJsonObject created = createEndpoint(*client,
        { { u"username"_s, username }, { u"password"_s, u"pw"_s }, { u"caller_id"_s, username } });
    QVERIFY(!created.isEmpty());
    QCOMPARE(created.value(u"username"_s).toString(), username);
    QCOMPARE(fetchEndpoint(*client, created.value(u"id"_s).toString()), created);
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(filter));
    for (const QString &key : { u"filter_username"_s, u"filter_caller_id"_s }) {
        const HttpResult found = client->get(kList + u'?' + key + u'=' + encoded);
        QCOMPARE(found.status, 200);
        const QJsonArray data = found.object().value(u"data"_s).toArray();
        QVERIFY(data.contains(created));
        // The demo endpoints around it may match too, but only if they should.
        const QString field = key.mid(7); // "filter_"
        for (const QJsonValue &row : data)
            QVERIFY(row.toObject().value(field).toString().contains(filter, Qt::CaseInsensitive));
    }
}

void TestSandboxSignalWire::deleteEndpoint()
{
    const auto client = newProject(3);
    const QJsonObject created =
        createEndpoint(*client, { { u"username"_s, u"doomed"_s }, { u"password"_s, u"pw"_s } });
    QVERIFY(!created.isEmpty());
    const QString path = itemPath(created.value(u"id"_s).toString());

    const HttpResult deleted = client->del(path);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    verifyPlainError(client->get(path), 404, u"Not Found"_s);
    verifyPlainError(client->del(path), 404, u"Not Found"_s);
    verifyPlainError(
        client->putJson(path, compact({ { u"caller_id"_s, u"x"_s } })), 404, u"Not Found"_s);
    const QJsonArray data = client->get(kList).object().value(u"data"_s).toArray();
    QCOMPARE(data.size(), 3);
    for (const QJsonValue &row : data)
        QVERIFY(row.toObject().value(u"id"_s) != created.value(u"id"_s));
}

// ---------------------------------------------------------------- bodies that are not objects

void TestSandboxSignalWire::malformedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("blank") << QByteArray("  \r\n ");
    QTest::newRow("open brace") << QByteArray("{");
    QTest::newRow("close brace") << QByteArray("}");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("array of an object") << QByteArray(R"([{"username":"x","password":"y"}])");
    QTest::newRow("string") << QByteArray(R"("username")");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("true") << QByteArray("true");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("missing value") << QByteArray(R"({"username":})");
    QTest::newRow("single quotes") << QByteArray("{'username':'x'}");
    QTest::newRow("trailing comma") << QByteArray(R"({"username":"x",})");
    QTest::newRow("unquoted key") << QByteArray(R"({username:"x"})");
    QTest::newRow("form encoded") << QByteArray("username=x&password=y");
    QTest::newRow("two objects") << QByteArray(R"({"username":"x"}{"password":"y"})");
    QTest::newRow("unterminated string") << QByteArray(R"({"username":"x)");
    QTest::newRow("nul bytes") << QByteArray("\0\0\0{}", 5);
    QTest::newRow("binary") << QByteArray::fromHex("ff fe fd 00 81 c3 28 a0 a1 e2 28 a1");
    QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
    QTest::newRow("deep object nesting")
        << QByteArray(R"({"a":)").repeated(5000) + "1" + QByteArray(5000, '}');
    QTest::newRow("html") << QByteArray("<html><body>hello</body></html>");
}

void TestSandboxSignalWire::malformedBodies()
{
    QFETCH(QByteArray, body);
    const auto client = newProject(1);
    const QJsonObject existing = firstRow(*client);
    const QString path = itemPath(existing.value(u"id"_s).toString());
    for (const HttpResult &result : { client->postJson(kList, body), client->putJson(path, body),
             client->send("POST", kList, body, "text/plain") }) {
        QVERIFY2(result.status == 400, describe(result).constData());
        const QJsonArray errors = result.object().value(u"errors"_s).toArray();
        QCOMPARE(result.object().keys(), QStringList { u"errors"_s });
        QCOMPARE(errors.size(), 1);
        const QJsonObject entry = errors.at(0).toObject();
        QCOMPARE(entry.keys(), (QStringList { u"code"_s, u"detail"_s, u"status"_s, u"title"_s }));
        QCOMPARE(entry.value(u"code"_s).toString(), u"invalid_json"_s);
        QCOMPARE(entry.value(u"title"_s).toString(), u"Invalid JSON"_s);
        QCOMPARE(entry.value(u"status"_s).toString(), u"400"_s);
        QVERIFY(!entry.value(u"detail"_s).toString().isEmpty());
    }
    QCOMPARE(fetchEndpoint(*client, existing.value(u"id"_s).toString()), existing);
    QCOMPARE(client->get(kList).object().value(u"data"_s).toArray().size(), 1);
}

void TestSandboxSignalWire::oddBodiesNeverCrash_data()
{
    // Whether these are JSON is up to the parser; the answer must be a proper one either way.
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("invalid utf-8 in a string")
        << QByteArray("{\"username\":\"\xff\xfe\",\"password\":\"x\"}");
    QTest::newRow("byte order mark") << QByteArray("\xef\xbb\xbf{\"username\":\"bom\"}");
    QTest::newRow("lone surrogate escape") << QByteArray(R"({"username":"\ud800","password":"x"})");
    QTest::newRow("nul escape") << QByteArray(R"({"username":"a\u0000b","password":"x"})");
    // Just under the 1 MiB body limit, above which the sandbox answers 413
    // before the service sees the body (tst_sandbox_server).
    QTest::newRow("huge string") << "{\"username\":\"" + QByteArray(1000 * 1000, 'x')
            + "\",\"password\":\"x\"}";
    QTest::newRow("many keys") << [] {
        QByteArray body = "{";
        for (int i = 0; i < 20000; ++i)
            body += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ',';
        return body + "\"password\":\"x\"}";
    }();
    QTest::newRow("duplicate keys")
        << QByteArray(R"({"username":"dup","username":"a b","password":"x"})");
    QTest::newRow("huge number") << QByteArray(R"({"username":1e999999,"password":"x"})");
}

void TestSandboxSignalWire::oddBodiesNeverCrash()
{
    QFETCH(QByteArray, body);
    const auto client = newProject(1);
    const QString id = firstRow(*client).value(u"id"_s).toString();
    for (const HttpResult &result :
        { client->postJson(kList, body), client->putJson(itemPath(id), body) }) {
        QVERIFY2(result.finished, describe(result).constData());
        QVERIFY2(result.status == 200 || result.status == 400 || result.status == 422,
            describe(result).constData());
        QVERIFY(QJsonDocument::fromJson(result.body).isObject());
    }
    QCOMPARE(client->get(kList).status, 200);
}

void TestSandboxSignalWire::randomBodiesNeverCrash()
{
    const auto client = newProject(1);
    const QString path = itemPath(firstRow(*client).value(u"id"_s).toString());
    const QByteArray valid = compact(merged(handlerCases().at(0).fields,
        { { u"username"_s, u"fuzz"_s }, { u"password"_s, u"pw"_s },
            { u"call_handler"_s, u"laml_webhooks"_s },
            { u"codecs"_s, QJsonArray { u"PCMU"_s } } }));
    std::mt19937 random(20261123);
    for (int i = 0; i < 150; ++i) {
        QByteArray body = valid;
        const int edits = 1 + int(random() % 8);
        for (int e = 0; e < edits; ++e) {
            const int at = int(random() % quint32(body.size()));
            switch (random() % 3) {
            case 0:
                body[at] = char(random() % 256);
                break;
            case 1:
                body.remove(at, 1 + int(random() % 5));
                break;
            default:
                body.insert(at, char(random() % 128));
                break;
            }
        }
        const HttpResult result =
            (i % 2) ? client->putJson(path, body) : client->postJson(kList, body);
        QVERIFY2(result.status == 200 || result.status == 400 || result.status == 422,
            describe(result).constData());
        QVERIFY2(QJsonDocument::fromJson(result.body).isObject(), describe(result).constData());
    }
    QCOMPARE(client->get(path).status, 200);
}

// ---------------------------------------------------------------- paging

void TestSandboxSignalWire::paging_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("pageSize"); // 0: not sent (50)
    QTest::addColumn<QList<int>>("pageSizes");
    QTest::newRow("no rows") << 0 << 0 << QList<int> { 0 };
    QTest::newRow("one row") << 1 << 0 << QList<int> { 1 };
    QTest::newRow("one short page") << 49 << 0 << QList<int> { 49 };
    QTest::newRow("exactly one full page") << 50 << 0 << QList<int> { 50 };
    QTest::newRow("one more than a page") << 51 << 0 << QList<int> { 50, 1 };
    QTest::newRow("several pages") << 120 << 0 << QList<int> { 50, 50, 20 };
    QTest::newRow("exact multiple") << 21 << 7 << QList<int> { 7, 7, 7 };
    QTest::newRow("page_size 1") << 5 << 1 << QList<int> { 1, 1, 1, 1, 1 };
    QTest::newRow("page_size 1, no rows") << 0 << 1 << QList<int> { 0 };
    QTest::newRow("page_size 1000, one full page") << 1000 << 1000 << QList<int> { 1000 };
    QTest::newRow("page_size 1000, several") << 2500 << 1000 << QList<int> { 1000, 1000, 500 };
}

void TestSandboxSignalWire::paging()
{
    QFETCH(int, count);
    QFETCH(int, pageSize);
    QFETCH(QList<int>, pageSizes);
    const auto client = newProject(count, quint32(count));
    const int size = pageSize == 0 ? 50 : pageSize;
    const QString start = pageSize == 0 ? kList : kList + u"?page_size=%1"_s.arg(pageSize);

    Walk forward;
    walk(*client, start, &forward);
    if (QTest::currentTestFailed())
        return;
    QList<int> sizes;
    for (const QStringList &page : forward.pages)
        sizes.append(int(page.size()));
    QCOMPARE(sizes, pageSizes);
    const QStringList ids = forward.ids();
    QCOMPARE(ids.size(), count);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), count);

    const QString first = kHostRelativeList + u"?page_number=0&page_size=%1"_s.arg(size);
    for (qsizetype i = 0; i < forward.links.size(); ++i) {
        const QJsonObject &links = forward.links.at(i);
        QCOMPARE(links.value(u"first"_s).toString(), first);
        QCOMPARE(links.contains(u"prev"_s), i > 0);
        QCOMPARE(links.contains(u"next"_s), i + 1 < forward.links.size());
        for (const QString &key : links.keys())
            QVERIFY2(links.value(key).toString().startsWith(kHostRelativeList + u'?'),
                qPrintable(links.value(key).toString()));
        const QUrlQuery self(QUrl(links.value(u"self"_s).toString()));
        QCOMPARE(self.queryItemValue(u"page_number"_s), QString::number(i));
        QCOMPARE(self.queryItemValue(u"page_size"_s), QString::number(size));
        if (i > 0) // the page is the one links.next of the page before pointed at
            QCOMPARE(absolute(links.value(u"self"_s).toString()), forward.urls.at(i));
        if (links.contains(u"next"_s)) {
            const QUrlQuery next(QUrl(links.value(u"next"_s).toString()));
            QCOMPARE(next.queryItemValue(u"page_number"_s), QString::number(i + 1));
            QVERIFY(next.queryItemValue(u"page_token"_s).size() > 0);
        }
    }
    QCOMPARE(QUrlQuery(QUrl(forward.links.at(0).value(u"self"_s).toString()))
                 .hasQueryItem(u"page_token"_s),
        false);

    // The same order, whatever the page size.
    if (count > 0 && count <= 1000) {
        const HttpResult all = client->get(kList + u"?page_size=1000"_s);
        QStringList allIds;
        for (const QJsonValue &row : all.object().value(u"data"_s).toArray())
            allIds.append(row.toObject().value(u"id"_s).toString());
        QCOMPARE(ids, allIds);
    }

    // links.prev walks the same pages back.
    Walk backward;
    walkBack(*client, forward.urls.constLast(), &backward);
    if (QTest::currentTestFailed())
        return;
    QList<QStringList> reversed(forward.pages.rbegin(), forward.pages.rend());
    QCOMPARE(backward.pages, reversed);
}

void TestSandboxSignalWire::pagingNewestFirst()
{
    const auto client = newProject();
    QStringList created;
    for (int i = 0; i < 7; ++i) {
        const QJsonObject endpoint = createEndpoint(
            *client, { { u"username"_s, u"order-%1"_s.arg(i) }, { u"password"_s, u"pw"_s } });
        QVERIFY(!endpoint.isEmpty());
        created.prepend(endpoint.value(u"id"_s).toString());
    }
    Walk pages;
    walk(*client, kList + u"?page_size=3"_s, &pages);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(pages.pages.size(), 3);
    QCOMPARE(pages.ids(), created);

    // Updates do not reorder; deletes leave no gap; a new endpoint comes first.
    const QByteArray change = compact({ { u"caller_id"_s, u"Old"_s } });
    QCOMPARE(client->putJson(itemPath(created.last()), change).status, 200);
    QCOMPARE(client->del(itemPath(created.at(3))).status, 204);
    created.removeAt(3);
    const QJsonObject newest =
        createEndpoint(*client, { { u"username"_s, u"order-new"_s }, { u"password"_s, u"pw"_s } });
    created.prepend(newest.value(u"id"_s).toString());
    Walk again;
    walk(*client, kList + u"?page_size=3"_s, &again);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(again.ids(), created);
}

void TestSandboxSignalWire::pagingIsStableWhileTheListChanges()
{
    const auto client = newProject(10, 5);
    Walk reference;
    walk(*client, kList + u"?page_size=3"_s, &reference);
    if (QTest::currentTestFailed())
        return;
    const QStringList all = reference.ids();
    QCOMPARE(all.size(), 10);

    const HttpResult firstPage = client->get(kList + u"?page_size=3"_s);
    const QString next =
        firstPage.object().value(u"links"_s).toObject().value(u"next"_s).toString();
    QVERIFY(!next.isEmpty());
    // A new endpoint (it goes before the first page) and a deleted one on a later page.
    QVERIFY(
        !createEndpoint(*client, { { u"username"_s, u"latecomer"_s }, { u"password"_s, u"pw"_s } })
             .isEmpty());
    QCOMPARE(client->del(itemPath(all.at(7))).status, 204);

    Walk rest;
    walk(*client, absolute(next), &rest);
    if (QTest::currentTestFailed())
        return;
    QStringList expected = all.mid(3);
    expected.removeOne(all.at(7));
    QCOMPARE(rest.ids(), expected);
}

void TestSandboxSignalWire::pageQueryInvalid_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("field");
    QTest::newRow("page_size 0") << u"page_size=0"_s << u"page_size"_s;
    QTest::newRow("page_size 1001") << u"page_size=1001"_s << u"page_size"_s;
    QTest::newRow("page_size -1") << u"page_size=-1"_s << u"page_size"_s;
    QTest::newRow("page_size empty") << u"page_size="_s << u"page_size"_s;
    QTest::newRow("page_size word") << u"page_size=ten"_s << u"page_size"_s;
    QTest::newRow("page_size decimal") << u"page_size=1.5"_s << u"page_size"_s;
    QTest::newRow("page_size plus") << u"page_size=%2B5"_s << u"page_size"_s;
    QTest::newRow("page_size space") << u"page_size=%205"_s << u"page_size"_s;
    QTest::newRow("page_size hex") << u"page_size=0x10"_s << u"page_size"_s;
    QTest::newRow("page_size huge") << u"page_size=99999999999999"_s << u"page_size"_s;
    QTest::newRow("page_number -1") << u"page_number=-1"_s << u"page_number"_s;
    QTest::newRow("page_number word") << u"page_number=first"_s << u"page_number"_s;
    QTest::newRow("page_number 2^31") << u"page_number=2147483648"_s << u"page_number"_s;
    QTest::newRow("page_number int64 max")
        << u"page_number=9223372036854775807"_s << u"page_number"_s;
    QTest::newRow("page_size int64 max") << u"page_size=9223372036854775807"_s << u"page_size"_s;
    QTest::newRow("page_token word") << u"page_token=xyz"_s << u"page_token"_s;
    QTest::newRow("page_token prefix only") << u"page_token=PA"_s << u"page_token"_s;
    QTest::newRow("page_token not hex") << u"page_token=PAzz"_s << u"page_token"_s;
    QTest::newRow("page_token other prefix") << u"page_token=PB12"_s << u"page_token"_s;
    QTest::newRow("page_token negative") << u"page_token=PA-1"_s << u"page_token"_s;
    QTest::newRow("page_token 0x") << u"page_token=PA0x1f"_s << u"page_token"_s;
    QTest::newRow("page_token too long")
        << u"page_token=PA"_s + QString(17, u'f') << u"page_token"_s;
    QTest::newRow("page_token empty") << u"page_token="_s << u"page_token"_s;
}

void TestSandboxSignalWire::pageQueryInvalid()
{
    QFETCH(QString, query);
    QFETCH(QString, field);
    verifyErrors(m_main->get(kList + u'?' + query), 422, field, field);
    if (QTest::currentTestFailed())
        return;
    // With filters too, and in both orders of the keys.
    verifyErrors(m_main->get(kList + u"?filter_username=a&"_s + query + u"&page_number=0"_s), 422,
        field, field);
}

void TestSandboxSignalWire::absoluteLinks()
{
    Walk relative;
    walk(*m_main, kList + u"?page_size=40"_s, &relative);
    if (QTest::currentTestFailed())
        return;

    const FlagGuard guard(m_server->signalWire(), &SignalWireSipEndpoints::setAbsoluteLinks);
    Walk absoluteWalk;
    walk(*m_main, kList + u"?page_size=40"_s, &absoluteWalk);
    if (QTest::currentTestFailed())
        return;
    const QString origin = u"http://127.0.0.1:%1"_s.arg(m_server->port());
    for (const QJsonObject &links : absoluteWalk.links) {
        for (const QString &key : links.keys())
            QVERIFY2(links.value(key).toString().startsWith(origin + kHostRelativeList + u'?'),
                qPrintable(links.value(key).toString()));
    }
    QCOMPARE(absoluteWalk.ids(), relative.ids());
    QVERIFY(absoluteWalk.pages.size() > 2);
}

void TestSandboxSignalWire::filters_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("usernames"); // newest first
    const QStringList aliceUsers { u"mallory.alison"_s, u"Alice.Jones"_s, u"alice.smith"_s };
    QTest::newRow("username") << u"filter_username=alice"_s
                              << QStringList { u"Alice.Jones"_s, u"alice.smith"_s };
    QTest::newRow("username, upper case")
        << u"filter_username=ALICE"_s << QStringList { u"Alice.Jones"_s, u"alice.smith"_s };
    QTest::newRow("username substring") << u"filter_username=ali"_s << aliceUsers;
    QTest::newRow("username digits")
        << u"filter_username=desk-1"_s << QStringList { u"frontdesk-12"_s, u"frontdesk-1"_s };
    QTest::newRow("username, none") << u"filter_username=zzz"_s << QStringList();
    QTest::newRow("username, empty filter")
        << u"filter_username="_s
        << QStringList { u"r&d-lab"_s, u"frontdesk-12"_s, u"frontdesk-1"_s, u"mallory.alison"_s,
               u"carol"_s, u"Alice.Jones"_s, u"alice.smith"_s };
    QTest::newRow("username with &") << u"filter_username=r%26d"_s << QStringList { u"r&d-lab"_s };
    QTest::newRow("caller id") << u"filter_caller_id=alice"_s
                               << QStringList { u"frontdesk-12"_s, u"alice.smith"_s };
    QTest::newRow("caller id with space")
        << u"filter_caller_id=desk%20Al"_s << QStringList { u"frontdesk-12"_s };
    QTest::newRow("caller id digits") << u"filter_caller_id=555"_s << QStringList { u"carol"_s };
    QTest::newRow("both") << u"filter_username=front&filter_caller_id=ALICE"_s
                          << QStringList { u"frontdesk-12"_s };
    QTest::newRow("both, none") << u"filter_username=carol&filter_caller_id=alice"_s
                                << QStringList();
}

void TestSandboxSignalWire::filters()
{
    QFETCH(QString, query);
    QFETCH(QStringList, usernames);
    const auto client = newProject();
    const QList<QPair<QString, QJsonValue>> endpoints {
        { u"alice.smith"_s, u"Alice Smith"_s },
        { u"Alice.Jones"_s, QJsonValue::Null },
        { u"carol"_s, u"+1 555 0100"_s },
        { u"mallory.alison"_s, u"Mallory"_s },
        { u"frontdesk-1"_s, u"Front Desk"_s },
        { u"frontdesk-12"_s, u"Front desk ALICE"_s },
        { u"r&d-lab"_s, u"R&D"_s },
    };
    for (const auto &[username, callerId] : endpoints) {
        QVERIFY(!createEndpoint(*client,
            { { u"username"_s, username }, { u"password"_s, u"pw"_s },
                { u"caller_id"_s, callerId } })
                     .isEmpty());
    }
    for (const QString &pageSize : { u"1000"_s, u"1"_s }) {
        Walk pages;
        walk(*client, kList + u"?page_size="_s + pageSize + u'&' + query, &pages);
        if (QTest::currentTestFailed())
            return;
        QStringList found;
        for (const QStringList &page : pages.pages) {
            for (const QString &id : page)
                found.append(fetchEndpoint(*client, id).value(u"username"_s).toString());
        }
        QCOMPARE(found, usernames);
    }
}

void TestSandboxSignalWire::filtersAreCarriedIntoLinks()
{
    const auto client = newProject(60, 3);
    const QString start = kList + u"?page_size=2&filter_username=a&filter_caller_id=e"_s;
    const HttpResult first = client->get(start);
    QCOMPARE(first.status, 200);
    const QJsonObject links = first.object().value(u"links"_s).toObject();
    for (const QString &key : { u"self"_s, u"first"_s, u"next"_s }) {
        const QUrlQuery query(QUrl(links.value(key).toString()));
        QCOMPARE(query.queryItemValue(u"filter_username"_s), u"a"_s);
        QCOMPARE(query.queryItemValue(u"filter_caller_id"_s), u"e"_s);
        QCOMPARE(query.queryItemValue(u"page_size"_s), u"2"_s);
    }
    Walk pages;
    walk(*client, start, &pages);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(pages.pages.size() > 2);
    for (const QString &id : pages.ids()) {
        const QJsonObject endpoint = fetchEndpoint(*client, id);
        QVERIFY(endpoint.value(u"username"_s).toString().contains(u'a', Qt::CaseInsensitive));
        QVERIFY(endpoint.value(u"caller_id"_s).toString().contains(u'e', Qt::CaseInsensitive));
    }
    const QStringList ids = pages.ids();
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
}

// ---------------------------------------------------------------- across projects, shapes, secrets

void TestSandboxSignalWire::otherProjectIsIsolated()
{
    Walk mine;
    walk(*m_main, kList + u"?page_size=1000"_s, &mine);
    Walk theirs;
    walk(*m_other, kList + u"?page_size=1000"_s, &theirs);
    if (QTest::currentTestFailed())
        return;
    const QStringList myIds = mine.ids();
    const QStringList theirIds = theirs.ids();
    QVERIFY(!theirIds.isEmpty());
    for (const QString &id : theirIds)
        QVERIFY(!myIds.contains(id));

    const QString path = itemPath(m_mainId);
    const QJsonObject before = fetchEndpoint(*m_main, m_mainId);
    verifyPlainError(m_other->get(path), 404, u"Not Found"_s);
    verifyPlainError(m_other->putJson(path, compact({ { u"caller_id"_s, u"Hijacked"_s } })), 404,
        u"Not Found"_s);
    verifyPlainError(m_other->del(path), 404, u"Not Found"_s);
    QCOMPARE(fetchEndpoint(*m_main, m_mainId), before);

    // The same username may exist in both projects; neither list shows the other's.
    const QString username = before.value(u"username"_s).toString();
    const QJsonObject twin =
        createEndpoint(*m_other, { { u"username"_s, username }, { u"password"_s, u"pw"_s } });
    QVERIFY(!twin.isEmpty());
    const QString filter =
        u"?filter_username="_s + QString::fromLatin1(QUrl::toPercentEncoding(username));
    const QJsonArray mainMatches = m_main->get(kList + filter).object().value(u"data"_s).toArray();
    for (const QJsonValue &row : mainMatches)
        QVERIFY(row.toObject().value(u"id"_s) != twin.value(u"id"_s));
    const QJsonArray otherMatches =
        m_other->get(kList + filter).object().value(u"data"_s).toArray();
    QCOMPARE(otherMatches.size(), 1);
    QCOMPARE(otherMatches.at(0).toObject(), twin);
    verifyPlainError(m_main->get(itemPath(twin.value(u"id"_s).toString())), 404, u"Not Found"_s);
    QCOMPARE(m_other->del(itemPath(twin.value(u"id"_s).toString())).status, 204);
}

void TestSandboxSignalWire::legacyErrorShape()
{
    const auto client = newProject();
    const FlagGuard guard(m_server->signalWire(), &SignalWireSipEndpoints::setLegacyErrorShape);
    const HttpResult result = client->postJson(kList,
        compact({ { u"username"_s, u"a b"_s }, { u"password"_s, u"pw"_s },
            { u"encryption"_s, u"always"_s } }));
    QCOMPARE(result.status, 422);
    const QJsonArray errors = result.object().value(u"errors"_s).toArray();
    QCOMPARE(errors.size(), 2);
    QSet<QString> attributes;
    for (const QJsonValue &value : errors) {
        const QJsonObject entry = value.toObject();
        QCOMPARE(entry.keys(),
            (QStringList { u"attribute"_s, u"code"_s, u"message"_s, u"type"_s, u"url"_s }));
        QCOMPARE(entry.value(u"type"_s).toString(), u"validation_error"_s);
        QVERIFY(!entry.value(u"code"_s).toString().isEmpty());
        const QString attribute = entry.value(u"attribute"_s).toString();
        attributes.insert(attribute);
        QVERIFY(entry.value(u"message"_s).toString().startsWith(attribute + u' '));
        const QString url = entry.value(u"url"_s).toString();
        QVERIFY(url.startsWith(u"https://developer.signalwire.com/"_s));
    }
    QCOMPARE(attributes, (QSet<QString> { u"username"_s, u"encryption"_s }));

    const HttpResult paging = client->get(kList + u"?page_size=0"_s);
    QCOMPARE(paging.status, 422);
    QCOMPARE(paging.object().value(u"errors"_s).toArray().at(0).toObject().value(u"attribute"_s),
        QJsonValue(u"page_size"_s));
    // Statuses other than validation keep their own shape.
    verifyPlainError(client->get(itemPath(kUuidB)), 404, u"Not Found"_s);
}

void TestSandboxSignalWire::passwordIsNeverReturned()
{
    const auto client = newProject(2);
    const QString password = u"S3cr3t-Pa55-⚡-unique-marker"_s;
    const QString newPassword = u"An0ther-S3cret-marker"_s;
    QList<HttpResult> results;
    results.append(client->postJson(kList,
        compact({ { u"username"_s, u"secretive"_s }, { u"password"_s, password },
            { u"caller_id"_s, u"Secretive"_s } })));
    QCOMPARE(results.last().status, 200);
    const QString path = itemPath(results.last().object().value(u"id"_s).toString());
    results.append(client->get(path));
    results.append(client->get(kList));
    results.append(client->get(kList + u"?filter_username=secret"_s));
    results.append(client->putJson(path, compact({ { u"password"_s, newPassword } })));
    QCOMPARE(results.last().status, 200);
    results.append(client->putJson(
        path, compact({ { u"password"_s, password }, { u"encryption"_s, u"bad"_s } })));
    QCOMPARE(results.last().status, 422);
    results.append(client->postJson(
        kList, compact({ { u"username"_s, u"secretive"_s }, { u"password"_s, password } })));
    QCOMPARE(results.last().status, 422);
    results.append(client->postJson(
        kList, compact({ { u"username"_s, u"x y"_s }, { u"password"_s, password } })));
    QCOMPARE(results.last().status, 422);
    for (const HttpResult &result : results) {
        QVERIFY2(!result.body.contains(password.toUtf8()), result.body.constData());
        QVERIFY2(!result.body.contains(newPassword.toUtf8()), result.body.constData());
        QVERIFY2(!result.body.contains("\"password\":"), result.body.constData());
    }
}

QTEST_GUILESS_MAIN(TestSandboxSignalWire)
#include "tst_sandbox_signalwire.moc"
