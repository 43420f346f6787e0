// The sandbox's transport: faults, latency, the request log, the control
// route, loopback-only listening and the sipdesk-sandbox program itself.

#include "sandbox/democredentials.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/twiliosipdomains.h"
#include "tests/sandboxtestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QNetworkInterface>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>

using namespace Qt::StringLiterals;
using namespace DemoCredentials;

namespace {

const QString kDomainsJson =
    u"/2010-04-01/Accounts/"_s + kTwilioAccountSid.toString() + u"/SIP/Domains.json"_s;

SandboxServer::Options withDomains(int domains)
{
    SandboxServer::Options options;
    options.domains = domains;
    return options;
}

std::unique_ptr<SandboxServer> startServer(SandboxServer::Options options = {})
{
    options.endpoints = qMin(options.endpoints, 5);
    auto server = std::make_unique<SandboxServer>(options);
    if (!server->listen())
        qFatal("sandbox did not start");
    return server;
}

std::unique_ptr<SandboxTestClient> twilioClient(const SandboxServer &server)
{
    auto client = std::make_unique<SandboxTestClient>(server.twilioBaseUrl());
    client->setBasicAuth(kTwilioAccountSid.toString(), kTwilioAuthToken.toString());
    return client;
}

constexpr char kControlHeader[] = "X-Sandbox-Control-Token";
constexpr qsizetype kBodyCap = 1024 * 1024;

std::unique_ptr<SandboxServer> startControlServer()
{
    SandboxServer::Options options = withDomains(1);
    options.control = true;
    return startServer(options);
}

std::unique_ptr<SandboxTestClient> controlClient(const SandboxServer &server)
{
    auto client = std::make_unique<SandboxTestClient>(server.twilioBaseUrl());
    client->setHeader(kControlHeader, server.controlToken());
    return client;
}

// One request over a plain socket, so that Host and Content-Length can be
// anything; returns what came back before the server closed or timeoutMs.
// Runs the event loop throughout: the server lives in this thread.
QByteArray rawExchange(quint16 port, const QByteArray &request, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write(request);
    QByteArray answer;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs && socket.state() != QAbstractSocket::UnconnectedState) {
        QTest::qWait(10);
        answer += socket.readAll();
        // A complete answer is enough: the connection may stay open.
        const qsizetype end = answer.indexOf("\r\n\r\n");
        if (end >= 0) {
            const QRegularExpressionMatch length =
                QRegularExpression(u"(?i)content-length: *([0-9]+)"_s)
                    .match(QString::fromLatin1(answer.left(end)));
            if (length.hasMatch() && answer.size() >= end + 4 + length.captured(1).toLongLong())
                break;
        }
    }
    return answer + socket.readAll();
}

QJsonObject rawBody(const QByteArray &answer)
{
    return QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
}

// A Twilio request over a plain socket: what the sandbox wrote, byte for
// byte, without QNetworkReply's timing-dependent reading of a cut answer.
QByteArray rawTwilio(
    quint16 port, const QByteArray &method, const QString &path, const QByteArray &form = {})
{
    const QByteArray auth =
        (kTwilioAccountSid.toString() + u':' + kTwilioAuthToken.toString()).toUtf8().toBase64();
    QByteArray request = method + ' ' + path.toUtf8()
        + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + auth + "\r\n";
    if (!form.isEmpty())
        request += "Content-Type: application/x-www-form-urlencoded\r\n";
    request += "Content-Length: " + QByteArray::number(form.size()) + "\r\n\r\n" + form;
    return rawExchange(port, request);
}

qint64 declaredLength(const QByteArray &answer)
{
    const QRegularExpressionMatch length =
        QRegularExpression(u"(?i)\r\ncontent-length: *([0-9]+)"_s)
            .match(QString::fromLatin1(answer));
    return length.hasMatch() ? length.captured(1).toLongLong() : -1;
}

