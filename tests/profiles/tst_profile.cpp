// Profile: validation per field and service, the account it opens, its URL;
// the name a new or copied profile gets.

#include "models/profiles/profile.h"
#include "models/profiles/profilenames.h"
#include "models/validation/rules.h"
#include "tests/builders.h"

#include <QTest>

using namespace Builders;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Profile)

namespace {

const QString kApiKeySid = u"SKfedcba9876543210fedcba9876543210"_s;

Profile twilioApiKey()
{
    Profile profile = twilioProfile();
    profile.twilioAuth = Profile::TwilioAuth::ApiKey;
    profile.apiKeySid = kApiKeySid;
    return profile;
}

template<typename Change>
Profile with(Profile profile, Change change)
{
    change(profile);
    return profile;
}

} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void newIdIsABareUuid();
    void problems_data();
    void problems();
    void toAccount_data();
    void toAccount();
    void effectiveBaseUrl_data();
    void effectiveBaseUrl();
    void identifier();
    void uniqueName_data();
    void uniqueName();
};

void TestProfile::newIdIsABareUuid()
{
    const QString a = Profile::newId();
    const QString b = Profile::newId();
    QVERIFY2(Rules::isUuid(a), qPrintable(a));
    QVERIFY(!a.contains(u'{'));
    QVERIFY(a != b);
}

void TestProfile::problems_data()
{
    QTest::addColumn<Profile>("profile");
    // Field as int; empty: valid.
    QTest::addColumn<QList<int>>("fields");
    QTest::addColumn<QString>("messageContains");

    using F = Profile::Field;
    const auto only = [](F field) { return QList<int> { int(field) }; };

    QTest::newRow("twilio auth token") << twilioProfile() << QList<int>() << QString();
    QTest::newRow("twilio api key") << twilioApiKey() << QList<int>() << QString();
    QTest::newRow("signalwire") << signalWireProfile() << QList<int>() << QString();

    QTest::newRow("name empty") << with(twilioProfile(), [](Profile &p) { p.name.clear(); })
                                << only(F::Name) << u"name"_s;
    QTest::newRow("name blank") << with(signalWireProfile(), [](Profile &p) { p.name = u"  \t"_s; })
                                << only(F::Name) << u"name"_s;
    QTest::newRow("name 64") << with(twilioProfile(), [](Profile &p) {
        p.name = QString(64, u'n');
    }) << QList<int>() << QString();
    QTest::newRow("name 65") << with(twilioProfile(), [](Profile &p) {
        p.name = QString(65, u'n');
    }) << only(F::Name) << u"64"_s;

    QTest::newRow("color ok") << with(twilioProfile(), [](Profile &p) { p.color = u"#00fF7a"_s; })
                              << QList<int>() << QString();
    QTest::newRow("color name") << with(twilioProfile(), [](Profile &p) { p.color = u"red"_s; })
                                << only(F::Color) << u"#rrggbb"_s;
    QTest::newRow("color short") << with(twilioProfile(), [](Profile &p) { p.color = u"#12345"_s; })
                                 << only(F::Color) << u"#rrggbb"_s;
    QTest::newRow("color non-hex")
        << with(twilioProfile(), [](Profile &p) { p.color = u"#12345g"_s; }) << only(F::Color)
        << u"#rrggbb"_s;

    QTest::newRow("account sid prefix")
        << with(twilioProfile(), [](Profile &p) { p.accountSid[0] = u'S'; }) << only(F::AccountSid)
        << u"Account SID must start with AC"_s;
    QTest::newRow("account sid short")
        << with(twilioProfile(), [](Profile &p) { p.accountSid.chop(1); }) << only(F::AccountSid)
        << u"32 hex digits"_s;
    QTest::newRow("account sid empty")
        << with(twilioProfile(), [](Profile &p) { p.accountSid.clear(); }) << only(F::AccountSid)
        << u"Account SID"_s;
    QTest::newRow("api key sid missing")
        << with(twilioApiKey(), [](Profile &p) { p.apiKeySid.clear(); }) << only(F::ApiKeySid)
        << u"must start with SK"_s;
    QTest::newRow("api key sid is an account sid")
        << with(twilioApiKey(), [](Profile &p) { p.apiKeySid = kTwilioSid; }) << only(F::ApiKeySid)
        << u"SK"_s;
    QTest::newRow("api key sid ignored with auth token")
        << with(twilioProfile(), [](Profile &p) { p.apiKeySid = u"garbage"_s; }) << QList<int>()
        << QString();
    QTest::newRow("region and edge") << with(twilioProfile(), [](Profile &p) {
        p.region = u"ie1"_s;
        p.edge = u"dublin"_s;
    }) << QList<int>() << QString();
    QTest::newRow("region with a dot")
        << with(twilioProfile(), [](Profile &p) { p.region = u"ie1.evil.com"_s; })
        << only(F::Region) << u"Region"_s;
    QTest::newRow("edge with a space")
        << with(twilioProfile(), [](Profile &p) { p.edge = u"dub lin"_s; }) << only(F::Edge)
        << u"Edge"_s;
    QTest::newRow("signalwire fields ignored for twilio") << with(twilioProfile(), [](Profile &p) {
        p.space = u"not a label!"_s;
        p.projectId = u"x"_s;
    }) << QList<int>() << QString();

    QTest::newRow("space empty") << with(signalWireProfile(), [](Profile &p) { p.space.clear(); })
                                 << only(F::Space) << u"Space is required"_s;
    QTest::newRow("space full host")
        << with(signalWireProfile(), [](Profile &p) { p.space = u"initech.signalwire.com"_s; })
        << only(F::Space) << u"Space"_s;
    QTest::newRow("space empty with base url") << with(signalWireProfile(), [](Profile &p) {
        p.space.clear();
        p.baseUrl = QUrl(u"http://127.0.0.1:8080/api/relay/rest"_s);
    }) << QList<int>() << QString();
    QTest::newRow("project id not a uuid")
        << with(signalWireProfile(), [](Profile &p) { p.projectId = u"123e4567e89b12d3"_s; })
        << only(F::ProjectId) << u"Project ID must be a UUID"_s;
    QTest::newRow("twilio fields ignored for signalwire") << with(
        signalWireProfile(), [](Profile &p) {
            p.accountSid = u"nope"_s;
            p.twilioAuth = Profile::TwilioAuth::ApiKey;
            p.region = u"a.b"_s;
        }) << QList<int>() << QString();

    QTest::newRow("several at once") << with(twilioApiKey(),
        [](Profile &p) {
            p.name.clear();
            p.accountSid.clear();
            p.apiKeySid.clear();
        }) << QList<int> { int(F::Name), int(F::AccountSid), int(F::ApiKeySid) }
                                     << QString();

    const auto baseUrl = [](const Profile &profile, const char *url) {
        return with(profile, [url](Profile &p) { p.baseUrl = QUrl(QString::fromLatin1(url)); });
    };
    QTest::newRow("http to 127.0.0.1")
        << baseUrl(twilioProfile(), "http://127.0.0.1:8080") << QList<int>() << QString();
    QTest::newRow("http to localhost")
        << baseUrl(signalWireProfile(), "http://localhost:1/api/relay/rest") << QList<int>()
        << QString();
    QTest::newRow("http to ::1") << baseUrl(twilioProfile(), "http://[::1]:8080") << QList<int>()
                                 << QString();
    QTest::newRow("https anywhere")
        << baseUrl(twilioProfile(), "https://api.example.com") << QList<int>() << QString();
    QTest::newRow("http to a remote host")
        << baseUrl(twilioProfile(), "http://api.twilio.com") << only(F::BaseUrl) << u"http://"_s;
    QTest::newRow("http to a lookalike")
        << baseUrl(signalWireProfile(), "http://127.0.0.1.evil.com") << only(F::BaseUrl)
        << u"http://"_s;
    QTest::newRow("ftp") << baseUrl(twilioProfile(), "ftp://127.0.0.1") << only(F::BaseUrl)
                         << u"https://"_s;
    QTest::newRow("user info") << baseUrl(twilioProfile(), "https://user:pw@api.example.com")
                               << only(F::BaseUrl) << u"password"_s;
    QTest::newRow("no host") << baseUrl(twilioProfile(), "https://") << only(F::BaseUrl)
                             << u"Base URL"_s;
}

