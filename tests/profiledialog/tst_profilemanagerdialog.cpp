// The profile manager dialog, driven through its widgets: typing, clicking,
// answering its questions. Secrets go to a MemorySecretStore (or a store
// that pretends there is no keychain); settings to a test-only location.

#include "tests/builders.h"
#include "tests/fakesecretstores.h"
#include "views/profiles/profilelistdelegate.h"
#include "views/profiles/profilemanagerdialog.h"
#include "views/widgets/messagebar.h"
#include "views/widgets/passwordlineedit.h"

#include "sandbox/democredentials.h"
#include "sandbox/sandboxserver.h"

#include "models/profiles/profileimport.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/secretstore.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace DemoCredentials;

namespace {

constexpr int kTimeout = 5000;
const QString kSid1 = u"AC0123456789abcdef0123456789abcdef"_s;
const QString kSid2 = u"ACfedcba9876543210fedcba9876543210"_s;
const QString kSecret1 = u"secret-one-0123456789"_s;
const QString kSecret2 = u"secret-two-9876543210"_s;

} // namespace

class TestProfileManagerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void invalidAccountSidKeepsSaveDisabled();
    void newProfileIsSavedWithItsSecretInTheStore();
    void editingWithoutSecretKeepsTheStoredOne();
    void revertDiscardsEdits();
    void readOnlyIsSavedFromItsCheckBox();
    void duplicateDoesNotCopyTheSecret();
    void removeAsksThenRemovesProfileAndSecret();
    void aRefusedRemovalKeepsTheProfileAndSaysWhy();
    void importFromEnvironment();
    void importFromMalformedTwilioCliFile();
    void importFromTwilioCliFile();
    void testConnectionAgainstTheSandbox();
    void unsavedEditsGuardWhenSwitching();
    void theStoredSecretStaysWithItsAddress();
    void undoCannotBringASavedSecretBack();
    void noKeychainOffersSessionOnly();
    void noKeychainCancelKeepsTheTypedSecret();
    void aRefusedSecretIsExplainedAndRetried_data();
    void aRefusedSecretIsExplainedAndRetried();
    void keepForThisSessionOnlyAfterARefusal();
    void closingAfterARefusalAsksOnceAndCloses_data();
    void closingAfterARefusalAsksOnceAndCloses();
    void aSavedProfileWithoutASecretSaysSo();
    void regionAndEdgeOfferTwilioLocations_data();
    void regionAndEdgeOfferTwilioLocations();
    void keyboard();
    void screenshot();
    void refusalScreenshot();

private:
    ProfileManagerDialog *openDialog();
    Profile saveProfile(const QString &name, const QString &sid, const QString &secret);
    QString readSecret(const QString &id);
    QListWidgetItem *itemNamed(const QString &name) const;
    void clickItem(QListWidgetItem *item);
    template<typename T>
    T *child(const QString &name) const
    {
        return m_dialog ? m_dialog->findChild<T *>(name) : nullptr;
    }
    // The open one: an answered box lingers until its deferred delete.
    QMessageBox *box(const QString &name) const
    {
        const auto boxes = m_dialog->findChildren<QMessageBox *>(name);
        for (QMessageBox *box : boxes) {
            if (box->isVisible())
                return box;
        }
        return nullptr;
    }
    void type(const QString &field, const QString &text);
    // A new Twilio profile "Acme" with kSecret1 typed, then Save.
    void addAndSaveAcme();
    // The secret field's placeholder, and the list's mark of the profile.
    QString secretPlaceholder() const;
    QString secretMark(const QString &name) const;
    FakeSecretStores::RefusingUntilAccepted *useRefusingKeychain(
        QKeychain::Error error = QKeychain::OtherError,
        const char *backendText = FakeSecretStores::RefusingUntilAccepted::kBackendText);
    bool settingsContain(const QString &secret) const;

    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
    QNetworkAccessManager m_network;
    std::unique_ptr<ProfileManagerDialog> m_dialog;
};

void TestProfileManagerDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SipDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_profilemanagerdialog"_s);
}

void TestProfileManagerDialog::init()
{
    QSettings().clear();
    m_keychain = std::make_unique<MemorySecretStore>();
    m_store = std::make_unique<ProfileStore>(m_keychain.get());
}

void TestProfileManagerDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_keychain.reset();
    QSettings().clear();
}

ProfileManagerDialog *TestProfileManagerDialog::openDialog()
{
    m_dialog = std::make_unique<ProfileManagerDialog>(m_store.get(), &m_network);
    m_dialog->show();
    m_dialog->activateWindow();
    // Shortcuts only reach the active window.
    if (!QTest::qWaitForWindowActive(m_dialog.get()))
        return nullptr;
    return m_dialog.get();
}

Profile TestProfileManagerDialog::saveProfile(
    const QString &name, const QString &sid, const QString &secret)
{
    Profile profile = Builders::twilioProfile(name, sid);
    profile.color = u"#1976d2"_s;
    return Builders::saveWithSecret(
               *m_store, profile, secret, ProfileStore::SecretScope::Keychain, kTimeout)
        ? profile
        : Profile();
}

// The secret the store hands out for the profile as it is saved now, or
// what went wrong in brackets.
QString TestProfileManagerDialog::readSecret(const QString &id)
{
    const std::optional<Profile> profile = m_store->profile(id);
    if (!profile)
        return u"<no profile>"_s;
    std::optional<SecretStore::Result> answer;
    m_store->readSecret(*profile, this, [&answer](const SecretStore::Result &r) { answer = r; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kTimeout))
        return u"<timeout>"_s;
    if (answer->status != SecretStore::Status::Ok)
        return u"<status %1>"_s.arg(int(answer->status));
    return answer->secret;
}

QListWidgetItem *TestProfileManagerDialog::itemNamed(const QString &name) const
{
    auto *list = child<QListWidget>(u"profileList"_s);
    for (int row = 0; list && row < list->count(); ++row) {
        if (list->item(row)->text() == name)
            return list->item(row);
    }
    return nullptr;
}

void TestProfileManagerDialog::clickItem(QListWidgetItem *item)
{
    QListWidget *list = item->listWidget();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
}

