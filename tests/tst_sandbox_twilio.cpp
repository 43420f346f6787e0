// The Twilio SIP Domains emulator, checked on its own with plain HTTP
// requests: routes, status codes, error bodies, validation, paging.

#include "sandbox/democredentials.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/twiliosipdomains.h"
#include "tests/sandboxtestclient.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DemoCredentials;

namespace {

const QString kDomains =
    u"/2010-04-01/Accounts/"_s + kTwilioAccountSid.toString() + u"/SIP/Domains"_s;

QString domainPath(const QString &sid)
{
    return kDomains + u'/' + sid + u".json"_s;
}

struct Sandbox
{
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> client;

    explicit Sandbox(int domains)
    {
        SandboxServer::Options options;
        options.domains = domains;
        options.endpoints = 0;
        server = std::make_unique<SandboxServer>(options);
        if (!server->listen())
            qFatal("sandbox did not start");
        client = std::make_unique<SandboxTestClient>(server->twilioBaseUrl());
        client->setBasicAuth(kTwilioAccountSid.toString(), kTwilioAuthToken.toString());
    }
};

// Follows next_page_uri from the first page; returns every page.
QList<QJsonObject> allPages(SandboxTestClient &client, const QString &firstUri, int maxPages)
{
    QList<QJsonObject> pages;
    QString uri = firstUri;
    while (!uri.isEmpty() && pages.size() < maxPages) {
        const HttpResult result = client.get(uri);
        if (result.status != 200)
            break;
        pages.append(result.object());
        uri = pages.constLast().value(u"next_page_uri"_s).toString();
    }
    return pages;
}

} // namespace

class TestSandboxTwilio : public QObject
{
    Q_OBJECT

private slots:
    void authentication_data();
    void authentication();
    void apiKeyAuthentication();
    void malformedAuthorization_data();
    void malformedAuthorization();
    void createReturnsTheFullResource();
    void createDecodesTheForm();
    void createValidation_data();
    void createValidation();
    void domainNamesAreUniqueAcrossAccounts();
    void fetchAndNotFound();
    void updateChangesOnlySentFields();
    void updateClearsOptionalSids();
    void updateRejectsInvalidAndKeepsState();
    void deleteAnswers204ThenNotFound();
    void wrongMethodAndUnknownPath();
    void paging_data();
    void paging();
    void pageSizeLimits_data();
    void pageSizeLimits();
    void pageNumbers_data();
    void pageNumbers();
    void badPageToken();
    void pagingIsStableAcrossDeletes();
    void previousPageUri();
    void seedExampleKeysMatch();
    void demoDataIsDeterministicAndVaried();
};

void TestSandboxTwilio::authentication_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("path");

    QTest::newRow("no credentials") << QString() << QString() << kDomains + u".json"_s;
    QTest::newRow("wrong token") << kTwilioAccountSid.toString() << u"nope"_s
                                 << kDomains + u".json"_s;
    QTest::newRow("other account's credentials")
        << kTwilioOtherAccountSid.toString() << kTwilioOtherAuthToken.toString()
        << kDomains + u".json"_s;
    QTest::newRow("credentials of the path's account do not match")
        << kTwilioAccountSid.toString() << kTwilioAuthToken.toString()
        << u"/2010-04-01/Accounts/"_s + kTwilioOtherAccountSid.toString() + u"/SIP/Domains.json"_s;
    QTest::newRow("unknown account")
        << kTwilioAccountSid.toString() << kTwilioAuthToken.toString()
        << u"/2010-04-01/Accounts/AC00000000000000000000000000000000/SIP/Domains.json"_s;
    QTest::newRow("api key secret as auth token")
        << kTwilioAccountSid.toString() << kTwilioApiKeySecret.toString() << kDomains + u".json"_s;
}

void TestSandboxTwilio::authentication()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, path);
    Sandbox sandbox(3);
    if (user.isEmpty())
        sandbox.client->clearAuth();
    else
        sandbox.client->setBasicAuth(user, password);
    const HttpResult result = sandbox.client->get(path);
    QCOMPARE(result.status, 401);
    const QJsonObject error = result.object();
    QCOMPARE(error.value(u"code"_s).toInt(), 20003);
    QCOMPARE(error.value(u"status"_s).toInt(), 401);
    QCOMPARE(error.value(u"more_info"_s).toString(), u"https://www.twilio.com/docs/errors/20003"_s);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QVERIFY(result.header("WWW-Authenticate").startsWith("Basic"));
    QVERIFY(!result.body.contains(kTwilioAuthToken.toUtf8()));
}