void TestProfile::problems()
{
    QFETCH(Profile, profile);
    QFETCH(QList<int>, fields);
    QFETCH(QString, messageContains);
    const QMap<Profile::Field, QString> problems = profile.problems();
    QList<int> found;
    for (auto it = problems.begin(); it != problems.end(); ++it) {
        found.append(int(it.key()));
        QVERIFY2(!it.value().trimmed().isEmpty(), "every problem has a sentence");
    }
    QCOMPARE(found, fields);
    QCOMPARE(profile.isValid(), fields.isEmpty());
    if (!messageContains.isEmpty()) {
        const QString message = problems.value(Profile::Field(fields.first()));
        QVERIFY2(message.contains(messageContains, Qt::CaseInsensitive), qPrintable(message));
    }
}

void TestProfile::toAccount_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("user"); // Basic-auth user, or the project id

    QTest::newRow("auth token") << twilioProfile() << kTwilioSid;
    QTest::newRow("api key") << twilioApiKey() << kApiKeySid;
    QTest::newRow("signalwire") << signalWireProfile() << kProjectId;
}

void TestProfile::toAccount()
{
    QFETCH(Profile, profile);
    QFETCH(QString, user);
    profile.color = u"#112233"_s;
    const QString secret = u"s3cret-value"_s;
    const Account account = profile.toAccount(secret);
    QCOMPARE(account.name, profile.name);
    QCOMPARE(account.service, profile.service);
    QCOMPARE(account.profileId, profile.id);
    QCOMPARE(account.color, u"#112233"_s);
    QCOMPARE(account.identifier(), profile.identifier());
    if (profile.service == Account::Service::Twilio) {
        QCOMPARE(account.twilio.baseUrl, QUrl(u"https://api.twilio.com"_s));
        QCOMPARE(account.twilio.accountSid, kTwilioSid);
        QCOMPARE(account.twilio.authUser, user);
        QCOMPARE(account.twilio.secret, secret);
        QVERIFY(account.signalWire.apiToken.isEmpty());
    } else {
        QCOMPARE(
            account.signalWire.baseUrl, QUrl(u"https://initech.signalwire.com/api/relay/rest"_s));
        QCOMPARE(account.signalWire.projectId, user);
        QCOMPARE(account.signalWire.apiToken, secret);
        QVERIFY(account.twilio.secret.isEmpty());
    }
}