void TestProfileManagerDialog::type(const QString &field, const QString &text)
{
    auto *edit = child<QLineEdit>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

bool TestProfileManagerDialog::settingsContain(const QString &secret) const
{
    QSettings settings;
    settings.sync();
    for (const QString &key : settings.allKeys()) {
        const QVariant value = settings.value(key);
        if (value.toString().contains(secret) || value.toStringList().join(u' ').contains(secret))
            return true;
    }
    QFile file(settings.fileName());
    if (file.open(QIODevice::ReadOnly) && file.readAll().contains(secret.toUtf8()))
        return true;
    return false;
}

void TestProfileManagerDialog::addAndSaveAcme()
{
    QTest::mouseClick(child<QPushButton>(u"addTwilioButton"_s), Qt::LeftButton);
    type(u"nameField"_s, u"Acme"_s);
    type(u"accountSidField"_s, kSid1);
    type(u"secretField"_s, kSecret1);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
}

QString TestProfileManagerDialog::secretPlaceholder() const
{
    return child<QLineEdit>(u"secretField"_s)->placeholderText();
}

QString TestProfileManagerDialog::secretMark(const QString &name) const
{
    QListWidgetItem *item = itemNamed(name);
    return item ? item->data(ProfileListDelegate::SecretMarkRole).toString() : u"<no row>"_s;
}

FakeSecretStores::RefusingUntilAccepted *TestProfileManagerDialog::useRefusingKeychain(
    QKeychain::Error error, const char *backendText)
{
    m_store.reset();
    auto *keychain = new FakeSecretStores::RefusingUntilAccepted(error, backendText);
    m_keychain.reset(keychain);
    m_store = std::make_unique<ProfileStore>(m_keychain.get());
    return keychain;
}

void TestProfileManagerDialog::invalidAccountSidKeepsSaveDisabled()
{
    QVERIFY(openDialog());
    auto *save = child<QPushButton>(u"saveButton"_s);
    QVERIFY(save);
    QVERIFY(!save->isEnabled()); // nothing to edit yet

    QTest::mouseClick(child<QPushButton>(u"addTwilioButton"_s), Qt::LeftButton);
    type(u"nameField"_s, u"Acme"_s);
    type(u"accountSidField"_s, u"AC123"_s);
    type(u"secretField"_s, kSecret1);

    auto *problem = child<QLabel>(u"accountSidProblem"_s);
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(u"Account SID"_s));
    QVERIFY(!save->isEnabled());
    QVERIFY(save->toolTip().contains(problem->text()));
    // Only the field that is wrong says so.
    QVERIFY(!child<QLabel>(u"nameProblem"_s)->isVisible());

    type(u"accountSidField"_s, kSid1);
    QVERIFY(!problem->isVisible());
    QVERIFY(save->isEnabled());

    // A new profile needs its secret.
    type(u"secretField"_s, QString());
    QVERIFY(!save->isEnabled());
    QVERIFY(child<QLabel>(u"secretProblem"_s)->isVisible());

    // An API key needs its SID, and only then is the field there.
    auto *apiKeySid = child<QLineEdit>(u"apiKeySidField"_s);
    QVERIFY(!apiKeySid->isVisible());
    child<QComboBox>(u"authModeBox"_s)->setCurrentIndex(1);
    QVERIFY(apiKeySid->isVisible());
    type(u"secretField"_s, kSecret1);
    QVERIFY(!save->isEnabled());
    type(u"apiKeySidField"_s, kTwilioApiKeySid.toString());
    QVERIFY(save->isEnabled());

    // A base URL must be https, or http to this computer.
    auto *advanced = child<QCheckBox>(u"advancedCheck"_s);
    advanced->setFocus();
    QTest::keyClick(advanced, Qt::Key_Space);
    QVERIFY(child<QLineEdit>(u"baseUrlField"_s)->isVisible());
    type(u"baseUrlField"_s, u"http://example.com"_s);
    QVERIFY(child<QLabel>(u"baseUrlProblem"_s)->isVisible());
    QVERIFY(!save->isEnabled());
    type(u"baseUrlField"_s, u"http://127.0.0.1:8080"_s);
    QVERIFY(!child<QLabel>(u"baseUrlProblem"_s)->isVisible());
    QVERIFY(save->isEnabled());
}

void TestProfileManagerDialog::newProfileIsSavedWithItsSecretInTheStore()
{
    QVERIFY(openDialog());
    QTest::mouseClick(child<QPushButton>(u"addTwilioButton"_s), Qt::LeftButton);
    type(u"nameField"_s, u"Acme (production)"_s);
    type(u"accountSidField"_s, u" "_s + kSid1 + u" "_s); // pasted with spaces
    type(u"secretField"_s, kSecret1);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);

    QCOMPARE(m_store->profiles().size(), 1);
    const Profile saved = m_store->profiles().first();
    QCOMPARE(saved.name, u"Acme (production)"_s);
    QCOMPARE(saved.accountSid, kSid1);
    auto *keychain = static_cast<MemorySecretStore *>(m_keychain.get());
    QTRY_VERIFY_WITH_TIMEOUT(keychain->contains(saved.id), kTimeout);
    QCOMPARE(readSecret(saved.id), kSecret1);
    QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(u"secretField"_s)->text().isEmpty(), kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(u"profileEditor"_s)->isEnabled(), kTimeout);
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled()); // nothing left to save
    QVERIFY(!settingsContain(kSecret1));

    // The list shows it, saved, with its identifier.
    QVERIFY(itemNamed(u"Acme (production)"_s));
    QCOMPARE(m_dialog->currentProfileId(), saved.id);
    QVERIFY(child<QPushButton>(u"openButton"_s)->isEnabled());
}

void TestProfileManagerDialog::editingWithoutSecretKeepsTheStoredOne()
{
    const Profile profile = saveProfile(u"Acme"_s, kSid1, kSecret1);
    QVERIFY(openDialog());
    QCOMPARE(m_dialog->currentProfileId(), profile.id);
    auto *secret = child<QLineEdit>(u"secretField"_s);
    QVERIFY(secret->text().isEmpty()); // never pre-filled
    QVERIFY(secret->placeholderText().contains(u"keep"_s));
    QVERIFY(!child<QComboBox>(u"serviceBox"_s)->isEnabled());

    type(u"nameField"_s, u"Acme Corp"_s);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QCOMPARE(m_store->profile(profile.id)->name, u"Acme Corp"_s);
    QCOMPARE(readSecret(profile.id), kSecret1);
    QVERIFY(itemNamed(u"Acme Corp"_s));

    // A typed secret replaces it.
    type(u"secretField"_s, kSecret2);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(secret->text().isEmpty(), kTimeout);
    QCOMPARE(readSecret(profile.id), kSecret2);
    QVERIFY(!settingsContain(kSecret2));
}