FaultInjector::Rule rule(FaultInjector::Kind kind, int count = -1)
{
    FaultInjector::Rule rule;
    rule.kind = kind;
    rule.count = count;
    return rule;
}

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void startupInfoHasValidCredentials();
    void listensOnLoopbackOnly();
    void rateLimitWithRetryAfter();
    void statusFaults_data();
    void statusFaults();
    void statusFaultsDoNotProcessTheRequest();
    void transportFaultsHappenAfterProcessing();
    void closeUnprocessedDoesNotProcessTheRequest();
    void truncatedAndInvalidBodies();
    void wrongContentType();
    void transportFaultsReachBodilessAnswers();
    void neverRespond();
    void latency();
    void faultFilters();
    void requestLogHasNamesNotValues();
    void requestLogFile();
    void controlRouteIsOffByDefault();
    void controlRoute();
    void controlRouteNeedsTheToken_data();
    void controlRouteNeedsTheToken();
    void controlRouteNeedsJson_data();
    void controlRouteNeedsJson();
    void controlRouteNeedsLoopbackHost_data();
    void controlRouteNeedsLoopbackHost();
    void bodyCap_data();
    void bodyCap();
    void hugeDeclaredBodyIsRefusedBeforeItArrives();
    void chunkedBodiesAreRefused();
    void executableServesTenThousandDomains();
};

void TestSandboxServer::startupInfoHasValidCredentials()
{
    auto server = startServer();
    const QJsonObject info = server->startupInfo();
    const QJsonObject twilio = info.value(u"twilio"_s).toObject();
    const QJsonObject signalWire = info.value(u"signalwire"_s).toObject();
    const QRegularExpression sid(u"^(AC|SK)[0-9a-f]{32}$"_s);
    QVERIFY(sid.match(twilio.value(u"account_sid"_s).toString()).hasMatch());
    QVERIFY(twilio.value(u"account_sid"_s).toString().startsWith(u"AC"_s));
    QVERIFY(sid.match(twilio.value(u"api_key_sid"_s).toString()).hasMatch());
    QVERIFY(twilio.value(u"api_key_sid"_s).toString().startsWith(u"SK"_s));
    QVERIFY(!twilio.value(u"auth_token"_s).toString().isEmpty());
    QVERIFY(!twilio.value(u"api_key_secret"_s).toString().isEmpty());
    QCOMPARE(twilio.value(u"base_url"_s).toString(), u"http://127.0.0.1:%1"_s.arg(server->port()));
    QVERIFY(QRegularExpression(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s)
                .match(signalWire.value(u"project_id"_s).toString())
                .hasMatch());
    QCOMPARE(signalWire.value(u"base_url"_s).toString(),
        u"http://127.0.0.1:%1/api/relay/rest"_s.arg(server->port()));
    QVERIFY(!signalWire.value(u"space"_s).toString().isEmpty());
    QVERIFY(!signalWire.value(u"api_token"_s).toString().isEmpty());
}

void TestSandboxServer::listensOnLoopbackOnly()
{
    auto server = startServer();
    QHostAddress external;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (!address.isLoopback() && address.protocol() == QAbstractSocket::IPv4Protocol)
            external = address;
    }
    if (external.isNull())
        QSKIP("this machine has no non-loopback IPv4 address to try");
    QTcpSocket socket;
    socket.connectToHost(external, server->port());
    QVERIFY(!socket.waitForConnected(2000));
}

void TestSandboxServer::rateLimitWithRetryAfter()
{
    auto server = startServer();
    FaultInjector::Rule limit = rule(FaultInjector::Kind::RateLimited, 2);
    limit.retryAfterSeconds = 3;
    server->faults().addRule(limit);
    auto client = twilioClient(*server);
    for (int i = 0; i < 2; ++i) {
        const HttpResult result = client->get(kDomainsJson);
        QCOMPARE(result.status, 429);
        QCOMPARE(result.header("Retry-After"), QByteArray("3"));
        QCOMPARE(result.object().value(u"code"_s).toInt(), 20429);
        QCOMPARE(result.object().value(u"status"_s).toInt(), 429);
    }
    QCOMPARE(client->get(kDomainsJson).status, 200);
}

void TestSandboxServer::statusFaults_data()
{
    QTest::addColumn<FaultInjector::Kind>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("500") << FaultInjector::Kind::ServerError << 500;
    QTest::newRow("502") << FaultInjector::Kind::BadGateway << 502;
    QTest::newRow("503") << FaultInjector::Kind::Unavailable << 503;
    QTest::newRow("504") << FaultInjector::Kind::GatewayTimeout << 504;
}

