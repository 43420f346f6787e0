// ConnectionTest against the in-process sandbox, a closed port and a
// server that does not speak TLS.

#include "models/profiles/connectiontest.h"
#include "sandbox/democredentials.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxserver.h"
#include "tests/builders.h"
#include "tests/sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DemoCredentials;

class TestConnectionTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void sandbox();
    void forbiddenIsAuthenticatedButNotAllowed_data();
    void forbiddenIsAuthenticatedButNotAllowed();
    void aFailureSaysItsCauseOnce_data();
    void aFailureSaysItsCauseOnce();
    void failureMessages_data();
    void failureMessages();
    void insecureUrlFailsWithoutSending();
    void cancelEmitsNothing();
    void deletingMidRequestIsSafe();

private:
    Account twilioAccount(const QString &user, const QString &secret) const;
    Account signalWireAccount(const QString &token) const;
    static bool run(ConnectionTest &test);

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

void TestConnectionTest::init()
{
    m_server = SandboxFixture::start(3, 3);
    QVERIFY(m_server);
}

void TestConnectionTest::cleanup()
{
    m_server.reset();
}

Account TestConnectionTest::twilioAccount(const QString &user, const QString &secret) const
{
    Account account = Builders::twilioAccount(
        u"Sandbox"_s, kTwilioAccountSid.toString(), secret, m_server->twilioBaseUrl());
    account.twilio.authUser = user;
    return account;
}

Account TestConnectionTest::signalWireAccount(const QString &token) const
{
    return Builders::signalWireAccount(
        QString(), kSignalWireProjectId.toString(), token, m_server->signalWireBaseUrl());
}

bool TestConnectionTest::run(ConnectionTest &test)
{
    QSignalSpy finished(&test, &ConnectionTest::finished);
    test.start();
    if (!finished.wait(20000))
        return false;
    QTest::qWait(20); // a second finished() would show here
    return finished.size() == 1;
}

void TestConnectionTest::sandbox()
{
    // Rows need the server's port, so they are built here rather than in _data().
    struct Row
    {
        const char *name;
        Account account;
        ConnectionTest::Outcome outcome;
        QString contains;
    };
    const QString wrong = u"0000wrongwrongwrongwrongwrong000"_s;
    const QList<Row> rows {
        { "twilio auth token",
            twilioAccount(kTwilioAccountSid.toString(), kTwilioAuthToken.toString()),
            ConnectionTest::Outcome::Authenticated, u"Authenticated"_s },
        { "twilio api key",
            twilioAccount(kTwilioApiKeySid.toString(), kTwilioApiKeySecret.toString()),
            ConnectionTest::Outcome::Authenticated, u"Authenticated"_s },
        { "signalwire", signalWireAccount(kSignalWireApiToken.toString()),
            ConnectionTest::Outcome::Authenticated, u"Authenticated"_s },
        { "twilio wrong token", twilioAccount(kTwilioAccountSid.toString(), wrong),
            ConnectionTest::Outcome::WrongCredentials, u"Wrong credentials"_s },
        { "twilio wrong api key secret", twilioAccount(kTwilioApiKeySid.toString(), wrong),
            ConnectionTest::Outcome::WrongCredentials, u"Wrong credentials"_s },
        { "twilio other account's token",
            twilioAccount(kTwilioAccountSid.toString(), kTwilioOtherAuthToken.toString()),
            ConnectionTest::Outcome::WrongCredentials, u"Wrong credentials"_s },
        { "signalwire wrong token", signalWireAccount(wrong),
            ConnectionTest::Outcome::WrongCredentials, u"Wrong credentials"_s },
    };
    for (const Row &row : rows) {
        ConnectionTest test(&m_network, row.account);
        QVERIFY2(run(test), row.name);
        QVERIFY2(test.outcome() == row.outcome,
            qPrintable(u"%1: %2"_s.arg(QString::fromLatin1(row.name), test.message())));
        QVERIFY2(test.message().contains(row.contains), qPrintable(test.message()));
        QVERIFY(!test.message().contains(wrong));
        QVERIFY(!test.message().contains(row.account.twilio.secret.isEmpty()
                ? row.account.signalWire.apiToken
                : row.account.twilio.secret));
    }
}

void TestConnectionTest::forbiddenIsAuthenticatedButNotAllowed_data()
{
    QTest::addColumn<bool>("twilio");
    QTest::newRow("twilio") << true;
    QTest::newRow("signalwire") << false;
}

