// The Twilio SIP authentication emulators (credential lists, credentials, IP
// access control lists, IP addresses, domain mappings), checked on their own
// with plain HTTP requests to the sandbox on 127.0.0.1.

#include "sandbox/democredentials.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/twiliosipauthstore.h"
#include "sandbox/twiliosipdomains.h"
#include "tests/sandboxtestclient.h"

#include "models/records/sipdomain.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DemoCredentials;

namespace {

const QString kSip = u"/2010-04-01/Accounts/"_s + kTwilioAccountSid.toString() + u"/SIP/"_s;
const QString kOtherSip =
    u"/2010-04-01/Accounts/"_s + kTwilioOtherAccountSid.toString() + u"/SIP/"_s;
const QString kLists = kSip + u"CredentialLists"_s;
const QString kAcls = kSip + u"IpAccessControlLists"_s;
const QString kDomains = kSip + u"Domains"_s;
// A password that meets Twilio's policy and is easy to look for.
const QByteArray kPassword = "Sandbox7SecretXyz";

const QString kCallsCredentials = u"Auth/Calls/CredentialListMappings"_s;
const QString kCallsAcls = u"Auth/Calls/IpAccessControlListMappings"_s;
const QString kRegistrations = u"Auth/Registrations/CredentialListMappings"_s;
const QString kOlderCredentials = u"CredentialListMappings"_s;
const QString kOlderAcls = u"IpAccessControlListMappings"_s;

struct Sandbox
{
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> client;

    explicit Sandbox(int domains, quint32 seed = 20261123)
    {
        SandboxServer::Options options;
        options.domains = domains;
        options.endpoints = 0;
        options.seed = seed;
        server = std::make_unique<SandboxServer>(options);
        if (!server->listen())
            qFatal("sandbox did not start");
        client = std::make_unique<SandboxTestClient>(server->twilioBaseUrl());
        client->setBasicAuth(kTwilioAccountSid.toString(), kTwilioAuthToken.toString());
    }

    std::unique_ptr<SandboxTestClient> otherClient() const
    {
        auto other = std::make_unique<SandboxTestClient>(server->twilioBaseUrl());
        other->setBasicAuth(kTwilioOtherAccountSid.toString(), kTwilioOtherAuthToken.toString());
        return other;
    }

    // The SID of a created record, or an empty string (and a failed QCOMPARE
    // in the caller's eyes) if the POST did not answer 201.
    QString create(const QString &collection, const QByteArray &form)
    {
        const HttpResult result = client->postForm(collection + u".json"_s, form);
        if (result.status != 201)
            qWarning("POST %s: %d %s", qPrintable(collection), result.status, result.body.data());
        return result.status == 201 ? result.object().value(u"sid"_s).toString() : QString();
    }
    QString credentialList(const QByteArray &name = "Test list")
    {
        return create(kLists, "FriendlyName=" + QUrl::toPercentEncoding(QString::fromUtf8(name)));
    }
    QString acl(const QByteArray &name = "Test ACL")
    {
        return create(kAcls, "FriendlyName=" + QUrl::toPercentEncoding(QString::fromUtf8(name)));
    }
    QString domain(const QByteArray &name)
    {
        return create(kDomains, "DomainName=" + name + ".sip.twilio.com");
    }
    QJsonObject fetch(const QString &path) { return client->get(path).object(); }
    QJsonValue authType(const QString &domainSid)
    {
        return fetch(kDomains + u'/' + domainSid + u".json"_s).value(u"auth_type"_s);
    }
};

QString mappings(const QString &domainSid, const QString &tail)
{
    return kDomains + u'/' + domainSid + u'/' + tail;
}

QJsonObject loadFixture(const QString &name)
{
    QFile file(QLatin1String(SIPDESK_FIXTURES_DIR) + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// Same keys, same JSON types (a nullable string may be null on either side).
bool sameShape(const QJsonObject &served, const QJsonObject &fixture, QString *why)
{
    if (served.keys() != fixture.keys()) {
        *why = served.keys().join(u',') + u" vs "_s + fixture.keys().join(u',');
        return false;
    }
    for (const QString &key : fixture.keys()) {
        const QJsonValue::Type a = served.value(key).type();
        const QJsonValue::Type b = fixture.value(key).type();
        if (a != b && a != QJsonValue::Null && b != QJsonValue::Null) {
            *why = key;
            return false;
        }
    }
    return true;
}

void checkError(const HttpResult &result, int status, int code, const QString &messageStart)
{
    QCOMPARE(result.status, status);
    const QJsonObject error = result.object();
    QCOMPARE(error.value(u"status"_s).toInt(), status);
    QCOMPARE(error.value(u"code"_s).toInt(), code);
    QCOMPARE(error.value(u"more_info"_s).toString(),
        u"https://www.twilio.com/docs/errors/%1"_s.arg(code));
    QVERIFY2(error.value(u"message"_s).toString().startsWith(messageStart),
        qPrintable(error.value(u"message"_s).toString()));
}

// Follows next_page_uri from uri, at most maxPages pages.
QList<QJsonObject> allPages(SandboxTestClient &client, const QString &uri, int maxPages)
{
    QList<QJsonObject> pages;
    QString next = uri;
    while (!next.isEmpty() && pages.size() < maxPages) {
        const HttpResult result = client.get(next);
        if (result.status != 200)
            break;
        pages.append(result.object());
        next = pages.constLast().value(u"next_page_uri"_s).toString();
    }
    return pages;
}

} // namespace

class TestSandboxTwilioAuth : public QObject
{
    Q_OBJECT

private slots:
    void authentication_data();
    void authentication();
    void credentialListLifecycle();
    void friendlyNames_data();
    void friendlyNames();
    void credentialLifecycle();
    void credentialValidation_data();
    void credentialValidation();
    void passwordIsNeverAnswered();
    void passwordIsNeverLogged();
    void usernamesAreUniqueInAList();
    void ipAccessControlListLifecycle();
    void ipAddressLifecycle();
    void ipAddressValidation_data();
    void ipAddressValidation();
    void notFound_data();
    void notFound();
    void methodNotAllowed_data();
    void methodNotAllowed();
    void mappingLifecycle_data();
    void mappingLifecycle();
    void mappingRefusals_data();
    void mappingRefusals();
    void authTypeIsDerivedFromCallsMappings();
    void olderMappingsAreTheCallsMappings();
    void deletingADomainDropsItsMappings();
    void deletingAListDropsItsMappings();
    void paging_data();
    void paging();
    void pagingErrors();
    void accountLimits();
    void fixtureKeysMatch_data();
    void fixtureKeysMatch();
    void demoDataIsDeterministic();
    void demoDataInvariants();
};

void TestSandboxTwilioAuth::authentication_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("path");
    const QString sd = u"SD0123456789abcdef0123456789abcdef"_s;
    const QStringList paths = {
        kLists + u".json"_s, kLists + u"/CL0123456789abcdef0123456789abcdef/Credentials.json"_s,
        kAcls + u".json"_s, kAcls + u"/AL0123456789abcdef0123456789abcdef/IpAddresses.json"_s,
        mappings(sd, kCallsCredentials + u".json"_s), mappings(sd, kOlderAcls + u".json"_s),
        kLists + u"/not-a-route"_s, // 401 before 404
    };
    for (const QString &path : paths) {
        QTest::addRow("none %s", qPrintable(path)) << QString() << QString() << path;
        QTest::addRow("wrong token %s", qPrintable(path))
            << kTwilioAccountSid.toString() << u"nope"_s << path;
        QTest::addRow("other account %s", qPrintable(path))
            << kTwilioOtherAccountSid.toString() << kTwilioOtherAuthToken.toString() << path;
    }
}

void TestSandboxTwilioAuth::authentication()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, path);
    Sandbox sandbox(1);
    if (user.isEmpty())
        sandbox.client->clearAuth();
    else
        sandbox.client->setBasicAuth(user, password);
    const HttpResult result = sandbox.client->get(path);
    checkError(result, 401, 20003, QString());
    QVERIFY(result.header("WWW-Authenticate").startsWith("Basic"));
}