void TestProfileManagerDialog::revertDiscardsEdits()
{
    const Profile profile = saveProfile(u"Acme"_s, kSid1, kSecret1);
    QVERIFY(openDialog());
    auto *revert = child<QPushButton>(u"revertButton"_s);
    QVERIFY(!revert->isEnabled());
    type(u"nameField"_s, u"Something else"_s);
    type(u"secretField"_s, kSecret2);
    QVERIFY(revert->isEnabled());
    QTest::mouseClick(revert, Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(u"nameField"_s)->text(), u"Acme"_s);
    QVERIFY(child<QLineEdit>(u"secretField"_s)->text().isEmpty());
    QVERIFY(!m_dialog->editor()->hasUnsavedChanges());
    QCOMPARE(*m_store->profile(profile.id), profile);
}

void TestProfileManagerDialog::readOnlyIsSavedFromItsCheckBox()
{
    const Profile profile = saveProfile(u"Acme"_s, kSid1, kSecret1);
    QVERIFY(openDialog());
    auto *readOnly = child<QCheckBox>(u"readOnlyCheck"_s);
    QVERIFY(readOnly);
    QVERIFY(readOnly->isEnabled());
    QVERIFY(!readOnly->isChecked());
    QVERIFY(readOnly->text().contains(u"no changes"_s));
    auto *save = child<QPushButton>(u"saveButton"_s);
    QVERIFY(!save->isEnabled());

    // Its mnemonic, as a keyboard user reaches it.
    QVERIFY(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Y, Qt::AltModifier);
    QTRY_VERIFY(readOnly->isChecked()); // a mnemonic's click is animated
    QVERIFY(m_dialog->editor()->hasUnsavedChanges());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(m_store->profile(profile.id)->readOnly);
    QVERIFY(!m_dialog->editor()->hasUnsavedChanges());
    QCOMPARE(readSecret(profile.id), kSecret1); // no secret needed, the stored one stays

    // Shown again for the saved profile, and turned off by a click.
    m_dialog.reset();
    QVERIFY(openDialog());
    readOnly = child<QCheckBox>(u"readOnlyCheck"_s);
    QVERIFY(readOnly->isChecked());
    // On its box: the row is wider than the label, and a click beside it does nothing.
    QTest::mouseClick(readOnly, Qt::LeftButton, {}, QPoint(6, readOnly->height() / 2));
    QVERIFY(!readOnly->isChecked());
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QVERIFY(!m_store->profile(profile.id)->readOnly);
}

void TestProfileManagerDialog::duplicateDoesNotCopyTheSecret()
{
    const Profile source = saveProfile(u"Acme"_s, kSid1, kSecret1);
    QVERIFY(openDialog());
    QTest::mouseClick(child<QPushButton>(u"duplicateButton"_s), Qt::LeftButton);

    QCOMPARE(child<QLineEdit>(u"nameField"_s)->text(), u"Acme (copy)"_s);
    QCOMPARE(child<QLineEdit>(u"accountSidField"_s)->text(), kSid1);
    QVERIFY(child<QLineEdit>(u"secretField"_s)->text().isEmpty());
    QVERIFY(child<QWidget>(u"editorNote"_s)->isVisible());
    QVERIFY(child<QLabel>(u"secretProblem"_s)->isVisible());
    QVERIFY(!child<QPushButton>(u"saveButton"_s)->isEnabled());
    const QString copyId = m_dialog->currentProfileId();
    QVERIFY(copyId != source.id);
    QCOMPARE(m_store->profiles().size(), 1); // nothing saved yet

    type(u"secretField"_s, kSecret2);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QCOMPARE(m_store->profiles().size(), 2);
    const auto copy = m_store->profile(copyId);
    QVERIFY(copy);
    QCOMPARE(copy->accountSid, source.accountSid);
    QCOMPARE(copy->color, source.color);
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(copyId), kSecret2, kTimeout);
    QCOMPARE(readSecret(source.id), kSecret1);
}

void TestProfileManagerDialog::removeAsksThenRemovesProfileAndSecret()
{
    const Profile keep = saveProfile(u"Keep"_s, kSid2, kSecret2);
    const Profile gone = saveProfile(u"Gone"_s, kSid1, kSecret1);
    QVERIFY(openDialog());
    clickItem(itemNamed(u"Gone"_s));
    QCOMPARE(m_dialog->currentProfileId(), gone.id);

    // Cancel first: nothing happens.
    QTest::mouseClick(child<QPushButton>(u"removeButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(box(u"removeConfirmBox"_s), kTimeout);
    QMessageBox *confirm = box(u"removeConfirmBox"_s);
    QVERIFY(confirm->text().contains(u"Gone"_s));
    QVERIFY(confirm->text().contains(kSid1));
    QVERIFY(confirm->informativeText().contains(u"keychain"_s));
    confirm->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!box(u"removeConfirmBox"_s), kTimeout);
    QCOMPARE(m_store->profiles().size(), 2);

    // Del on the list asks the same.
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    auto *list = child<QListWidget>(u"profileList"_s);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT(box(u"removeConfirmBox"_s), kTimeout);
    box(u"removeConfirmBox"_s)->findChild<QPushButton *>(u"confirmRemoveButton"_s)->click();

    QTRY_COMPARE_WITH_TIMEOUT(m_store->profiles().size(), 1, kTimeout);
    auto *keychain = static_cast<MemorySecretStore *>(m_keychain.get());
    QTRY_VERIFY_WITH_TIMEOUT(!keychain->contains(gone.id), kTimeout);
    QVERIFY(keychain->contains(keep.id));
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(u"profileEditor"_s)->isEnabled(), kTimeout);
    QCOMPARE(m_dialog->currentProfileId(), keep.id);
    QCOMPARE(list->count(), 1);
}

