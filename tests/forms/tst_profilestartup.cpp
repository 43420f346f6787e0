// Saved profiles in the main window: the last used one opens at start,
// --profile NAME picks one, Ctrl+1…9 switch, the toolbar shows the colour,
// and with no profile at all the window offers to add one.

#include "editformsfixture.h"

#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QComboBox>
#include <QLabel>

using namespace Qt::StringLiterals;

class TestProfileStartup : public EditFormsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(u"tst_profilestartup"_s); }
    void init();
    void cleanup();

    void theLastUsedProfileOpensAtStart();
    void aProfileNamedOnTheCommandLineOpens();
    void anUnknownNameSaysSo();
    void ctrlDigitSwitchesAndTheToolbarShowsTheColour();
    void withoutProfilesTheWindowOffersToAddOne();
    void aMissingSecretIsReportedNotSent();

private:
    Profile addProfile(
        const QString &name, QStringView sid, QStringView token, const QString &color);

    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MainWindow> m_window;
};

void TestProfileStartup::init()
{
    // The fixture's sandbox, with a window of saved profiles only.
    openSandbox();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_profiles = std::make_unique<ProfileStore>(m_secrets.get());
}

void TestProfileStartup::cleanup()
{
    m_window.reset();
    m_profiles.reset();
    m_secrets.reset();
    closeWindow();
}

Profile TestProfileStartup::addProfile(
    const QString &name, QStringView sid, QStringView token, const QString &color)
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = name;
    profile.color = color;
    profile.accountSid = sid.toString();
    profile.baseUrl = server().twilioBaseUrl();
    [&] { QVERIFY(m_profiles->save(profile)); }();
    bool stored = false;
    m_profiles->storeSecret(profile.id, token.toString(), ProfileStore::SecretScope::Keychain, this,
        [&stored](const SecretStore::Result &) { stored = true; });
    [&] { QTRY_VERIFY(stored); }();
    return profile;
}

void TestProfileStartup::theLastUsedProfileOpensAtStart()
{
    using namespace DemoCredentials;
    addProfile(u"Acme"_s, kTwilioAccountSid, kTwilioAuthToken, u"#1e88e5"_s);
    const Profile globex =
        addProfile(u"Globex"_s, kTwilioOtherAccountSid, kTwilioOtherAuthToken, u"#43a047"_s);
    m_profiles->setLastUsedId(globex.id);

    m_window = std::make_unique<MainWindow>();
    m_window->setProfileStore(m_profiles.get());
    QVERIFY(m_window->openStartupAccount());
    QCOMPARE(m_window->currentAccount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sipDomainsPage()->table()->model()->rowCount(), 3, 10000);
    QVERIFY(m_window->windowTitle().contains(u"Globex"_s));
}

void TestProfileStartup::aProfileNamedOnTheCommandLineOpens()
{
    using namespace DemoCredentials;
    addProfile(u"Acme"_s, kTwilioAccountSid, kTwilioAuthToken, {});
    const Profile globex =
        addProfile(u"Globex"_s, kTwilioOtherAccountSid, kTwilioOtherAuthToken, {});
    m_profiles->setLastUsedId(globex.id);

    m_window = std::make_unique<MainWindow>();
    m_window->setProfileStore(m_profiles.get());
    QVERIFY(m_window->openStartupAccount(u"acme"_s)); // names match without case
    QCOMPARE(m_window->currentAccount(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sipDomainsPage()->table()->model()->rowCount(), 20, 10000);
    QCOMPARE(m_profiles->lastUsedId(), m_profiles->profiles().constFirst().id);
}

void TestProfileStartup::anUnknownNameSaysSo()
{
    using namespace DemoCredentials;
    addProfile(u"Acme"_s, kTwilioAccountSid, kTwilioAuthToken, {});
    m_window = std::make_unique<MainWindow>();
    m_window->setProfileStore(m_profiles.get());
    QVERIFY(!m_window->openStartupAccount(u"Initech"_s));
    QCOMPARE(m_window->currentAccount(), -1);
    QVERIFY(m_window->findChild<QLabel *>(u"welcomeLabel"_s)->text().contains(u"Initech"_s));
    QCOMPARE(server().requestLog().entries().size(), 0);
}

void TestProfileStartup::ctrlDigitSwitchesAndTheToolbarShowsTheColour()
{
    using namespace DemoCredentials;
    addProfile(u"Acme"_s, kTwilioAccountSid, kTwilioAuthToken, u"#1e88e5"_s);
    addProfile(u"Globex"_s, kTwilioOtherAccountSid, kTwilioOtherAuthToken, u"#43a047"_s);
    m_window = std::make_unique<MainWindow>();
    m_window->setProfileStore(m_profiles.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openStartupAccount());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sipDomainsPage()->table()->model()->rowCount(), 20, 10000);

    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentAccount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sipDomainsPage()->table()->model()->rowCount(), 3, 10000);
    QCOMPARE(m_window->findChild<QComboBox *>(u"accountSwitcher"_s)->currentIndex(), 1);
    auto *color = m_window->findChild<QLabel *>(u"accountColor"_s);
    QVERIFY(color->isVisible());
    QCOMPARE(color->toolTip(), u"#43a047"_s);
    QCOMPARE(color->pixmap().toImage().pixelColor(
                 color->pixmap().width() / 2, color->pixmap().height() / 2),
        QColor(u"#43a047"_s));
}

void TestProfileStartup::withoutProfilesTheWindowOffersToAddOne()
{
    m_window = std::make_unique<MainWindow>();
    m_window->setProfileStore(m_profiles.get());
    m_window->show();
    QVERIFY(m_window->openStartupAccount());
    QCOMPARE(m_window->currentAccount(), -1);
    QVERIFY(m_window->findChild<QPushButton *>(u"manageProfilesButton"_s)->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(u"welcomeLabel"_s)->text().contains(u"profile"_s));
}

void TestProfileStartup::aMissingSecretIsReportedNotSent()
{
    using namespace DemoCredentials;
    const Profile acme = addProfile(u"Acme"_s, kTwilioAccountSid, kTwilioAuthToken, {});
    bool removed = false;
    m_secrets->removeSecret(
        acme.id, this, [&removed](const SecretStore::Result &) { removed = true; });
    QTRY_VERIFY(removed);
    m_window = std::make_unique<MainWindow>();
    m_window->setProfileStore(m_profiles.get());
    QVERIFY(m_window->openStartupAccount());
    auto *welcome = m_window->findChild<QLabel *>(u"welcomeLabel"_s);
    QTRY_VERIFY(welcome->text().contains(u"could not be read"_s));
    QTest::qWait(50);
    QCOMPARE(server().requestLog().entries().size(), 0);
}

QTEST_MAIN(TestProfileStartup)
#include "tst_profilestartup.moc"