void TestSandboxTwilioAuth::credentialListLifecycle()
{
    Sandbox sandbox(0);
    const HttpResult created =
        sandbox.client->postForm(kLists + u".json"_s, "FriendlyName=Scranton+desk+phones+%C3%BC");
    QCOMPARE(created.status, 201);
    const QJsonObject list = created.object();
    const QString sid = list.value(u"sid"_s).toString();
    QVERIFY2(QRegularExpression(u"^CL[0-9a-f]{32}$"_s).match(sid).hasMatch(), qPrintable(sid));
    QCOMPARE(list.value(u"friendly_name"_s).toString(), u"Scranton desk phones ü"_s);
    QCOMPARE(list.value(u"account_sid"_s).toString(), kTwilioAccountSid.toString());
    const QString path = kLists + u'/' + sid + u".json"_s;
    QCOMPARE(list.value(u"uri"_s).toString(), path);
    QCOMPARE(list.value(u"subresource_uris"_s).toObject().value(u"credentials"_s).toString(),
        kLists + u'/' + sid + u"/Credentials.json"_s);
    QCOMPARE(
        sandbox.client
            ->get(list.value(u"subresource_uris"_s).toObject().value(u"credentials"_s).toString())
            .status,
        200);

    QCOMPARE(sandbox.fetch(path), list);
    const HttpResult renamed = sandbox.client->postForm(path, "FriendlyName=Renamed");
    QCOMPARE(renamed.status, 200);
    QCOMPARE(renamed.object().value(u"friendly_name"_s).toString(), u"Renamed"_s);
    QCOMPARE(renamed.object().value(u"date_created"_s), list.value(u"date_created"_s));
    const QJsonArray page =
        sandbox.fetch(kLists + u".json?PageSize=1000"_s).value(u"credential_lists"_s).toArray();
    QCOMPARE(page.last().toObject(), renamed.object());

    const HttpResult deleted = sandbox.client->del(path);
    QCOMPARE(deleted.status, 204);
    QVERIFY(deleted.body.isEmpty());
    checkError(sandbox.client->get(path), 404, 20404, u"The requested resource"_s);
    checkError(sandbox.client->del(path), 404, 20404, u"The requested resource"_s);
    checkError(sandbox.client->postForm(path, "FriendlyName=x"), 404, 20404, QString());
}

void TestSandboxTwilioAuth::friendlyNames_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<bool>("update");
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<int>("status");
    for (const bool update : { false, true }) {
        const char *how = update ? "update" : "create";
        QTest::addRow("%s list: missing", how) << kLists << update << QByteArray("Other=1") << 400;
        QTest::addRow("%s list: empty", how)
            << kLists << update << QByteArray("FriendlyName=") << 400;
        QTest::addRow("%s list: 64", how)
            << kLists << update << "FriendlyName=" + QByteArray(64, 'a') << (update ? 200 : 201);
        QTest::addRow("%s list: 65", how)
            << kLists << update << "FriendlyName=" + QByteArray(65, 'a') << 400;
        QTest::addRow("%s ACL: missing", how) << kAcls << update << QByteArray() << 400;
        QTest::addRow("%s ACL: 255", how)
            << kAcls << update << "FriendlyName=" + QByteArray(255, 'a') << (update ? 200 : 201);
        QTest::addRow("%s ACL: 256", how)
            << kAcls << update << "FriendlyName=" + QByteArray(256, 'a') << 400;
    }
}

void TestSandboxTwilioAuth::friendlyNames()
{
    QFETCH(QString, collection);
    QFETCH(bool, update);
    QFETCH(QByteArray, form);
    QFETCH(int, status);
    Sandbox sandbox(0);
    QString path = collection + u".json"_s;
    QJsonObject before;
    if (update) {
        const QString sid = sandbox.create(collection, "FriendlyName=Before");
        QVERIFY(!sid.isEmpty());
        path = collection + u'/' + sid + u".json"_s;
        before = sandbox.fetch(path);
    }
    const HttpResult result = sandbox.client->postForm(path, form);
    QCOMPARE(result.status, status);
    if (status >= 400) {
        checkError(result, 400, 20001,
            form.contains("FriendlyName=a") ? u"FriendlyName "_s
                                            : u"Missing required "
                                              u"parameter "
                                              u"FriendlyName"_s);
        if (update)
            QCOMPARE(sandbox.fetch(path), before); // unchanged
    }
}

void TestSandboxTwilioAuth::credentialLifecycle()
{
    Sandbox sandbox(0);
    const QString list = sandbox.credentialList();
    const QString credentials = kLists + u'/' + list + u"/Credentials"_s;
    const HttpResult created = sandbox.client->postForm(
        credentials + u".json"_s, "Username=jhalpert&Password=" + kPassword);
    QCOMPARE(created.status, 201);
    const QJsonObject credential = created.object();
    const QString sid = credential.value(u"sid"_s).toString();
    QVERIFY2(QRegularExpression(u"^CR[0-9a-f]{32}$"_s).match(sid).hasMatch(), qPrintable(sid));
    QCOMPARE(credential.value(u"username"_s).toString(), u"jhalpert"_s);
    QCOMPARE(credential.value(u"credential_list_sid"_s).toString(), list);
    QCOMPARE(credential.value(u"account_sid"_s).toString(), kTwilioAccountSid.toString());
    const QString path = credentials + u'/' + sid + u".json"_s;
    QCOMPARE(credential.value(u"uri"_s).toString(), path);
    QVERIFY(!credential.contains(u"password"_s));
    QCOMPARE(sandbox.fetch(path), credential);

    // Only the password changes; a Username sent along is ignored.
    const HttpResult updated =
        sandbox.client->postForm(path, "Password=Another9Password&Username=changed");
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.object().value(u"username"_s).toString(), u"jhalpert"_s);
    QCOMPARE(sandbox.client->postForm(path, QByteArray()).status, 200);
    checkError(sandbox.client->postForm(path, "Password=short"), 400, 20001, u"Password "_s);

    const QJsonArray page =
        sandbox.fetch(credentials + u".json"_s).value(u"credentials"_s).toArray();
    QCOMPARE(page.size(), 1);
    QCOMPARE(sandbox.client->del(path).status, 204);
    QCOMPARE(sandbox.client->get(path).status, 404);
    QVERIFY(sandbox.fetch(credentials + u".json"_s).value(u"credentials"_s).toArray().isEmpty());
}

void TestSandboxTwilioAuth::credentialValidation_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QString>("messageStart");
    const QByteArray password = "&Password=" + kPassword;
    QTest::newRow("no Username") << "Password=" + kPassword
                                 << u"Missing required parameter Username"_s;
    QTest::newRow("empty Username")
        << "Username=" + password << u"Missing required parameter Username"_s;
    QTest::newRow("Username 33") << "Username=" + QByteArray(33, 'u') + password << u"Username "_s;
    QTest::newRow("Username with a space") << "Username=a+b" + password << u"Username "_s;
    QTest::newRow("Username with @") << "Username=a%40b" + password << u"Username "_s;
    QTest::newRow("no Password") << QByteArray("Username=pam")
                                 << u"Missing required parameter Password"_s;
    QTest::newRow("Password 11") << QByteArray("Username=pam&Password=Abcdefghij1")
                                 << u"Password needs at least 12"_s;
    QTest::newRow("Password without a digit")
        << QByteArray("Username=pam&Password=Abcdefghijkl") << u"Password needs a digit"_s;
    QTest::newRow("Password without lower case")
        << QByteArray("Username=pam&Password=ABCDEFGHIJK1") << u"Password needs a lower"_s;
    QTest::newRow("Password without upper case")
        << QByteArray("Username=pam&Password=abcdefghijk1") << u"Password needs an upper"_s;
    QTest::newRow("empty Password") << QByteArray("Username=pam&Password=") << u"Password "_s;
}