void TestProfileManagerDialog::aRefusedRemovalKeepsTheProfileAndSaysWhy()
{
    m_store.reset();
    m_keychain = std::make_unique<FakeSecretStores::RefusedRemoval>();
    m_store = std::make_unique<ProfileStore>(m_keychain.get());
    const Profile kept = saveProfile(u"Kept"_s, kSid1, kSecret1);
    QVERIFY(openDialog());
    QCOMPARE(m_dialog->currentProfileId(), kept.id);
    QTest::mouseClick(child<QPushButton>(u"removeButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(box(u"removeConfirmBox"_s), kTimeout);
    box(u"removeConfirmBox"_s)->findChild<QPushButton *>(u"confirmRemoveButton"_s)->click();

    auto *message = child<MessageBar>(u"messageBar"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"was not removed"_s), kTimeout);
    QVERIFY2(
        message->text().contains(QString::fromLatin1(FakeSecretStores::RefusedRemoval::kReason)),
        qPrintable(message->text()));
    QCOMPARE(m_store->profiles().size(), 1);
    QCOMPARE(child<QListWidget>(u"profileList"_s)->count(), 1);
    QCOMPARE(m_dialog->currentProfileId(), kept.id);
    QCOMPARE(readSecret(kept.id), kSecret1);
    QVERIFY(child<QWidget>(u"profileEditor"_s)->isEnabled());
}

void TestProfileManagerDialog::importFromEnvironment()
{
    QVERIFY(openDialog());
    QProcessEnvironment environment;
    environment.insert(u"TWILIO_ACCOUNT_SID"_s, kSid1);
    environment.insert(u"TWILIO_AUTH_TOKEN"_s, kSecret1);
    environment.insert(u"SIGNALWIRE_SPACE"_s, u"example"_s);
    environment.insert(u"SIGNALWIRE_PROJECT_ID"_s, kSignalWireProjectId.toString());
    environment.insert(u"SIGNALWIRE_API_TOKEN"_s, kSecret2);
    m_dialog->importFromEnvironment(environment);

    QTRY_VERIFY_WITH_TIMEOUT(child<QDialog>(u"importDialog"_s), kTimeout);
    auto *confirmation = child<QDialog>(u"importDialog"_s);
    auto *found = confirmation->findChild<QListWidget *>(u"importList"_s);
    QCOMPARE(found->count(), 2);
    QVERIFY(found->item(0)->text().contains(kSid1));
    QVERIFY(!found->item(0)->text().contains(kSecret1));
    QCOMPARE(found->item(0)->checkState(), Qt::Checked);
    QTest::mouseClick(confirmation->findChild<QPushButton *>(u"importButton"_s), Qt::LeftButton);

    QTRY_COMPARE_WITH_TIMEOUT(m_store->profiles().size(), 2, kTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(u"profileEditor"_s)->isEnabled(), kTimeout);
    const QList<Profile> profiles = m_store->profiles();
    QCOMPARE(profiles.at(0).service, Account::Service::Twilio);
    QCOMPARE(profiles.at(0).accountSid, kSid1);
    QCOMPARE(profiles.at(1).service, Account::Service::SignalWire);
    QCOMPARE(readSecret(profiles.at(0).id), kSecret1);
    QCOMPARE(readSecret(profiles.at(1).id), kSecret2);
    QVERIFY(!settingsContain(kSecret1));
    QVERIFY(!settingsContain(kSecret2));
    QVERIFY(child<QWidget>(u"messageBar"_s)->isVisible());

    // The same again: already there, so nothing is ticked.
    m_dialog->importFromEnvironment(environment);
    QTRY_VERIFY_WITH_TIMEOUT(child<QDialog>(u"importDialog"_s), kTimeout);
    confirmation = child<QDialog>(u"importDialog"_s);
    found = confirmation->findChild<QListWidget *>(u"importList"_s);
    QCOMPARE(found->item(0)->checkState(), Qt::Unchecked);
    QVERIFY(!confirmation->findChild<QPushButton *>(u"importButton"_s)->isEnabled());
    confirmation->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!child<QDialog>(u"importDialog"_s), kTimeout);
    QCOMPARE(m_store->profiles().size(), 2);
}

void TestProfileManagerDialog::importFromMalformedTwilioCliFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"config.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"profiles": {"acme": {"accountSid": )");
    file.close();

    QVERIFY(openDialog());
    m_dialog->importFromTwilioCli(path);
    QTRY_VERIFY_WITH_TIMEOUT(child<QDialog>(u"importDialog"_s), kTimeout);
    auto *confirmation = child<QDialog>(u"importDialog"_s);
    auto *error = confirmation->findChild<QLabel *>(u"importError"_s);
    QVERIFY(error);
    const QString expected = ProfileImport::fromTwilioCliConfig(path).error;
    QVERIFY(!expected.isEmpty());
    QVERIFY2(error->text().contains(expected), qPrintable(error->text()));
    QVERIFY(!confirmation->findChild<QPushButton *>(u"importButton"_s));
    confirmation->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!child<QDialog>(u"importDialog"_s), kTimeout);
    QVERIFY(m_store->profiles().isEmpty());
}

void TestProfileManagerDialog::importFromTwilioCliFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"config.json"_s);
    const QByteArray config = u"{\"profiles\": {"
                              "\"acme\": {\"accountSid\": \"%1\", \"apiKey\": \"%2\", "
                              "\"apiSecret\": \"%3\"},"
                              "\"broken\": {\"accountSid\": \"ACnope\", \"apiKey\": \"%2\", "
                              "\"apiSecret\": \"x\"}}}"_s.arg(kSid1, kTwilioApiKeySid, kSecret1)
                                  .toUtf8();
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(config);
    file.close();

    QVERIFY(openDialog());
    m_dialog->importFromTwilioCli(path);
    QTRY_VERIFY_WITH_TIMEOUT(child<QDialog>(u"importDialog"_s), kTimeout);
    auto *confirmation = child<QDialog>(u"importDialog"_s);
    QVERIFY(confirmation->findChild<QLabel *>(u"importNotice"_s)->text().contains(u"plain text"_s));
    auto *found = confirmation->findChild<QListWidget *>(u"importList"_s);
    QCOMPARE(found->count(), 2);
    confirmation->findChild<QPushButton *>(u"importButton"_s)->click();

    QTRY_COMPARE_WITH_TIMEOUT(m_store->profiles().size(), 1, kTimeout);
    const Profile acme = m_store->profiles().first();
    QCOMPARE(acme.twilioAuth, Profile::TwilioAuth::ApiKey);
    QCOMPARE(acme.apiKeySid, kTwilioApiKeySid.toString());
    QCOMPARE(readSecret(acme.id), kSecret1);
    // The invalid one is named as skipped, with its reason.
    auto *message = child<QWidget>(u"messageBar"_s)->findChild<QLabel *>(u"messageText"_s);
    QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"Skipped"_s), kTimeout);
    QVERIFY(message->text().contains(u"broken"_s));
    // The CLI's file is left as it was.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), config);
}

