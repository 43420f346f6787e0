// ProfileStore with the in-memory store and the real keychain (scripts/test
// runs ctest with an unlocked throwaway gnome-keyring), and a scan of every
// file the run may have written for any trace of a secret.

#include "models/profiles/profilestore.h"
#include "tests/builders.h"
#include "tests/fakesecretstores.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <tuple>

using namespace Qt::StringLiterals;
using Builders::signalWireProfile;
using Builders::twilioProfile;

Q_DECLARE_METATYPE(Profile)

namespace {

constexpr int kKeychainTimeoutMs = 10000;

QStringList idsOf(const QList<Profile> &profiles)
{
    QStringList ids;
    for (const Profile &profile : profiles)
        ids << profile.id;
    return ids;
}

QString randomSecret()
{
    QString secret = u"Zq"_s;
    for (int i = 0; i < 4; ++i)
        secret += QString::number(QRandomGenerator::global()->generate64(), 36);
    return secret;
}

// The secret as it could sit in a file: UTF-8, UTF-16 either way round,
// and base64 at each of the three alignments (as inside "user:secret").
QList<QByteArray> encodingsOf(const QString &secret)
{
    QList<QByteArray> needles;
    const QByteArray utf8 = secret.toUtf8();
    needles << utf8;
    QByteArray le;
    QByteArray be;
    for (QChar c : secret) {
        le.append(char(c.unicode() & 0xff)).append(char(c.unicode() >> 8));
        be.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    }
    needles << le << be;
    for (int shift = 0; shift < 3; ++shift) {
        for (auto option : { QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding }) {
            const QByteArray encoded = (QByteArray(shift, 'x') + utf8).toBase64(option);
            // Only the characters that depend on the secret alone.
            const qsizetype skip = (shift * 8 + 5) / 6;
            needles << encoded.mid(skip, encoded.size() - skip - 4);
        }
    }
    return needles;
}

struct ScanResult
{
    int files = 0;
    QStringList hits;
};

// Every regular file under the roots, bounded in count and size.
ScanResult scan(const QStringList &roots, const QStringList &excluded,
    const QList<QPair<QString, QByteArray>> &needles)
{
    constexpr int kMaxFiles = 20000;
    constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024;
    ScanResult result;
    QSet<QString> seen;
    for (const QString &root : roots) {
        if (root.isEmpty() || !QFileInfo(root).isDir())
            continue;
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
            QDirIterator::Subdirectories);
        while (it.hasNext() && result.files < kMaxFiles) {
            const QString path = QFileInfo(it.next()).canonicalFilePath();
            const QFileInfo info(path);
            if (path.isEmpty() || seen.contains(path) || !info.isFile() || info.isSymLink())
                continue;
            seen.insert(path);
            if (std::any_of(excluded.begin(), excluded.end(),
                    [&](const QString &dir) { return path.startsWith(dir + u'/'); }))
                continue;
            if (info.size() > kMaxFileBytes)
                continue;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++result.files;
            const QByteArray data = file.readAll();
            for (const auto &[name, needle] : needles) {
                if (data.contains(needle)) {
                    result.hits << name + u" in "_s + path;
                    break; // one report per file
                }
            }
        }
    }
    return result;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void saveAndLoad_data();
    void saveAndLoad();
    void readOnlyIsSavedBothWays_data();
    void readOnlyIsSavedBothWays();
    void saveRefusesInvalidProfiles();
    void resaveKeepsPositionAndDropsStaleKeys();
    void orderAndMove();
    void lastUsed();
    void garbageSettingsAreSurvived();
    void profileNamed();

    void secrets_data();
    void secrets();
    void removeDeletesGroupOrderLastUsedAndSecrets_data();
    void removeDeletesGroupOrderLastUsedAndSecrets();
    void aSecretIsOnlyHandedOutForItsConnection_data();
    void aSecretIsOnlyHandedOutForItsConnection();
    void aSessionCopyForAnotherConnectionDoesNotHideTheKeychain();
    void anUnboundSecretIsNeverHandedOut();
    void sessionOnlySecretNeverReachesTheKeychain_data();
    void sessionOnlySecretNeverReachesTheKeychain();
    void removingAMissingSecretSucceeds_data();
    void removingAMissingSecretSucceeds();
    void aRefusedSecretRemovalKeepsTheProfile();
    void secretStateFollowsWhatTheStoresHold();
    void aSessionOnlySecretAfterARefusalStaysInMemory();
    void callbackNeverRunsAfterContextIsGone_data();
    void callbackNeverRunsAfterContextIsGone();
    void memoryStoreAnswersFromTheEventLoop();

    void noSecretOnDisk_data();
    void noSecretOnDisk();
    void scannerFindsAPlantedSecret();

private:
    void addStoreColumn();
    // The store of the current row; null (and the row skipped) when the
    // keychain is unavailable.
    SecretStore *storeForRow();
    SecretStore::Result await(
        const std::function<void(QObject *, SecretStore::Callback)> &start, bool *answered);

    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_memory;
    QString m_keychainUnavailable;
    QStringList m_keysToClean;
};

void TestProfileStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SipDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_profilestore"_s);
    m_keychain = std::make_unique<KeychainSecretStore>();

    // One probe decides whether the keychain rows can run here at all.
    const QString probe = u"probe-"_s + Profile::newId();
    bool answered = false;
    const SecretStore::Result result = await(
        [&](QObject *context, SecretStore::Callback done) {
            m_keychain->writeSecret(probe, u"probe"_s, context, std::move(done));
        },
        &answered);
    QVERIFY2(answered, "the keychain never answered");
    if (result.status == SecretStore::Status::Unavailable) {
        m_keychainUnavailable = result.errorText;
    } else {
        QVERIFY2(result.status == SecretStore::Status::Ok, qPrintable(result.errorText));
        m_keysToClean << probe;
    }
}