void TestSandboxTwilioAuth::credentialValidation()
{
    QFETCH(QByteArray, form);
    QFETCH(QString, messageStart);
    Sandbox sandbox(0);
    const QString credentials = kLists + u'/' + sandbox.credentialList() + u"/Credentials.json"_s;
    const HttpResult result = sandbox.client->postForm(credentials, form);
    checkError(result, 400, 20001, messageStart);
    // The message never repeats the password that was refused.
    const QByteArray sent =
        QUrlQuery(QString::fromUtf8(form)).queryItemValue(u"Password"_s).toUtf8();
    if (sent.size() > 3)
        QVERIFY2(!result.body.contains(sent), result.body.constData());
    QVERIFY(sandbox.fetch(credentials).value(u"credentials"_s).toArray().isEmpty());
}

void TestSandboxTwilioAuth::passwordIsNeverAnswered()
{
    Sandbox sandbox(0);
    const QString list = sandbox.credentialList();
    const QString credentials = kLists + u'/' + list + u"/Credentials"_s;
    QList<HttpResult> answers;
    answers << sandbox.client->postForm(
        credentials + u".json"_s, "Username=pam&Password=" + kPassword);
    const QString path =
        credentials + u'/' + answers.constFirst().object().value(u"sid"_s).toString() + u".json"_s;
    answers << sandbox.client->get(path);
    answers << sandbox.client->get(credentials + u".json"_s);
    answers << sandbox.client->postForm(path, "Password=" + kPassword);
    // Errors, with the password in the form: a taken username, a bad username,
    // a password sent to a credential that does not exist.
    answers << sandbox.client->postForm(
        credentials + u".json"_s, "Username=pam&Password=" + kPassword);
    answers << sandbox.client->postForm(
        credentials + u".json"_s, "Username=p+m&Password=" + kPassword);
    answers << sandbox.client->postForm(
        credentials + u"/CR00000000000000000000000000000000.json"_s, "Password=" + kPassword);
    QCOMPARE(answers.at(0).status, 201);
    QCOMPARE(answers.at(4).status, 400);
    for (const HttpResult &answer : answers) {
        QVERIFY2(!answer.body.contains(kPassword), answer.body.constData());
        QVERIFY(!answer.body.toLower().contains("\"password\""));
    }
}

void TestSandboxTwilioAuth::passwordIsNeverLogged()
{
    Sandbox sandbox(0);
    const QString credentials = kLists + u'/' + sandbox.credentialList() + u"/Credentials.json"_s;
    QCOMPARE(
        sandbox.client->postForm(credentials, "Username=pam&Password=" + kPassword).status, 201);
    // A client that puts the password in the URL instead.
    sandbox.client->postForm(
        credentials + u"?Password="_s + QString::fromLatin1(kPassword), "Username=pam2");
    const QList<RequestLog::Entry> &entries = sandbox.server->requestLog().entries();
    QVERIFY(entries.size() >= 2);
    for (const RequestLog::Entry &entry : entries) {
        const QByteArray json = QJsonDocument(entry.toJson()).toJson();
        QVERIFY2(!json.contains(kPassword), json.constData());
    }
    QVERIFY(entries.constLast().query.contains(u"Password=[redacted]"_s)
        || entries.constLast().query.contains(u"Password=%5Bredacted%5D"_s));
}

void TestSandboxTwilioAuth::usernamesAreUniqueInAList()
{
    Sandbox sandbox(0);
    const QString one = kLists + u'/' + sandbox.credentialList() + u"/Credentials.json"_s;
    const QString two = kLists + u'/' + sandbox.credentialList() + u"/Credentials.json"_s;
    const QByteArray form = "Username=pam&Password=" + kPassword;
    const HttpResult first = sandbox.client->postForm(one, form);
    QCOMPARE(first.status, 201);
    checkError(sandbox.client->postForm(one, form), 400, 20001, u"Username 'pam' is already"_s);
    QCOMPARE(sandbox.client->postForm(two, form).status, 201); // another list
    QCOMPARE(sandbox.client->postForm(one, "Username=Pam&Password=" + kPassword).status, 201);
    const QString path =
        one.chopped(5) + u'/' + first.object().value(u"sid"_s).toString() + u".json"_s;
    QCOMPARE(sandbox.client->del(path).status, 204);
    QCOMPARE(sandbox.client->postForm(one, form).status, 201); // free again
}

void TestSandboxTwilioAuth::ipAccessControlListLifecycle()
{
    Sandbox sandbox(0);
    const HttpResult created = sandbox.client->postForm(kAcls + u".json"_s, "FriendlyName=HQ+PBX");
    QCOMPARE(created.status, 201);
    const QJsonObject acl = created.object();
    const QString sid = acl.value(u"sid"_s).toString();
    QVERIFY2(QRegularExpression(u"^AL[0-9a-f]{32}$"_s).match(sid).hasMatch(), qPrintable(sid));
    const QString path = kAcls + u'/' + sid + u".json"_s;
    QCOMPARE(acl.value(u"uri"_s).toString(), path);
    const QString addresses =
        acl.value(u"subresource_uris"_s).toObject().value(u"ip_addresses"_s).toString();
    QCOMPARE(addresses, kAcls + u'/' + sid + u"/IpAddresses.json"_s);
    QCOMPARE(sandbox.client->get(addresses).status, 200);
    QCOMPARE(sandbox.fetch(path), acl);
    QCOMPARE(
        sandbox.client->postForm(path, "FriendlyName=Renamed").object().value(u"friendly_name"_s),
        QJsonValue(u"Renamed"_s));
    QCOMPARE(sandbox.client->del(path).status, 204);
    QCOMPARE(sandbox.client->get(path).status, 404);
    QCOMPARE(sandbox.client->get(addresses).status, 404);
}

void TestSandboxTwilioAuth::ipAddressLifecycle()
{
    Sandbox sandbox(0);
    const QString addresses = kAcls + u'/' + sandbox.acl() + u"/IpAddresses"_s;
    const HttpResult whole = sandbox.client->postForm(
        addresses + u".json"_s, "FriendlyName=Gateway&IpAddress=192.0.2.10");
    QCOMPARE(whole.status, 201);
    QCOMPARE(whole.object().value(u"cidr_prefix_length"_s), QJsonValue(32)); // never null
    QVERIFY(QRegularExpression(u"^IP[0-9a-f]{32}$"_s)
                .match(whole.object().value(u"sid"_s).toString())
                .hasMatch());
    const HttpResult range = sandbox.client->postForm(
        addresses + u".json"_s, "FriendlyName=Office&IpAddress=198.51.100.0&CidrPrefixLength=24");
    QCOMPARE(range.status, 201);
    QCOMPARE(range.object().value(u"cidr_prefix_length"_s), QJsonValue(24));
    QCOMPARE(range.object().value(u"ip_address"_s).toString(), u"198.51.100.0"_s);

    const QString path = range.object().value(u"uri"_s).toString();
    QCOMPARE(sandbox.fetch(path), range.object());
    QJsonObject changed = sandbox.client->postForm(path, "CidrPrefixLength=28").object();
    QCOMPARE(changed.value(u"cidr_prefix_length"_s), QJsonValue(28));
    QCOMPARE(changed.value(u"friendly_name"_s).toString(), u"Office"_s);
    changed = sandbox.client->postForm(path, "IpAddress=203.0.113.16").object();
    QCOMPARE(changed.value(u"ip_address"_s).toString(), u"203.0.113.16"_s);
    QCOMPARE(changed.value(u"cidr_prefix_length"_s), QJsonValue(28));
    changed = sandbox.client->postForm(path, "FriendlyName=Branch").object();
    QCOMPARE(changed.value(u"friendly_name"_s).toString(), u"Branch"_s);
    // A refused update changes nothing, not even the fields that were fine.
    checkError(sandbox.client->postForm(path, "FriendlyName=Kept&IpAddress=300.1.1.1"), 400, 20001,
        u"IpAddress "_s);
    QCOMPARE(sandbox.fetch(path), changed);

    const QJsonArray page =
        sandbox.fetch(addresses + u".json"_s).value(u"ip_addresses"_s).toArray();
    QCOMPARE(page.size(), 2);
    QCOMPARE(sandbox.client->del(path).status, 204);
    QCOMPARE(sandbox.client->get(path).status, 404);
}

