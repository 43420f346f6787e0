// A read-only account's client sends no write, whatever asks for one: the sandbox's request log
// shows none, and the caller hears why.

#include "models/accounts/accountclient.h"
#include "tests/builders.h"
#include "tests/sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

const QString kDomainSid = u"SD0123456789abcdef0123456789abcdef"_s;
const QString kListSid = u"CL0123456789abcdef0123456789abcdef"_s;
const QString kEndpointId = u"0a1b2c3d-0000-4000-8000-000000000001"_s;

using Write = std::function<ApiRequest *(ServiceClient &)>;

TwilioClient &twilio(ServiceClient &client)
{
    return static_cast<TwilioClient &>(client);
}

SignalWireSipEndpointsClient &signalWire(ServiceClient &client)
{
    return static_cast<SignalWireSipEndpointsClient &>(client);
}

} // namespace

class TestReadOnlyClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesAreRefusedBeforeTheyAreSent_data();
    void writesAreRefusedBeforeTheyAreSent();
    void readsStillWork();

private:
    Account accountFor(Account::Service service, bool readOnly) const;
    QList<QByteArray> methodsSent() const;

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
};

void TestReadOnlyClient::initTestCase()
{
    m_server = SandboxFixture::start(5, 5);
    QVERIFY(m_server);
}

Account TestReadOnlyClient::accountFor(Account::Service service, bool readOnly) const
{
    using namespace DemoCredentials;
    Account account = service == Account::Service::Twilio
        ? Builders::twilioAccount(u"Twilio"_s, kTwilioAccountSid.toString(),
            kTwilioAuthToken.toString(), m_server->twilioBaseUrl())
        : Builders::signalWireAccount(u"SignalWire"_s, kSignalWireProjectId.toString(),
            kSignalWireApiToken.toString(), m_server->signalWireBaseUrl());
    account.readOnly = readOnly;
    return account;
}

QList<QByteArray> TestReadOnlyClient::methodsSent() const
{
    QList<QByteArray> methods;
    for (const RequestLog::Entry &entry : m_server->requestLog().entries())
        methods.append(entry.method);
    return methods;
}

void TestReadOnlyClient::writesAreRefusedBeforeTheyAreSent_data()
{
    QTest::addColumn<Account::Service>("service");
    QTest::addColumn<Write>("write");
    QTest::addColumn<QByteArray>("method");
    using S = Account::Service;
    QTest::newRow("create domain") << S::Twilio << Write([](ServiceClient &c) {
        return twilio(c).createDomain({ { u"DomainName"_s, u"ro.sip.twilio.com"_s } });
    }) << QByteArray("POST");
    QTest::newRow("update domain") << S::Twilio << Write([](ServiceClient &c) {
        return twilio(c).updateDomain(kDomainSid, { { u"FriendlyName"_s, u"x"_s } });
    }) << QByteArray("POST");
    QTest::newRow("delete domain")
        << S::Twilio << Write([](ServiceClient &c) { return twilio(c).removeDomain(kDomainSid); })
        << QByteArray("DELETE");
    QTest::newRow("create credential") << S::Twilio << Write([](ServiceClient &c) {
        return twilio(c).create(TwilioCollections::credentials(kListSid),
            { { u"Username"_s, u"ro"_s }, { u"Password"_s, u"Secret-Password-1"_s } });
    }) << QByteArray("POST");
    QTest::newRow("map a credential list") << S::Twilio << Write([](ServiceClient &c) {
        return twilio(c).create(TwilioCollections::domainMappings(
                                    kDomainSid, TwilioCollections::Mapping::CallsCredentialLists),
            { { u"CredentialListSid"_s, kListSid } });
    }) << QByteArray("POST");
    QTest::newRow("unmap an IP ACL") << S::Twilio << Write([](ServiceClient &c) {
        return twilio(c).remove(TwilioCollections::domainMappings(kDomainSid,
                                    TwilioCollections::Mapping::CallsIpAccessControlLists),
            u"AL0123456789abcdef0123456789abcdef"_s);
    }) << QByteArray("DELETE");
    QTest::newRow("create endpoint") << S::SignalWire << Write([](ServiceClient &c) {
        return signalWire(c).create({ { u"username"_s, u"ro"_s } });
    }) << QByteArray("POST");
    QTest::newRow("update endpoint") << S::SignalWire << Write([](ServiceClient &c) {
        return signalWire(c).update(kEndpointId, { { u"caller_id"_s, u"x"_s } });
    }) << QByteArray("PUT");
    QTest::newRow("delete endpoint") << S::SignalWire << Write([](ServiceClient &c) {
        return signalWire(c).remove(kEndpointId);
    }) << QByteArray("DELETE");
}

void TestReadOnlyClient::writesAreRefusedBeforeTheyAreSent()
{
    QFETCH(Account::Service, service);
    QFETCH(Write, write);
    QFETCH(QByteArray, method);

    m_server->requestLog().clear();
    auto readOnly = makeAccountClient(&m_network, accountFor(service, true));
    QVERIFY(readOnly->isReadOnly());
    ApiRequest *refused = write(*readOnly);
    QSignalSpy refusedDone(refused, &ApiRequest::finished);
    QVERIFY(refusedDone.wait(5000));
    QCOMPARE(refused->error().kind(), ApiError::Kind::Refused);
    QVERIFY2(
        refused->error().detail().contains(u"read-only"_s), qPrintable(refused->error().detail()));
    QVERIFY(methodsSent().isEmpty());

    // The same call from a writable account does reach the service: the log would show it.
    auto writable = makeAccountClient(&m_network, accountFor(service, false));
    ApiRequest *sent = write(*writable);
    QSignalSpy sentDone(sent, &ApiRequest::finished);
    QVERIFY(sentDone.wait(5000));
    QCOMPARE(methodsSent(), QList { method });
}

void TestReadOnlyClient::readsStillWork()
{
    for (const Account::Service service :
        { Account::Service::Twilio, Account::Service::SignalWire }) {
        auto client = makeAccountClient(&m_network, accountFor(service, true));
        ApiRequest *read = service == Account::Service::Twilio
            ? twilio(*client).fetchDomain(kDomainSid)
            : signalWire(*client).fetch(kEndpointId);
        QSignalSpy done(read, &ApiRequest::finished);
        QVERIFY(done.wait(5000));
        // Sent and answered (the record does not exist), not refused.
        QCOMPARE(read->error().kind(), ApiError::Kind::NotFound);
    }
}

QTEST_GUILESS_MAIN(TestReadOnlyClient)
#include "tst_readonlyclient.moc"
