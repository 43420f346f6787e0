// Importing profiles from the environment and from the Twilio CLI's
// config.json, including hostile and broken input.

#include "models/profiles/profileimport.h"
#include "models/validation/rules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kSid = u"AC0123456789abcdef0123456789abcdef"_s;
const QString kKey = u"SK0123456789abcdef0123456789abcdef"_s;
const QString kProject = u"123e4567-e89b-12d3-a456-426614174000"_s;
const QString kToken = u"authTokenValue0000000000000000001"_s;
const QString kKeySecret = u"apiKeySecretValue000000000000002"_s;
const QString kSwToken = u"PTsignalWireTokenValue000000000003"_s;

QProcessEnvironment makeEnvironment(const QStringList &pairs)
{
    QProcessEnvironment env;
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return env;
}

void verifyNoSecretIn(const ProfileImportResult &result, const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        for (const QString &warning : result.warnings)
            QVERIFY2(!warning.contains(secret), qPrintable(warning));
        QVERIFY(!result.error.contains(secret));
        for (const ImportedProfile &imported : result.profiles)
            QVERIFY(!imported.origin.contains(secret) && !imported.profile.name.contains(secret));
    }
}

QByteArray cliJson(const QJsonObject &profiles)
{
    return QJsonDocument(QJsonObject { { u"profiles"_s, profiles } }).toJson();
}

QJsonObject cliEntry(const QString &secret)
{
    return { { u"accountSid"_s, kSid }, { u"apiKey"_s, kKey }, { u"apiSecret"_s, secret } };
}

} // namespace

class TestProfileImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void environment_data();
    void environment();
    void environmentFields();
    void signalWireSpaceForms_data();
    void signalWireSpaceForms();

    void cliFixture();
    void cliAuthTokenLogin();
    void cliBrokenInput_data();
    void cliBrokenInput();
    void cliPartialEntries();
    void cliManyEntriesAreCapped();
    void cliLongFieldsAreCut();
    void cliLegacyProjects();
    void cliFileSizeLimit();
    void cliHugeFileIsNotRead();
    void cliMissingAndUnreadableFiles();
    void defaultPath();
};

void TestProfileImport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SipDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_profileimport"_s);
}

// ---- environment -------------------------------------------------------------

void TestProfileImport::environment_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QStringList>("services"); // "twilio:authToken", "twilio:apiKey", "signalwire"
    QTest::addColumn<QStringList>("warningsMention"); // one per expected warning

    const QString sid = u"TWILIO_ACCOUNT_SID="_s + kSid;
    const QString token = u"TWILIO_AUTH_TOKEN="_s + kToken;
    const QString key = u"TWILIO_API_KEY="_s + kKey;
    const QString keySecret = u"TWILIO_API_SECRET="_s + kKeySecret;
    const QString space = u"SIGNALWIRE_SPACE=initech"_s;
    const QString project = u"SIGNALWIRE_PROJECT_ID="_s + kProject;
    const QString swToken = u"SIGNALWIRE_API_TOKEN="_s + kSwToken;

    QTest::newRow("empty") << QStringList() << QStringList() << QStringList();
    QTest::newRow("unrelated") << QStringList { u"PATH=/usr/bin"_s, u"TWILIO_REGION=ie1"_s }
                               << QStringList() << QStringList();
    QTest::newRow("auth token") << QStringList { sid, token }
                                << QStringList { u"twilio:authToken"_s } << QStringList();
    QTest::newRow("api key") << QStringList { sid, key, keySecret }
                             << QStringList { u"twilio:apiKey"_s } << QStringList();
    QTest::newRow("api key wins") << QStringList { sid, token, key, keySecret }
                                  << QStringList { u"twilio:apiKey"_s } << QStringList();
    QTest::newRow("both services")
        << QStringList { sid, token, space, project, swToken }
        << QStringList { u"twilio:authToken"_s, u"signalwire"_s } << QStringList();
    QTest::newRow("signalwire") << QStringList { space, project, swToken }
                                << QStringList { u"signalwire"_s } << QStringList();

    QTest::newRow("sid alone") << QStringList { sid } << QStringList()
                               << QStringList { u"TWILIO_AUTH_TOKEN"_s };
    QTest::newRow("token alone") << QStringList { token } << QStringList()
                                 << QStringList { u"TWILIO_ACCOUNT_SID"_s };
    QTest::newRow("api secret without key")
        << QStringList { sid, keySecret } << QStringList() << QStringList { u"TWILIO_API_KEY"_s };
    QTest::newRow("api key without secret")
        << QStringList { sid, key } << QStringList() << QStringList { u"TWILIO_API_SECRET"_s };
    QTest::newRow("half an api key, but a token")
        << QStringList { sid, token, key } << QStringList { u"twilio:authToken"_s }
        << QStringList { u"TWILIO_API_SECRET"_s };
    QTest::newRow("blank values count as missing")
        << QStringList { sid, u"TWILIO_AUTH_TOKEN=  "_s } << QStringList()
        << QStringList { u"TWILIO_AUTH_TOKEN"_s };
    QTest::newRow("signalwire token alone")
        << QStringList { swToken } << QStringList()
        << QStringList { u"SIGNALWIRE_SPACE, SIGNALWIRE_PROJECT_ID"_s };
    QTest::newRow("signalwire without token") << QStringList { space, project } << QStringList()
                                              << QStringList { u"SIGNALWIRE_API_TOKEN"_s };
    QTest::newRow("one good, one partial")
        << QStringList { sid, token, project } << QStringList { u"twilio:authToken"_s }
        << QStringList { u"SIGNALWIRE_SPACE"_s };
}