void TestSandboxTwilioAuth::ipAddressValidation_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QString>("messageStart");
    const QByteArray name = "FriendlyName=x&";
    QTest::newRow("no FriendlyName")
        << QByteArray("IpAddress=192.0.2.1") << u"Missing required parameter FriendlyName"_s;
    QTest::newRow("FriendlyName 256")
        << "FriendlyName=" + QByteArray(256, 'a') + "&IpAddress=192.0.2.1" << u"FriendlyName "_s;
    QTest::newRow("no IpAddress") << QByteArray("FriendlyName=x")
                                  << u"Missing required parameter IpAddress"_s;
    QTest::newRow("octet 256") << name + "IpAddress=192.0.2.256" << u"IpAddress "_s;
    QTest::newRow("three octets") << name + "IpAddress=192.0.2" << u"IpAddress "_s;
    QTest::newRow("leading zero") << name + "IpAddress=192.0.2.01" << u"IpAddress "_s;
    QTest::newRow("IPv6") << name + "IpAddress=2001%3Adb8%3A%3A1" << u"IpAddress "_s;
    QTest::newRow("with prefix") << name + "IpAddress=192.0.2.0%2F24" << u"IpAddress "_s;
    QTest::newRow("host name") << name + "IpAddress=example.com" << u"IpAddress "_s;
    QTest::newRow("CIDR 0") << name + "IpAddress=192.0.2.1&CidrPrefixLength=0"
                            << u"CidrPrefixLength "_s;
    QTest::newRow("CIDR 33") << name + "IpAddress=192.0.2.1&CidrPrefixLength=33"
                             << u"CidrPrefixLength "_s;
    QTest::newRow("CIDR -1") << name + "IpAddress=192.0.2.1&CidrPrefixLength=-1"
                             << u"CidrPrefixLength "_s;
    QTest::newRow("CIDR word") << name + "IpAddress=192.0.2.1&CidrPrefixLength=abc"
                               << u"CidrPrefixLength "_s;
    QTest::newRow("CIDR empty") << name + "IpAddress=192.0.2.1&CidrPrefixLength="
                                << u"CidrPrefixLength "_s;
}

void TestSandboxTwilioAuth::ipAddressValidation()
{
    QFETCH(QByteArray, form);
    QFETCH(QString, messageStart);
    Sandbox sandbox(0);
    const QString addresses = kAcls + u'/' + sandbox.acl() + u"/IpAddresses.json"_s;
    checkError(sandbox.client->postForm(addresses, form), 400, 20001, messageStart);
    QVERIFY(sandbox.fetch(addresses).value(u"ip_addresses"_s).toArray().isEmpty());
}

void TestSandboxTwilioAuth::notFound_data()
{
    QTest::addColumn<QString>("pathTemplate"); // %CL %CR %AL %IP %SD: real sids of this account
    QTest::addColumn<QByteArray>("method");
    const QString hex = u"0123456789abcdef0123456789abcdef"_s;
    const QStringList templates = {
        u"CredentialLists/CL%1.json"_s,
        u"CredentialLists/CL%1/Credentials.json"_s,
        u"CredentialLists/%CL/Credentials/CR%1.json"_s,
        u"IpAccessControlLists/AL%1.json"_s,
        u"IpAccessControlLists/AL%1/IpAddresses.json"_s,
        u"IpAccessControlLists/%AL/IpAddresses/IP%1.json"_s,
        u"Domains/SD%1/Auth/Calls/CredentialListMappings.json"_s,
        u"Domains/%SD/Auth/Calls/CredentialListMappings/%CL.json"_s,
        u"Domains/%SD/Auth/Calls/IpAccessControlListMappings/%AL.json"_s,
        u"Domains/%SD/Auth/Registrations/CredentialListMappings/%CL.json"_s,
        u"Domains/%SD/CredentialListMappings/%CL.json"_s,
        u"Domains/%SD/IpAccessControlListMappings/%AL.json"_s,
        u"Domains/SD%1/IpAccessControlListMappings.json"_s,
    };
    for (const QString &path : templates) {
        // unknown: well-formed sids that name nothing (or nothing mapped)
        const QString filled = path.contains(u"%1"_s) ? path.arg(hex) : path;
        QTest::addRow("unknown GET %s", qPrintable(path)) << filled << QByteArray("GET");
        const bool collection = path.endsWith(u"Mappings.json"_s)
            || path.endsWith(u"Credentials.json"_s) || path.endsWith(u"IpAddresses.json"_s);
        if (!collection)
            QTest::addRow("unknown DELETE %s", qPrintable(path)) << filled << QByteArray("DELETE");
    }
    // malformed sids never match a route
    for (const QString &bad : { u"CL123"_s, u"XX%1"_s.arg(hex),
             u"CL%1"_s.arg(hex).replace(u'a', u'z'), u"CL%1f"_s.arg(hex) }) {
        QTest::addRow("malformed %s", qPrintable(bad))
            << u"CredentialLists/"_s + bad + u".json"_s << QByteArray("GET");
    }
    QTest::newRow("malformed credential")
        << u"CredentialLists/%CL/Credentials/CR12.json"_s << QByteArray("GET");
    QTest::newRow("malformed address")
        << u"IpAccessControlLists/%AL/IpAddresses/CR%1.json"_s.arg(hex) << QByteArray("GET");
    QTest::newRow("malformed domain")
        << u"Domains/SDxyz/Auth/Calls/CredentialListMappings.json"_s << QByteArray("GET");
    QTest::newRow("AL in a credential list mapping")
        << u"Domains/%SD/Auth/Calls/CredentialListMappings/%AL.json"_s << QByteArray("GET");
    QTest::newRow("IP ACL mappings for registrations")
        << u"Domains/%SD/Auth/Registrations/IpAccessControlListMappings.json"_s
        << QByteArray("GET");
    QTest::newRow("IP ACL mappings for registrations POST")
        << u"Domains/%SD/Auth/Registrations/IpAccessControlListMappings.json"_s
        << QByteArray("POST");
    QTest::newRow("Auth.json") << u"Domains/%SD/Auth.json"_s << QByteArray("GET");
    QTest::newRow("Auth/Calls.json") << u"Domains/%SD/Auth/Calls.json"_s << QByteArray("GET");
    // the other account's records
    QTest::newRow("other account's list") << u"CredentialLists/%OCL.json"_s << QByteArray("GET");
    QTest::newRow("other account's list DELETE")
        << u"CredentialLists/%OCL.json"_s << QByteArray("DELETE");
    QTest::newRow("other account's credentials")
        << u"CredentialLists/%OCL/Credentials.json"_s << QByteArray("GET");
    QTest::newRow("other account's ACL")
        << u"IpAccessControlLists/%OAL.json"_s << QByteArray("GET");
    QTest::newRow("other account's domain mappings")
        << u"Domains/%OSD/Auth/Calls/CredentialListMappings.json"_s << QByteArray("GET");
    QTest::newRow("other account's domain, older path")
        << u"Domains/%OSD/CredentialListMappings.json"_s << QByteArray("GET");
}

void TestSandboxTwilioAuth::notFound()
{
    QFETCH(QString, pathTemplate);
    QFETCH(QByteArray, method);
    Sandbox sandbox(2);
    auto firstSid = [](SandboxTestClient &client, const QString &path, const QString &key) {
        return QJsonDocument::fromJson(client.get(path).body)
            .object()
            .value(key)
            .toArray()
            .at(0)
            .toObject()
            .value(u"sid"_s)
            .toString();
    };
    const auto other = sandbox.otherClient();
    QString path = pathTemplate;
    path.replace(
        u"%OCL"_s, firstSid(*other, kOtherSip + u"CredentialLists.json"_s, u"credential_lists"_s));
    path.replace(u"%OAL"_s,
        firstSid(*other, kOtherSip + u"IpAccessControlLists.json"_s, u"ip_access_control_lists"_s));
    path.replace(u"%OSD"_s, firstSid(*other, kOtherSip + u"Domains.json"_s, u"domains"_s));
    // A fresh domain with nothing mapped, and lists mapped nowhere.
    path.replace(u"%SD"_s, sandbox.domain("nothing-mapped"));
    path.replace(u"%CL"_s, sandbox.credentialList());
    path.replace(u"%AL"_s, sandbox.acl());
    QVERIFY2(!path.contains(u'%'), qPrintable(path));
    const HttpResult result = sandbox.client->send(method, kSip + path, QByteArray(),
        method == "POST" ? QByteArray("application/x-www-form-urlencoded") : QByteArray());
    checkError(result, 404, 20404, u"The requested resource"_s);
}

