// The Twilio client against the sandbox: SIP domains, and the paths of the
// SIP authentication collections.

#include "models/api/twilioclient.h"
#include "sandbox/democredentials.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/twiliosipdomains.h"
#include "tests/sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DemoCredentials;

Q_DECLARE_METATYPE(TwilioCollection)

class TestTwilioClient : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void listFollowsEveryPage_data();
    void listFollowsEveryPage();
    void listPageByPageOnDemand();
    void cancelInTheMiddleOfAList();
    void listTenThousandDomains();
    void fetchCreateUpdateRemove();
    void updateSendsOnlyChangedFields();
    void unicodeRoundTrip();
    void apiKeyCredentials();
    void wrongSecret();
    void fieldErrors_data();
    void fieldErrors();
    void malformedSidIsNeverSent();
    void collectionPaths_data();
    void collectionPaths();
    void malformedParentSidIsNeverSent_data();
    void malformedParentSidIsNeverSent();
    void encodeForm_data();
    void encodeForm();
    void changedFields();
    void regionalBaseUrl_data();
    void regionalBaseUrl();

private:
    TwilioClient *start(int domains, int latencyMs = 0);
    static bool wait(ApiRequest *request);

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<TwilioClient> m_client;
};

void TestTwilioClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

TwilioClient *TestTwilioClient::start(int domains, int latencyMs)
{
    m_server = SandboxFixture::start(domains, 0, latencyMs);
    if (!m_server)
        return nullptr;
    m_client = std::make_unique<TwilioClient>(&m_network, SandboxFixture::twilio(*m_server));
    return m_client.get();
}

bool TestTwilioClient::wait(ApiRequest *request)
{
    QSignalSpy finished(request, &ApiRequest::finished);
    return finished.wait(10000);
}

void TestTwilioClient::listFollowsEveryPage_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("pages");
    QTest::newRow("empty") << 0 << 50 << 1;
    QTest::newRow("one") << 1 << 50 << 1;
    QTest::newRow("exactly full") << 50 << 50 << 1;
    QTest::newRow("many") << 120 << 50 << 3;
    QTest::newRow("page size 1") << 4 << 1 << 4;
}