void TestProfileImport::environment()
{
    QFETCH(QStringList, variables);
    QFETCH(QStringList, services);
    QFETCH(QStringList, warningsMention);
    const ProfileImportResult result = ProfileImport::fromEnvironment(makeEnvironment(variables));
    QVERIFY(result.error.isEmpty());
    QStringList found;
    for (const ImportedProfile &imported : result.profiles) {
        const Profile &p = imported.profile;
        QVERIFY(Rules::isUuid(p.id));
        QVERIFY2(p.isValid(), qPrintable(p.problems().values().join(u' ')));
        QCOMPARE(imported.origin, u"environment"_s);
        if (p.service == Account::Service::SignalWire) {
            found << u"signalwire"_s;
            QCOMPARE(imported.secret, kSwToken);
            QCOMPARE(p.name, u"SignalWire (environment)"_s);
        } else if (p.twilioAuth == Profile::TwilioAuth::ApiKey) {
            found << u"twilio:apiKey"_s;
            QCOMPARE(imported.secret, kKeySecret);
            QCOMPARE(p.apiKeySid, kKey);
        } else {
            found << u"twilio:authToken"_s;
            QCOMPARE(imported.secret, kToken);
            QCOMPARE(p.name, u"Twilio (environment)"_s);
        }
    }
    QCOMPARE(found, services);
    QCOMPARE(result.warnings.size(), warningsMention.size());
    for (int i = 0; i < warningsMention.size(); ++i)
        QVERIFY2(result.warnings.at(i).contains(warningsMention.at(i)),
            qPrintable(result.warnings.at(i)));
    verifyNoSecretIn(result, { kToken, kKeySecret, kSwToken });
}

void TestProfileImport::environmentFields()
{
    const ProfileImportResult result = ProfileImport::fromEnvironment(makeEnvironment({
        u"TWILIO_ACCOUNT_SID= "_s + kSid + u" "_s,
        u"TWILIO_API_KEY="_s + kKey,
        u"TWILIO_API_SECRET="_s + kKeySecret,
        u"TWILIO_REGION=ie1"_s,
        u"TWILIO_EDGE=dublin"_s,
    }));
    QCOMPARE(result.profiles.size(), 1);
    const Profile &p = result.profiles.first().profile;
    QCOMPARE(p.accountSid, kSid);
    QCOMPARE(p.region, u"ie1"_s);
    QCOMPARE(p.edge, u"dublin"_s);
    QCOMPARE(p.effectiveBaseUrl(), QUrl(u"https://api.dublin.ie1.twilio.com"_s));
    const Account account = p.toAccount(result.profiles.first().secret);
    QCOMPARE(account.twilio.authUser, kKey);
    // Two imports never share an id.
    const auto again = ProfileImport::fromEnvironment(
        makeEnvironment({ u"TWILIO_ACCOUNT_SID="_s + kSid, u"TWILIO_AUTH_TOKEN="_s + kToken }));
    QVERIFY(again.profiles.first().profile.id != p.id);
}