void TestSandboxServer::statusFaults()
{
    QFETCH(FaultInjector::Kind, kind);
    QFETCH(int, status);
    auto server = startServer();
    server->faults().addRule(rule(kind, 1));
    auto client = twilioClient(*server);
    const HttpResult twilio = client->get(kDomainsJson);
    QCOMPARE(twilio.status, status);
    QCOMPARE(twilio.object().value(u"status"_s).toInt(), status);

    server->faults().addRule(rule(kind, 1));
    SandboxTestClient signalWire(server->signalWireBaseUrl());
    signalWire.setBasicAuth(kSignalWireProjectId.toString(), kSignalWireApiToken.toString());
    const HttpResult result =
        signalWire.get(server->signalWireBaseUrl().toString() + u"/endpoints/sip"_s);
    QCOMPARE(result.status, status);
    QVERIFY(result.object().value(u"error"_s).isString()); // SignalWire's own error shape
}

void TestSandboxServer::statusFaultsDoNotProcessTheRequest()
{
    auto server = startServer(withDomains(0));
    server->faults().addRule(rule(FaultInjector::Kind::Unavailable, 1));
    auto client = twilioClient(*server);
    QCOMPARE(client->postForm(kDomainsJson, "DomainName=a.sip.twilio.com").status, 503);
    QCOMPARE(server->twilio().domainCount(kTwilioAccountSid.toString()), 0);
}

void TestSandboxServer::transportFaultsHappenAfterProcessing()
{
    auto server = startServer(withDomains(0));
    server->faults().addRule(rule(FaultInjector::Kind::CloseMidBody, 1));
    const QByteArray answer =
        rawTwilio(server->port(), "POST", kDomainsJson, "DomainName=a.sip.twilio.com");
    // The headers, then half the declared body, then the connection closes.
    QVERIFY2(answer.startsWith("HTTP/1.1 201 "), answer.constData());
    const qint64 declared = declaredLength(answer);
    QVERIFY(declared > 2);
    QCOMPARE(answer.size() - (answer.indexOf("\r\n\r\n") + 4), declared / 2);
    // The reply was lost, but the domain was created: exactly the case a
    // client must not blindly repeat.
    QCOMPARE(server->twilio().domainCount(kTwilioAccountSid.toString()), 1);
    QCOMPARE(twilioClient(*server)->get(kDomainsJson).status, 200);
}

void TestSandboxServer::closeUnprocessedDoesNotProcessTheRequest()
{
    auto server = startServer(withDomains(0));
    server->faults().addRule(rule(*FaultInjector::kindFromName(u"close_unprocessed"_s), 1));
    const QByteArray answer =
        rawTwilio(server->port(), "POST", kDomainsJson, "DomainName=a.sip.twilio.com");
    QVERIFY2(answer.isEmpty(), answer.constData());
    QCOMPARE(server->twilio().domainCount(kTwilioAccountSid.toString()), 0);
    QCOMPARE(server->requestLog().entries().size(), 1);
    QCOMPARE(server->requestLog().entries().constFirst().fault, u"close_unprocessed"_s);
}

void TestSandboxServer::truncatedAndInvalidBodies()
{
    auto server = startServer(withDomains(10));
    auto client = twilioClient(*server);
    server->faults().addRule(rule(FaultInjector::Kind::TruncatedJson, 1));
    const HttpResult truncated = client->get(kDomainsJson);
    QCOMPARE(truncated.status, 200);
    QCOMPARE(truncated.error, QNetworkReply::NoError);
    QJsonParseError error;
    QJsonDocument::fromJson(truncated.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
    QVERIFY(truncated.body.startsWith("{"));

    server->faults().addRule(rule(FaultInjector::Kind::InvalidJson, 1));
    const HttpResult invalid = client->get(kDomainsJson);
    QCOMPARE(invalid.status, 200);
    QJsonDocument::fromJson(invalid.body, &error);
    QVERIFY(error.error != QJsonParseError::NoError);
}

void TestSandboxServer::wrongContentType()
{
    auto server = startServer();
    server->faults().addRule(rule(FaultInjector::Kind::WrongContentType, 1));
    const HttpResult result = twilioClient(*server)->get(kDomainsJson);
    QCOMPARE(result.status, 200);
    QVERIFY(result.contentType.startsWith("text/html"));
}

void TestSandboxServer::transportFaultsReachBodilessAnswers()
{
    auto server = startServer(withDomains(3));
    auto client = twilioClient(*server);
    const QJsonArray domains = client->get(kDomainsJson).object().value(u"domains"_s).toArray();
    const QString path = kDomainsJson.chopped(5) + u'/'
        + domains.at(0).toObject().value(u"sid"_s).toString() + u".json"_s;
    server->faults().addRule(rule(FaultInjector::Kind::CloseMidBody, 1));
    const QByteArray answer = rawTwilio(server->port(), "DELETE", path);
    // A 204 has no body to cut: the fault sends a 200 with "{}" and cuts that.
    QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.constData());
    QCOMPARE(declaredLength(answer), 2);
    QCOMPARE(answer.mid(answer.indexOf("\r\n\r\n") + 4), QByteArray("{"));
    // The delete happened; the sandbox serves on afterwards.
    QCOMPARE(server->twilio().domainCount(kTwilioAccountSid.toString()), 2);
    QCOMPARE(client->get(kDomainsJson).status, 200);
}