void TestTwilioClient::listFollowsEveryPage()
{
    QFETCH(int, total);
    QFETCH(int, pageSize);
    QFETCH(int, pages);
    TwilioClient *client = start(total);
    QVERIFY(client);
    ApiListJob *job = client->listDomains(pageSize);
    QSignalSpy pageSpy(job, &ApiListJob::pageReceived);
    QSignalSpy finished(job, &ApiListJob::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(pageSpy.size(), pages);
    QList<SipDomain> all;
    for (const QList<QVariant> &page : pageSpy)
        all += TwilioClient::domainsFrom(page.at(0).toJsonArray());
    QCOMPARE(all.size(), total);
    QCOMPARE(pageSpy.constLast().at(1).toBool(), false);
    if (pages > 1)
        QCOMPARE(pageSpy.constFirst().at(1).toBool(), true);
    for (const SipDomain &domain : all)
        QCOMPARE(*m_server->twilio().domain(kTwilioAccountSid.toString(), domain.sid), domain);
}

void TestTwilioClient::listPageByPageOnDemand()
{
    TwilioClient *client = start(5);
    QVERIFY(client);
    ApiListJob *job = client->listDomains(2, false);
    QSignalSpy pages(job, &ApiListJob::pageReceived);
    QVERIFY(pages.wait(5000));
    QVERIFY(job->hasNextPage());
    QVERIFY(!job->isLoading());
    QVERIFY(!pages.wait(200)); // waits for fetchNext()
    QCOMPARE(m_server->requestLog().entries().size(), 1);
    QVERIFY(job->fetchNext());
    QVERIFY(job->isLoading());
    QVERIFY(!job->fetchNext()); // one page at a time
    QVERIFY(pages.wait(5000));
    QVERIFY(job->fetchNext());
    QVERIFY(pages.wait(5000));
    QCOMPARE(pages.size(), 3);
    QVERIFY(!job->hasNextPage());
    QCOMPARE(m_server->requestLog().entries().size(), 3);
}

void TestTwilioClient::cancelInTheMiddleOfAList()
{
    TwilioClient *client = start(10, 100);
    QVERIFY(client);
    ApiListJob *job = client->listDomains(2);
    QSignalSpy pages(job, &ApiListJob::pageReceived);
    QSignalSpy finished(job, &ApiListJob::finished);
    QVERIFY(pages.wait(5000));
    job->cancel(); // the second page is on its way
    // A negative needs a window: a page or finished() that escaped the
    // cancel would arrive within it.
    QTest::qWait(400);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(finished.size(), 0);
    // Page two was requested before the cancel; nothing after it.
    QVERIFY(m_server->requestLog().entries().size() <= 2);
}

void TestTwilioClient::listTenThousandDomains()
{
    TwilioClient *client = start(10000);
    QVERIFY(client);
    ApiListJob *job = client->listDomains();
    QSet<QString> sids;
    connect(job, &ApiListJob::pageReceived, this, [&sids](const QJsonArray &items) {
        for (const SipDomain &domain : TwilioClient::domainsFrom(items))
            sids.insert(domain.sid);
    });
    QSignalSpy finished(job, &ApiListJob::finished);
    QVERIFY(finished.wait(60000));
    QCOMPARE(sids.size(), 10000);
    QCOMPARE(m_server->requestLog().entries().size(), 10); // PageSize 1000 by default
}

void TestTwilioClient::fetchCreateUpdateRemove()
{
    TwilioClient *client = start(0);
    QVERIFY(client);
    ApiRequest *created = client->createDomain(
        { { u"DomainName"_s, u"crud.sip.twilio.com"_s }, { u"FriendlyName"_s, u"CRUD"_s } });
    QVERIFY(wait(created));
    QVERIFY2(!created->error(), qPrintable(created->error().userMessage()));
    QCOMPARE(created->httpStatus(), 201);
    const SipDomain domain = TwilioClient::domainFrom(*created);
    QCOMPARE(domain.domainName, u"crud.sip.twilio.com"_s);

    ApiRequest *fetched = client->fetchDomain(domain.sid);
    QVERIFY(wait(fetched));
    QCOMPARE(TwilioClient::domainFrom(*fetched), domain);

    ApiRequest *updated = client->updateDomain(domain.sid, { { u"FriendlyName"_s, u"Renamed"_s } });
    QVERIFY(wait(updated));
    QCOMPARE(TwilioClient::domainFrom(*updated).friendlyName, u"Renamed"_s);

    ApiRequest *removed = client->removeDomain(domain.sid);
    QVERIFY(wait(removed));
    QVERIFY(!removed->error());
    QCOMPARE(removed->httpStatus(), 204);

    ApiRequest *gone = client->fetchDomain(domain.sid);
    QVERIFY(wait(gone));
    QCOMPARE(gone->error().kind(), ApiError::Kind::NotFound);
}

void TestTwilioClient::updateSendsOnlyChangedFields()
{
    TwilioClient *client = start(60);
    QVERIFY(client);
    ApiListJob *job = client->listDomains();
    QSignalSpy pages(job, &ApiListJob::pageReceived);
    QVERIFY(pages.wait(5000));
    SipDomain before;
    for (const SipDomain &domain : TwilioClient::domainsFrom(pages.at(0).at(0).toJsonArray())) {
        if (!domain.byocTrunkSid.isEmpty())
            before = domain;
    }
    QVERIFY2(!before.sid.isEmpty(), "the demo data has domains with a BYOC trunk");
    SipDomain after = before;
    after.friendlyName = u"Only this & that = changed"_s;
    after.byocTrunkSid.clear(); // clearing sends it empty
    after.secure = !before.secure;
    const FormFields changed = TwilioClient::changedFields(before, after);
    m_server->requestLog().clear();
    ApiRequest *request = client->updateDomain(before.sid, changed);
    QVERIFY(wait(request));
    QVERIFY2(!request->error(), qPrintable(request->error().userMessage()));
    const RequestLog::Entry &entry = m_server->requestLog().entries().constFirst();
    QCOMPARE(entry.fields, (QStringList { u"FriendlyName"_s, u"ByocTrunkSid"_s, u"Secure"_s }));
    QCOMPARE(entry.authUser, kTwilioAccountSid.toString());
    const SipDomain stored = *m_server->twilio().domain(kTwilioAccountSid.toString(), before.sid);
    QCOMPARE(stored.friendlyName, after.friendlyName);
    QCOMPARE(stored.secure, after.secure);
    QVERIFY(stored.byocTrunkSid.isNull());
    QCOMPARE(stored.voiceUrl, before.voiceUrl);
}

void TestTwilioClient::unicodeRoundTrip()
{
    TwilioClient *client = start(0);
    QVERIFY(client);
    const QString name = u"Zürich Büro · 東京 + Café & Co = 1 🚀"_s;
    ApiRequest *created = client->createDomain(
        { { u"DomainName"_s, u"uni.sip.twilio.com"_s }, { u"FriendlyName"_s, name } });
    QVERIFY(wait(created));
    QCOMPARE(TwilioClient::domainFrom(*created).friendlyName, name);
}

void TestTwilioClient::apiKeyCredentials()
{
    QVERIFY(start(2));
    TwilioConnection connection = m_client->connection();
    connection.authUser = kTwilioApiKeySid.toString();
    connection.secret = kTwilioApiKeySecret.toString();
    TwilioClient client(&m_network, connection);
    ApiListJob *job = client.listDomains();
    QSignalSpy finished(job, &ApiListJob::finished);
    QVERIFY(finished.wait(5000));
    QVERIFY(!job->error());
    QCOMPARE(m_server->requestLog().entries().constFirst().authUser, kTwilioApiKeySid.toString());
}

void TestTwilioClient::wrongSecret()
{
    QVERIFY(start(2));
    TwilioConnection connection = m_client->connection();
    connection.secret = u"not-the-token"_s;
    TwilioClient client(&m_network, connection);
    ApiListJob *job = client.listDomains();
    QSignalSpy finished(job, &ApiListJob::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->error().kind(), ApiError::Kind::Unauthorized);
    QVERIFY(!job->error().userMessage().contains(u"not-the-token"_s));
}

void TestTwilioClient::fieldErrors_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code");
    QTest::newRow("domain name") << u"DomainName"_s << u"bad_name.sip.twilio.com"_s << u"21232"_s;
    QTest::newRow("friendly name") << u"FriendlyName"_s << QString(65, u'x') << u"20001"_s;
    QTest::newRow("voice url") << u"VoiceUrl"_s << u"nope"_s << u"20001"_s;
    QTest::newRow("byoc") << u"ByocTrunkSid"_s << u"BY1"_s << u"20001"_s;
    QTest::newRow("secure") << u"Secure"_s << u"maybe"_s << u"20001"_s;
}