void TestProfileStore::init()
{
    m_memory.reset();
    QSettings settings;
    settings.clear();
    settings.sync();
    m_memory = std::make_unique<MemorySecretStore>();
}

void TestProfileStore::cleanup()
{
    const QStringList keys = std::exchange(m_keysToClean, {});
    if (!m_keychainUnavailable.isEmpty())
        return;
    for (const QString &key : keys) {
        bool answered = false;
        await([&](QObject *context,
                  SecretStore::Callback done) { m_keychain->removeSecret(key, context, done); },
            &answered);
    }
}

SecretStore::Result TestProfileStore::await(
    const std::function<void(QObject *, SecretStore::Callback)> &start, bool *answered)
{
    SecretStore::Result result;
    int calls = 0;
    QObject context;
    start(&context, [&](const SecretStore::Result &r) {
        result = r;
        ++calls;
    });
    *answered = QTest::qWaitFor([&] { return calls > 0; }, kKeychainTimeoutMs);
    return result;
}

void TestProfileStore::addStoreColumn()
{
    QTest::addColumn<bool>("keychain");
}

SecretStore *TestProfileStore::storeForRow()
{
    QFETCH(bool, keychain);
    if (!keychain)
        return m_memory.get();
    if (!m_keychainUnavailable.isEmpty())
        return nullptr;
    return m_keychain.get();
}

#define STORE_OR_SKIP(store)                                                                       \
    SecretStore *store = storeForRow();                                                            \
    /* scripts/test provides a keychain: there, its absence is a failure */                        \
    if (!store && qEnvironmentVariableIsSet("SIPDESK_REQUIRE_KEYCHAIN"))                           \
        QFAIL(qPrintable(                                                                          \
            u"The test session's keychain is unavailable: "_s + m_keychainUnavailable));           \
    if (!store)                                                                                    \
        QSKIP(qPrintable(u"No keychain here (run under scripts/test for a private, unlocked "_s    \
                         u"gnome-keyring): "_s                                                     \
            + m_keychainUnavailable));

#define AWAIT(result, call)                                                                        \
    bool result##Answered = false;                                                                 \
    const SecretStore::Result result =                                                             \
        await([&](QObject *context, SecretStore::Callback done) { call; }, &result##Answered);     \
    QVERIFY2(result##Answered, "no answer from the secret store");

// ---- settings -------------------------------------------------------------

void TestProfileStore::saveAndLoad_data()
{
    QTest::addColumn<Profile>("profile");
    Profile apiKey = twilioProfile(u"Acme (production) ✓"_s);
    apiKey.twilioAuth = Profile::TwilioAuth::ApiKey;
    apiKey.apiKeySid = u"SK0123456789abcdef0123456789abcdef"_s;
    apiKey.region = u"ie1"_s;
    apiKey.edge = u"dublin"_s;
    apiKey.color = u"#a1b2c3"_s;
    Profile sandbox = signalWireProfile(u"Sandbox"_s);
    sandbox.space.clear();
    sandbox.baseUrl = QUrl(u"http://127.0.0.1:4010/api/relay/rest"_s);
    QTest::newRow("twilio auth token") << twilioProfile(u"Plain"_s);
    QTest::newRow("twilio api key") << apiKey;
    QTest::newRow("signalwire") << signalWireProfile(u"Initech"_s);
    QTest::newRow("signalwire sandbox url") << sandbox;
    Profile readOnly = twilioProfile(u"Acme (read-only)"_s);
    readOnly.readOnly = true;
    QTest::newRow("twilio read-only") << readOnly;
}

void TestProfileStore::readOnlyIsSavedBothWays_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::newRow("twilio") << twilioProfile(u"Acme"_s);
    QTest::newRow("signalwire") << signalWireProfile(u"Initech"_s);
}

void TestProfileStore::readOnlyIsSavedBothWays()
{
    QFETCH(Profile, profile);
    ProfileStore store(m_memory.get());
    QVERIFY(store.save(profile));
    QVERIFY(!store.profile(profile.id)->readOnly);
    QVERIFY(!store.profile(profile.id)->toAccount(QString()).readOnly);
    for (const bool readOnly : { true, false, true }) {
        profile.readOnly = readOnly;
        QVERIFY(store.save(profile));
        // A second store reads what the settings hold, not a cached copy.
        const ProfileStore other(m_memory.get());
        QCOMPARE(other.profile(profile.id)->readOnly, readOnly);
        QCOMPARE(other.profile(profile.id)->toAccount(QString()).readOnly, readOnly);
    }
    // A profile saved before the setting existed opens as it always did.
    QSettings().remove(u"profiles/%1/readOnly"_s.arg(profile.id));
    QVERIFY(!ProfileStore(m_memory.get()).profile(profile.id)->readOnly);
}

void TestProfileStore::saveAndLoad()
{
    QFETCH(Profile, profile);
    ProfileStore store(m_memory.get());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    QString error;
    QVERIFY2(store.save(profile, &error), qPrintable(error));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store.profiles(), QList<Profile> { profile });
    QVERIFY(store.profile(profile.id));
    QCOMPARE(*store.profile(profile.id), profile);
    // A second store reads the same settings.
    ProfileStore other(m_memory.get());
    QCOMPARE(other.profiles(), QList<Profile> { profile });
    QSettings settings;
    QCOMPARE(settings.value(u"profiles/order"_s).toStringList(), QStringList { profile.id });
    QCOMPARE(settings.value(u"profiles/%1/service"_s.arg(profile.id)).toString(),
        profile.service == Account::Service::Twilio ? u"twilio"_s : u"signalwire"_s);
}