void TestSandboxTwilio::apiKeyAuthentication()
{
    Sandbox sandbox(3);
    sandbox.client->setBasicAuth(kTwilioApiKeySid.toString(), kTwilioApiKeySecret.toString());
    const HttpResult result = sandbox.client->get(kDomains + u".json"_s);
    QCOMPARE(result.status, 200);
    QCOMPARE(result.object().value(u"domains"_s).toArray().size(), 3);
    // The scheme name is case-insensitive (RFC 7235).
    sandbox.client->setRawAuthorization("basic "
        + (kTwilioApiKeySid.toString() + u':' + kTwilioApiKeySecret.toString())
              .toUtf8()
              .toBase64());
    QCOMPARE(sandbox.client->get(kDomains + u".json"_s).status, 200);
}

void TestSandboxTwilio::malformedAuthorization_data()
{
    QTest::addColumn<QByteArray>("authorization");
    const QByteArray good =
        (kTwilioAccountSid.toString() + u':' + kTwilioAuthToken.toString()).toUtf8().toBase64();
    QTest::newRow("bearer") << "Bearer " + good;
    QTest::newRow("not base64") << QByteArray("Basic !!!notbase64!!!");
    QTest::newRow("no colon") << "Basic " + kTwilioAccountSid.toString().toUtf8().toBase64();
    QTest::newRow("empty user") << "Basic "
            + (u":"_s + kTwilioAuthToken.toString()).toUtf8().toBase64();
    QTest::newRow("empty") << QByteArray("Basic ");
}

void TestSandboxTwilio::malformedAuthorization()
{
    QFETCH(QByteArray, authorization);
    Sandbox sandbox(1);
    sandbox.client->setRawAuthorization(authorization);
    const HttpResult result = sandbox.client->get(kDomains + u".json"_s);
    QCOMPARE(result.status, 401);
    QCOMPARE(result.object().value(u"code"_s).toInt(), 20003);
}

void TestSandboxTwilio::createReturnsTheFullResource()
{
    Sandbox sandbox(0);
    const HttpResult result = sandbox.client->postForm(kDomains + u".json"_s,
        "DomainName=dunder-mifflin-scranton.sip.twilio.com&FriendlyName=Scranton+Office"
        "&VoiceUrl=https%3A%2F%2Fdundermifflin.example.com%2Ftwilio%2Fapp.php"
        "&SipRegistration=true&Secure=true&EmergencyCallingEnabled=false"
        "&ByocTrunkSid=BY0123456789abcdef0123456789abcdef");
    QCOMPARE(result.status, 201);
    QVERIFY(result.contentType.startsWith("application/json"));
    const QJsonObject domain = result.object();
    const QString sid = domain.value(u"sid"_s).toString();
    QVERIFY2(QRegularExpression(u"^SD[0-9a-f]{32}$"_s).match(sid).hasMatch(), qPrintable(sid));
    QCOMPARE(domain.value(u"account_sid"_s).toString(), kTwilioAccountSid.toString());
    QCOMPARE(domain.value(u"api_version"_s).toString(), u"2010-04-01"_s);
    QCOMPARE(
        domain.value(u"domain_name"_s).toString(), u"dunder-mifflin-scranton.sip.twilio.com"_s);
    QCOMPARE(domain.value(u"friendly_name"_s).toString(), u"Scranton Office"_s);
    QCOMPARE(domain.value(u"voice_url"_s).toString(),
        u"https://dundermifflin.example.com/twilio/app.php"_s);
    QCOMPARE(domain.value(u"voice_method"_s).toString(), u"POST"_s);
    QVERIFY(domain.value(u"voice_fallback_url"_s).isNull());
    QCOMPARE(domain.value(u"sip_registration"_s), QJsonValue(true));
    QCOMPARE(domain.value(u"secure"_s), QJsonValue(true));
    QCOMPARE(domain.value(u"emergency_calling_enabled"_s), QJsonValue(false));
    QCOMPARE(domain.value(u"byoc_trunk_sid"_s).toString(), u"BY0123456789abcdef0123456789abcdef"_s);
    QVERIFY(domain.value(u"emergency_caller_sid"_s).isNull());
    QVERIFY(domain.value(u"auth_type"_s).isNull()); // no mappings yet
    QCOMPARE(domain.value(u"uri"_s).toString(), domainPath(sid));
    const QJsonObject subresources = domain.value(u"subresource_uris"_s).toObject();
    QCOMPARE(subresources.value(u"credential_list_mappings"_s).toString(),
        kDomains + u'/' + sid + u"/CredentialListMappings.json"_s);
    QCOMPARE(subresources.value(u"ip_access_control_list_mappings"_s).toString(),
        kDomains + u'/' + sid + u"/IpAccessControlListMappings.json"_s);
    const QString created = domain.value(u"date_created"_s).toString();
    QVERIFY2(QRegularExpression(
                 u"^[A-Z][a-z]{2}, \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} \\+0000$"_s)
                 .match(created)
                 .hasMatch(),
        qPrintable(created));
    QVERIFY(QDateTime::fromString(created, Qt::RFC2822Date).isValid());
    QCOMPARE(sandbox.server->twilio().domainCount(kTwilioAccountSid.toString()), 1);
}

