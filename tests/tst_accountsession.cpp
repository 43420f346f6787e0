// AccountSession without a display: which account is open, in which order
// an account closes and the next opens, the close guard, late keychain
// answers, and reopening when the open profile's connection changes. Secrets
// come from a memory store that can hold its answers back; no request is
// sent (nothing here loads a list).

#include "models/accounts/accountsession.h"
#include "models/lists/sipdomaintablemodel.h"
#include "models/lists/sipendpointtablemodel.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/secretstore.h"
#include "tests/builders.h"
#include "tests/fakesecretstores.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString kAcmeSid = Builders::kTwilioSid;
const QString kGlobexSid = u"ACfedcba9876543210fedcba9876543210"_s;

Account demoTwilio(const QString &name, const QString &sid)
{
    return Builders::twilioAccount(name, sid, u"demo-secret"_s);
}

TwilioClient *twilioClientOf(const AccountSession &session)
{
    return qobject_cast<TwilioClient *>(session.client());
}

SignalWireSipEndpointsClient *signalWireClientOf(const AccountSession &session)
{
    return qobject_cast<SignalWireSipEndpointsClient *>(session.client());
}

} // namespace

class TestAccountSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theFirstAccountOpens();
    void closingComesBeforeTheClientGoes();
    void aGuardThatSaysNoKeepsTheAccount();
    void aGuardThatAnswersLaterSwitchesToTheSameProfile();
    void aLateKeychainAnswerIsDropped();
    void aMissingSecretOpensNothing();
    void aChangedConnectionReopensARenameDoesNot();
    void readOnlyAppliesToTheOpenClientAtOnce();
    void aRemovedProfileWithUnsavedWorkWaitsForTheGuard();

private:
    Profile saveProfile(const QString &name, const QString &sid, const QString &secret);
    // Opens the profile with its secret answered at once.
    void openNow(const Profile &profile);
    // A close guard that asks the user: answer holds the reply to give.
    void askTheUser(std::function<void(bool)> &answer);

    QNetworkAccessManager m_network;
    std::unique_ptr<FakeSecretStores::HeldReads> m_keychain;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<SipDomainTableModel> m_domains;
    std::unique_ptr<SipEndpointTableModel> m_endpoints;
    std::unique_ptr<AccountSession> m_session;
};

void TestAccountSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SipDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_accountsession"_s);
}

void TestAccountSession::init()
{
    QSettings().clear();
    m_keychain = std::make_unique<FakeSecretStores::HeldReads>();
    m_profiles = std::make_unique<ProfileStore>(m_keychain.get());
    m_domains = std::make_unique<SipDomainTableModel>();
    m_endpoints = std::make_unique<SipEndpointTableModel>();
    m_session = std::make_unique<AccountSession>(
        &m_network, QList<PagedTableModel *> { m_domains.get(), m_endpoints.get() });
}

void TestAccountSession::cleanup()
{
    m_session.reset();
    m_endpoints.reset();
    m_domains.reset();
    m_profiles.reset();
    m_keychain.reset();
}

Profile TestAccountSession::saveProfile(
    const QString &name, const QString &sid, const QString &secret)
{
    const Profile profile = Builders::twilioProfile(name, sid, Builders::kUnreachable);
    [&] { QVERIFY(m_profiles->save(profile)); }();
    bool stored = false;
    m_profiles->storeSecret(profile, secret, ProfileStore::SecretScope::Keychain, this,
        [&stored](const SecretStore::Result &r) { stored = r.status == SecretStore::Status::Ok; });
    [&] { QTRY_VERIFY(stored); }();
    return profile;
}

void TestAccountSession::openNow(const Profile &profile)
{
    m_session->openProfile(profile.id);
    m_keychain->releaseAll();
    [&] { QTRY_VERIFY(twilioClientOf(*m_session)); }();
}

void TestAccountSession::askTheUser(std::function<void(bool)> &answer)
{
    m_session->setCloseGuard(
        [&answer](std::function<void(bool)> done) { answer = done; }, [] { return true; });
}

void TestAccountSession::theFirstAccountOpens()
{
    QSignalSpy opened(m_session.get(), &AccountSession::opened);
    QSignalSpy listed(m_session.get(), &AccountSession::accountsChanged);
    m_session->setAccounts(
        { demoTwilio(u"Acme"_s, kAcmeSid), demoTwilio(u"Globex"_s, kGlobexSid) });
    QCOMPARE(listed.size(), 1);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).value<Account>().identifier(), kAcmeSid);
    QCOMPARE(m_session->currentAccount(), 0);
    QVERIFY(twilioClientOf(*m_session));
    QVERIFY(!signalWireClientOf(*m_session));
    // Only the tables of the account's service list through its client.
    QCOMPARE(m_domains->client(), twilioClientOf(*m_session));
    QVERIFY(!m_endpoints->client());
    QCOMPARE(m_session->openedAccount().name, u"Acme"_s);
    // The account as shown and signalled carries no secret.
    QVERIFY(m_session->openedAccount().twilio.secret.isEmpty());
    QVERIFY(opened.at(0).at(0).value<Account>().twilio.secret.isEmpty());
}

