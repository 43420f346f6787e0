// Saved profiles in the main window: the last used one opens at start,
// --profile NAME picks one, Ctrl+1…9 switch, the toolbar shows the colour,
// and with no profile at all the window offers to add one.

#include "tests/builders.h"
#include "tests/fakesecretstores.h"
#include "tests/forms/editformsfixture.h"

#include "models/profiles/profilestore.h"
#include "models/profiles/secretstore.h"
#include "views/profiles/profilemanagerdialog.h"
#include "views/widgets/messagebar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

// Listens on 127.0.0.1 and keeps every byte sent to it, answering nothing.
class Eavesdropper : public QTcpServer
{
public:
    Eavesdropper()
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this,
                    [this, socket] { received += socket->readAll(); });
            }
        });
    }
    QByteArray received;
};

QByteArray basicAuth(QStringView user, const QString &secret)
{
    return "Basic " + (user.toUtf8() + ':' + secret.toUtf8()).toBase64();
}

} // namespace

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
    void aLateKeychainAnswerIsDropped();
    void noRequestOfThePreviousAccountAfterASwitch();
    void aSecretNeverFollowsAChangedAddress_data();
    void aSecretNeverFollowsAChangedAddress();

private:
    Profile addProfile(
        const QString &name, QStringView sid, QStringView token, const QString &color);

    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<SecretStore> m_refusingKeychain;
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
    m_refusingKeychain.reset();
    m_secrets.reset();
    closeWindow();
}

Profile TestProfileStartup::addProfile(
    const QString &name, QStringView sid, QStringView token, const QString &color)
{
    Profile profile = Builders::twilioProfile(name, sid.toString(), server().twilioBaseUrl());
    profile.color = color;
    [&] { QVERIFY(m_profiles->save(profile)); }();
    bool stored = false;
    m_profiles->storeSecret(profile, token.toString(), ProfileStore::SecretScope::Keychain, this,
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
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->recordPage(u"sipDomains")->table()->model()->rowCount(), 3, 10000);
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
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->recordPage(u"sipDomains")->table()->model()->rowCount(), 20, 10000);
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
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->recordPage(u"sipDomains")->table()->model()->rowCount(), 20, 10000);

    QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
    QTRY_COMPARE(m_window->currentAccount(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->recordPage(u"sipDomains")->table()->model()->rowCount(), 3, 10000);
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
    QTest::qWait(50); // a request sent anyway would be logged within this window
    QCOMPARE(server().requestLog().entries().size(), 0);
}

void TestProfileStartup::aLateKeychainAnswerIsDropped()
{
    using namespace DemoCredentials;
    auto *held = new FakeSecretStores::HeldReads;
    m_refusingKeychain.reset(held);
    m_profiles = std::make_unique<ProfileStore>(held);
    const Profile acme =
        Builders::twilioProfile(u"Acme"_s, kTwilioAccountSid.toString(), server().twilioBaseUrl());
    const Profile globex = Builders::twilioProfile(
        u"Globex"_s, kTwilioOtherAccountSid.toString(), server().twilioBaseUrl());
    int stored = 0;
    for (const auto &[profile, secret] :
        { std::pair { acme, kTwilioAuthToken }, std::pair { globex, kTwilioOtherAuthToken } }) {
        QVERIFY(m_profiles->save(profile));
        m_profiles->storeSecret(profile, secret.toString(), ProfileStore::SecretScope::Keychain,
            this, [&stored](const SecretStore::Result &) { ++stored; });
    }
    QTRY_COMPARE(stored, 2);
    m_profiles->setLastUsedId(acme.id);

    m_window = std::make_unique<MainWindow>();
    m_window->setProfileStore(m_profiles.get());
    QVERIFY(m_window->openStartupAccount());
    QTRY_COMPARE(held->held(), 1); // Acme's secret: the keychain waits for the user
    m_window->openAccount(1); // meanwhile the user switches to Globex
    QTRY_COMPARE(held->held(), 2);
    // Acme's answer comes late, after the switch: it must open nothing. (A
    // negative needs a window of time: long enough for a request to arrive.)
    QVERIFY(held->release(acme.id));
    QTest::qWait(300);
    QCOMPARE(server().requestLog().entries().size(), 0);
    QVERIFY(m_window->recordPage(u"sipDomains")->table()->model()->rowCount() == 0);
    QVERIFY(held->release(globex.id));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->recordPage(u"sipDomains")->table()->model()->rowCount(), 3, 10000);
    QCOMPARE(m_window->currentAccount(), 1);
    // Every request is Globex's, with Globex's secret (Acme's would be a 401).
    for (const RequestLog::Entry &entry : server().requestLog().entries()) {
        QCOMPARE(entry.authUser, kTwilioOtherAccountSid.toString());
        QCOMPARE(entry.status, 200);
    }
    QVERIFY(!server().requestLog().entries().isEmpty());
}