void TestProfileManagerDialog::testConnectionAgainstTheSandbox()
{
    SandboxServer::Options options;
    options.domains = 3;
    options.endpoints = 0;
    SandboxServer server(options);
    QVERIFY2(server.listen(), qPrintable(server.errorString()));

    const Profile profile =
        Builders::twilioProfile(u"Sandbox"_s, kTwilioAccountSid.toString(), server.twilioBaseUrl());
    QVERIFY(Builders::saveWithSecret(*m_store, profile, kTwilioAuthToken.toString(),
        ProfileStore::SecretScope::Keychain, kTimeout));

    QVERIFY(openDialog());
    auto *test = child<QPushButton>(u"testButton"_s);
    auto *result = child<QLabel>(u"testResult"_s);
    QVERIFY(test->isEnabled());

    // The stored secret, since none is typed.
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(result->property("outcome").toString(), u"authenticated"_s, 10000);
    QVERIFY(result->text().contains(u"Authenticated"_s));

    // The typed one, unsaved.
    type(u"secretField"_s, u"wrong-token"_s);
    QTest::mouseClick(test, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(result->property("outcome").toString(), u"wrongCredentials"_s, 10000);
    QVERIFY(result->text().contains(u"Wrong credentials"_s));
    QVERIFY(!result->text().contains(u"wrong-token"_s));
    QCOMPARE(readSecret(profile.id), kTwilioAuthToken.toString()); // testing saves nothing

    // Clicking while it runs cancels.
    QTest::mouseClick(test, Qt::LeftButton);
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(result->property("outcome").toString(), u"cancelled"_s);
    QVERIFY(test->isEnabled());
}

void TestProfileManagerDialog::theStoredSecretStaysWithItsAddress()
{
    // A listener that records whether anything connects to it.
    QTcpServer elsewhere;
    QVERIFY(elsewhere.listen(QHostAddress::LocalHost));
    const Profile profile = saveProfile(u"Acme"_s, kSid1, kSecret1);
    QVERIFY(openDialog());
    QCOMPARE(m_dialog->currentProfileId(), profile.id);
    child<QCheckBox>(u"advancedCheck"_s)->setChecked(true);
    type(u"baseUrlField"_s, u"http://127.0.0.1:%1"_s.arg(elsewhere.serverPort()));

    // Neither testing nor saving may send the stored secret to the typed
    // address: both wait for the secret to be typed again.
    auto *test = child<QPushButton>(u"testButton"_s);
    QVERIFY(!test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    // No event marks a connection not made: one would be accepted in this window.
    QTest::qWait(100);
    QVERIFY(!elsewhere.hasPendingConnections());
    auto *save = child<QPushButton>(u"saveButton"_s);
    QVERIFY(!save->isEnabled());
    QVERIFY2(save->toolTip().contains(u"Type the secret again"_s), qPrintable(save->toolTip()));
    type(u"secretField"_s, kSecret2);
    QVERIFY(child<QPushButton>(u"saveButton"_s)->isEnabled());
}

void TestProfileManagerDialog::undoCannotBringASavedSecretBack()
{
    const Profile acme = saveProfile(u"Acme"_s, kSid1, kSecret1);
    saveProfile(u"Globex"_s, kSid2, kSecret2);
    QVERIFY(openDialog());
    clickItem(itemNamed(u"Acme"_s));
    QCOMPARE(m_dialog->currentProfileId(), acme.id);
    type(u"secretField"_s, u"brand-new-secret"_s);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    auto *secret = child<PasswordLineEdit>(u"secretField"_s);
    QTRY_VERIFY_WITH_TIMEOUT(secret->text().isEmpty(), kTimeout);

    clickItem(itemNamed(u"Globex"_s));
    secret->setRevealed(true);
    secret->setFocus();
    QTest::keyClick(secret, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(secret->text().isEmpty());
    QVERIFY(!secret->isUndoAvailable());
}

void TestProfileManagerDialog::unsavedEditsGuardWhenSwitching()
{
    const Profile first = saveProfile(u"First"_s, kSid1, kSecret1);
    const Profile second = saveProfile(u"Second"_s, kSid2, kSecret2);
    QVERIFY(openDialog());
    auto *list = child<QListWidget>(u"profileList"_s);
    clickItem(itemNamed(u"First"_s));
    QCOMPARE(m_dialog->currentProfileId(), first.id);
    type(u"nameField"_s, u"First edited"_s);

    // Cancel: back on the first, edits kept.
    clickItem(itemNamed(u"Second"_s));
    QTRY_VERIFY_WITH_TIMEOUT(box(u"unsavedEditsBox"_s), kTimeout);
    box(u"unsavedEditsBox"_s)->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!box(u"unsavedEditsBox"_s), kTimeout);
    QCOMPARE(m_dialog->currentProfileId(), first.id);
    QCOMPARE(list->currentItem()->data(Qt::UserRole).toString(), first.id);
    QCOMPARE(child<QLineEdit>(u"nameField"_s)->text(), u"First edited"_s);

    // Discard: on the second, the first unchanged.
    clickItem(itemNamed(u"Second"_s));
    QTRY_VERIFY_WITH_TIMEOUT(box(u"unsavedEditsBox"_s), kTimeout);
    box(u"unsavedEditsBox"_s)->button(QMessageBox::Discard)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->currentProfileId(), second.id, kTimeout);
    QCOMPARE(child<QLineEdit>(u"nameField"_s)->text(), u"Second"_s);
    QCOMPARE(m_store->profile(first.id)->name, u"First"_s);

    // Save: saved, then on the first.
    type(u"nameField"_s, u"Second edited"_s);
    clickItem(itemNamed(u"First"_s));
    QTRY_VERIFY_WITH_TIMEOUT(box(u"unsavedEditsBox"_s), kTimeout);
    box(u"unsavedEditsBox"_s)->button(QMessageBox::Save)->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->currentProfileId(), first.id, kTimeout);
    QCOMPARE(m_store->profile(second.id)->name, u"Second edited"_s);
    QCOMPARE(child<QLineEdit>(u"nameField"_s)->text(), u"First"_s);

    // Closing asks too.
    type(u"nameField"_s, u"First again"_s);
    m_dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(box(u"unsavedEditsBox"_s), kTimeout);
    QVERIFY(m_dialog->isVisible());
    box(u"unsavedEditsBox"_s)->button(QMessageBox::Discard)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), kTimeout);
    QCOMPARE(m_store->profile(first.id)->name, u"First"_s);
}