void TestSandboxServer::neverRespond()
{
    auto server = startServer();
    server->faults().addRule(rule(FaultInjector::Kind::NeverRespond, 1));
    auto client = twilioClient(*server);
    QElapsedTimer timer;
    timer.start();
    const HttpResult result = client->send("GET", kDomainsJson, {}, {}, 400);
    QCOMPARE(result.status, 0);
    QVERIFY(result.error != QNetworkReply::NoError);
    QVERIFY(timer.elapsed() >= 350);
    // The next request is served normally.
    QCOMPARE(client->get(kDomainsJson).status, 200);
}

void TestSandboxServer::latency()
{
    SandboxServer::Options options = withDomains(1);
    options.latencyMs = 150;
    auto server = startServer(options);
    auto client = twilioClient(*server);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(client->get(kDomainsJson).status, 200);
    QVERIFY(timer.elapsed() >= 150);
}

void TestSandboxServer::faultFilters()
{
    auto server = startServer();
    FaultInjector::Rule postOnly = rule(FaultInjector::Kind::ServerError);
    postOnly.method = "POST";
    postOnly.pathContains = u"/SIP/Domains"_s;
    server->faults().addRule(postOnly);
    auto client = twilioClient(*server);
    QCOMPARE(client->get(kDomainsJson).status, 200);
    QCOMPARE(client->postForm(kDomainsJson, "DomainName=b.sip.twilio.com").status, 500);
    QCOMPARE(client->postForm(kDomainsJson, "DomainName=c.sip.twilio.com").status, 500);
    server->faults().clear();
    QCOMPARE(client->postForm(kDomainsJson, "DomainName=c.sip.twilio.com").status, 201);
}

void TestSandboxServer::requestLogHasNamesNotValues()
{
    auto server = startServer(withDomains(0));
    auto client = twilioClient(*server);
    QCOMPARE(
        client->postForm(kDomainsJson, "DomainName=log.sip.twilio.com&FriendlyName=TopSecretName")
            .status,
        201);
    QCOMPARE(server->requestLog().entries().size(), 1);
    const RequestLog::Entry &entry = server->requestLog().entries().constFirst();
    QCOMPARE(entry.method, QByteArray("POST"));
    QCOMPARE(entry.path, kDomainsJson);
    QCOMPARE(entry.fields, (QStringList { u"DomainName"_s, u"FriendlyName"_s }));
    QCOMPARE(entry.authUser, kTwilioAccountSid.toString());
    QCOMPARE(entry.status, 201);
    const QByteArray json = QJsonDocument(entry.toJson()).toJson();
    QVERIFY(!json.contains("TopSecretName"));
    QVERIFY(!json.contains(kTwilioAuthToken.toUtf8()));
}

void TestSandboxServer::requestLogFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"requests.jsonl"_s);
    SandboxServer::Options options = withDomains(2);
    options.requestLogPath = path;
    auto server = startServer(options);
    auto client = twilioClient(*server);
    QCOMPARE(client->get(kDomainsJson).status, 200);
    client->setBasicAuth(kTwilioAccountSid.toString(), u"wrong-secret-value"_s);
    QCOMPARE(client->get(kDomainsJson).status, 401);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(u"status"_s).toInt(), 200);
    QCOMPARE(QJsonDocument::fromJson(lines.at(1)).object().value(u"status"_s).toInt(), 401);
    QVERIFY(!lines.at(1).contains("wrong-secret-value"));
    QVERIFY(!lines.at(0).contains(kTwilioAuthToken.toUtf8()));
}