void TestProfileStore::saveRefusesInvalidProfiles()
{
    ProfileStore store(m_memory.get());
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    Profile invalid = twilioProfile(u"Bad"_s);
    invalid.accountSid = u"AC123"_s;
    QString error;
    QVERIFY(!store.save(invalid, &error));
    QVERIFY2(error.contains(u"Account SID"_s), qPrintable(error));
    Profile noId = twilioProfile(u"No id"_s);
    noId.id.clear();
    QVERIFY(!store.save(noId, &error));
    QVERIFY(!error.isEmpty());
    Profile slash = twilioProfile(u"Slash"_s);
    slash.id = u"a/b"_s;
    QVERIFY(!store.save(slash));
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(QSettings().allKeys().isEmpty());
    QCOMPARE(changed.size(), 0);
}

void TestProfileStore::resaveKeepsPositionAndDropsStaleKeys()
{
    ProfileStore store(m_memory.get());
    Profile a = twilioProfile(u"A"_s);
    a.twilioAuth = Profile::TwilioAuth::ApiKey;
    a.apiKeySid = u"SK0123456789abcdef0123456789abcdef"_s;
    const Profile b = twilioProfile(u"B"_s);
    QVERIFY(store.save(a));
    QVERIFY(store.save(b));
    // The same id, now a SignalWire project: no Twilio key may linger.
    Profile changed = signalWireProfile(u"A, moved to SignalWire"_s);
    changed.id = a.id;
    QVERIFY(store.save(changed));
    QCOMPARE(idsOf(store.profiles()), (QStringList { a.id, b.id }));
    QVERIFY(store.profile(a.id));
    QCOMPARE(*store.profile(a.id), changed);
    QSettings settings;
    settings.beginGroup(u"profiles/"_s + a.id);
    QVERIFY(!settings.contains(u"accountSid"_s));
    QVERIFY(!settings.contains(u"apiKeySid"_s));
}

void TestProfileStore::orderAndMove()
{
    ProfileStore store(m_memory.get());
    const Profile a = twilioProfile(u"A"_s);
    const Profile b = signalWireProfile(u"B"_s);
    const Profile c = twilioProfile(u"C"_s);
    for (const Profile &p : { a, b, c })
        QVERIFY(store.save(p));
    QCOMPARE(idsOf(store.profiles()), (QStringList { a.id, b.id, c.id }));

    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    store.move(c.id, 0);
    QCOMPARE(idsOf(store.profiles()), (QStringList { c.id, a.id, b.id }));
    store.move(c.id, 99); // clamped to the end
    QCOMPARE(idsOf(store.profiles()), (QStringList { a.id, b.id, c.id }));
    store.move(b.id, -5); // clamped to the start
    QCOMPARE(idsOf(store.profiles()), (QStringList { b.id, a.id, c.id }));
    QCOMPARE(changed.size(), 3);
    store.move(u"no-such-id"_s, 0);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(idsOf(ProfileStore(m_memory.get()).profiles()), (QStringList { b.id, a.id, c.id }));
}

void TestProfileStore::lastUsed()
{
    ProfileStore store(m_memory.get());
    QVERIFY(store.lastUsedId().isEmpty());
    const Profile a = twilioProfile(u"A"_s);
    QVERIFY(store.save(a));
    store.setLastUsedId(a.id);
    QCOMPARE(store.lastUsedId(), a.id);
    QCOMPARE(QSettings().value(u"profiles/lastUsed"_s).toString(), a.id);
    store.setLastUsedId(QString());
    QVERIFY(store.lastUsedId().isEmpty());
}

void TestProfileStore::garbageSettingsAreSurvived()
{
    const Profile good = twilioProfile(u"Good"_s);
    const Profile appended = signalWireProfile(u"Not in the order"_s);
    {
        ProfileStore store(m_memory.get());
        QVERIFY(store.save(good));
        QVERIFY(store.save(appended));
    }
    QSettings settings;
    const QString unknown = Profile::newId();
    settings.setValue(u"profiles/%1/name"_s.arg(unknown), u"Skype"_s);
    settings.setValue(u"profiles/%1/service"_s.arg(unknown), u"skype"_s);
    const QString noService = Profile::newId();
    settings.setValue(u"profiles/%1/name"_s.arg(noService), u"No service"_s);
    const QString odd = Profile::newId();
    settings.setValue(u"profiles/%1/service"_s.arg(odd), u"twilio"_s);
    settings.setValue(u"profiles/%1/name"_s.arg(odd), QStringList { u"a"_s, u"b"_s });
    settings.setValue(u"profiles/%1/baseUrl"_s.arg(odd), u"::not a url::"_s);
    settings.setValue(u"profiles/%1/twilioAuth"_s.arg(odd), 42);
    // The order names missing and hostile ids, repeats one, and forgets two.
    settings.setValue(u"profiles/order"_s,
        QStringList { u"missing"_s, good.id, u"../etc"_s, good.id, unknown, u""_s });
    settings.sync();

    ProfileStore store(m_memory.get());
    const QList<Profile> profiles = store.profiles();
    const QStringList ids = idsOf(profiles);
    QCOMPARE(ids.first(), good.id);
    QCOMPARE(ids.count(good.id), 1);
    QVERIFY(ids.contains(appended.id));
    QVERIFY(ids.contains(odd));
    QVERIFY(!ids.contains(unknown));
    QVERIFY(!ids.contains(noService));
    QVERIFY(!ids.contains(u"missing"_s));
    QCOMPARE(ids.size(), 3);
    const Profile oddProfile = *store.profile(odd);
    QCOMPARE(oddProfile.twilioAuth, Profile::TwilioAuth::AuthToken);
    QVERIFY(!oddProfile.isValid()); // loaded, for the user to fix
    QVERIFY(!store.profile(unknown));
    QVERIFY(!store.profile(u"missing"_s));
    QVERIFY(!store.profile(u"../etc"_s));

    // A wrong type where the order belongs: every group still shows.
    settings.setValue(u"profiles/order"_s, 17);
    settings.sync();
    QCOMPARE(store.profiles().size(), 3);

    // Moving and saving repair the order.
    store.move(appended.id, 0);
    QCOMPARE(idsOf(store.profiles()).first(), appended.id);
    QVERIFY(!QSettings().value(u"profiles/order"_s).toStringList().contains(u"missing"_s));
}