void TestSandboxTwilio::createDecodesTheForm()
{
    Sandbox sandbox(0);
    // '+' and %20 are spaces, %2B a plus, %26 and %3D literal & and =, UTF-8.
    const HttpResult result = sandbox.client->postForm(kDomains + u".json"_s,
        "DomainName=acme.sip.twilio.com&FriendlyName=Caf%C3%A9+M%C3%BCller%20%2B%20Co%26Sons%3D1");
    QCOMPARE(result.status, 201);
    QCOMPARE(result.object().value(u"friendly_name"_s).toString(), u"Café Müller + Co&Sons=1"_s);
}

void TestSandboxTwilio::createValidation_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("messageContains");

    const QByteArray ok = "DomainName=valid.sip.twilio.com&";
    QTest::newRow("no DomainName") << QByteArray("FriendlyName=x") << 21232 << u"DomainName"_s;
    QTest::newRow("empty DomainName") << QByteArray("DomainName=") << 21232 << u"DomainName"_s;
    QTest::newRow("bare suffix") << QByteArray("DomainName=sip.twilio.com") << 21232
                                 << u"sip.twilio.com"_s;
    QTest::newRow("suffix not at the end")
        << QByteArray("DomainName=sip.twilio.com.evil.com") << 21232 << u"end with"_s;
    QTest::newRow("glued suffix") << QByteArray("DomainName=xsip.twilio.co") << 21232
                                  << u"end with"_s;
    QTest::newRow("underscore") << QByteArray("DomainName=a_b.sip.twilio.com") << 21232
                                << u"letters"_s;
    QTest::newRow("FriendlyName 65")
        << ok + "FriendlyName=" + QByteArray(65, 'a') << 20001 << u"FriendlyName"_s;
    QTest::newRow("ByocTrunkSid wrong prefix")
        << ok + "ByocTrunkSid=PN0123456789abcdef0123456789abcdef" << 20001 << u"ByocTrunkSid"_s;
    QTest::newRow("ByocTrunkSid short") << ok + "ByocTrunkSid=BY0123" << 20001 << u"ByocTrunkSid"_s;
    QTest::newRow("EmergencyCallerSid non-hex")
        << ok + "EmergencyCallerSid=PNXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX" << 20001
        << u"EmergencyCallerSid"_s;
    QTest::newRow("VoiceUrl relative") << ok + "VoiceUrl=/voice" << 20001 << u"VoiceUrl"_s;
    QTest::newRow("VoiceFallbackUrl ftp")
        << ok + "VoiceFallbackUrl=ftp://x.example.com/" << 20001 << u"VoiceFallbackUrl"_s;
    QTest::newRow("VoiceStatusCallbackUrl no host")
        << ok + "VoiceStatusCallbackUrl=https:///x" << 20001 << u"VoiceStatusCallbackUrl"_s;
    QTest::newRow("VoiceMethod lower case") << ok + "VoiceMethod=post" << 20001 << u"VoiceMethod"_s;
    QTest::newRow("VoiceFallbackMethod unknown")
        << ok + "VoiceFallbackMethod=FETCH" << 20001 << u"VoiceFallbackMethod"_s;
    QTest::newRow("SipRegistration yes")
        << ok + "SipRegistration=yes" << 20001 << u"SipRegistration"_s;
    QTest::newRow("Secure 1") << ok + "Secure=1" << 20001 << u"Secure"_s;
    QTest::newRow("EmergencyCallingEnabled empty")
        << ok + "EmergencyCallingEnabled=" << 20001 << u"EmergencyCallingEnabled"_s;
}