void TestProfileManagerDialog::noKeychainOffersSessionOnly()
{
    m_store.reset();
    m_keychain = std::make_unique<FakeSecretStores::Refusing>(SecretStore::Status::Unavailable);
    m_store = std::make_unique<ProfileStore>(m_keychain.get());
    QVERIFY(openDialog());

    QTest::mouseClick(child<QPushButton>(u"addTwilioButton"_s), Qt::LeftButton);
    type(u"nameField"_s, u"Acme"_s);
    type(u"accountSidField"_s, kSid1);
    type(u"secretField"_s, kSecret1);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(box(u"keychainUnavailableBox"_s), kTimeout);
    QMessageBox *question = box(u"keychainUnavailableBox"_s);
    QCOMPARE(question->text(), u"The secret of “Acme” was not stored."_s);
    QVERIFY(
        question->informativeText().startsWith(u"The keychain said no."_s)); // the store's words
    QVERIFY(question->informativeText().contains(u"for this session only"_s));
    QVERIFY(!child<QWidget>(u"profileEditor"_s)->isEnabled()); // waiting for the answer
    question->findChild<QPushButton *>(u"keepForSessionButton"_s)->click();

    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(u"profileEditor"_s)->isEnabled(), kTimeout);
    const QString id = m_store->profiles().first().id;
    QCOMPARE(readSecret(id), kSecret1);
    QVERIFY(child<QLineEdit>(u"secretField"_s)->text().isEmpty());
    QVERIFY(!settingsContain(kSecret1));
    QCOMPARE(static_cast<FakeSecretStores::Refusing *>(m_keychain.get())->writes, 1);
}

void TestProfileManagerDialog::noKeychainCancelKeepsTheTypedSecret()
{
    m_store.reset();
    m_keychain = std::make_unique<FakeSecretStores::Refusing>(SecretStore::Status::Unavailable);
    m_store = std::make_unique<ProfileStore>(m_keychain.get());
    QVERIFY(openDialog());

    QTest::mouseClick(child<QPushButton>(u"addSignalWireButton"_s), Qt::LeftButton);
    type(u"nameField"_s, u"Example"_s);
    type(u"spaceField"_s, u"example"_s);
    type(u"projectIdField"_s, kSignalWireProjectId.toString());
    type(u"secretField"_s, kSecret2);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(box(u"keychainUnavailableBox"_s), kTimeout);
    box(u"keychainUnavailableBox"_s)->button(QMessageBox::Cancel)->click();

    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(u"profileEditor"_s)->isEnabled(), kTimeout);
    const QString id = m_store->profiles().first().id;
    QVERIFY(readSecret(id).startsWith(u"<status"_s));
    // Still typed, so that Save can try again; and the user is told.
    QCOMPARE(child<QLineEdit>(u"secretField"_s)->text(), kSecret2);
    QVERIFY(child<QPushButton>(u"saveButton"_s)->isEnabled());
    auto *message = child<QWidget>(u"messageBar"_s)->findChild<QLabel *>(u"messageText"_s);
    QVERIFY(message->text().contains(u"not stored"_s));
    QCOMPARE(message->text().count(u"Example"_s), 1); // the profile named once
    QVERIFY(!message->text().contains(kSecret2));
    QVERIFY(!settingsContain(kSecret2));
}

void TestProfileManagerDialog::aRefusedSecretIsExplainedAndRetried_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<QByteArray>("backendText");
    QTest::addColumn<QString>("says");
    QTest::newRow("locked collection (D-Bus object path)")
        << int(QKeychain::OtherError)
        << QByteArray(FakeSecretStores::RefusingUntilAccepted::kBackendText)
        << u"cannot be reached"_s;
    QTest::newRow("access denied")
        << int(QKeychain::AccessDenied) << QByteArray("Access to keychain denied") << u"refused"_s;
    QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QByteArray()
                                << u"no keychain service is running"_s;
    QTest::newRow("other error") << int(QKeychain::OtherError)
                                 << QByteArray("Unknown error (code 17)")
                                 << u"could not store the secret"_s;
}

// Refusal → a question in plain words (the keychain's own in the details),
// the profile marked as without a secret, Retry → stored once the keychain
// accepts.
void TestProfileManagerDialog::aRefusedSecretIsExplainedAndRetried()
{
    QFETCH(int, error);
    QFETCH(QByteArray, backendText);
    QFETCH(QString, says);
    auto *keychain = useRefusingKeychain(QKeychain::Error(error), backendText.constData());
    QVERIFY(openDialog());
    addAndSaveAcme();

    QTRY_VERIFY_WITH_TIMEOUT(box(u"keychainUnavailableBox"_s), kTimeout);
    QMessageBox *question = box(u"keychainUnavailableBox"_s);
    QCOMPARE(question->text(), u"The secret of “Acme” was not stored."_s);
    const QString words = question->text() + question->informativeText();
    QVERIFY2(words.contains(says), qPrintable(words));
    for (const QString &internal : { u"/org/"_s, u"freedesktop"_s, u"DBus"_s, u"code 17"_s })
        QVERIFY2(!words.contains(internal), qPrintable(words));
    QVERIFY(!words.contains(kSecret1));
    QCOMPARE(question->detailedText(), QString::fromLatin1(backendText));
    QVERIFY(question->findChild<QPushButton *>(u"retryKeychainButton"_s));
    QVERIFY(question->findChild<QPushButton *>(u"keepForSessionButton"_s));
    // Saved without its secret meanwhile: the list says so, in words too.
    QCOMPARE(secretMark(u"Acme"_s), u"⚠ No secret"_s);
    QVERIFY(itemNamed(u"Acme"_s)
                ->data(Qt::AccessibleDescriptionRole)
                .toString()
                .contains(u"No secret is stored"_s));

    keychain->accepting = true;
    question->findChild<QPushButton *>(u"retryKeychainButton"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(u"profileEditor"_s)->isEnabled(), kTimeout);
    QVERIFY(!box(u"keychainUnavailableBox"_s));
    QCOMPARE(keychain->writes, 2);
    const QString id = m_store->profiles().first().id;
    QCOMPARE(readSecret(id), kSecret1);
    QVERIFY(child<QLineEdit>(u"secretField"_s)->text().isEmpty());
    QCOMPARE(secretMark(u"Acme"_s), QString());
    QCOMPARE(secretPlaceholder(), u"Leave empty to keep the stored auth token"_s);
    auto *message = child<QWidget>(u"messageBar"_s)->findChild<QLabel *>(u"messageText"_s);
    QCOMPARE(message->text(), u"Saved “Acme” and its secret."_s);
    QVERIFY(!settingsContain(kSecret1));
}