void TestProfileStore::profileNamed()
{
    ProfileStore store(m_memory.get());
    const Profile lower = twilioProfile(u"acme"_s);
    const Profile exact = twilioProfile(u"ACME"_s);
    QVERIFY(store.save(lower));
    QVERIFY(store.save(exact));
    QCOMPARE(store.profileNamed(u"ACME"_s)->id, exact.id);
    QCOMPARE(store.profileNamed(u"acme"_s)->id, lower.id);
    QCOMPARE(store.profileNamed(u"Acme"_s)->id, lower.id); // the first in order
    QVERIFY(!store.profileNamed(u"initech"_s));
}

// ---- secrets ----------------------------------------------------------------

void TestProfileStore::secrets_data()
{
    addStoreColumn();
    QTest::newRow("memory") << false;
    QTest::newRow("keychain") << true;
}

void TestProfileStore::secrets()
{
    STORE_OR_SKIP(keychain);
    ProfileStore store(keychain);
    const Profile profile = twilioProfile(u"Acme"_s);
    const QString id = profile.id;
    m_keysToClean << id;
    const QString secret = randomSecret();

    AWAIT(missing, store.readSecret(profile, context, done));
    QCOMPARE(missing.status, SecretStore::Status::NotFound);
    QVERIFY(!missing.errorText.isEmpty());

    AWAIT(written,
        store.storeSecret(profile, secret, ProfileStore::SecretScope::Keychain, context, done));
    QVERIFY2(written.status == SecretStore::Status::Ok, qPrintable(written.errorText));
    AWAIT(read, store.readSecret(profile, context, done));
    QCOMPARE(read.status, SecretStore::Status::Ok);
    QCOMPARE(read.secret, secret);
    // The store keeps the secret together with what it was saved for.
    AWAIT(direct, keychain->readSecret(id, context, done));
    QCOMPARE(direct.status, SecretStore::Status::Ok);
    QVERIFY(direct.secret.contains(secret));
    QVERIFY(
        direct.secret.contains(profile.toAccount(QString()).credentialScope().split(u'\n').at(1)));

    // Overwriting replaces.
    const QString second = randomSecret();
    AWAIT(rewritten,
        store.storeSecret(profile, second, ProfileStore::SecretScope::Keychain, context, done));
    QCOMPARE(rewritten.status, SecretStore::Status::Ok);
    AWAIT(reread, store.readSecret(profile, context, done));
    QCOMPARE(reread.secret, second);
    QVERIFY(!reread.errorText.contains(secret));
}

void TestProfileStore::removeDeletesGroupOrderLastUsedAndSecrets_data()
{
    secrets_data();
}

void TestProfileStore::removeDeletesGroupOrderLastUsedAndSecrets()
{
    STORE_OR_SKIP(keychain);
    ProfileStore store(keychain);
    const Profile a = twilioProfile(u"A"_s);
    const Profile b = signalWireProfile(u"B"_s);
    m_keysToClean << a.id << b.id;
    QVERIFY(store.save(a));
    QVERIFY(store.save(b));
    store.setLastUsedId(a.id);
    AWAIT(inKeychain,
        store.storeSecret(a, randomSecret(), ProfileStore::SecretScope::Keychain, context, done));
    QCOMPARE(inKeychain.status, SecretStore::Status::Ok);
    AWAIT(inSession,
        store.storeSecret(
            a, randomSecret(), ProfileStore::SecretScope::SessionOnly, context, done));
    QCOMPARE(inSession.status, SecretStore::Status::Ok);
    AWAIT(otherSecret,
        store.storeSecret(b, randomSecret(), ProfileStore::SecretScope::Keychain, context, done));
    QCOMPARE(otherSecret.status, SecretStore::Status::Ok);

    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    AWAIT(removed, store.remove(a.id, context, done));
    QVERIFY2(removed.status == SecretStore::Status::Ok, qPrintable(removed.errorText));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(idsOf(store.profiles()), QStringList { b.id });
    QVERIFY(!store.profile(a.id));
    QVERIFY(store.lastUsedId().isEmpty());
    QSettings settings;
    QVERIFY(!settings.childGroups().isEmpty());
    settings.beginGroup(u"profiles"_s);
    QVERIFY(!settings.childGroups().contains(a.id));
    settings.endGroup();
    QCOMPARE(settings.value(u"profiles/order"_s).toStringList(), QStringList { b.id });

    AWAIT(gone, store.readSecret(a, context, done));
    QCOMPARE(gone.status, SecretStore::Status::NotFound);
    AWAIT(goneFromKeychain, keychain->readSecret(a.id, context, done));
    QCOMPARE(goneFromKeychain.status, SecretStore::Status::NotFound);
    AWAIT(kept, store.readSecret(b, context, done));
    QCOMPARE(kept.status, SecretStore::Status::Ok);

    // Removing another profile leaves lastUsed alone.
    store.setLastUsedId(b.id);
    const Profile c = twilioProfile(u"C"_s);
    QVERIFY(store.save(c));
    AWAIT(removedC, store.remove(c.id, context, done));
    QCOMPARE(removedC.status, SecretStore::Status::Ok);
    QCOMPARE(store.lastUsedId(), b.id);
}