void TestSandboxTwilio::createValidation()
{
    QFETCH(QByteArray, form);
    QFETCH(int, code);
    QFETCH(QString, messageContains);
    Sandbox sandbox(0);
    const HttpResult result = sandbox.client->postForm(kDomains + u".json"_s, form);
    QCOMPARE(result.status, 400);
    const QJsonObject error = result.object();
    QCOMPARE(error.value(u"code"_s).toInt(), code);
    QCOMPARE(error.value(u"status"_s).toInt(), 400);
    QCOMPARE(error.value(u"more_info"_s).toString(),
        u"https://www.twilio.com/docs/errors/%1"_s.arg(code));
    QVERIFY2(error.value(u"message"_s).toString().contains(messageContains),
        qPrintable(error.value(u"message"_s).toString()));
    QCOMPARE(sandbox.server->twilio().domainCount(kTwilioAccountSid.toString()), 0);
}

void TestSandboxTwilio::domainNamesAreUniqueAcrossAccounts()
{
    Sandbox sandbox(0);
    QCOMPARE(
        sandbox.client->postForm(kDomains + u".json"_s, "DomainName=acme.sip.twilio.com").status,
        201);
    HttpResult again =
        sandbox.client->postForm(kDomains + u".json"_s, "DomainName=ACME.sip.twilio.com");
    QCOMPARE(again.status, 400);
    QCOMPARE(again.object().value(u"code"_s).toInt(), 21232);
    QVERIFY(again.object().value(u"message"_s).toString().contains(u"already in use"_s));

    SandboxTestClient other(sandbox.server->twilioBaseUrl());
    other.setBasicAuth(kTwilioOtherAccountSid.toString(), kTwilioOtherAuthToken.toString());
    const HttpResult elsewhere = other.postForm(
        u"/2010-04-01/Accounts/"_s + kTwilioOtherAccountSid.toString() + u"/SIP/Domains.json"_s,
        "DomainName=acme.sip.twilio.com");
    QCOMPARE(elsewhere.status, 400);
    QCOMPARE(elsewhere.object().value(u"code"_s).toInt(), 21232);
}

void TestSandboxTwilio::fetchAndNotFound()
{
    Sandbox sandbox(2);
    const QJsonArray domains =
        sandbox.client->get(kDomains + u".json"_s).object().value(u"domains"_s).toArray();
    const QString sid = domains.at(1).toObject().value(u"sid"_s).toString();
    const HttpResult fetched = sandbox.client->get(domainPath(sid));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(fetched.object(), domains.at(1).toObject());

    const QString missing = u"SD00000000000000000000000000000000"_s;
    const HttpResult result = sandbox.client->get(domainPath(missing));
    QCOMPARE(result.status, 404);
    QCOMPARE(result.object().value(u"code"_s).toInt(), 20404);
    QCOMPARE(result.object().value(u"status"_s).toInt(), 404);
    QVERIFY(result.object().value(u"message"_s).toString().contains(missing));
}