void TestProfileManagerDialog::keepForThisSessionOnlyAfterARefusal()
{
    auto *keychain = useRefusingKeychain(QKeychain::AccessDenied, "Access denied");
    QVERIFY(openDialog());
    addAndSaveAcme();
    QTRY_VERIFY_WITH_TIMEOUT(box(u"keychainUnavailableBox"_s), kTimeout);
    box(u"keychainUnavailableBox"_s)->findChild<QPushButton *>(u"keepForSessionButton"_s)->click();

    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(u"profileEditor"_s)->isEnabled(), kTimeout);
    const QString id = m_store->profiles().first().id;
    QCOMPARE(readSecret(id), kSecret1);
    QCOMPARE(keychain->writes, 1); // never retried behind the user's back
    QCOMPARE(m_store->secretState(*m_store->profile(id)), ProfileStore::SecretState::SessionOnly);
    // In memory only: not in the settings (the file scanned too).
    QVERIFY(!settingsContain(kSecret1));
    // The profile shows that it is session-only, and not "no secret".
    QCOMPARE(secretMark(u"Acme"_s), u"This session"_s);
    QCOMPARE(
        secretPlaceholder(), u"Leave empty to keep the auth token kept for this session only"_s);
    auto *note = child<QWidget>(u"editorNote"_s)->findChild<QLabel *>(u"messageText"_s);
    QVERIFY2(note->isVisible() && note->text().contains(u"this session only"_s),
        qPrintable(note->text()));
    auto *message = child<QWidget>(u"messageBar"_s)->findChild<QLabel *>(u"messageText"_s);
    QVERIFY(message->text().contains(u"kept for this session only"_s));
}

void TestProfileManagerDialog::closingAfterARefusalAsksOnceAndCloses_data()
{
    QTest::addColumn<bool>("saveOnClose");
    QTest::newRow("save, then cancel the keychain's question") << true;
    QTest::newRow("discard") << false;
}

void TestProfileManagerDialog::closingAfterARefusalAsksOnceAndCloses()
{
    QFETCH(bool, saveOnClose);
    auto *keychain = useRefusingKeychain();
    QVERIFY(openDialog());
    addAndSaveAcme();
    QTRY_VERIFY_WITH_TIMEOUT(box(u"keychainUnavailableBox"_s), kTimeout);
    box(u"keychainUnavailableBox"_s)->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY_WITH_TIMEOUT(child<QWidget>(u"profileEditor"_s)->isEnabled(), kTimeout);
    QCOMPARE(child<QLineEdit>(u"secretField"_s)->text(), kSecret1);

    // Closing asks once about the typed secret…
    m_dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(box(u"unsavedEditsBox"_s), kTimeout);
    if (saveOnClose) {
        box(u"unsavedEditsBox"_s)->button(QMessageBox::Save)->click();
        // …the keychain refuses again, and its question is answered…
        QTRY_VERIFY_WITH_TIMEOUT(box(u"keychainUnavailableBox"_s), kTimeout);
        QCOMPARE(keychain->writes, 2);
        box(u"keychainUnavailableBox"_s)->button(QMessageBox::Cancel)->click();
    } else {
        box(u"unsavedEditsBox"_s)->button(QMessageBox::Discard)->click();
    }
    // …and after that answer the dialog closes, without asking again.
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), kTimeout);
    QVERIFY(!box(u"unsavedEditsBox"_s));
    QVERIFY(!box(u"keychainUnavailableBox"_s));
    QCOMPARE(m_store->profiles().size(), 1); // the profile itself was saved
    QVERIFY(!settingsContain(kSecret1));
}