void TestProfileStore::aSecretIsOnlyHandedOutForItsConnection_data()
{
    addStoreColumn();
    QTest::addColumn<bool>("sessionOnly");
    QTest::addColumn<Profile>("saved");
    QTest::addColumn<Profile>("changed");
    QTest::addColumn<bool>("sameConnection");

    const Profile twilio = twilioProfile(u"Acme"_s);
    const Profile signalWire = signalWireProfile(u"Initech"_s);
    const auto edited = [](Profile profile, const std::function<void(Profile &)> &edit) {
        edit(profile);
        return profile;
    };
    const QList<std::tuple<const char *, Profile, Profile, bool>> cases {
        { "renamed and recoloured", twilio,
            edited(twilio,
                [](Profile &p) {
                    p.name = u"Acme (renamed)"_s;
                    p.color = u"#43a047"_s;
                }),
            true },
        { "base URL", twilio,
            edited(twilio, [](Profile &p) { p.baseUrl = QUrl(u"http://127.0.0.1:9/"_s); }), false },
        { "region", twilio, edited(twilio, [](Profile &p) { p.region = u"ie1"_s; }), false },
        { "edge", twilio,
            edited(twilio,
                [](Profile &p) {
                    p.region = u"ie1"_s;
                    p.edge = u"dublin"_s;
                }),
            false },
        { "account SID", twilio,
            edited(
                twilio, [](Profile &p) { p.accountSid = u"ACfedcba9876543210fedcba9876543210"_s; }),
            false },
        { "API key instead of auth token", twilio,
            edited(twilio,
                [](Profile &p) {
                    p.twilioAuth = Profile::TwilioAuth::ApiKey;
                    p.apiKeySid = u"SK0123456789abcdef0123456789abcdef"_s;
                }),
            false },
        { "space", signalWire, edited(signalWire, [](Profile &p) { p.space = u"globex"_s; }),
            false },
        { "project", signalWire,
            edited(signalWire,
                [](Profile &p) { p.projectId = u"00000000-0000-4000-8000-000000000000"_s; }),
            false },
    };
    for (const bool useKeychain : { false, true }) {
        for (const bool sessionOnly : { false, true }) {
            for (const auto &[name, saved, changed, same] : cases) {
                QTest::addRow("%s, %s, %s", useKeychain ? "keychain" : "memory",
                    sessionOnly ? "session only" : "stored", name)
                    << useKeychain << sessionOnly << saved << changed << same;
            }
        }
    }
}

void TestProfileStore::aSecretIsOnlyHandedOutForItsConnection()
{
    STORE_OR_SKIP(keychain);
    QFETCH(bool, sessionOnly);
    QFETCH(Profile, saved);
    QFETCH(Profile, changed);
    QFETCH(bool, sameConnection);
    m_keysToClean << saved.id;
    ProfileStore store(keychain);
    QVERIFY(store.save(saved));
    const QString secret = randomSecret();
    AWAIT(stored,
        store.storeSecret(saved, secret,
            sessionOnly ? ProfileStore::SecretScope::SessionOnly
                        : ProfileStore::SecretScope::Keychain,
            context, done));
    QCOMPARE(stored.status, SecretStore::Status::Ok);

    // The profile's connection changes in the settings, and nothing else
    // happens (the new secret is not typed yet, or its write fails).
    QVERIFY(store.save(changed));
    QCOMPARE(changed.usesSameCredentialsAs(saved), sameConnection);
    AWAIT(forChanged, store.readSecret(*store.profile(saved.id), context, done));
    if (sameConnection) {
        QCOMPARE(forChanged.status, SecretStore::Status::Ok);
        QCOMPARE(forChanged.secret, secret);
        return;
    }
    QCOMPARE(forChanged.status, SecretStore::Status::NotFound);
    QVERIFY(forChanged.secret.isEmpty());
    QVERIFY(!forChanged.errorText.isEmpty());
    QVERIFY(!forChanged.errorText.contains(secret));
    // An account still open on the old connection keeps its secret.
    AWAIT(forSaved, store.readSecret(saved, context, done));
    QCOMPARE(forSaved.secret, secret);
}