void TestProfileStartup::noRequestOfThePreviousAccountAfterASwitch()
{
    using namespace DemoCredentials;
    addProfile(u"Acme"_s, kTwilioAccountSid, kTwilioAuthToken, {});
    addProfile(u"Globex"_s, kTwilioOtherAccountSid, kTwilioOtherAuthToken, {});
    // Acme's first page is slow: it is in flight when the user switches.
    server().faults().latencyMs = 400;
    m_window = std::make_unique<MainWindow>();
    m_window->setProfileStore(m_profiles.get());
    QVERIFY(m_window->openStartupAccount());
    const auto sentBy = [this](QStringView user) {
        int count = 0;
        for (const RequestLog::Entry &entry : server().requestLog().entries())
            count += entry.authUser == user ? 1 : 0;
        return count;
    };
    // Every Twilio page lists its kind when the account opens, all at once.
    QTRY_VERIFY_WITH_TIMEOUT(sentBy(kTwilioAccountSid) >= 1, 10000);
    const int sentBeforeTheSwitch = sentBy(kTwilioAccountSid);
    m_window->openAccount(1);
    server().faults().latencyMs = 0;
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->recordPage(u"sipDomains")->table()->model()->rowCount(), 3, 10000);
    // Longer than Acme's answer takes: a late answer or a retry would show now.
    QTest::qWait(600);
    QCOMPARE(sentBy(kTwilioAccountSid), sentBeforeTheSwitch);
    QCOMPARE(m_window->recordPage(u"sipDomains")->table()->model()->rowCount(), 3);
    const QAbstractItemModel *rows = m_window->recordPage(u"sipDomains")->table()->model();
    for (int row = 0; row < rows->rowCount(); ++row)
        QVERIFY(rows->index(row, 0).data(PagedTableModel::RecordRole).value<SipDomain>().accountSid
            == kTwilioOtherAccountSid);
}

void TestProfileStartup::aSecretNeverFollowsAChangedAddress_data()
{
    QTest::addColumn<bool>("keepForSession");
    // No keychain: S2 is kept for the session, and the reopened account
    // sends S2 to the new address.
    QTest::newRow("S2 kept for the session") << true;
    // The keychain refuses S2: the account has no secret for the new
    // address, and nothing is sent there.
    QTest::newRow("keychain write fails") << false;
}

void TestProfileStartup::aSecretNeverFollowsAChangedAddress()
{
    using namespace DemoCredentials;
    QFETCH(bool, keepForSession);
    // S1 is the account's real secret: the sandbox accepts it.
    const QString s1 = kTwilioAuthToken.toString();
    const QString s2 = u"second-secret-S2-9876543210"_s;
    m_refusingKeychain = std::make_unique<FakeSecretStores::Refusing>(
        keepForSession ? SecretStore::Status::Unavailable : SecretStore::Status::Failed);
    m_profiles = std::make_unique<ProfileStore>(m_refusingKeychain.get());
    Eavesdropper elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost));

    // A profile whose secret S1 is kept for this session, open.
    Profile acme =
        Builders::twilioProfile(u"Acme"_s, kTwilioAccountSid.toString(), server().twilioBaseUrl());
    QVERIFY(m_profiles->save(acme));
    bool stored = false;
    m_profiles->storeSecret(acme, s1, ProfileStore::SecretScope::SessionOnly, this,
        [&stored](const SecretStore::Result &r) { stored = r.status == SecretStore::Status::Ok; });
    QTRY_VERIFY(stored);
    m_window = std::make_unique<MainWindow>();
    m_window->setProfileStore(m_profiles.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->openStartupAccount());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->recordPage(u"sipDomains")->table()->model()->rowCount(), 20, 10000);

    // Its address changed to another host, S2 typed, Save.
    QTest::keyClick(m_window.get(), Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    ProfileManagerDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<ProfileManagerDialog *>()));
    QTRY_COMPARE(dialog->currentProfileId(), acme.id);
    dialog->findChild<QCheckBox *>(u"advancedCheck"_s)->setChecked(true);
    const auto type = [dialog](const QString &field, const QString &text) {
        auto *edit = dialog->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, text);
    };
    type(u"baseUrlField"_s, u"http://127.0.0.1:%1"_s.arg(elsewhere.serverPort()));
    type(u"secretField"_s, s2);
    auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
    QTRY_VERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    // The account reopens on the new address at once, and finds no secret
    // for it: S1 stays with the address it was saved for.
    auto *welcome = m_window->findChild<QLabel *>(u"welcomeLabel"_s);
    QTRY_VERIFY_WITH_TIMEOUT(welcome->text().contains(u"could not be read"_s), 10000);
    QVERIFY(!welcome->text().contains(s1));
    if (keepForSession) {
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = dialog->findChild<QMessageBox *>(u"keychainUnavailableBox"_s)));
        question->findChild<QPushButton *>(u"keepForSessionButton"_s)->click();
        // Then it reopens with S2, and only S2.
        QTRY_VERIFY_WITH_TIMEOUT(
            elsewhere.received.contains(basicAuth(kTwilioAccountSid, s2)), 10000);
    } else {
        // The keychain's refusal is asked about; the user leaves it unstored.
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = dialog->findChild<QMessageBox *>(u"keychainUnavailableBox"_s)));
        question->button(QMessageBox::Cancel)->click();
        // The dialog says the secret was not stored; nothing went anywhere.
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->findChild<MessageBar *>()->text().contains(u"was not stored"_s), 10000);
        QVERIFY(elsewhere.received.isEmpty());
    }
    QVERIFY(!elsewhere.received.contains(basicAuth(kTwilioAccountSid, s1)));
    QVERIFY(!elsewhere.received.contains(s1.toUtf8()));
}

QTEST_MAIN(TestProfileStartup)
#include "tst_profilestartup.moc"