void TestConnectionTest::forbiddenIsAuthenticatedButNotAllowed()
{
    // A restricted API key, or a SignalWire token without the Voice scope.
    QFETCH(bool, twilio);
    FaultInjector::Rule forbidden;
    forbidden.kind = FaultInjector::Kind::Forbidden;
    m_server->faults().addRule(forbidden);
    const Account account = twilio
        ? twilioAccount(kTwilioAccountSid.toString(), kTwilioAuthToken.toString())
        : signalWireAccount(kSignalWireApiToken.toString());
    ConnectionTest test(&m_network, account);
    QVERIFY(run(test));
    QCOMPARE(test.outcome(), ConnectionTest::Outcome::NotAllowed);
    QVERIFY2(
        test.message().startsWith(u"Authenticated, but not allowed"_s), qPrintable(test.message()));
    QVERIFY(!test.message().contains(u"Wrong credentials"_s));
}

enum class Failure { ClosedPort, UnknownHost, NoAnswer, Unauthorized, Forbidden, PlainOnHttps };
Q_DECLARE_METATYPE(Failure)
Q_DECLARE_METATYPE(ConnectionTest::Outcome)

void TestConnectionTest::aFailureSaysItsCauseOnce_data()
{
    QTest::addColumn<Failure>("failure");
    QTest::addColumn<ConnectionTest::Outcome>("outcome");
    // %1: the host:port the test went to.
    QTest::addColumn<QString>("expected");
    using O = ConnectionTest::Outcome;
    QTest::newRow("refused") << Failure::ClosedPort << O::CannotReachHost
                             << u"^Connection refused \\(127\\.0\\.0\\.1:%1\\)\\.$"_s;
    // RFC 2606: .invalid never resolves, so no query leaves this machine.
    QTest::newRow("unknown host") << Failure::UnknownHost << O::CannotReachHost
                                  << u"^Host api\\.sipdesk-test\\.invalid not found\\.$"_s;
    QTest::newRow("timeout")
        << Failure::NoAnswer << O::CannotReachHost
        << u"^Timed out after 0\\.5 s: no answer from 127\\.0\\.0\\.1:%1\\.$"_s;
    QTest::newRow("401") << Failure::Unauthorized << O::WrongCredentials
                         << u"^Wrong credentials \\(HTTP 401\\)"_s;
    QTest::newRow("403") << Failure::Forbidden << O::NotAllowed
                         << u"^Authenticated, but not allowed .*\\(HTTP 403\\)"_s;
    // A TLS client that gets plain text back fails its handshake; Qt 6.4
    // with OpenSSL reports SslHandshakeFailedError ("wrong version number").
    QTest::newRow("tls") << Failure::PlainOnHttps << O::TlsError
                         << u"^TLS handshake failed: \\S.*(version|record|packet).*"_s;
}

void TestConnectionTest::aFailureSaysItsCauseOnce()
{
    QFETCH(Failure, failure);
    QFETCH(ConnectionTest::Outcome, outcome);
    QFETCH(QString, expected);

    Account account = twilioAccount(kTwilioAccountSid.toString(), kTwilioAuthToken.toString());
    quint16 port = m_server->twilioBaseUrl().port();
    QTcpServer plain;
    switch (failure) {
    case Failure::ClosedPort: {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
        probe.close();
        account.twilio.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
        break;
    }
    case Failure::UnknownHost:
        account.twilio.baseUrl = QUrl(u"https://api.sipdesk-test.invalid"_s);
        break;
    case Failure::NoAnswer: {
        FaultInjector::Rule silent;
        silent.kind = FaultInjector::Kind::NeverRespond;
        m_server->faults().addRule(silent);
        break;
    }
    case Failure::Unauthorized:
        account.twilio.secret = u"0000wrongwrongwrongwrongwrong000"_s;
        break;
    case Failure::Forbidden: {
        FaultInjector::Rule forbidden;
        forbidden.kind = FaultInjector::Kind::Forbidden;
        m_server->faults().addRule(forbidden);
        break;
    }
    case Failure::PlainOnHttps:
        QVERIFY(plain.listen(QHostAddress::LocalHost));
        connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
            while (QTcpSocket *socket = plain.nextPendingConnection()) {
                socket->setParent(&plain);
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\ngarbage\r\n");
            }
        });
        port = plain.serverPort();
        account.twilio.baseUrl = QUrl(u"https://127.0.0.1:%1"_s.arg(port));
        break;
    }
    ConnectionTest test(&m_network, account);
    // The sandbox never answers: the test's own deadline, made short, decides.
    if (failure == Failure::NoAnswer)
        test.setDeadline(std::chrono::milliseconds(500));
    QVERIFY(run(test));
    QCOMPARE(test.outcome(), outcome);
    const QString message = test.message();
    const QRegularExpression pattern(expected.contains(u"%1"_s) ? expected.arg(port) : expected);
    QVERIFY2(pattern.match(message).hasMatch(), qPrintable(message));
    // Said once: no generic sentence wrapped around the cause.
    QVERIFY2(!message.contains(u"Cannot reach the service"_s), qPrintable(message));
    const QString firstWords = message.section(u' ', 0, 1);
    QVERIFY2(message.count(firstWords) == 1, qPrintable(message));
    QVERIFY(!message.contains(account.twilio.secret));
}