void TestProfileStore::aSessionCopyForAnotherConnectionDoesNotHideTheKeychain()
{
    ProfileStore store(m_memory.get());
    const Profile before = twilioProfile(u"Acme"_s);
    Profile after = before;
    after.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    AWAIT(session,
        store.storeSecret(before, u"S1"_s, ProfileStore::SecretScope::SessionOnly, context, done));
    QCOMPARE(session.status, SecretStore::Status::Ok);
    AWAIT(missing, store.readSecret(after, context, done));
    QCOMPARE(missing.status, SecretStore::Status::NotFound);
    AWAIT(keychain,
        store.storeSecret(after, u"S2"_s, ProfileStore::SecretScope::Keychain, context, done));
    QCOMPARE(keychain.status, SecretStore::Status::Ok);
    AWAIT(read, store.readSecret(after, context, done));
    QCOMPARE(read.secret, u"S2"_s);
}

void TestProfileStore::anUnboundSecretIsNeverHandedOut()
{
    ProfileStore store(m_memory.get());
    const Profile profile = twilioProfile(u"Acme"_s);
    QVERIFY(store.save(profile));
    // A value that does not say what it was saved for: written by hand, by
    // another program, or tampered with.
    for (const QString &raw : { u"plain-secret"_s, u"{\"secret\":\"s\"}"_s,
             u"{\"scope\":42,\"secret\":\"s\"}"_s, u"[]"_s, QString() }) {
        AWAIT(written, m_memory->writeSecret(profile.id, raw, context, done));
        QCOMPARE(written.status, SecretStore::Status::Ok);
        AWAIT(read, store.readSecret(profile, context, done));
        QCOMPARE(read.status, SecretStore::Status::NotFound);
        QVERIFY(read.secret.isEmpty());
    }
}

void TestProfileStore::sessionOnlySecretNeverReachesTheKeychain_data()
{
    secrets_data();
}

void TestProfileStore::sessionOnlySecretNeverReachesTheKeychain()
{
    STORE_OR_SKIP(keychain);
    ProfileStore store(keychain);
    const Profile profile = twilioProfile(u"Acme"_s);
    const QString id = profile.id;
    m_keysToClean << id;
    const QString session = randomSecret();
    AWAIT(stored,
        store.storeSecret(profile, session, ProfileStore::SecretScope::SessionOnly, context, done));
    QCOMPARE(stored.status, SecretStore::Status::Ok);
    AWAIT(read, store.readSecret(profile, context, done));
    QCOMPARE(read.secret, session);
    AWAIT(notInKeychain, keychain->readSecret(id, context, done));
    QCOMPARE(notInKeychain.status, SecretStore::Status::NotFound);

    // The session copy is looked up first, and storing in the keychain
    // later drops it, so the keychain's secret is the one read.
    const QString kept = randomSecret();
    AWAIT(inKeychain,
        store.storeSecret(profile, kept, ProfileStore::SecretScope::Keychain, context, done));
    QCOMPARE(inKeychain.status, SecretStore::Status::Ok);
    AWAIT(afterwards, store.readSecret(profile, context, done));
    QCOMPARE(afterwards.secret, kept);

    // A new store (a new session) has forgotten session-only secrets.
    const Profile other = signalWireProfile(u"Other"_s);
    AWAIT(sessionOther,
        store.storeSecret(other, session, ProfileStore::SecretScope::SessionOnly, context, done));
    QCOMPARE(sessionOther.status, SecretStore::Status::Ok);
    ProfileStore nextSession(keychain);
    AWAIT(forgotten, nextSession.readSecret(other, context, done));
    QCOMPARE(forgotten.status, SecretStore::Status::NotFound);
}

// Known without asking the keychain: what the profile list and the secret
// field's "leave empty to keep the stored token" rely on.
void TestProfileStore::secretStateFollowsWhatTheStoresHold()
{
    using State = ProfileStore::SecretState;
    FakeSecretStores::RefusingUntilAccepted keychain;
    ProfileStore store(&keychain);
    Profile profile = twilioProfile(u"Acme"_s);
    QVERIFY(store.save(profile));
    QCOMPARE(store.secretState(profile), State::Missing);

    AWAIT(refused,
        store.storeSecret(
            profile, randomSecret(), ProfileStore::SecretScope::Keychain, context, done));
    QCOMPARE(refused.status, SecretStore::Status::Unavailable);
    QCOMPARE(store.secretState(profile), State::Missing);

    keychain.accepting = true;
    AWAIT(stored,
        store.storeSecret(
            profile, randomSecret(), ProfileStore::SecretScope::Keychain, context, done));
    QCOMPARE(stored.status, SecretStore::Status::Ok);
    QCOMPARE(store.secretState(profile), State::Stored);
    // A new name keeps the record; the secret did not move.
    profile.name = u"Acme (renamed)"_s;
    QVERIFY(store.save(profile));
    QCOMPARE(store.secretState(profile), State::Stored);
    QCOMPARE(ProfileStore(&keychain).secretState(profile), State::Stored); // next session

    // Another user for the same account: the stored secret does not go there.
    Profile apiKey = profile;
    apiKey.twilioAuth = Profile::TwilioAuth::ApiKey;
    apiKey.apiKeySid = u"SK0123456789abcdef0123456789abcdef"_s;
    QCOMPARE(store.secretState(apiKey), State::Missing);
    QVERIFY(store.save(apiKey));
    QCOMPARE(store.secretState(apiKey), State::Missing);
    QCOMPARE(store.secretState(profile), State::Stored); // its old connection still has one

    // A profile saved before SipDesk recorded this is taken as stored.
    const Profile old = twilioProfile(u"Old"_s);
    QVERIFY(store.save(old));
    QSettings().remove(u"profiles/"_s + old.id + u"/secretScope"_s);
    QCOMPARE(store.secretState(old), State::Stored);

    // Removed: nothing left to keep.
    AWAIT(removed, store.remove(profile.id, context, done));
    QCOMPARE(removed.status, SecretStore::Status::Ok);
    QVERIFY(!QSettings().contains(u"profiles/"_s + profile.id + u"/secretScope"_s));
}

