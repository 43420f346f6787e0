// ConnectionTest against the in-process sandbox, a closed port and a
// server that does not speak TLS.

#include "models/profiles/connectiontest.h"
#include "sandbox/democredentials.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxserver.h"
#include "tests/builders.h"
#include "tests/sandboxfixture.h"

#include <QNetworkAccessManager>
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
    void closedPortCannotBeReached();
    void plainServerOnHttpsIsATlsError();
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

void TestConnectionTest::closedPortCannotBeReached()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    Account account = twilioAccount(kTwilioAccountSid.toString(), kTwilioAuthToken.toString());
    account.twilio.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    ConnectionTest test(&m_network, account);
    QVERIFY(run(test));
    QCOMPARE(test.outcome(), ConnectionTest::Outcome::CannotReachHost);
    QVERIFY2(test.message().contains(u"Cannot reach"_s), qPrintable(test.message()));
}

// A TLS client that gets plain text back fails its handshake; Qt 6.4 with
// OpenSSL reports that as SslHandshakeFailedError ("wrong version number").
void TestConnectionTest::plainServerOnHttpsIsATlsError()
{
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        while (QTcpSocket *socket = plain.nextPendingConnection()) {
            socket->setParent(&plain);
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 7\r\n\r\ngarbage\r\n");
        }
    });
    Account account = signalWireAccount(kSignalWireApiToken.toString());
    account.signalWire.baseUrl =
        QUrl(u"https://127.0.0.1:%1/api/relay/rest"_s.arg(plain.serverPort()));
    ConnectionTest test(&m_network, account);
    QVERIFY(run(test));
    QVERIFY2(test.outcome() == ConnectionTest::Outcome::TlsError, qPrintable(test.message()));
    QVERIFY2(test.message().contains(u"Secure connection"_s), qPrintable(test.message()));
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