void TestAccountSession::closingComesBeforeTheClientGoes()
{
    const Account project = Builders::signalWireAccount(u"Initech"_s, Builders::kProjectId, {});
    m_session->setAccounts({ demoTwilio(u"Acme"_s, kAcmeSid), project });
    QPointer<TwilioClient> acmeClient = twilioClientOf(*m_session);
    QVERIFY(acmeClient);
    QStringList order;
    connect(m_session.get(), &AccountSession::closing, this, [&] {
        // Whoever uses the client can still let go of it.
        order << (twilioClientOf(*m_session) ? u"closing with client"_s : u"closing without"_s);
    });
    connect(m_session.get(), &AccountSession::opened, this, [&](const Account &account) {
        order << (acmeClient ? u"old client alive"_s : u"opened "_s + account.name);
    });
    m_session->openAccount(1);
    QCOMPARE(order, (QStringList { u"closing with client"_s, u"opened Initech"_s }));
    QVERIFY(!twilioClientOf(*m_session));
    QVERIFY(signalWireClientOf(*m_session));
    QVERIFY(!m_domains->client());
    QCOMPARE(m_endpoints->client(), signalWireClientOf(*m_session));
    QCOMPARE(m_session->currentAccount(), 1);
}

void TestAccountSession::aGuardThatSaysNoKeepsTheAccount()
{
    m_session->setAccounts(
        { demoTwilio(u"Acme"_s, kAcmeSid), demoTwilio(u"Globex"_s, kGlobexSid) });
    int asked = 0;
    m_session->setCloseGuard(
        [&asked](std::function<void(bool)> done) {
            ++asked;
            done(false); // the user keeps editing
        },
        [] { return true; });
    QSignalSpy closing(m_session.get(), &AccountSession::closing);
    QSignalSpy current(m_session.get(), &AccountSession::currentChanged);
    m_session->openAccount(1);
    QCOMPARE(asked, 1);
    QCOMPARE(closing.size(), 0);
    QCOMPARE(m_session->currentAccount(), 0);
    QCOMPARE(m_session->openedAccount().identifier(), kAcmeSid);
    // The switcher is told to show the open account again.
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.at(0).at(0).toInt(), 0);
}

void TestAccountSession::aGuardThatAnswersLaterSwitchesToTheSameProfile()
{
    const Profile acme = saveProfile(u"Acme"_s, kAcmeSid, u"acme-secret"_s);
    const Profile globex = saveProfile(u"Globex"_s, kGlobexSid, u"globex-secret"_s);
    m_session->setProfileStore(m_profiles.get());
    openNow(acme);
    std::function<void(bool)> answer;
    askTheUser(answer);
    m_session->openProfile(globex.id);
    QVERIFY(answer); // the guard is asking the user
    // Meanwhile the list changes order: Globex moves to the top.
    m_profiles->move(globex.id, 0);
    answer(true);
    QTRY_COMPARE(m_keychain->held(), 1);
    QSignalSpy opened(m_session.get(), &AccountSession::opened);
    m_keychain->releaseAll();
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).value<Account>().profileId, globex.id);
    QCOMPARE(m_session->openedAccount().profileId, globex.id);
    QCOMPARE(m_session->currentAccount(), 0);
    QVERIFY(twilioClientOf(*m_session));
}

void TestAccountSession::aLateKeychainAnswerIsDropped()
{
    const Profile acme = saveProfile(u"Acme"_s, kAcmeSid, u"acme-secret"_s);
    const Profile globex = saveProfile(u"Globex"_s, kGlobexSid, u"globex-secret"_s);
    m_session->setProfileStore(m_profiles.get());
    QSignalSpy opened(m_session.get(), &AccountSession::opened);
    m_session->openProfile(acme.id);
    QTRY_COMPARE(m_keychain->held(), 1);
    m_session->openProfile(globex.id); // before Acme's secret came
    QTRY_COMPARE(m_keychain->held(), 2);
    QVERIFY(m_keychain->release(acme.id));
    // Acme's answer is delivered from the event loop; once a later-queued
    // call has run, it has been too.
    bool flushed = false;
    QMetaObject::invokeMethod(
        this, [&flushed] { flushed = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(flushed);
    QCOMPARE(opened.size(), 0);
    QVERIFY(!twilioClientOf(*m_session));
    QVERIFY(m_keychain->release(globex.id));
    QTRY_COMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).value<Account>().profileId, globex.id);
}