// "Keep for this session only" after the keychain said no: the secret is
// read back from memory, marked as such, in no file, and gone next session.
void TestProfileStore::aSessionOnlySecretAfterARefusalStaysInMemory()
{
    FakeSecretStores::RefusingUntilAccepted keychain;
    const Profile profile = signalWireProfile(u"Initech"_s);
    const QString secret = randomSecret();
    {
        ProfileStore store(&keychain);
        QVERIFY(store.save(profile));
        AWAIT(refused,
            store.storeSecret(profile, secret, ProfileStore::SecretScope::Keychain, context, done));
        QVERIFY(refused.status != SecretStore::Status::Ok);
        AWAIT(kept,
            store.storeSecret(
                profile, secret, ProfileStore::SecretScope::SessionOnly, context, done));
        QCOMPARE(kept.status, SecretStore::Status::Ok);
        QCOMPARE(store.secretState(profile), ProfileStore::SecretState::SessionOnly);
        const int keychainReads = keychain.reads;
        AWAIT(read, store.readSecret(profile, context, done));
        QCOMPARE(read.secret, secret);
        QCOMPARE(keychain.reads, keychainReads); // memory answered
        QCOMPARE(keychain.writes, 1);

        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(written.contains(profile.id.toUtf8()));
        for (const QByteArray &encoded : encodingsOf(secret))
            QVERIFY2(!written.contains(encoded), "a session-only secret reached the settings");
    }
    ProfileStore nextSession(&keychain);
    QCOMPARE(nextSession.secretState(profile), ProfileStore::SecretState::Missing);
}

void TestProfileStore::removingAMissingSecretSucceeds_data()
{
    secrets_data();
}

void TestProfileStore::removingAMissingSecretSucceeds()
{
    STORE_OR_SKIP(keychain);
    AWAIT(removed, keychain->removeSecret(Profile::newId(), context, done));
    QVERIFY2(removed.status == SecretStore::Status::Ok, qPrintable(removed.errorText));
    ProfileStore store(keychain);
    AWAIT(removedProfile, store.remove(Profile::newId(), context, done));
    QCOMPARE(removedProfile.status, SecretStore::Status::Ok);
}

void TestProfileStore::aRefusedSecretRemovalKeepsTheProfile()
{
    FakeSecretStores::RefusedRemoval keychain;
    ProfileStore store(&keychain);
    const Profile profile = twilioProfile(u"Acme"_s);
    QVERIFY(store.save(profile));
    store.setLastUsedId(profile.id);
    const QString secret = randomSecret();
    AWAIT(stored,
        store.storeSecret(profile, secret, ProfileStore::SecretScope::Keychain, context, done));
    QCOMPARE(stored.status, SecretStore::Status::Ok);

    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    AWAIT(removed, store.remove(profile.id, context, done));
    QCOMPARE(removed.status, SecretStore::Status::Denied);
    QCOMPARE(removed.errorText, QString::fromLatin1(FakeSecretStores::RefusedRemoval::kReason));
    // Nothing is half removed: the profile, its place and its secret stay.
    QCOMPARE(changed.size(), 0);
    QVERIFY(store.profile(profile.id));
    QCOMPARE(idsOf(store.profiles()), QStringList { profile.id });
    QCOMPARE(store.lastUsedId(), profile.id);
    AWAIT(read, store.readSecret(profile, context, done));
    QCOMPARE(read.secret, secret);
}

void TestProfileStore::callbackNeverRunsAfterContextIsGone_data()
{
    secrets_data();
}

void TestProfileStore::callbackNeverRunsAfterContextIsGone()
{
    STORE_OR_SKIP(keychain);
    const QString id = Profile::newId();
    m_keysToClean << id;
    int lateCalls = 0;
    {
        auto *context = new QObject;
        keychain->writeSecret(
            id, randomSecret(), context, [&](const SecretStore::Result &) { ++lateCalls; });
        keychain->readSecret(id, context, [&](const SecretStore::Result &) { ++lateCalls; });
        delete context;
    }
    // Stores answer in order: once this read is answered, so were those.
    AWAIT(after, keychain->readSecret(id, context, done));
    QCOMPARE(after.status, SecretStore::Status::Ok);
    QTest::qWait(50); // and a callback queued behind the answer would run now
    QCOMPARE(lateCalls, 0);
}

void TestProfileStore::memoryStoreAnswersFromTheEventLoop()
{
    MemorySecretStore store;
    QObject context;
    int calls = 0;
    store.writeSecret(u"k"_s, u"v"_s, &context, [&](const SecretStore::Result &) { ++calls; });
    store.readSecret(u"k"_s, &context, [&](const SecretStore::Result &r) {
        QCOMPARE(r.secret, u"v"_s);
        ++calls;
    });
    QCOMPARE(calls, 0);
    QVERIFY(store.contains(u"k"_s));
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 1000);
    QTest::qWait(20); // a repeated answer would come from the event loop now
    QCOMPARE(calls, 2); // once each
    QCOMPARE(store.displayName().isEmpty(), false);
    QVERIFY(store.displayName() != KeychainSecretStore().displayName());
}

// ---- the disk scan ----------------------------------------------------------