void TestConnectionTest::failureMessages_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("message");
    using K = ApiError::Kind;
    // The network layer's words as Qt 6.4 gives them for each QNetworkReply error.
    QTest::newRow("ConnectionRefusedError")
        << ApiError(K::Network, u"Connection refused"_s) << u"127.0.0.1:8080"_s
        << u"Connection refused (127.0.0.1:8080)."_s;
    QTest::newRow("HostNotFoundError")
        << ApiError(K::Network, u"Host api.twilio.com not found"_s) << u"api.twilio.com"_s
        << u"Host api.twilio.com not found."_s;
    QTest::newRow("RemoteHostClosedError")
        << ApiError(K::Network, u"Connection closed"_s) << u"example.signalwire.com"_s
        << u"Connection closed (example.signalwire.com)."_s;
    QTest::newRow("network error without words") << ApiError(K::Network,
        QString()) << u"api.twilio.com"_s << u"api.twilio.com cannot be reached."_s;
    QTest::newRow("SslHandshakeFailedError")
        << ApiError(K::Tls,
               u"SSL handshake failed: The host name did not match any of the valid hosts for "
               "this certificate"_s)
        << u"api.twilio.com"_s
        << u"TLS handshake failed: The host name did not match any of the valid hosts for this "
           "certificate."_s;
    QTest::newRow("SslHandshakeFailedError, no reason")
        << ApiError(K::Tls, u"SSL handshake failed"_s) << u"api.twilio.com"_s
        << u"TLS handshake failed with api.twilio.com."_s;
    QTest::newRow("request timeout")
        << ApiError(K::Timeout, u"no answer within 30 s"_s) << u"api.twilio.com"_s
        << u"Timed out: no answer within 30 s from api.twilio.com."_s;
    ApiError unauthorized(K::Unauthorized, QString());
    unauthorized.setHttpStatus(401);
    QTest::newRow("401") << unauthorized << u"api.twilio.com"_s
                         << u"Wrong credentials (HTTP 401): check the account SID or project and "
                            "the secret."_s;
}

void TestConnectionTest::failureMessages()
{
    QFETCH(ApiError, error);
    QFETCH(QString, host);
    QFETCH(QString, message);
    QCOMPARE(ConnectionTest::failureMessage(error, host), message);
}

void TestConnectionTest::insecureUrlFailsWithoutSending()
{
    Account account = twilioAccount(kTwilioAccountSid.toString(), kTwilioAuthToken.toString());
    account.twilio.baseUrl = QUrl(u"http://api.twilio.com"_s);
    int requests = 0;
    connect(m_server.get(), &SandboxServer::requestHandled, this, [&] { ++requests; });
    ConnectionTest test(&m_network, account);
    QVERIFY(run(test));
    QCOMPARE(test.outcome(), ConnectionTest::Outcome::Failed);
    QVERIFY2(test.message().contains(u"http://"_s), qPrintable(test.message()));
    QCOMPARE(requests, 0);
}

void TestConnectionTest::cancelEmitsNothing()
{
    m_server = SandboxFixture::start(3, 3, 300);
    QVERIFY(m_server);
    ConnectionTest test(
        &m_network, twilioAccount(kTwilioAccountSid.toString(), kTwilioAuthToken.toString()));
    QSignalSpy finished(&test, &ConnectionTest::finished);
    QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
    test.start();
    QVERIFY(handled.wait(5000)); // in flight: the answer comes 300 ms later
    test.cancel();
    // Negatives need a window: longer than the sandbox's 300 ms latency.
    QVERIFY(!finished.wait(800));
    QVERIFY(test.outcome() != ConnectionTest::Outcome::Authenticated);
    test.cancel(); // twice is harmless
    test.start(); // and a cancelled test does not start again
    QVERIFY(!finished.wait(500));
}

void TestConnectionTest::deletingMidRequestIsSafe()
{
    auto *test = new ConnectionTest(&m_network, signalWireAccount(kSignalWireApiToken.toString()));
    test->start();
    delete test;
    QTest::qWait(200); // the request's answer arrives at nobody
    ConnectionTest after(&m_network, signalWireAccount(kSignalWireApiToken.toString()));
    QVERIFY(run(after));
    QCOMPARE(after.outcome(), ConnectionTest::Outcome::Authenticated);
}

QTEST_GUILESS_MAIN(TestConnectionTest)
#include "tst_connectiontest.moc"