void TestProfileImport::signalWireSpaceForms_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("space");
    QTest::newRow("name") << u"example"_s << u"example"_s;
    QTest::newRow("host") << u"example.signalwire.com"_s << u"example"_s;
    QTest::newRow("upper-case host") << u"Example.SignalWire.com"_s << u"example"_s;
    QTest::newRow("url") << u"https://example.signalwire.com/"_s << u"example"_s;
    QTest::newRow("other host stays invalid") << u"example.evil.com"_s << u"example.evil.com"_s;
}

void TestProfileImport::signalWireSpaceForms()
{
    QFETCH(QString, value);
    QFETCH(QString, space);
    const ProfileImportResult result =
        ProfileImport::fromEnvironment(makeEnvironment({ u"SIGNALWIRE_SPACE="_s + value,
            u"SIGNALWIRE_PROJECT_ID="_s + kProject, u"SIGNALWIRE_API_TOKEN="_s + kSwToken }));
    QCOMPARE(result.profiles.size(), 1);
    QCOMPARE(result.profiles.first().profile.space, space);
    QCOMPARE(result.profiles.first().profile.isValid(), space == u"example"_s);
}

// ---- Twilio CLI ----------------------------------------------------------------

void TestProfileImport::cliFixture()
{
    const ProfileImportResult result = ProfileImport::fromTwilioCliConfig(
        QStringLiteral(SIPDESK_FIXTURES_DIR) + u"/twilio-cli-config.json"_s);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.profiles.size(), 2);
    const ImportedProfile &acme = result.profiles.at(0);
    QCOMPARE(acme.profile.name, u"acme"_s);
    QCOMPARE(acme.origin, u"twilio-cli profile \"acme\""_s);
    QCOMPARE(acme.profile.service, Account::Service::Twilio);
    QCOMPARE(acme.profile.twilioAuth, Profile::TwilioAuth::ApiKey);
    QCOMPARE(acme.profile.accountSid, u"ACa1b2c3d4e5f60718293a4b5c6d7e8f90"_s);
    QCOMPARE(acme.profile.apiKeySid, u"SK0123456789abcdef0123456789abcdef"_s);
    QCOMPARE(acme.secret, u"fixtureApiSecretNotReal000000001"_s);
    QCOMPARE(acme.profile.region, u"au1"_s);
    QCOMPARE(acme.profile.edge, u"sydney"_s); // the file's default edge
    QVERIFY(acme.profile.isValid());
    const ImportedProfile &initech = result.profiles.at(1);
    QCOMPARE(initech.profile.name, u"initech-dublin"_s);
    QCOMPARE(initech.profile.edge, u"dublin"_s); // its own edge wins
    QCOMPARE(initech.profile.region, u"ie1"_s);
    QCOMPARE(initech.secret, u"fixtureApiSecretNotReal000000002"_s);
    QVERIFY(initech.profile.id != acme.profile.id);
    // Exactly one warning: the plain-text secrets, and that the file is left alone.
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(
        result.warnings.first().contains(u"plain text"_s), qPrintable(result.warnings.first()));
    QVERIFY(result.warnings.first().contains(u"untouched"_s));
    verifyNoSecretIn(result, { acme.secret, initech.secret });
}

void TestProfileImport::cliAuthTokenLogin()
{
    QJsonObject entry = cliEntry(kToken);
    entry.insert(u"apiKey"_s, kSid);
    const auto result = ProfileImport::fromTwilioCliConfigData(cliJson({ { u"token"_s, entry } }));
    QCOMPARE(result.profiles.size(), 1);
    QCOMPARE(result.profiles.first().profile.twilioAuth, Profile::TwilioAuth::AuthToken);
    QVERIFY(result.profiles.first().profile.isValid());
}