void TestTwilioClient::fieldErrors()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QFETCH(QString, code);
    TwilioClient *client = start(0);
    QVERIFY(client);
    FormFields fields { { u"DomainName"_s, u"ok.sip.twilio.com"_s } };
    if (name == u"DomainName"_s)
        fields.clear();
    fields.append({ name, value });
    ApiRequest *request = client->createDomain(fields);
    QVERIFY(wait(request));
    const ApiError &error = request->error();
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus(), 400);
    QCOMPARE(error.serviceCode(), code);
    QCOMPARE(error.fieldErrors().size(), 1);
    QCOMPARE(error.fieldErrors().constFirst().field, name);
    QVERIFY(!error.outcomeUnknown());
}

void TestTwilioClient::malformedSidIsNeverSent()
{
    TwilioClient *client = start(1);
    QVERIFY(client);
    for (const QString &sid : { u"../../Calls"_s, u"SD123"_s, QString() }) {
        ApiRequest *request = client->updateDomain(sid, { { u"FriendlyName"_s, u"x"_s } });
        QVERIFY(wait(request));
        QCOMPARE(request->error().kind(), ApiError::Kind::Refused);
    }
    QCOMPARE(m_server->requestLog().entries().size(), 0);

    // An account SID that is not one never reaches a path either.
    TwilioConnection connection = m_client->connection();
    connection.accountSid = u"AC1/../../../2010-04-01/Accounts/ACother/Calls"_s;
    TwilioClient crafted(&m_network, connection);
    ApiListJob *job = crafted.listDomains();
    QSignalSpy finished(job, &ApiListJob::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->error().kind(), ApiError::Kind::Refused);
    QCOMPARE(m_server->requestLog().entries().size(), 0);
}