void TestSandboxTwilioAuth::methodNotAllowed_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("method");
    QTest::newRow("PUT lists") << u"CredentialLists.json"_s << QByteArray("PUT");
    QTest::newRow("DELETE lists") << u"CredentialLists.json"_s << QByteArray("DELETE");
    QTest::newRow("PATCH list") << u"CredentialLists/%CL.json"_s << QByteArray("PATCH");
    QTest::newRow("DELETE credentials")
        << u"CredentialLists/%CL/Credentials.json"_s << QByteArray("DELETE");
    QTest::newRow("PUT ACLs") << u"IpAccessControlLists.json"_s << QByteArray("PUT");
    QTest::newRow("DELETE addresses")
        << u"IpAccessControlLists/%AL/IpAddresses.json"_s << QByteArray("DELETE");
    for (const QString &tail :
        { kCallsCredentials, kCallsAcls, kRegistrations, kOlderCredentials, kOlderAcls }) {
        const QString member = tail.contains(u"IpAccess"_s) ? u"%AL"_s : u"%CL"_s;
        QTest::addRow("DELETE %s", qPrintable(tail))
            << u"Domains/%SD/"_s + tail + u".json"_s << QByteArray("DELETE");
        QTest::addRow("POST %s member", qPrintable(tail))
            << u"Domains/%SD/"_s + tail + u'/' + member + u".json"_s << QByteArray("POST");
    }
}

void TestSandboxTwilioAuth::methodNotAllowed()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, method);
    Sandbox sandbox(0);
    path.replace(u"%SD"_s, sandbox.domain("methods"));
    path.replace(u"%CL"_s, sandbox.credentialList());
    path.replace(u"%AL"_s, sandbox.acl());
    checkError(sandbox.client->send(method, kSip + path), 405, 20004, u"Method "_s);
}

void TestSandboxTwilioAuth::mappingLifecycle_data()
{
    QTest::addColumn<QString>("tail");
    QTest::addColumn<QString>("parameter");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("older");
    QTest::newRow("calls credential lists")
        << kCallsCredentials << u"CredentialListSid"_s << u"contents"_s << false;
    QTest::newRow("calls IP ACLs")
        << kCallsAcls << u"IpAccessControlListSid"_s << u"contents"_s << false;
    QTest::newRow("registrations")
        << kRegistrations << u"CredentialListSid"_s << u"contents"_s << false;
    QTest::newRow("older credential lists")
        << kOlderCredentials << u"CredentialListSid"_s << u"credential_list_mappings"_s << true;
    QTest::newRow("older IP ACLs") << kOlderAcls << u"IpAccessControlListSid"_s
                                   << u"ip_access_control_list_mappings"_s << true;
}

void TestSandboxTwilioAuth::mappingLifecycle()
{
    QFETCH(QString, tail);
    QFETCH(QString, parameter);
    QFETCH(QString, key);
    QFETCH(bool, older);
    Sandbox sandbox(0);
    const QString domain = sandbox.domain("mapped");
    const bool acl = parameter.startsWith(u"Ip"_s);
    const QString list = acl ? sandbox.acl("Carrier SBCs") : sandbox.credentialList("Desk phones");
    const QString collection = mappings(domain, tail);
    QVERIFY(sandbox.fetch(collection + u".json"_s).value(key).toArray().isEmpty());

    const HttpResult created =
        sandbox.client->postForm(collection + u".json"_s, parameter.toUtf8() + '=' + list.toUtf8());
    QCOMPARE(created.status, 201);
    const QJsonObject mapping = created.object();
    QCOMPARE(mapping.value(u"sid"_s).toString(), list);
    QCOMPARE(
        mapping.value(u"friendly_name"_s).toString(), acl ? u"Carrier SBCs"_s : u"Desk phones"_s);
    QCOMPARE(mapping.value(u"account_sid"_s).toString(), kTwilioAccountSid.toString());
    QVERIFY(!mapping.value(u"date_created"_s).toString().isEmpty());
    const QString path = collection + u'/' + list + u".json"_s;
    if (older) {
        QCOMPARE(mapping.value(u"domain_sid"_s).toString(), domain);
        QCOMPARE(mapping.value(u"uri"_s).toString(), path);
    } else {
        QVERIFY(!mapping.contains(u"domain_sid"_s));
        QVERIFY(!mapping.contains(u"uri"_s));
    }
    QCOMPARE(sandbox.fetch(path), mapping);
    const QJsonObject page = sandbox.fetch(collection + u".json"_s);
    QCOMPARE(page.value(key).toArray(), QJsonArray { mapping });
    QCOMPARE(page.value(u"uri"_s).toString(), collection + u".json?PageSize=50&Page=0"_s);

    // A renamed list shows its new name in the mapping.
    const QString listPath = (acl ? kAcls : kLists) + u'/' + list + u".json"_s;
    QCOMPARE(sandbox.client->postForm(listPath, "FriendlyName=Renamed").status, 200);
    QCOMPARE(sandbox.fetch(path).value(u"friendly_name"_s).toString(), u"Renamed"_s);

    QCOMPARE(sandbox.client->del(path).status, 204);
    checkError(sandbox.client->get(path), 404, 20404, QString());
    checkError(sandbox.client->del(path), 404, 20404, QString());
    QVERIFY(sandbox.fetch(collection + u".json"_s).value(key).toArray().isEmpty());
    QCOMPARE(sandbox.client->get(listPath).status, 200); // the list itself stays
}

void TestSandboxTwilioAuth::mappingRefusals_data()
{
    QTest::addColumn<QString>("tail");
    QTest::addColumn<QString>("form"); // %CL %AL: lists of this account, %OCL of the other
    QTest::addColumn<QString>("messageStart");
    const QString missing = u"CL00000000000000000000000000000000"_s;
    QTest::newRow("already mapped") << kCallsCredentials << u"CredentialListSid=%CL"_s
                                    << u"CredentialListSid %CL is already mapped"_s;
    QTest::newRow("already mapped, older path") << kOlderCredentials << u"CredentialListSid=%CL"_s
                                                << u"CredentialListSid %CL is already mapped"_s;
    QTest::newRow("no such list") << kCallsCredentials << u"CredentialListSid="_s + missing
                                  << u"CredentialListSid "_s + missing + u" is not a"_s;
    QTest::newRow("other account's list")
        << kRegistrations << u"CredentialListSid=%OCL"_s << u"CredentialListSid %OCL is not a"_s;
    QTest::newRow("no such ACL") << kCallsAcls
                                 << u"IpAccessControlListSid=AL00000000000000000000000000000000"_s
                                 << u"IpAccessControlListSid AL0000"_s;
    QTest::newRow("ACL as credential list") << kCallsCredentials << u"CredentialListSid=%AL"_s
                                            << u"CredentialListSid must start with CL"_s;
    QTest::newRow("malformed") << kCallsAcls << u"IpAccessControlListSid=AL123"_s
                               << u"IpAccessControlListSid must be AL"_s;
    QTest::newRow("missing") << kRegistrations << QString()
                             << u"Missing required parameter CredentialListSid"_s;
    QTest::newRow("wrong parameter") << kCallsAcls << u"CredentialListSid=%CL"_s
                                     << u"Missing required parameter IpAccessControlListSid"_s;
}