void TestProfileManagerDialog::aSavedProfileWithoutASecretSaysSo()
{
    const Profile stored = saveProfile(u"Stored"_s, kSid1, kSecret1);
    Profile bare = Builders::twilioProfile(u"Bare"_s, kSid2);
    QVERIFY(m_store->save(bare)); // never had a secret
    QVERIFY(openDialog());

    QCOMPARE(secretMark(u"Stored"_s), QString());
    QCOMPARE(secretMark(u"Bare"_s), u"⚠ No secret"_s);
    QVERIFY(itemNamed(u"Bare"_s)->toolTip().contains(u"No secret is stored"_s));

    clickItem(itemNamed(u"Stored"_s));
    QCOMPARE(m_dialog->currentProfileId(), stored.id);
    QCOMPARE(secretPlaceholder(), u"Leave empty to keep the stored auth token"_s);
    clickItem(itemNamed(u"Bare"_s));
    QCOMPARE(m_dialog->currentProfileId(), bare.id);
    QVERIFY(!secretPlaceholder().contains(u"keep"_s, Qt::CaseInsensitive));
    QCOMPARE(secretPlaceholder(), u"No auth token is stored: type it"_s);
    auto *note = child<QWidget>(u"editorNote"_s)->findChild<QLabel *>(u"messageText"_s);
    QCOMPARE(note->text(), u"No secret is stored for this profile: type it and save."_s);

    // Typed and saved: the mark goes.
    type(u"secretField"_s, kSecret2);
    QTest::mouseClick(child<QPushButton>(u"saveButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(secretMark(u"Bare"_s), QString(), kTimeout);
    QCOMPARE(readSecret(bare.id), kSecret2);
    QCOMPARE(secretPlaceholder(), u"Leave empty to keep the stored auth token"_s);

    // Another account: the stored token does not go there, so nothing is kept.
    type(u"accountSidField"_s, kSid1);
    QCOMPARE(secretPlaceholder(), u"Required"_s);
    QTest::mouseClick(child<QPushButton>(u"revertButton"_s), Qt::LeftButton);
    QCOMPARE(secretPlaceholder(), u"Leave empty to keep the stored auth token"_s);
}

void TestProfileManagerDialog::regionAndEdgeOfferTwilioLocations_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("downs"); // Down presses in the field, 0: type instead
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("saved"); // empty: refused, Save stays disabled
    QTest::newRow("region us1 from the list") << u"regionField"_s << 1 << QString() << u"us1"_s;
    QTest::newRow("region ie1 from the list") << u"regionField"_s << 2 << QString() << u"ie1"_s;
    QTest::newRow("region au1 from the list") << u"regionField"_s << 3 << QString() << u"au1"_s;
    QTest::newRow("region typed") << u"regionField"_s << 0 << u"jp1"_s << u"jp1"_s;
    QTest::newRow("region typed in capitals") << u"regionField"_s << 0 << u" IE1"_s << u"ie1"_s;
    QTest::newRow("region with a space") << u"regionField"_s << 0 << u"ie 1"_s << QString();
    QTest::newRow("edge dublin from the list") << u"edgeField"_s << 3 << QString() << u"dublin"_s;
    QTest::newRow("edge tokyo from the list") << u"edgeField"_s << 8 << QString() << u"tokyo"_s;
    QTest::newRow("edge typed (Interconnect)")
        << u"edgeField"_s << 0 << u"ashburn-ix"_s << u"ashburn-ix"_s;
    QTest::newRow("edge with a dot") << u"edgeField"_s << 0 << u"dub.lin"_s << QString();
}

void TestProfileManagerDialog::regionAndEdgeOfferTwilioLocations()
{
    QFETCH(QString, field);
    QFETCH(int, downs);
    QFETCH(QString, typed);
    QFETCH(QString, saved);
    const Profile profile = saveProfile(u"Acme"_s, kSid1, kSecret1);
    QVERIFY(openDialog());
    auto *choice = child<QComboBox>(field);
    QVERIFY(choice && choice->isEditable());
    // Twilio's lists, region ids and edges, each with its place.
    QStringList ids;
    for (int i = 0; i < choice->count(); ++i)
        ids << choice->itemData(i).toString();
    const QStringList regions { u"us1"_s, u"ie1"_s, u"au1"_s };
    const QStringList edges { u"ashburn"_s, u"umatilla"_s, u"dublin"_s, u"frankfurt"_s,
        u"sao-paulo"_s, u"singapore"_s, u"sydney"_s, u"tokyo"_s };
    QCOMPARE(ids, field == u"regionField"_s ? regions : edges);
    const int ireland = choice->findData(field == u"regionField"_s ? u"ie1"_s : u"dublin"_s);
    QVERIFY(choice->itemText(ireland).contains(u"Ireland"_s));

    choice->setFocus();
    if (downs > 0) {
        for (int i = 0; i < downs; ++i)
            QTest::keyClick(choice, Qt::Key_Down);
        // The bare id goes into the field, not "ie1 – Ireland".
        QCOMPARE(choice->lineEdit()->text(), saved);
    } else {
        choice->lineEdit()->selectAll();
        QTest::keyClicks(choice->lineEdit(), typed);
    }
    auto *save = child<QPushButton>(u"saveButton"_s);
    const QString problemName = field.chopped(5) + u"Problem"_s;
    if (saved.isEmpty()) {
        QVERIFY(!save->isEnabled());
        QVERIFY(child<QLabel>(problemName)->isVisible());
        QVERIFY(!child<QLabel>(problemName)->text().isEmpty());
        return;
    }
    QVERIFY(!child<QLabel>(problemName)->isVisible());
    // Another address: the stored secret does not follow it there.
    type(u"secretField"_s, kSecret2);
    QVERIFY2(save->isEnabled(), qPrintable(save->toolTip()));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(readSecret(profile.id), kSecret2, kTimeout);
    const Profile after = *m_store->profile(profile.id);
    QCOMPARE(field == u"regionField"_s ? after.region : after.edge, saved);
    // Shown again as saved: the bare id.
    clickItem(itemNamed(u"Acme"_s));
    QCOMPARE(choice->lineEdit()->text(), saved);
}

void TestProfileManagerDialog::keyboard()
{
    const Profile profile = saveProfile(u"Acme"_s, kSid1, kSecret1);
    QVERIFY(openDialog());
    auto *list = child<QListWidget>(u"profileList"_s);

    // Ctrl+N: a new Twilio profile, name field focused.
    QTest::keyClick(m_dialog.get(), Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(list->count(), 2);
    QVERIFY(m_dialog->currentProfileId() != profile.id);
    QCOMPARE(child<QComboBox>(u"serviceBox"_s)->currentIndex(), 0);
    // Left untouched, it goes away when another profile is picked.
    clickItem(itemNamed(u"Acme"_s));
    QCOMPARE(list->count(), 1);

    // Ctrl+D duplicates.
    QTest::keyClick(m_dialog.get(), Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(child<QLineEdit>(u"nameField"_s)->text(), u"Acme (copy)"_s);
    // Del on an unsaved copy drops it.
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(list->count(), 1);
    QCOMPARE(m_dialog->currentProfileId(), profile.id);

    // Enter in the list opens.
    QSignalSpy opened(m_dialog.get(), &ProfileManagerDialog::openRequested);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), profile.id);
    QVERIFY(!m_dialog->isVisible());
}

void TestProfileManagerDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("SIPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SIPDESK_SCREENSHOT_DIR is not set");
    saveProfile(u"Acme Telecom (production)"_s, kSid1, kSecret1);
    Profile signalWire =
        Builders::signalWireProfile(u"Globex (staging)"_s, kSignalWireProjectId.toString());
    signalWire.space = u"globex"_s;
    signalWire.color = u"#388e3c"_s;
    QVERIFY(m_store->save(signalWire));

    QVERIFY(openDialog());
    m_dialog->resize(920, 640);
    clickItem(itemNamed(u"Acme Telecom (production)"_s));
    type(u"accountSidField"_s, u"AC0123456789abcdef"_s);
    QVERIFY(child<QLabel>(u"accountSidProblem"_s)->isVisible());
    QCoreApplication::processEvents(); // pending layout requests

    QVERIFY(QDir().mkpath(dir));
    const QString path = QDir(dir).filePath(u"profile-dialog.png"_s);
    QVERIFY(m_dialog->grab().save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

// The keychain's question, for the eye (not in the README).
void TestProfileManagerDialog::refusalScreenshot()
{
    const QString dir = qEnvironmentVariable("SIPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SIPDESK_SCREENSHOT_DIR is not set");
    useRefusingKeychain();
    QVERIFY(openDialog());
    addAndSaveAcme();
    QTRY_VERIFY_WITH_TIMEOUT(box(u"keychainUnavailableBox"_s), kTimeout);
    QMessageBox *question = box(u"keychainUnavailableBox"_s);
    QVERIFY(QTest::qWaitForWindowExposed(question));
    question->adjustSize();
    QCoreApplication::processEvents();
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(question->grab().save(QDir(dir).filePath(u"keychain-refused.png"_s)));
    QVERIFY(m_dialog->grab().save(QDir(dir).filePath(u"keychain-refused-dialog.png"_s)));
    // With the details unfolded.
    for (QAbstractButton *button : question->findChildren<QAbstractButton *>()) {
        if (button->text().contains(u"Details"_s)) {
            button->click();
            break;
        }
    }
    QCoreApplication::processEvents();
    QVERIFY(question->grab().save(QDir(dir).filePath(u"keychain-refused-details.png"_s)));
    question->button(QMessageBox::Cancel)->click();
}

QTEST_MAIN(TestProfileManagerDialog)
#include "tst_profilemanagerdialog.moc"