void TestSandboxServer::controlRouteIsOffByDefault()
{
    auto server = startServer();
    SandboxTestClient client(server->twilioBaseUrl());
    QCOMPARE(
        client.postJson(u"/__sandbox/faults"_s, R"({"faults":[{"kind":"server_error"}]})").status,
        404);
    QCOMPARE(twilioClient(*server)->get(kDomainsJson).status, 200);
}

void TestSandboxServer::controlRoute()
{
    auto server = startControlServer();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s)
                .match(QString::fromLatin1(server->controlToken()))
                .hasMatch());
    QVERIFY(server->controlToken() != startControlServer()->controlToken());
    auto controlOwner = controlClient(*server);
    SandboxTestClient &control = *controlOwner;
    QCOMPARE(control.postJson(u"/__sandbox/faults"_s, R"({"faults":[{"kind":"nonsense"}]})").status,
        400);
    QCOMPARE(control.postJson(u"/__sandbox/faults"_s, "[1,2]").status, 400);
    const HttpResult set = control.postJson(u"/__sandbox/faults"_s,
        R"({"latency_ms":0,"faults":[{"kind":"rate_limit","count":1,"retry_after":2}]})");
    QCOMPARE(set.status, 200);
    QCOMPARE(control.get(u"/__sandbox/faults"_s).object().value(u"faults"_s).toArray().size(), 1);

    auto client = twilioClient(*server);
    QCOMPARE(client->get(kDomainsJson).status, 429);
    QCOMPARE(client->get(kDomainsJson).status, 200);

    const QJsonArray requests =
        control.get(u"/__sandbox/requests"_s).object().value(u"requests"_s).toArray();
    QCOMPARE(requests.size(), 2); // control requests are not logged
    QCOMPARE(requests.at(0).toObject().value(u"fault"_s).toString(), u"rate_limit"_s);
    QCOMPARE(control.del(u"/__sandbox/requests"_s).status, 204);
    QCOMPARE(
        control.get(u"/__sandbox/requests"_s).object().value(u"requests"_s).toArray().size(), 0);
    QCOMPARE(control.del(u"/__sandbox/faults"_s).status, 204);
    QCOMPARE(server->faults().isEmpty(), true);
}

void TestSandboxServer::controlRouteNeedsTheToken_data()
{
    QTest::addColumn<QByteArray>("token"); // "good": the server's
    QTest::newRow("missing") << QByteArray();
    QTest::newRow("wrong") << QByteArray("0123456789abcdef0123456789abcdef");
    QTest::newRow("prefix of the token") << QByteArray("prefix");
    QTest::newRow("token and more") << QByteArray("good+x");
}

void TestSandboxServer::controlRouteNeedsTheToken()
{
    QFETCH(QByteArray, token);
    auto server = startControlServer();
    if (token == "prefix")
        token = server->controlToken().left(16);
    else if (token == "good+x")
        token = server->controlToken() + 'x';
    SandboxTestClient control(server->twilioBaseUrl());
    control.setHeader(kControlHeader, token);
    const HttpResult set =
        control.postJson(u"/__sandbox/faults"_s, R"({"faults":[{"kind":"server_error"}]})");
    QCOMPARE(set.status, 403);
    QVERIFY(set.contentType.startsWith("application/json"));
    QVERIFY(!set.object().value(u"error"_s).toString().isEmpty());
    QVERIFY(server->faults().isEmpty());
    QCOMPARE(control.get(u"/__sandbox/faults"_s).status, 403);
    QCOMPARE(control.get(u"/__sandbox/requests"_s).status, 403);
    QCOMPARE(twilioClient(*server)->get(kDomainsJson).status, 200);
    QCOMPARE(control.del(u"/__sandbox/requests"_s).status, 403);
    QCOMPARE(server->requestLog().entries().size(), 1);
}

void TestSandboxServer::controlRouteNeedsJson_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("POST form") << QByteArray("POST")
                               << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("POST text") << QByteArray("POST") << QByteArray("text/plain");
    QTest::newRow("POST none") << QByteArray("POST") << QByteArray();
    QTest::newRow("PUT text") << QByteArray("PUT") << QByteArray("text/plain");
}

void TestSandboxServer::controlRouteNeedsJson()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, contentType);
    auto server = startControlServer();
    const HttpResult result = controlClient(*server)->send(
        method, u"/__sandbox/faults"_s, R"({"faults":[{"kind":"server_error"}]})", contentType);
    QCOMPARE(result.status, 415);
    QVERIFY(!result.object().value(u"error"_s).toString().isEmpty());
    QVERIFY(server->faults().isEmpty());
    // A parameter after the type is fine.
    QCOMPARE(controlClient(*server)
                 ->send("POST", u"/__sandbox/faults"_s, R"({"faults":[]})",
                     "application/json; charset=utf-8")
                 .status,
        200);
}