namespace {
const QString kHex = u"0123456789abcdef0123456789abcdef"_s;
const QString kDomainSid = u"SD"_s + kHex;
const QString kListSid = u"CL"_s + kHex;
const QString kAclSid = u"AL"_s + kHex;
} // namespace

void TestTwilioClient::collectionPaths_data()
{
    using namespace TwilioCollections;
    QTest::addColumn<TwilioCollection>("collection");
    QTest::addColumn<QString>("sid");
    // The paths of the official API description (twilio_api_v2010), under
    // /2010-04-01/Accounts/{AccountSid}/SIP/.
    QTest::addColumn<QString>("path");
    QTest::newRow("domain") << domains() << kDomainSid << u"Domains/"_s + kDomainSid;
    QTest::newRow("credential list")
        << credentialLists() << kListSid << u"CredentialLists/"_s + kListSid;
    QTest::newRow("credential") << credentials(kListSid) << u"CR"_s + kHex
                                << u"CredentialLists/%1/Credentials/CR%2"_s.arg(kListSid, kHex);
    QTest::newRow("ip acl") << ipAccessControlLists() << kAclSid
                            << u"IpAccessControlLists/"_s + kAclSid;
    QTest::newRow("ip address") << ipAddresses(kAclSid) << u"IP"_s + kHex
                                << u"IpAccessControlLists/%1/IpAddresses/IP%2"_s.arg(kAclSid, kHex);
    QTest::newRow("calls credential list mapping")
        << domainMappings(kDomainSid, Mapping::CallsCredentialLists) << kListSid
        << u"Domains/%1/Auth/Calls/CredentialListMappings/%2"_s.arg(kDomainSid, kListSid);
    QTest::newRow("calls ip acl mapping")
        << domainMappings(kDomainSid, Mapping::CallsIpAccessControlLists) << kAclSid
        << u"Domains/%1/Auth/Calls/IpAccessControlListMappings/%2"_s.arg(kDomainSid, kAclSid);
    QTest::newRow("registrations credential list mapping")
        << domainMappings(kDomainSid, Mapping::RegistrationsCredentialLists) << kListSid
        << u"Domains/%1/Auth/Registrations/CredentialListMappings/%2"_s.arg(kDomainSid, kListSid);
}

void TestTwilioClient::collectionPaths()
{
    QFETCH(TwilioCollection, collection);
    QFETCH(QString, sid);
    QFETCH(QString, path);
    TwilioClient *client = start(0);
    QVERIFY(client);
    const QString prefix = u"/2010-04-01/Accounts/%1/SIP/"_s.arg(client->connection().accountSid);
    QVERIFY(wait(client->fetch(collection, sid)));
    QVERIFY(wait(client->remove(collection, sid)));
    ApiListJob *job = client->list(collection, 20);
    QSignalSpy listed(job, &ApiListJob::finished);
    QVERIFY(listed.wait(10000));
    const QList<RequestLog::Entry> entries = m_server->requestLog().entries();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).method, QByteArray("GET"));
    QCOMPARE(entries.at(0).path, prefix + path + u".json"_s);
    QCOMPARE(entries.at(1).method, QByteArray("DELETE"));
    QCOMPARE(entries.at(1).path, prefix + path + u".json"_s);
    QCOMPARE(entries.at(2).path, prefix + path.left(path.lastIndexOf(u'/')) + u".json"_s);
}

void TestTwilioClient::malformedParentSidIsNeverSent_data()
{
    using namespace TwilioCollections;
    QTest::addColumn<TwilioCollection>("collection");
    for (const QString &parent : { u"../../Calls"_s, u"SD123"_s, QString(), kAclSid }) {
        QTest::addRow("credentials of \"%s\"", qPrintable(parent)) << credentials(parent);
        QTest::addRow("mappings of \"%s\"", qPrintable(parent))
            << domainMappings(parent, Mapping::CallsIpAccessControlLists);
    }
    QTest::addRow("addresses of a credential list") << ipAddresses(kListSid);
}