void TestSandboxTwilioAuth::mappingRefusals()
{
    QFETCH(QString, tail);
    QFETCH(QString, form);
    QFETCH(QString, messageStart);
    Sandbox sandbox(0);
    const QString domain = sandbox.domain("refusals");
    const QString cl = sandbox.credentialList();
    const QString al = sandbox.acl();
    const auto other = sandbox.otherClient();
    const QString ocl =
        QJsonDocument::fromJson(other->get(kOtherSip + u"CredentialLists.json"_s).body)
            .object()
            .value(u"credential_lists"_s)
            .toArray()
            .at(0)
            .toObject()
            .value(u"sid"_s)
            .toString();
    QVERIFY(!ocl.isEmpty());
    auto fill = [&](QString text) {
        return text.replace(u"%OCL"_s, ocl).replace(u"%CL"_s, cl).replace(u"%AL"_s, al);
    };
    // Something mapped already, for the duplicate rows.
    QCOMPARE(sandbox.client
                 ->postForm(mappings(domain, kCallsCredentials) + u".json"_s,
                     "CredentialListSid=" + cl.toUtf8())
                 .status,
        201);
    const QString collection = mappings(domain, tail) + u".json"_s;
    const QJsonObject before = sandbox.fetch(collection);
    checkError(
        sandbox.client->postForm(collection, fill(form).toUtf8()), 400, 20001, fill(messageStart));
    QCOMPARE(sandbox.fetch(collection), before);
    QCOMPARE(sandbox.authType(domain), QJsonValue(u"CREDENTIAL_LIST"_s));
}

void TestSandboxTwilioAuth::authTypeIsDerivedFromCallsMappings()
{
    Sandbox sandbox(0);
    const QString domain = sandbox.domain("derived");
    const QString cl = sandbox.credentialList();
    const QString al = sandbox.acl();
    QCOMPARE(sandbox.authType(domain), QJsonValue(QJsonValue::Null));

    // Registrations do not count.
    QCOMPARE(sandbox.client
                 ->postForm(mappings(domain, kRegistrations) + u".json"_s,
                     "CredentialListSid=" + cl.toUtf8())
                 .status,
        201);
    QCOMPARE(sandbox.authType(domain), QJsonValue(QJsonValue::Null));

    QCOMPARE(sandbox.client
                 ->postForm(mappings(domain, kCallsAcls) + u".json"_s,
                     "IpAccessControlListSid=" + al.toUtf8())
                 .status,
        201);
    QCOMPARE(sandbox.authType(domain), QJsonValue(u"IP_ACL"_s));
    QCOMPARE(sandbox.client
                 ->postForm(mappings(domain, kCallsCredentials) + u".json"_s,
                     "CredentialListSid=" + cl.toUtf8())
                 .status,
        201);
    QCOMPARE(sandbox.authType(domain), QJsonValue(u"IP_ACL,CREDENTIAL_LIST"_s));
    // The list page and the record accessor say the same.
    const QJsonArray page =
        sandbox.fetch(kDomains + u".json?PageSize=1000"_s).value(u"domains"_s).toArray();
    QCOMPARE(page.last().toObject().value(u"auth_type"_s), QJsonValue(u"IP_ACL,CREDENTIAL_LIST"_s));
    QCOMPARE(sandbox.server->twilio().domain(kTwilioAccountSid.toString(), domain)->authType,
        u"IP_ACL,CREDENTIAL_LIST"_s);

    QCOMPARE(
        sandbox.client->del(mappings(domain, kCallsAcls) + u'/' + al + u".json"_s).status, 204);
    QCOMPARE(sandbox.authType(domain), QJsonValue(u"CREDENTIAL_LIST"_s));
    QCOMPARE(
        sandbox.client->del(mappings(domain, kCallsCredentials) + u'/' + cl + u".json"_s).status,
        204);
    QCOMPARE(sandbox.authType(domain), QJsonValue(QJsonValue::Null));
    // The registrations mapping is still there.
    QCOMPARE(
        sandbox.client->get(mappings(domain, kRegistrations) + u'/' + cl + u".json"_s).status, 200);
}

void TestSandboxTwilioAuth::olderMappingsAreTheCallsMappings()
{
    Sandbox sandbox(0);
    const QString domain = sandbox.domain("older");
    const QString cl = sandbox.credentialList();
    const QString al = sandbox.acl();
    const QJsonObject record = sandbox.fetch(kDomains + u'/' + domain + u".json"_s);
    const QJsonObject uris = record.value(u"subresource_uris"_s).toObject();
    const QString olderCredentials = uris.value(u"credential_list_mappings"_s).toString();
    const QString olderAcls = uris.value(u"ip_access_control_list_mappings"_s).toString();
    QCOMPARE(olderCredentials, mappings(domain, kOlderCredentials) + u".json"_s);
    QCOMPARE(sandbox.client->get(olderCredentials).status, 200); // the URIs resolve
    QCOMPARE(sandbox.client->get(olderAcls).status, 200);

    // Mapped through the older path: seen through Auth/Calls, and in auth_type.
    QCOMPARE(
        sandbox.client->postForm(olderAcls, "IpAccessControlListSid=" + al.toUtf8()).status, 201);
    QCOMPARE(sandbox.fetch(mappings(domain, kCallsAcls) + u".json"_s)
                 .value(u"contents"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"sid"_s)
                 .toString(),
        al);
    QCOMPARE(sandbox.authType(domain), QJsonValue(u"IP_ACL"_s));
    // Mapped through Auth/Calls: seen through the older path with domain_sid and uri.
    QCOMPARE(sandbox.client
                 ->postForm(mappings(domain, kCallsCredentials) + u".json"_s,
                     "CredentialListSid=" + cl.toUtf8())
                 .status,
        201);
    const QJsonObject older = sandbox.fetch(olderCredentials)
                                  .value(u"credential_list_mappings"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject();
    QCOMPARE(older.value(u"sid"_s).toString(), cl);
    QCOMPARE(older.value(u"domain_sid"_s).toString(), domain);
    QCOMPARE(sandbox.client->get(older.value(u"uri"_s).toString()).object(), older);
    // Deleted through one path, gone from the other.
    QCOMPARE(sandbox.client->del(older.value(u"uri"_s).toString()).status, 204);
    QCOMPARE(
        sandbox.client->get(mappings(domain, kCallsCredentials) + u'/' + cl + u".json"_s).status,
        404);
    QCOMPARE(sandbox.authType(domain), QJsonValue(u"IP_ACL"_s));
}

void TestSandboxTwilioAuth::deletingADomainDropsItsMappings()
{
    Sandbox sandbox(0);
    const QString domain = sandbox.domain("doomed");
    const QString keep = sandbox.domain("kept");
    const QString cl = sandbox.credentialList();
    for (const QString &sd : { domain, keep }) {
        for (const QString &tail : { kCallsCredentials, kRegistrations })
            QCOMPARE(
                sandbox.client
                    ->postForm(mappings(sd, tail) + u".json"_s, "CredentialListSid=" + cl.toUtf8())
                    .status,
                201);
    }
    QCOMPARE(sandbox.client->del(kDomains + u'/' + domain + u".json"_s).status, 204);
    const TwilioSipAuthStore::Account *auth =
        sandbox.server->twilioAuth().findAccount(kTwilioAccountSid.toString());
    QVERIFY(auth);
    QCOMPARE(auth->authType(domain), QString());
    for (const auto &set : auth->mappings(domain).byKind)
        QCOMPARE(set.size(), 0);
    QCOMPARE(sandbox.client->get(mappings(domain, kCallsCredentials) + u".json"_s).status, 404);
    // The other domain keeps its mappings, and the list can still be deleted cleanly.
    QCOMPARE(sandbox.authType(keep), QJsonValue(u"CREDENTIAL_LIST"_s));
    QCOMPARE(sandbox.client->del(kLists + u'/' + cl + u".json"_s).status, 204);
    QCOMPARE(sandbox.authType(keep), QJsonValue(QJsonValue::Null));
}

void TestSandboxTwilioAuth::deletingAListDropsItsMappings()
{
    Sandbox sandbox(0);
    const QString one = sandbox.domain("one");
    const QString two = sandbox.domain("two");
    const QString cl = sandbox.credentialList();
    const QString otherCl = sandbox.credentialList("Other");
    const QString al = sandbox.acl();
    for (const QString &sd : { one, two }) {
        QCOMPARE(sandbox.client
                     ->postForm(mappings(sd, kCallsCredentials) + u".json"_s,
                         "CredentialListSid=" + cl.toUtf8())
                     .status,
            201);
        QCOMPARE(sandbox.client
                     ->postForm(mappings(sd, kRegistrations) + u".json"_s,
                         "CredentialListSid=" + cl.toUtf8())
                     .status,
            201);
    }
    QCOMPARE(sandbox.client
                 ->postForm(mappings(one, kCallsAcls) + u".json"_s,
                     "IpAccessControlListSid=" + al.toUtf8())
                 .status,
        201);
    QCOMPARE(sandbox.client
                 ->postForm(mappings(two, kRegistrations) + u".json"_s,
                     "CredentialListSid=" + otherCl.toUtf8())
                 .status,
        201);
    QCOMPARE(sandbox.authType(one), QJsonValue(u"IP_ACL,CREDENTIAL_LIST"_s));

    QCOMPARE(sandbox.client->del(kLists + u'/' + cl + u".json"_s).status, 204);
    QCOMPARE(sandbox.authType(one), QJsonValue(u"IP_ACL"_s));
    QCOMPARE(sandbox.authType(two), QJsonValue(QJsonValue::Null));
    for (const QString &sd : { one, two }) {
        QCOMPARE(
            sandbox.client->get(mappings(sd, kCallsCredentials) + u'/' + cl + u".json"_s).status,
            404);
        QCOMPARE(
            sandbox.client->get(mappings(sd, kRegistrations) + u'/' + cl + u".json"_s).status, 404);
    }
    const QJsonArray left =
        sandbox.fetch(mappings(two, kRegistrations) + u".json"_s).value(u"contents"_s).toArray();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).toObject().value(u"sid"_s).toString(), otherCl);

    QCOMPARE(sandbox.client->del(kAcls + u'/' + al + u".json"_s).status, 204);
    QCOMPARE(sandbox.authType(one), QJsonValue(QJsonValue::Null));
}