void TestSandboxServer::controlRouteNeedsLoopbackHost_data()
{
    QTest::addColumn<QByteArray>("host"); // %1: the port
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1") << QByteArray("127.0.0.1:%1") << 200;
    QTest::newRow("localhost") << QByteArray("localhost:%1") << 200;
    QTest::newRow("LOCALHOST") << QByteArray("LOCALHOST:%1") << 200;
    QTest::newRow("[::1]") << QByteArray("[::1]:%1") << 200;
    QTest::newRow("rebound name") << QByteArray("attacker.example:%1") << 403;
    QTest::newRow("loopback-looking name") << QByteArray("127.0.0.1.attacker.example:%1") << 403;
    QTest::newRow("localhost subdomain") << QByteArray("localhost.attacker.example:%1") << 403;
    QTest::newRow("other address") << QByteArray("192.168.1.10:%1") << 403;
    QTest::newRow("empty") << QByteArray() << 403;
}

void TestSandboxServer::controlRouteNeedsLoopbackHost()
{
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    auto server = startControlServer();
    const QByteArray hostLine = host.isEmpty()
        ? QByteArray()
        : "Host: " + host.replace("%1", QByteArray::number(server->port())) + "\r\n";
    const QByteArray body = R"({"faults":[{"kind":"server_error"}]})";
    const QByteArray answer = rawExchange(server->port(),
        "POST /__sandbox/faults HTTP/1.1\r\n" + hostLine + kControlHeader + ": "
            + server->controlToken() + "\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
    QVERIFY2(answer.startsWith("HTTP/1.1 " + QByteArray::number(status) + ' '), answer.constData());
    QCOMPARE(server->faults().isEmpty(), status != 200);
    if (status == 403)
        QVERIFY(!rawBody(answer).value(u"error"_s).toString().isEmpty());
}

void TestSandboxServer::bodyCap_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<qsizetype>("size");
    QTest::addColumn<int>("status");
    QTest::newRow("twilio at the cap") << u"twilio"_s << kBodyCap << 400;
    QTest::newRow("twilio over the cap") << u"twilio"_s << kBodyCap + 1 << 413;
    // At the cap the body is read and refused by the service itself:
    // SignalWire answers a missing username with 422.
    QTest::newRow("signalwire at the cap") << u"signalwire"_s << kBodyCap << 422;
    QTest::newRow("signalwire over the cap") << u"signalwire"_s << kBodyCap + 1 << 413;
    QTest::newRow("control at the cap") << u"control"_s << kBodyCap << 400;
    QTest::newRow("control over the cap") << u"control"_s << kBodyCap + 1 << 413;
}

void TestSandboxServer::bodyCap()
{
    QFETCH(QString, service);
    QFETCH(qsizetype, size);
    QFETCH(int, status);
    auto server = startControlServer();
    HttpResult result;
    if (service == u"twilio"_s) {
        // A FriendlyName far over its 64 characters: refused, but read.
        const QByteArray form = "DomainName=cap.sip.twilio.com&FriendlyName=";
        result = twilioClient(*server)->postForm(
            kDomainsJson, form + QByteArray(size - form.size(), 'x'));
        if (status == 413) {
            QCOMPARE(result.object().value(u"status"_s).toInt(), 413);
            QVERIFY(result.object().value(u"code"_s).toInt() != 0);
        }
        QCOMPARE(server->twilio().domainCount(kTwilioAccountSid.toString()), 1);
    } else if (service == u"signalwire"_s) {
        SandboxTestClient client(server->signalWireBaseUrl());
        client.setBasicAuth(kSignalWireProjectId.toString(), kSignalWireApiToken.toString());
        // No username: refused, but read.
        const QByteArray json = R"({"password":"Secret123456"})";
        result = client.postJson(
            u"/endpoints/sip"_s, json.left(1) + QByteArray(size - json.size(), ' ') + json.mid(1));
        if (status == 413)
            QVERIFY(result.object().value(u"errors"_s).isArray()
                || result.object().value(u"error"_s).isString());
    } else {
        // Valid JSON, but not an object: refused, but read.
        const QByteArray json = "[" + QByteArray(size - 2, ' ') + "]";
        result = controlClient(*server)->postJson(u"/__sandbox/faults"_s, json);
        if (status == 413)
            QVERIFY(!result.object().value(u"error"_s).toString().isEmpty());
        QVERIFY(server->faults().isEmpty());
    }
    QVERIFY(result.finished);
    QCOMPARE(result.status, status);
    QVERIFY(result.contentType.startsWith("application/json"));
    // The sandbox still serves.
    QCOMPARE(twilioClient(*server)->get(kDomainsJson).status, 200);
}