void TestProfile::effectiveBaseUrl_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QUrl>("url");

    QTest::newRow("twilio default") << twilioProfile() << QUrl(u"https://api.twilio.com"_s);
    QTest::newRow("region") << with(twilioProfile(), [](Profile &p) { p.region = u"ie1"_s; })
                            << QUrl(u"https://api.ie1.twilio.com"_s);
    QTest::newRow("region and edge") << with(twilioProfile(), [](Profile &p) {
        p.region = u"au1"_s;
        p.edge = u"sydney"_s;
    }) << QUrl(u"https://api.sydney.au1.twilio.com"_s);
    QTest::newRow("edge only") << with(twilioProfile(), [](Profile &p) { p.edge = u"ashburn"_s; })
                               << QUrl(u"https://api.ashburn.us1.twilio.com"_s);
    QTest::newRow("bad region gives no url")
        << with(twilioProfile(), [](Profile &p) { p.region = u"x/y"_s; }) << QUrl();
    QTest::newRow("twilio base url wins") << with(twilioProfile(), [](Profile &p) {
        p.region = u"ie1"_s;
        p.baseUrl = QUrl(u"http://127.0.0.1:4010"_s);
    }) << QUrl(u"http://127.0.0.1:4010"_s);
    QTest::newRow("space") << signalWireProfile()
                           << QUrl(u"https://initech.signalwire.com/api/relay/rest"_s);
    QTest::newRow("space upper case")
        << with(signalWireProfile(), [](Profile &p) { p.space = u"IniTech"_s; })
        << QUrl(u"https://initech.signalwire.com/api/relay/rest"_s);
    QTest::newRow("bad space gives no url")
        << with(signalWireProfile(), [](Profile &p) { p.space = u"a.b"_s; }) << QUrl();
    QTest::newRow("signalwire base url wins") << with(signalWireProfile(), [](Profile &p) {
        p.baseUrl = QUrl(u"http://localhost:9/api/relay/rest"_s);
    }) << QUrl(u"http://localhost:9/api/relay/rest"_s);
}

void TestProfile::effectiveBaseUrl()
{
    QFETCH(Profile, profile);
    QFETCH(QUrl, url);
    QCOMPARE(profile.effectiveBaseUrl(), url);
    QCOMPARE(profile.effectiveBaseUrl().isValid(), url.isValid());
}

void TestProfile::identifier()
{
    QCOMPARE(twilioApiKey().identifier(), kTwilioSid);
    QCOMPARE(signalWireProfile().identifier(), kProjectId);
}

void TestProfile::uniqueName_data()
{
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing saved") << QStringList() << u"Acme"_s << u"Acme"_s;
    QTest::newRow("free") << QStringList { u"Globex"_s } << u"Acme"_s << u"Acme"_s;
    QTest::newRow("taken") << QStringList { u"Acme"_s } << u"Acme"_s << u"Acme (2)"_s;
    // --profile NAME matches without case, so "ACME" would name two profiles.
    QTest::newRow("taken in other case") << QStringList { u"ACME"_s } << u"acme"_s << u"acme (2)"_s;
    QTest::newRow("numbered taken too")
        << QStringList { u"Acme"_s, u"acme (2)"_s, u"Acme (3)"_s } << u"Acme"_s << u"Acme (4)"_s;
    QTest::newRow("a gap is used")
        << QStringList { u"Acme"_s, u"Acme (3)"_s } << u"Acme"_s << u"Acme (2)"_s;
    QTest::newRow("only a numbered one taken")
        << QStringList { u"Acme (2)"_s } << u"Acme"_s << u"Acme"_s;
    QTest::newRow("a copy") << QStringList { u"Acme"_s, u"Acme (copy)"_s } << u"Acme (copy)"_s
                            << u"Acme (copy) (2)"_s;
    QTest::newRow("prefix is not the name")
        << QStringList { u"Acme Corp"_s } << u"Acme"_s << u"Acme"_s;
}

void TestProfile::uniqueName()
{
    QFETCH(QStringList, taken);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    QCOMPARE(uniqueProfileName(taken, name), expected);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