void TestTwilioClient::malformedParentSidIsNeverSent()
{
    QFETCH(TwilioCollection, collection);
    TwilioClient *client = start(0);
    QVERIFY(client);
    QVERIFY(!collection.refusal.isEmpty());
    const std::function<ApiRequest *()> calls[] = {
        [&] {
            return client->create(collection, { { u"FriendlyName"_s, u"x"_s } });
        },
        [&] { return client->fetch(collection, u"IP"_s + kHex); },
        [&] { return client->remove(collection, kListSid); },
    };
    for (const auto &call : calls) {
        ApiRequest *request = call();
        QVERIFY(wait(request));
        QCOMPARE(request->error().kind(), ApiError::Kind::Refused);
    }
    ApiListJob *job = client->list(collection);
    QSignalSpy finished(job, &ApiListJob::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->error().kind(), ApiError::Kind::Refused);
    QCOMPARE(m_server->requestLog().entries().size(), 0);
}

void TestTwilioClient::encodeForm_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("space") << u"a b"_s << QByteArray("a%20b");
    QTest::newRow("plus") << u"a+b"_s << QByteArray("a%2Bb");
    QTest::newRow("ampersand") << u"a&b"_s << QByteArray("a%26b");
    QTest::newRow("equals") << u"a=b"_s << QByteArray("a%3Db");
    QTest::newRow("percent") << u"100%"_s << QByteArray("100%25");
    QTest::newRow("non-ascii") << u"é"_s << QByteArray("%C3%A9");
    QTest::newRow("url") << u"https://x.example.com/a?b=c"_s
                         << QByteArray("https%3A%2F%2Fx.example.com%2Fa%3Fb%3Dc");
    QTest::newRow("empty") << QString() << QByteArray();
}

void TestTwilioClient::encodeForm()
{
    QFETCH(QString, value);
    QFETCH(QByteArray, encoded);
    QCOMPARE(TwilioClient::encodeForm({ { u"Name"_s, value } }), "Name=" + encoded);
    QCOMPARE(
        TwilioClient::encodeForm({ { u"A"_s, u"1"_s }, { u"B"_s, value } }), "A=1&B=" + encoded);
}

void TestTwilioClient::changedFields()
{
    SipDomain before;
    before.domainName = u"a.sip.twilio.com"_s;
    before.friendlyName = u"A"_s;
    before.voiceUrl = QString(); // null
    before.byocTrunkSid = u"BY0123456789abcdef0123456789abcdef"_s;
    SipDomain after = before;
    QVERIFY(TwilioClient::changedFields(before, after).isEmpty());
    after.voiceUrl = u""_s; // null -> "" is no change for the user
    QVERIFY(TwilioClient::changedFields(before, after).isEmpty());
    after.byocTrunkSid = QString();
    after.sipRegistration = true;
    after.voiceMethod = u"GET"_s;
    const FormFields fields = TwilioClient::changedFields(before, after);
    QCOMPARE(fields,
        (FormFields { { u"VoiceMethod"_s, u"GET"_s }, { u"ByocTrunkSid"_s, u""_s },
            { u"SipRegistration"_s, u"true"_s } }));
}

void TestTwilioClient::regionalBaseUrl_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("edge");
    QTest::addColumn<QString>("url");
    QTest::newRow("default") << QString() << QString() << u"https://api.twilio.com"_s;
    QTest::newRow("region and edge")
        << u"ie1"_s << u"dublin"_s << u"https://api.dublin.ie1.twilio.com"_s;
    QTest::newRow("region only") << u"au1"_s << QString() << u"https://api.au1.twilio.com"_s;
    QTest::newRow("edge only") << QString() << u"ashburn"_s
                               << u"https://api.ashburn.us1.twilio.com"_s;
    // Region and edge become part of a host name that receives the credentials.
    QTest::newRow("region with a dot") << u"x.evil.com#"_s << QString() << QString();
    QTest::newRow("edge with a slash") << QString() << u"evil.com/"_s << QString();
    QTest::newRow("edge with a space") << u"us1"_s << u"ash burn"_s << QString();
}

void TestTwilioClient::regionalBaseUrl()
{
    QFETCH(QString, region);
    QFETCH(QString, edge);
    QFETCH(QString, url);
    QCOMPARE(TwilioConnection::regionalBaseUrl(region, edge), url.isEmpty() ? QUrl() : QUrl(url));
}

QTEST_GUILESS_MAIN(TestTwilioClient)
#include "tst_twilioclient.moc"