void TestSandboxServer::hugeDeclaredBodyIsRefusedBeforeItArrives()
{
    auto server = startServer(withDomains(0));
    const QByteArray auth =
        (kTwilioAccountSid.toString() + u':' + kTwilioAuthToken.toString()).toUtf8().toBase64();
    // Only the headers are sent: an answer can only come from Content-Length.
    const QByteArray answer = rawExchange(server->port(),
        "POST " + kDomainsJson.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic "
            + auth
            + "\r\nContent-Type: application/x-www-form-urlencoded\r\n"
              "Content-Length: 67108864\r\n\r\nDomainName=x",
        3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413 "), answer.constData());
    QCOMPARE(rawBody(answer).value(u"status"_s).toInt(), 413);
    QCOMPARE(server->twilio().domainCount(kTwilioAccountSid.toString()), 0);
    QCOMPARE(server->requestLog().entries().size(), 1);
    QCOMPARE(server->requestLog().entries().constFirst().status, 413);
}

void TestSandboxServer::chunkedBodiesAreRefused()
{
    auto server = startServer(withDomains(0));
    const QByteArray answer = rawExchange(server->port(),
        "POST " + kDomainsJson.toUtf8()
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\n"
              "5\r\nhello\r\n",
        3000);
    QVERIFY2(answer.startsWith("HTTP/1.1 411 "), answer.constData());
    QCOMPARE(rawBody(answer).value(u"status"_s).toInt(), 411);
}

void TestSandboxServer::executableServesTenThousandDomains()
{
    QProcess process;
    process.start(QLatin1String(SIPDESK_SANDBOX_EXECUTABLE),
        { u"--port"_s, u"0"_s, u"--domains"_s, u"10000"_s, u"--endpoints"_s, u"0"_s,
            u"--control"_s });
    QVERIFY(process.waitForStarted(5000));
    QVERIFY(process.waitForReadyRead(20000));
    const QByteArray line = process.readLine();
    QVERIFY(line.endsWith('\n'));
    const QJsonObject info = QJsonDocument::fromJson(line).object();
    const QJsonObject twilio = info.value(u"twilio"_s).toObject();
    const QJsonObject control = info.value(u"control"_s).toObject();
    QCOMPARE(control.value(u"header"_s).toString(), QLatin1String(kControlHeader));
    const QString token = control.value(u"token"_s).toString();
    QVERIFY(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(token).hasMatch());
    const QUrl base(twilio.value(u"base_url"_s).toString());
    QVERIFY(base.isValid());
    QCOMPARE(base.host(), u"127.0.0.1"_s);

    SandboxTestClient client(base);
    client.setBasicAuth(
        twilio.value(u"account_sid"_s).toString(), twilio.value(u"auth_token"_s).toString());
    QString uri = u"/2010-04-01/Accounts/%1/SIP/Domains.json?PageSize=1000"_s.arg(
        twilio.value(u"account_sid"_s).toString());
    QSet<QString> sids;
    int pages = 0;
    while (!uri.isEmpty() && pages < 20) {
        const HttpResult result = client.get(uri);
        QCOMPARE(result.status, 200);
        const QJsonObject page = result.object();
        for (const QJsonValue &domain : page.value(u"domains"_s).toArray())
            sids.insert(domain.toObject().value(u"sid"_s).toString());
        uri = page.value(u"next_page_uri"_s).toString();
        ++pages;
    }
    QCOMPARE(pages, 10);
    QCOMPARE(sids.size(), 10000);

    SandboxTestClient controlClient(base);
    QCOMPARE(controlClient.get(u"/__sandbox/requests"_s).status, 403);
    controlClient.setHeader(kControlHeader, token.toLatin1());
    QCOMPARE(controlClient.get(u"/__sandbox/requests"_s).status, 200);

    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandbox_server.moc"