void TestProfileImport::cliBrokenInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorContains"); // empty: no error, no profiles

    QTest::newRow("empty") << QByteArray() << u"JSON"_s;
    QTest::newRow("truncated") << QByteArray(R"({"profiles": {"a": {"accountSid": )") << u"JSON"_s;
    QTest::newRow("not json") << QByteArray("profiles = yes") << u"JSON"_s;
    QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01", 4) << u"JSON"_s;
    QTest::newRow("root array") << QByteArray("[1, 2]") << u"object"_s;
    QTest::newRow("profiles array")
        << QByteArray(R"({"profiles": [{"accountSid": "AC"}]})") << u"profiles"_s;
    QTest::newRow("profiles number") << QByteArray(R"({"profiles": 3})") << u"profiles"_s;
    QTest::newRow("profiles string") << QByteArray(R"({"profiles": "x"})") << u"profiles"_s;
    QTest::newRow("no profiles") << QByteArray(R"({"edge": "x"})") << QString();
    QTest::newRow("profiles null") << QByteArray(R"({"profiles": null})") << QString();
    QTest::newRow("deep nesting") << QByteArray(100000, '[') << u"JSON"_s;
}

void TestProfileImport::cliBrokenInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorContains);
    const ProfileImportResult result = ProfileImport::fromTwilioCliConfigData(json);
    QVERIFY(result.profiles.isEmpty());
    if (errorContains.isEmpty()) {
        QVERIFY(result.error.isEmpty());
        QVERIFY(!result.warnings.isEmpty()); // "holds no profiles"
    } else {
        QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    }
}

void TestProfileImport::cliPartialEntries()
{
    QJsonObject noSecret = cliEntry(QString());
    noSecret.remove(u"apiSecret"_s);
    QJsonObject numberSid = cliEntry(u"secretOfNumberSid"_s);
    numberSid.insert(u"accountSid"_s, 12345);
    QJsonObject nullRegion = cliEntry(u"secretWithNullRegion"_s);
    nullRegion.insert(u"region"_s, QJsonValue::Null);
    QJsonObject arrayKey = cliEntry(u"secretOfArrayKey"_s);
    arrayKey.insert(u"apiKey"_s, QJsonArray { 1 });
    const QByteArray json = cliJson({
        { u"no-secret"_s, noSecret },
        { u"number-sid"_s, numberSid },
        { u"null-region"_s, nullRegion },
        { u"array-key"_s, arrayKey },
        { u"string"_s, u"just text"_s },
        { u"empty"_s, QJsonObject() },
        { u"evil\u202e\nname"_s, cliEntry(u"secretOfEvilName"_s) },
    });
    const ProfileImportResult result = ProfileImport::fromTwilioCliConfigData(json);
    QVERIFY(result.error.isEmpty());
    QCOMPARE(result.profiles.size(), 2);
    QStringList names;
    for (const auto &imported : result.profiles)
        names << imported.profile.name;
    names.sort();
    QCOMPARE(names, (QStringList { u"evilname"_s, u"null-region"_s }));
    const QString all = result.warnings.join(u'\n');
    QVERIFY2(all.contains(u"\"no-secret\" skipped: apiSecret missing"_s), qPrintable(all));
    QVERIFY2(all.contains(u"\"number-sid\" skipped: a field is not text"_s), qPrintable(all));
    QVERIFY(all.contains(u"\"array-key\""_s));
    QVERIFY(all.contains(u"\"string\" skipped: it is not an object"_s));
    QVERIFY(all.contains(u"\"empty\" skipped: accountSid, apiKey, apiSecret missing"_s));
    QVERIFY(all.contains(u"plain text"_s));
    QCOMPARE(result.warnings.size(), 6);
    verifyNoSecretIn(result,
        { u"secretOfNumberSid"_s, u"secretWithNullRegion"_s, u"secretOfArrayKey"_s,
            u"secretOfEvilName"_s });
}

void TestProfileImport::cliManyEntriesAreCapped()
{
    QJsonObject profiles;
    for (int i = 0; i < 1500; ++i)
        profiles.insert(u"p%1"_s.arg(i, 4, 10, QChar(u'0')), cliEntry(u"s"_s + QString::number(i)));
    const QByteArray json = cliJson(profiles);
    QVERIFY(json.size() < ProfileImport::kMaxConfigBytes);
    const ProfileImportResult result = ProfileImport::fromTwilioCliConfigData(json);
    QCOMPARE(result.profiles.size(), 1000);
    QVERIFY(result.warnings.join(u'\n').contains(u"first 1000"_s));
}