void TestSandboxTwilio::updateChangesOnlySentFields()
{
    Sandbox sandbox(1);
    const QJsonObject before = sandbox.client->get(kDomains + u".json"_s)
                                   .object()
                                   .value(u"domains"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject();
    const QString sid = before.value(u"sid"_s).toString();
    const HttpResult result = sandbox.client->postForm(
        domainPath(sid), "FriendlyName=Renamed+%E2%9C%93&VoiceMethod=GET&Secure=true");
    QCOMPARE(result.status, 200);
    const QJsonObject after = result.object();
    QCOMPARE(after.value(u"friendly_name"_s).toString(), u"Renamed ✓"_s);
    QCOMPARE(after.value(u"voice_method"_s).toString(), u"GET"_s);
    QCOMPARE(after.value(u"secure"_s), QJsonValue(true));
    QVERIFY(fromRfc2822(after.value(u"date_updated"_s).toString())
        > fromRfc2822(before.value(u"date_updated"_s).toString()));
    for (const QString &key : before.keys()) {
        if (key == u"friendly_name"_s || key == u"voice_method"_s || key == u"secure"_s
            || key == u"date_updated"_s)
            continue;
        QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
    }
    QCOMPARE(sandbox.client->get(domainPath(sid)).object(), after);
}

void TestSandboxTwilio::updateClearsOptionalSids()
{
    Sandbox sandbox(0);
    const QString sid = sandbox.client
                            ->postForm(kDomains + u".json"_s,
                                "DomainName=a.sip.twilio.com&VoiceUrl=https://x.example.com/v"
                                "&ByocTrunkSid=BY0123456789abcdef0123456789abcdef"
                                "&EmergencyCallerSid=PN0123456789abcdef0123456789abcdef")
                            .object()
                            .value(u"sid"_s)
                            .toString();
    const QJsonObject after =
        sandbox.client->postForm(domainPath(sid), "ByocTrunkSid=&EmergencyCallerSid=&VoiceUrl=")
            .object();
    QVERIFY(after.value(u"byoc_trunk_sid"_s).isNull());
    QVERIFY(after.value(u"emergency_caller_sid"_s).isNull());
    QVERIFY(after.value(u"voice_url"_s).isNull());
    QCOMPARE(after.value(u"domain_name"_s).toString(), u"a.sip.twilio.com"_s);
}

void TestSandboxTwilio::updateRejectsInvalidAndKeepsState()
{
    Sandbox sandbox(1);
    const QJsonObject before = sandbox.client->get(kDomains + u".json"_s)
                                   .object()
                                   .value(u"domains"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject();
    const QString sid = before.value(u"sid"_s).toString();
    // The first field is valid, the second not: nothing may change.
    const HttpResult result =
        sandbox.client->postForm(domainPath(sid), "FriendlyName=Changed&VoiceUrl=not-a-url");
    QCOMPARE(result.status, 400);
    QVERIFY(result.object().value(u"message"_s).toString().contains(u"VoiceUrl"_s));
    QCOMPARE(sandbox.client->get(domainPath(sid)).object(), before);
    // Renaming to its own name (another case) is not a clash; freeing a name lets it be reused.
    const QString name = before.value(u"domain_name"_s).toString();
    QCOMPARE(
        sandbox.client->postForm(domainPath(sid), "DomainName=" + name.toUpper().toUtf8()).status,
        200);
    QCOMPARE(
        sandbox.client->postForm(domainPath(sid), "DomainName=renamed.sip.twilio.com").status, 200);
    QCOMPARE(
        sandbox.client->postForm(kDomains + u".json"_s, "DomainName=" + name.toUtf8()).status, 201);
}

void TestSandboxTwilio::deleteAnswers204ThenNotFound()
{
    Sandbox sandbox(2);
    const QString sid = sandbox.client->get(kDomains + u".json"_s)
                            .object()
                            .value(u"domains"_s)
                            .toArray()
                            .at(0)
                            .toObject()
                            .value(u"sid"_s)
                            .toString();
    const HttpResult deleted = sandbox.client->del(domainPath(sid));
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    QCOMPARE(sandbox.client->get(domainPath(sid)).status, 404);
    const HttpResult again = sandbox.client->del(domainPath(sid));
    QCOMPARE(again.status, 404);
    QCOMPARE(again.object().value(u"code"_s).toInt(), 20404);
    QCOMPARE(sandbox.server->twilio().domainCount(kTwilioAccountSid.toString()), 1);
}

void TestSandboxTwilio::wrongMethodAndUnknownPath()
{
    Sandbox sandbox(1);
    QCOMPARE(sandbox.client->send("PUT", kDomains + u".json"_s).status, 405);
    QCOMPARE(sandbox.client->del(kDomains + u".json"_s).status, 405);
    // CredentialLists.json is a resource of its own now (tst_sandbox_twilio_auth).
    const HttpResult unknown = sandbox.client->get(
        u"/2010-04-01/Accounts/"_s + kTwilioAccountSid.toString() + u"/SIP/NoSuchResource.json"_s);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.object().value(u"code"_s).toInt(), 20404);
    QCOMPARE(sandbox.client->get(kDomains + u".xml"_s).status, 404);
}

void TestSandboxTwilio::paging_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("expectedPages");

    QTest::newRow("no rows") << 0 << 50 << 1;
    QTest::newRow("one row") << 1 << 50 << 1;
    QTest::newRow("exactly one full page") << 50 << 50 << 1;
    QTest::newRow("one more than a page") << 51 << 50 << 2;
    QTest::newRow("several pages") << 120 << 50 << 3;
    QTest::newRow("page size 1") << 5 << 1 << 5;
    QTest::newRow("page size 1000") << 2500 << 1000 << 3;
}