void TestSandboxTwilioAuth::paging_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("credential lists") << u"credential_lists"_s;
    QTest::newRow("credentials") << u"credentials"_s;
    QTest::newRow("IP ACLs") << u"ip_access_control_lists"_s;
    QTest::newRow("IP addresses") << u"ip_addresses"_s;
    QTest::newRow("calls mappings") << u"contents"_s;
    QTest::newRow("older mappings") << u"credential_list_mappings"_s;
}

void TestSandboxTwilioAuth::paging()
{
    QFETCH(QString, kind);
    Sandbox sandbox(0);
    constexpr int kPageSize = 4;
    QString collection;
    if (kind == u"credential_lists"_s) {
        collection = kLists;
        for (int i = 0; i < 11; ++i)
            QVERIFY(!sandbox.credentialList().isEmpty());
    } else if (kind == u"ip_access_control_lists"_s) {
        collection = kAcls;
        for (int i = 0; i < 11; ++i)
            QVERIFY(!sandbox.acl().isEmpty());
    } else if (kind == u"credentials"_s) {
        collection = kLists + u'/' + sandbox.credentialList() + u"/Credentials"_s;
        for (int i = 0; i < 13; ++i)
            QVERIFY(!sandbox
                         .create(collection,
                             "Username=user" + QByteArray::number(i) + "&Password=" + kPassword)
                         .isEmpty());
    } else if (kind == u"ip_addresses"_s) {
        collection = kAcls + u'/' + sandbox.acl() + u"/IpAddresses"_s;
        for (int i = 0; i < 13; ++i)
            QVERIFY(!sandbox
                         .create(collection,
                             "FriendlyName=a&IpAddress=192.0.2." + QByteArray::number(i + 1))
                         .isEmpty());
    } else {
        const QString domain = sandbox.domain("paged");
        collection =
            mappings(domain, kind == u"contents"_s ? kCallsCredentials : kOlderCredentials);
        for (int i = 0; i < 13; ++i)
            QVERIFY(
                !sandbox
                     .create(collection, "CredentialListSid=" + sandbox.credentialList().toUtf8())
                     .isEmpty());
    }
    const int total =
        sandbox.fetch(collection + u".json?PageSize=1000"_s).value(kind).toArray().size();
    QVERIFY(total > kPageSize * 2);

    const QList<QJsonObject> pages =
        allPages(*sandbox.client, collection + u".json?PageSize=%1"_s.arg(kPageSize), 100);
    QCOMPARE(pages.size(), (total + kPageSize - 1) / kPageSize);
    QStringList sids;
    for (int p = 0; p < pages.size(); ++p) {
        const QJsonObject &page = pages.at(p);
        QCOMPARE(page.value(u"page"_s).toInt(), p);
        QCOMPARE(page.value(u"page_size"_s).toInt(), kPageSize);
        QCOMPARE(page.value(u"start"_s).toInt(), p * kPageSize);
        const QJsonArray items = page.value(kind).toArray();
        QCOMPARE(page.value(u"end"_s).toInt(), p * kPageSize + items.size() - 1);
        QCOMPARE(page.value(u"first_page_uri"_s).toString(),
            collection + u".json?PageSize=%1&Page=0"_s.arg(kPageSize));
        QVERIFY(page.value(u"uri"_s).toString().startsWith(
            collection + u".json?PageSize=%1&Page=%2"_s.arg(kPageSize).arg(p)));
        QCOMPARE(page.value(u"next_page_uri"_s).isNull(), p == pages.size() - 1);
        QCOMPARE(page.value(u"previous_page_uri"_s).isNull(), p == 0);
        for (const QJsonValue &item : items)
            sids << item.toObject().value(u"sid"_s).toString();
    }
    QCOMPARE(sids.size(), total);
    QCOMPARE(QSet<QString>(sids.begin(), sids.end()).size(), total);
    // previous_page_uri of the second page gives the first page's rows again.
    const QJsonObject back = sandbox.fetch(pages.at(1).value(u"previous_page_uri"_s).toString());
    QCOMPARE(back.value(kind), pages.at(0).value(kind));
    // Page without a token counts whole pages.
    QCOMPARE(sandbox.fetch(collection + u".json?PageSize=%1&Page=1"_s.arg(kPageSize)).value(kind),
        pages.at(1).value(kind));
}

void TestSandboxTwilioAuth::pagingErrors()
{
    Sandbox sandbox(0);
    const QString domain = sandbox.domain("errors");
    for (const QString &collection : { kLists, kAcls, mappings(domain, kCallsAcls) }) {
        checkError(
            sandbox.client->get(collection + u".json?PageSize=0"_s), 400, 20007, u"PageSize"_s);
        checkError(
            sandbox.client->get(collection + u".json?PageSize=1001"_s), 400, 20007, u"PageSize"_s);
        checkError(sandbox.client->get(collection + u".json?PageToken=XX1"_s), 400, 21481,
            u"Invalid PageToken"_s);
        checkError(sandbox.client->get(collection + u".json?Page=-1"_s), 400, 20001, u"Page"_s);
        QCOMPARE(sandbox.client->get(collection + u".json?PageSize=1000"_s).status, 200);
    }
}

void TestSandboxTwilioAuth::accountLimits()
{
    Sandbox sandbox(0);
    const int demo = sandbox.fetch(kLists + u".json?PageSize=1000"_s)
                         .value(u"credential_lists"_s)
                         .toArray()
                         .size();
    for (int i = demo; i < TwilioSipAuthStore::kMaxCredentialLists; ++i)
        QVERIFY(!sandbox.credentialList().isEmpty());
    checkError(sandbox.client->postForm(kLists + u".json"_s, "FriendlyName=One+too+many"), 400,
        20001, u"Limit reached: an account may have at most 100 credential lists"_s);

    const QString addresses = kAcls + u'/' + sandbox.acl() + u"/IpAddresses"_s;
    for (int i = 0; i < TwilioSipAuthStore::kMaxIpAddressesPerList; ++i)
        QVERIFY(
            !sandbox
                 .create(addresses, "FriendlyName=a&IpAddress=198.51.100." + QByteArray::number(i))
                 .isEmpty());
    checkError(
        sandbox.client->postForm(addresses + u".json"_s, "FriendlyName=a&IpAddress=192.0.2.1"), 400,
        20001, u"Limit reached: an IP access control list may have at most 100"_s);
}