void TestAccountSession::aMissingSecretOpensNothing()
{
    const Profile lonely = Builders::twilioProfile(u"No secret"_s, kAcmeSid);
    QVERIFY(m_profiles->save(lonely));
    m_session->setProfileStore(m_profiles.get());
    QSignalSpy notice(m_session.get(), &AccountSession::notice);
    QSignalSpy opened(m_session.get(), &AccountSession::opened);
    m_session->openProfile(lonely.id);
    m_keychain->releaseAll();
    QTRY_VERIFY(
        !notice.isEmpty() && notice.constLast().at(0).toString().contains(u"could not be read"_s));
    QCOMPARE(opened.size(), 0);
    QVERIFY(!twilioClientOf(*m_session));
    QVERIFY(m_domains->rowCount() == 0);
}

void TestAccountSession::aChangedConnectionReopensARenameDoesNot()
{
    Profile acme = saveProfile(u"Acme"_s, kAcmeSid, u"acme-secret"_s);
    m_session->setProfileStore(m_profiles.get());
    openNow(acme);
    QSignalSpy closing(m_session.get(), &AccountSession::closing);
    QSignalSpy listed(m_session.get(), &AccountSession::accountsChanged);

    acme.name = u"Acme (renamed)"_s;
    QVERIFY(m_profiles->save(acme));
    QTRY_VERIFY(!listed.isEmpty());
    bool flushed = false;
    QMetaObject::invokeMethod(
        this, [&flushed] { flushed = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(flushed);
    QCOMPARE(closing.size(), 0);
    QCOMPARE(m_session->openedAccount().name, u"Acme (renamed)"_s);

    acme.baseUrl = QUrl(u"http://127.0.0.1:10"_s);
    QVERIFY(m_profiles->save(acme));
    QTRY_COMPARE(closing.size(), 1);
    QCOMPARE(m_session->openedAccount().twilio.baseUrl, acme.baseUrl);
    // The stored secret was saved for the old address: nothing opens.
    m_keychain->releaseAll();
    QSignalSpy notice(m_session.get(), &AccountSession::notice);
    QTRY_VERIFY(!notice.isEmpty());
    QVERIFY(!twilioClientOf(*m_session));
}

void TestAccountSession::readOnlyAppliesToTheOpenClientAtOnce()
{
    Profile acme = saveProfile(u"Acme"_s, kAcmeSid, u"acme-secret"_s);
    m_session->setProfileStore(m_profiles.get());
    openNow(acme);
    const QPointer<TwilioClient> client = twilioClientOf(*m_session);
    QVERIFY(!client->isReadOnly());
    QSignalSpy closing(m_session.get(), &AccountSession::closing);
    QSignalSpy changed(m_session.get(), &AccountSession::openAccountChanged);

    // Both ways, on the client already open: no reopen, no keychain read.
    for (const bool readOnly : { true, false }) {
        acme.readOnly = readOnly;
        QVERIFY(m_profiles->save(acme));
        QCOMPARE(client->isReadOnly(), readOnly);
        QCOMPARE(m_session->openedAccount().readOnly, readOnly);
        QCOMPARE(changed.size(), readOnly ? 1 : 2);
        QCOMPARE(changed.last().constFirst().value<Account>().readOnly, readOnly);
    }
    QCOMPARE(twilioClientOf(*m_session), client.data());
    QCOMPARE(closing.size(), 0);

    // Together with a changed connection, whose reopen waits for the user:
    // meanwhile the open client refuses writes already.
    std::function<void(bool)> answer;
    askTheUser(answer);
    acme.readOnly = true;
    acme.baseUrl = QUrl(u"http://127.0.0.1:10"_s);
    QVERIFY(m_profiles->save(acme));
    QTRY_VERIFY(answer);
    QVERIFY(client);
    QVERIFY(client->isReadOnly());
}

void TestAccountSession::aRemovedProfileWithUnsavedWorkWaitsForTheGuard()
{
    const Profile acme = saveProfile(u"Acme"_s, kAcmeSid, u"acme-secret"_s);
    m_session->setProfileStore(m_profiles.get());
    openNow(acme);
    std::function<void(bool)> answer;
    askTheUser(answer);

    bool removed = false;
    m_profiles->remove(acme.id, this, [&removed](const SecretStore::Result &) { removed = true; });
    QTRY_VERIFY(removed);
    // Still open, listed as removed, while the user decides.
    QVERIFY(answer);
    QVERIFY(twilioClientOf(*m_session));
    QCOMPARE(m_session->accounts().size(), 1);
    QVERIFY(m_session->accounts().constFirst().name.endsWith(u"(removed)"_s));
    QSignalSpy notice(m_session.get(), &AccountSession::notice);
    answer(true);
    QVERIFY(!twilioClientOf(*m_session));
    QCOMPARE(m_session->currentAccount(), -1);
    QVERIFY(m_session->accounts().isEmpty());
    QCOMPARE(notice.size(), 1);
}

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