void TestProfileStore::noSecretOnDisk_data()
{
    secrets_data();
}

void TestProfileStore::noSecretOnDisk()
{
    STORE_OR_SKIP(keychain);
    QList<QPair<QString, QByteArray>> needles;
    QStringList secrets;
    const auto secret = [&](const QString &label) {
        const QString value = randomSecret();
        secrets << value;
        for (const QByteArray &encoded : encodingsOf(value))
            needles.append({ label, encoded });
        return value;
    };

    {
        ProfileStore store(keychain);
        Profile a = twilioProfile(u"Acme"_s);
        const Profile b = signalWireProfile(u"Initech"_s);
        const Profile c = twilioProfile(u"Removed"_s);
        m_keysToClean << a.id << b.id << c.id;
        QVERIFY(store.save(a));
        QVERIFY(store.save(b));
        QVERIFY(store.save(c));
        AWAIT(s1,
            store.storeSecret(a, secret(u"first keychain secret"_s),
                ProfileStore::SecretScope::Keychain, context, done));
        QCOMPARE(s1.status, SecretStore::Status::Ok);
        AWAIT(s2,
            store.storeSecret(b, secret(u"session secret"_s),
                ProfileStore::SecretScope::SessionOnly, context, done));
        QCOMPARE(s2.status, SecretStore::Status::Ok);
        AWAIT(s3,
            store.storeSecret(c, secret(u"secret of a removed profile"_s),
                ProfileStore::SecretScope::Keychain, context, done));
        QCOMPARE(s3.status, SecretStore::Status::Ok);
        // Edit: new name, API key, new secret.
        a.name = u"Acme (edited)"_s;
        a.twilioAuth = Profile::TwilioAuth::ApiKey;
        a.apiKeySid = u"SK0123456789abcdef0123456789abcdef"_s;
        QVERIFY(store.save(a));
        AWAIT(s4,
            store.storeSecret(a, secret(u"replacing keychain secret"_s),
                ProfileStore::SecretScope::Keychain, context, done));
        QCOMPARE(s4.status, SecretStore::Status::Ok);
        store.setLastUsedId(a.id);
        AWAIT(read, store.readSecret(a, context, done));
        QCOMPARE(read.secret, secrets.last());
        AWAIT(removed, store.remove(c.id, context, done));
        QCOMPARE(removed.status, SecretStore::Status::Ok);
        store.move(b.id, 0);
    }
    QSettings settings;
    settings.sync();
    QCOMPARE(settings.status(), QSettings::NoError);

    QStringList roots { QDir::homePath(), QFileInfo(settings.fileName()).absolutePath() };
    for (auto location : { QStandardPaths::AppDataLocation, QStandardPaths::AppConfigLocation,
             QStandardPaths::AppLocalDataLocation, QStandardPaths::GenericConfigLocation,
             QStandardPaths::GenericDataLocation, QStandardPaths::CacheLocation,
             QStandardPaths::GenericCacheLocation, QStandardPaths::ConfigLocation,
             QStandardPaths::RuntimeLocation })
        roots << QStandardPaths::writableLocation(location);
    // Under scripts/test HOME is a fresh temporary directory; elsewhere it is
    // a person's real home, too big and too private to read.
    if (!QDir::homePath().startsWith(QDir::tempPath()))
        roots.removeFirst();
    // Excluded: gnome-keyring's own store ($XDG_DATA_HOME/keyrings, outside
    // HOME under scripts/test) is where the secrets are meant to be; it is
    // encrypted with the login password, and reading it would test
    // gnome-keyring rather than us.
    QStringList excluded;
    const QString dataHome = qEnvironmentVariable("XDG_DATA_HOME");
    if (!dataHome.isEmpty())
        excluded << QFileInfo(dataHome + u"/keyrings"_s).canonicalFilePath();
    excluded.removeAll(QString());

    const ScanResult result = scan(roots, excluded, needles);
    QVERIFY2(result.hits.isEmpty(), qPrintable(result.hits.join(u'\n')));
    // The settings file itself must have been among the files read.
    QVERIFY(QFileInfo::exists(settings.fileName()));
    QVERIFY(result.files > 0);
    const QByteArray settingsText = [&] {
        QFile file(settings.fileName());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    QVERIFY(settingsText.contains("Acme (edited)"));
    QVERIFY(!settingsText.contains("Removed"));
}

// The scanner of noSecretOnDisk must be able to see what it looks for.
void TestProfileStore::scannerFindsAPlantedSecret()
{
    const QString canary = randomSecret();
    QList<QPair<QString, QByteArray>> needles;
    for (const QByteArray &encoded : encodingsOf(canary))
        needles.append({ u"canary"_s, encoded });
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto plant = [&](const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("header ");
        file.write(data);
        file.write(" trailer");
    };
    const QString user = u"AC0123456789abcdef0123456789abcdef:"_s;
    plant(u"utf16.bin"_s,
        QByteArray(reinterpret_cast<const char *>(canary.utf16()), canary.size() * 2));
    plant(u"basic.txt"_s, (user + canary).toUtf8().toBase64());
    plant(u"shifted.txt"_s, (u"x:"_s + canary).toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    plant(u"plain.ini"_s, canary.toUtf8());
    QDir(dir.path()).mkpath(u"deep/er"_s);
    plant(u"deep/er/.hidden"_s, canary.toUtf8());
    const ScanResult result = scan({ dir.path() }, {}, needles);
    QCOMPARE(result.files, 5);
    QCOMPARE(result.hits.size(), 5);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