void TestProfileImport::cliLongFieldsAreCut()
{
    QJsonObject entry = cliEntry(u"secret"_s);
    entry.insert(u"accountSid"_s, QString(200000, u'A'));
    entry.insert(u"region"_s, QString(200000, u'r'));
    const auto result =
        ProfileImport::fromTwilioCliConfigData(cliJson({ { QString(100000, u'n'), entry } }));
    QCOMPARE(result.profiles.size(), 1);
    const Profile &p = result.profiles.first().profile;
    QVERIFY(p.accountSid.size() <= 256);
    QVERIFY(p.region.size() <= 256);
    QVERIFY(p.name.size() <= 64);
    QVERIFY(!p.isValid()); // imported for the user to fix, not silently trusted
    for (const QString &warning : result.warnings)
        QVERIFY(warning.size() < 1000);
}

void TestProfileImport::cliLegacyProjects()
{
    const QByteArray json =
        R"({"projects": [{"id": "old", "accountSid": "AC0123456789abcdef0123456789abcdef"}]})";
    const auto result = ProfileImport::fromTwilioCliConfigData(json);
    QVERIFY(result.error.isEmpty());
    QVERIFY(result.profiles.isEmpty());
    QCOMPARE(result.warnings.size(), 1);
    QVERIFY2(result.warnings.first().contains(u"keychain"_s), qPrintable(result.warnings.first()));
}

void TestProfileImport::cliFileSizeLimit()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Exactly at the limit: read. One byte more: refused.
    QByteArray json = cliJson({ { u"edge"_s, cliEntry(u"limitSecret"_s) } });
    json.append(QByteArray(ProfileImport::kMaxConfigBytes - json.size(), ' '));
    QCOMPARE(json.size(), ProfileImport::kMaxConfigBytes);
    const QString path = dir.filePath(u"config.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(json), json.size());
    }
    const auto atLimit = ProfileImport::fromTwilioCliConfig(path);
    QVERIFY2(atLimit.error.isEmpty(), qPrintable(atLimit.error));
    QCOMPARE(atLimit.profiles.size(), 1);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(" ");
    }
    const auto overLimit = ProfileImport::fromTwilioCliConfig(path);
    QVERIFY(overLimit.profiles.isEmpty());
    QVERIFY2(overLimit.error.contains(u"larger than"_s), qPrintable(overLimit.error));
    QVERIFY(ProfileImport::fromTwilioCliConfigData(json + ' ').error.contains(u"larger than"_s));
}

void TestProfileImport::cliHugeFileIsNotRead()
{
    // A sparse 8 GB file: reading it would take long and fail to allocate;
    // the size check must refuse it at once.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"config.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    if (!file.resize(qint64(8) * 1024 * 1024 * 1024))
        QSKIP("this file system cannot hold a sparse 8 GB file");
    file.close();
    QElapsedTimer clock;
    clock.start();
    const auto result = ProfileImport::fromTwilioCliConfig(path);
    QVERIFY(clock.elapsed() < 2000);
    QVERIFY(result.profiles.isEmpty());
    QVERIFY2(result.error.contains(u"larger than 1024 KB"_s), qPrintable(result.error));
}

void TestProfileImport::cliMissingAndUnreadableFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto missing = ProfileImport::fromTwilioCliConfig(dir.filePath(u"nope.json"_s));
    QVERIFY(missing.profiles.isEmpty());
    QVERIFY2(missing.error.contains(u"nope.json"_s), qPrintable(missing.error));

    const auto directory = ProfileImport::fromTwilioCliConfig(dir.path());
    QVERIFY2(directory.error.contains(u"not a file"_s), qPrintable(directory.error));

    const QString path = dir.filePath(u"locked.json"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(cliJson({ { u"a"_s, cliEntry(u"lockedSecret"_s) } }));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::Permissions()));
    QFile probe(path);
    if (probe.open(QIODevice::ReadOnly))
        QSKIP("running as root: file permissions do not stop reading");
    const auto unreadable = ProfileImport::fromTwilioCliConfig(path);
    QVERIFY(unreadable.profiles.isEmpty());
    QVERIFY2(unreadable.error.contains(u"could not be read"_s), qPrintable(unreadable.error));
}

void TestProfileImport::defaultPath()
{
    QCOMPARE(ProfileImport::defaultTwilioCliConfigPath(),
        QDir::homePath() + u"/.twilio-cli/config.json"_s);
}

QTEST_GUILESS_MAIN(TestProfileImport)
#include "tst_profileimport.moc"