void TestSandboxTwilioAuth::fixtureKeysMatch_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("what");
    QTest::newRow("credential list") << u"twilio_credential_list.json"_s << u"list"_s;
    QTest::newRow("credential") << u"twilio_credential.json"_s << u"credential"_s;
    QTest::newRow("IP ACL") << u"twilio_ip_access_control_list.json"_s << u"acl"_s;
    QTest::newRow("IP address") << u"twilio_ip_address.json"_s << u"address"_s;
    QTest::newRow("calls mapping")
        << u"twilio_auth_calls_credential_list_mapping.json"_s << u"calls"_s;
    QTest::newRow("registrations mapping")
        << u"twilio_auth_calls_credential_list_mapping.json"_s << u"registrations"_s;
    QTest::newRow("calls IP ACL mapping")
        << u"twilio_auth_calls_credential_list_mapping.json"_s << u"callsAcl"_s;
    QTest::newRow("older mapping") << u"twilio_credential_list_mapping.json"_s << u"older"_s;
    QTest::newRow("older IP ACL mapping")
        << u"twilio_credential_list_mapping.json"_s << u"olderAcl"_s;
}

void TestSandboxTwilioAuth::fixtureKeysMatch()
{
    QFETCH(QString, fixture);
    QFETCH(QString, what);
    Sandbox sandbox(0);
    const QString cl = sandbox.credentialList();
    const QString al = sandbox.acl();
    const QString domain = sandbox.domain("fixtures");
    auto first = [&](const QString &collection, const QString &key) {
        return sandbox.fetch(collection + u".json"_s).value(key).toArray().at(0).toObject();
    };
    QJsonObject served;
    if (what == u"list"_s) {
        served = sandbox.fetch(kLists + u'/' + cl + u".json"_s);
    } else if (what == u"acl"_s) {
        served = sandbox.fetch(kAcls + u'/' + al + u".json"_s);
    } else if (what == u"credential"_s) {
        const QString credentials = kLists + u'/' + cl + u"/Credentials"_s;
        sandbox.create(credentials, "Username=pam&Password=" + kPassword);
        served = first(credentials, u"credentials"_s);
    } else if (what == u"address"_s) {
        const QString addresses = kAcls + u'/' + al + u"/IpAddresses"_s;
        sandbox.create(addresses, "FriendlyName=a&IpAddress=192.0.2.1");
        served = first(addresses, u"ip_addresses"_s);
    } else {
        const bool acl = what.contains(u"Acl"_s);
        const QString tail = what == u"calls"_s ? kCallsCredentials
            : what == u"registrations"_s        ? kRegistrations
            : what == u"callsAcl"_s             ? kCallsAcls
            : what == u"older"_s                ? kOlderCredentials
                                                : kOlderAcls;
        const QString collection = mappings(domain, tail);
        sandbox.create(collection,
            (acl ? "IpAccessControlListSid=" : "CredentialListSid=") + (acl ? al : cl).toUtf8());
        served = first(collection,
            what == u"older"_s          ? u"credential_list_mappings"_s
                : what == u"olderAcl"_s ? u"ip_access_control_list_mappings"_s
                                        : u"contents"_s);
    }
    QVERIFY(!served.isEmpty());
    QString why;
    QVERIFY2(sameShape(served, loadFixture(fixture), &why), qPrintable(why));
}

void TestSandboxTwilioAuth::demoDataIsDeterministic()
{
    const QStringList collections = {
        kDomains + u".json?PageSize=1000"_s,
        kLists + u".json?PageSize=1000"_s,
        kAcls + u".json?PageSize=1000"_s,
    };
    Sandbox one(60);
    Sandbox two(60);
    Sandbox other(60, 7);
    for (const QString &collection : collections) {
        const QJsonObject a = one.fetch(collection);
        QCOMPARE(a, two.fetch(collection));
        QVERIFY(a != other.fetch(collection));
    }
    // The same mappings, domain by domain.
    for (const QJsonValue &value : one.fetch(collections.at(0)).value(u"domains"_s).toArray()) {
        const QString sid = value.toObject().value(u"sid"_s).toString();
        for (const QString &tail : { kCallsCredentials, kCallsAcls, kRegistrations })
            QCOMPARE(one.fetch(mappings(sid, tail) + u".json"_s),
                two.fetch(mappings(sid, tail) + u".json"_s));
    }
}

void TestSandboxTwilioAuth::demoDataInvariants()
{
    Sandbox sandbox(120);
    const QJsonArray lists =
        sandbox.fetch(kLists + u".json?PageSize=1000"_s).value(u"credential_lists"_s).toArray();
    const QJsonArray acls = sandbox.fetch(kAcls + u".json?PageSize=1000"_s)
                                .value(u"ip_access_control_lists"_s)
                                .toArray();
    QVERIFY(lists.size() >= 3 && lists.size() <= 6);
    QVERIFY(acls.size() >= 2);
    for (const QJsonValue &list : lists) {
        const QString credentials = list.toObject()
                                        .value(u"subresource_uris"_s)
                                        .toObject()
                                        .value(u"credentials"_s)
                                        .toString();
        const HttpResult page = sandbox.client->get(credentials);
        QCOMPARE(page.status, 200);
        QVERIFY(!page.object().value(u"credentials"_s).toArray().isEmpty());
    }
    for (const QJsonValue &acl : acls) {
        const QString addresses = acl.toObject()
                                      .value(u"subresource_uris"_s)
                                      .toObject()
                                      .value(u"ip_addresses"_s)
                                      .toString();
        for (const QJsonValue &value :
            sandbox.fetch(addresses).value(u"ip_addresses"_s).toArray()) {
            const QJsonObject address = value.toObject();
            const QString ip = address.value(u"ip_address"_s).toString();
            QVERIFY2(ip.startsWith(u"192.0.2."_s) || ip.startsWith(u"198.51.100."_s)
                    || ip.startsWith(u"203.0.113."_s),
                qPrintable(ip));
            QVERIFY(address.value(u"cidr_prefix_length"_s).isDouble());
        }
    }

    QSet<QString> authTypes;
    int registrationWithout = 0;
    int registrationWith = 0;
    int registrationOffWith = 0;
    const QJsonArray domains =
        sandbox.fetch(kDomains + u".json?PageSize=1000"_s).value(u"domains"_s).toArray();
    for (const QJsonValue &value : domains) {
        const SipDomain domain = SipDomain::fromJson(value.toObject());
        authTypes.insert(domain.authType);
        // auth_type is what the Calls mappings say.
        const int credentialLists =
            sandbox.fetch(mappings(domain.sid, kCallsCredentials) + u".json"_s)
                .value(u"contents"_s)
                .toArray()
                .size();
        const int ipAcls = sandbox.fetch(mappings(domain.sid, kCallsAcls) + u".json"_s)
                               .value(u"contents"_s)
                               .toArray()
                               .size();
        QCOMPARE(domain.authType.contains(u"CREDENTIAL_LIST"_s), credentialLists > 0);
        QCOMPARE(domain.authType.contains(u"IP_ACL"_s), ipAcls > 0);
        const bool registrations = !sandbox.fetch(mappings(domain.sid, kRegistrations) + u".json"_s)
                                        .value(u"contents"_s)
                                        .toArray()
                                        .isEmpty();
        registrationWith += domain.sipRegistration && registrations;
        registrationWithout += domain.sipRegistration && !registrations;
        registrationOffWith += !domain.sipRegistration && registrations;
    }
    QVERIFY(authTypes.contains(QString())); // some domains have nothing mapped
    QVERIFY(authTypes.contains(u"IP_ACL"_s));
    QVERIFY(authTypes.contains(u"CREDENTIAL_LIST"_s));
    QVERIFY(authTypes.contains(u"IP_ACL,CREDENTIAL_LIST"_s));
    QCOMPARE(authTypes.size(), 4);
    QVERIFY(registrationWith > 0);
    QVERIFY(registrationWithout > 0);
    QCOMPARE(registrationOffWith, 0);
}

QTEST_GUILESS_MAIN(TestSandboxTwilioAuth)
#include "tst_sandbox_twilio_auth.moc"