void TestSandboxTwilio::paging()
{
    QFETCH(int, total);
    QFETCH(int, pageSize);
    QFETCH(int, expectedPages);
    Sandbox sandbox(total);

    const QString first = kDomains + u".json?PageSize=%1"_s.arg(pageSize);
    const QList<QJsonObject> pages = allPages(*sandbox.client, first, expectedPages + 5);
    QCOMPARE(pages.size(), expectedPages);

    QStringList sids;
    for (int i = 0; i < pages.size(); ++i) {
        const QJsonObject &page = pages.at(i);
        for (const char *key : { "domains", "start", "end", "page", "page_size", "uri",
                 "first_page_uri", "next_page_uri", "previous_page_uri" })
            QVERIFY2(page.contains(QLatin1String(key)), key);
        QCOMPARE(page.value(u"page"_s).toInt(), i);
        QCOMPARE(page.value(u"page_size"_s).toInt(), pageSize);
        QCOMPARE(page.value(u"start"_s).toInt(), i * pageSize);
        const QJsonArray domains = page.value(u"domains"_s).toArray();
        if (!domains.isEmpty())
            QCOMPARE(page.value(u"end"_s).toInt(), i * pageSize + int(domains.size()) - 1);
        QVERIFY(domains.size() <= pageSize);
        QCOMPARE(page.value(u"first_page_uri"_s).toString(),
            kDomains + u".json?PageSize=%1&Page=0"_s.arg(pageSize));
        QVERIFY(page.value(u"uri"_s).toString().startsWith(kDomains + u".json?"_s));
        const QJsonValue next = page.value(u"next_page_uri"_s);
        QCOMPARE(next.isNull(), i == pages.size() - 1);
        if (!next.isNull())
            QVERIFY(next.toString().startsWith(u"/2010-04-01/"_s)); // host-relative
        for (const QJsonValue &domain : domains)
            sids.append(domain.toObject().value(u"sid"_s).toString());
    }
    QCOMPARE(sids.size(), total);
    QCOMPARE(QSet<QString>(sids.begin(), sids.end()).size(), total);
    // Stable creation order: the same as one big page.
    if (total > 0 && total <= 1000) {
        const QJsonArray all = sandbox.client->get(kDomains + u".json?PageSize=1000"_s)
                                   .object()
                                   .value(u"domains"_s)
                                   .toArray();
        for (int i = 0; i < total; ++i)
            QCOMPARE(sids.at(i), all.at(i).toObject().value(u"sid"_s).toString());
    }
}

void TestSandboxTwilio::pageSizeLimits_data()
{
    QTest::addColumn<QString>("pageSize");
    QTest::addColumn<int>("status");
    QTest::newRow("1") << u"1"_s << 200;
    QTest::newRow("1000") << u"1000"_s << 200;
    QTest::newRow("0") << u"0"_s << 400;
    QTest::newRow("1001") << u"1001"_s << 400;
    QTest::newRow("-5") << u"-5"_s << 400;
    QTest::newRow("abc") << u"abc"_s << 400;
    QTest::newRow("empty") << QString() << 400;
}

void TestSandboxTwilio::pageSizeLimits()
{
    QFETCH(QString, pageSize);
    QFETCH(int, status);
    Sandbox sandbox(3);
    const HttpResult result = sandbox.client->get(kDomains + u".json?PageSize="_s + pageSize);
    QCOMPARE(result.status, status);
    if (status == 400) {
        QCOMPARE(result.object().value(u"code"_s).toInt(), 20007);
        QCOMPARE(result.object().value(u"status"_s).toInt(), 400);
    }
    // Without PageSize the default is 50.
    QCOMPARE(sandbox.client->get(kDomains + u".json"_s).object().value(u"page_size"_s).toInt(), 50);
}

void TestSandboxTwilio::pageNumbers_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("rows");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<QString>("nextPage"); // the Page of next_page_uri; empty: null

    // 3 domains in all.
    QTest::newRow("second page") << u"PageSize=2&Page=1"_s << 200 << 1 << qint64(2) << QString();
    QTest::newRow("past the end") << u"PageSize=2&Page=5"_s << 200 << 0 << qint64(10) << QString();
    QTest::newRow("largest page, largest size")
        << u"PageSize=1000&Page=2147483647"_s << 200 << 0 << qint64(2147483647000) << QString();
    QTest::newRow("largest page with a token") << u"PageSize=1&Page=2147483647&PageToken=PA0"_s
                                               << 200 << 1 << qint64(2147483647) << u"2147483647"_s;
    QTest::newRow("int64 max") << u"PageSize=1000&Page=9223372036854775807"_s << 400 << 0
                               << qint64(0) << QString();
    QTest::newRow("2^31") << u"PageSize=1&Page=2147483648"_s << 400 << 0 << qint64(0) << QString();
    QTest::newRow("2^32") << u"PageSize=1&Page=4294967296"_s << 400 << 0 << qint64(0) << QString();
    QTest::newRow("negative") << u"Page=-1"_s << 400 << 0 << qint64(0) << QString();
    QTest::newRow("word") << u"Page=first"_s << 400 << 0 << qint64(0) << QString();
    QTest::newRow("decimal") << u"Page=1.5"_s << 400 << 0 << qint64(0) << QString();
    QTest::newRow("plus") << u"Page=%2B1"_s << 400 << 0 << qint64(0) << QString();
    QTest::newRow("empty") << u"Page="_s << 400 << 0 << qint64(0) << QString();
}

void TestSandboxTwilio::pageNumbers()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(int, rows);
    QFETCH(qint64, start);
    QFETCH(QString, nextPage);
    Sandbox sandbox(3);
    const HttpResult result = sandbox.client->get(kDomains + u".json?"_s + query);
    QCOMPARE(result.status, status);
    const QJsonObject body = result.object();
    if (status == 400) {
        QCOMPARE(body.value(u"code"_s).toInt(), 20001);
        QVERIFY(body.value(u"message"_s).toString().startsWith(u"Page "_s));
        return;
    }
    QCOMPARE(body.value(u"domains"_s).toArray().size(), rows);
    QCOMPARE(qint64(body.value(u"start"_s).toDouble()), start);
    QCOMPARE(qint64(body.value(u"end"_s).toDouble()), rows == 0 ? start : start + rows - 1);
    const QJsonValue next = body.value(u"next_page_uri"_s);
    QCOMPARE(next.isNull(), nextPage.isEmpty());
    if (!nextPage.isEmpty())
        QCOMPARE(QUrlQuery(QUrl(next.toString())).queryItemValue(u"Page"_s), nextPage);
}

void TestSandboxTwilio::badPageToken()
{
    Sandbox sandbox(3);
    for (const QString &token : { u"garbage"_s, u"PA"_s, u"PAxyz"_s, u"QA12"_s }) {
        const HttpResult result =
            sandbox.client->get(kDomains + u".json?PageSize=1&Page=1&PageToken="_s + token);
        QCOMPARE(result.status, 400);
        QCOMPARE(result.object().value(u"code"_s).toInt(), 21481);
    }
}

void TestSandboxTwilio::pagingIsStableAcrossDeletes()
{
    Sandbox sandbox(6);
    const QJsonObject first = sandbox.client->get(kDomains + u".json?PageSize=2"_s).object();
    // Delete the last row of the page the token points after: the next page must still follow.
    const QJsonArray firstRows = first.value(u"domains"_s).toArray();
    QCOMPARE(sandbox.client->del(domainPath(firstRows.at(1).toObject().value(u"sid"_s).toString()))
                 .status,
        204);
    const QJsonObject second =
        sandbox.client->get(first.value(u"next_page_uri"_s).toString()).object();
    const QJsonArray secondRows = second.value(u"domains"_s).toArray();
    QCOMPARE(secondRows.size(), 2);
    const QJsonArray all =
        sandbox.client->get(kDomains + u".json"_s).object().value(u"domains"_s).toArray();
    QCOMPARE(secondRows.at(0), all.at(1)); // the third created domain, now second
}

void TestSandboxTwilio::previousPageUri()
{
    Sandbox sandbox(5);
    const QJsonObject first = sandbox.client->get(kDomains + u".json?PageSize=2"_s).object();
    QVERIFY(first.value(u"previous_page_uri"_s).isNull());
    const QJsonObject second =
        sandbox.client->get(first.value(u"next_page_uri"_s).toString()).object();
    const QString previous = second.value(u"previous_page_uri"_s).toString();
    QVERIFY(!previous.isEmpty());
    const QJsonObject back = sandbox.client->get(previous).object();
    QCOMPARE(back.value(u"domains"_s), first.value(u"domains"_s));
    QCOMPARE(back.value(u"page"_s).toInt(), 0);
}

void TestSandboxTwilio::seedExampleKeysMatch()
{
    QFile file(QLatin1String(SIPDESK_FIXTURES_DIR "/twilio_sip_domain.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject seed = QJsonDocument::fromJson(file.readAll()).object();
    Sandbox sandbox(1);
    const QJsonObject served = sandbox.client->get(kDomains + u".json"_s)
                                   .object()
                                   .value(u"domains"_s)
                                   .toArray()
                                   .at(0)
                                   .toObject();
    QStringList seedKeys = seed.keys();
    QStringList servedKeys = served.keys();
    QCOMPARE(servedKeys, seedKeys);
    for (const QString &key : seedKeys) {
        const QJsonValue::Type seedType = seed.value(key).type();
        const QJsonValue::Type servedType = served.value(key).type();
        // Nullable strings may be either; everything else keeps its JSON type.
        if (seedType != QJsonValue::Null && servedType != QJsonValue::Null)
            QVERIFY2(seedType == servedType, qPrintable(key));
    }
}

void TestSandboxTwilio::demoDataIsDeterministicAndVaried()
{
    Sandbox one(120);
    Sandbox two(120);
    const QJsonObject a = one.client->get(kDomains + u".json?PageSize=1000"_s).object();
    const QJsonObject b = two.client->get(kDomains + u".json?PageSize=1000"_s).object();
    QCOMPARE(a.value(u"domains"_s), b.value(u"domains"_s));

    QSet<QString> authTypes;
    int registration = 0;
    int withVoiceUrl = 0;
    for (const QJsonValue &value : a.value(u"domains"_s).toArray()) {
        const SipDomain domain = SipDomain::fromJson(value.toObject());
        authTypes.insert(domain.authType);
        registration += domain.sipRegistration;
        withVoiceUrl += !domain.voiceUrl.isEmpty();
        QVERIFY(domain.friendlyName.size() <= 64);
        QVERIFY(domain.dateCreated <= domain.dateUpdated);
    }
    QVERIFY(authTypes.contains(QString()));
    QVERIFY(authTypes.contains(u"IP_ACL"_s));
    QVERIFY(authTypes.contains(u"CREDENTIAL_LIST"_s));
    QVERIFY(authTypes.contains(u"IP_ACL,CREDENTIAL_LIST"_s));
    QVERIFY(registration > 20 && registration < 100);
    QVERIFY(withVoiceUrl > 60 && withVoiceUrl < 120);
}

QTEST_GUILESS_MAIN(TestSandboxTwilio)
#include "tst_sandbox_twilio.moc"
