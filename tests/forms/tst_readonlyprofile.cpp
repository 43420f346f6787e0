// A read-only profile in the main window: no page offers New, Edit or Delete
// (nor their keys, a double click or the Edit menu), the sandbox's log shows
// only reads after every tab was browsed, and the switch in the profile
// dialog applies to the open account at once, both ways. The profile's colour
// shows as a strip on its forms and delete confirmations.

#include "tests/builders.h"
#include "tests/forms/editformsfixture.h"

#include "models/profiles/profilestore.h"
#include "models/profiles/secretstore.h"
#include "views/forms/sipdomainform.h"
#include "views/profiles/profilemanagerdialog.h"
#include "views/widgets/accountstrip.h"
#include "views/widgets/deleteconfirmationdialog.h"
#include "views/widgets/messagebar.h"

#include <QCheckBox>
#include <QLabel>
#include <QMenu>
#include <QTabBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

const QString kRed = u"#c62828"_s;
const QStringList kEditButtons { u"newButton"_s, u"editButton"_s, u"deleteButton"_s };

} // namespace

class TestReadOnlyProfile : public EditFormsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(u"tst_readonlyprofile"_s); }
    void init();
    void cleanup();

    void noPageOffersAWriteAndOnlyReadsAreSent_data();
    void noPageOffersAWriteAndOnlyReadsAreSent();
    void theClientRefusesWhatThePagesDoNotOffer();
    void theProfileDialogSwitchAppliesAtOnceBothWays();
    void formsAndConfirmationsShowTheProfileColour();
    void theStripStaysReadable_data();
    void theStripStaysReadable();

private:
    Profile saveProfile(bool readOnly, const QString &color);
    void openWindow(int expectedRows);
    QList<RecordListPage *> openPages() const;
    // Every edit key and gesture on the page's first row; none may open anything.
    void tryEveryWayToEdit(RecordListPage *page);
    bool somethingOpened() const;
    void waitUntilLoaded(RecordListPage *page);
    void setReadOnlyInTheDialog(bool readOnly);

    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    Profile m_profile;
};

void TestReadOnlyProfile::init()
{
    openSandbox();
    m_profile = Profile();
    m_secrets = std::make_unique<MemorySecretStore>();
    m_profiles = std::make_unique<ProfileStore>(m_secrets.get());
}

void TestReadOnlyProfile::cleanup()
{
    closeWindow();
    m_profiles.reset();
    m_secrets.reset();
}

Profile TestReadOnlyProfile::saveProfile(bool readOnly, const QString &color)
{
    using namespace DemoCredentials;
    const bool twilio = m_profile.service == Account::Service::Twilio;
    Profile profile = twilio
        ? Builders::twilioProfile(
            u"Acme (production)"_s, kTwilioAccountSid.toString(), server().twilioBaseUrl())
        : Builders::signalWireProfile(u"Initech (production)"_s,
            kSignalWireProjectId.toString(), server().signalWireBaseUrl());
    profile.color = color;
    profile.readOnly = readOnly;
    const QStringView secret = twilio ? kTwilioAuthToken : kSignalWireApiToken;
    [&] { QVERIFY(Builders::saveWithSecret(*m_profiles, profile, secret.toString())); }();
    return profile;
}

void TestReadOnlyProfile::openWindow(int expectedRows)
{
    m_profile = saveProfile(m_profile.readOnly, m_profile.color);
    openProfiles(m_profiles.get());
    QTRY_COMPARE_WITH_TIMEOUT(rowCount(), expectedRows, 10000);
}

QList<RecordListPage *> TestReadOnlyProfile::openPages() const
{
    QList<RecordListPage *> pages;
    for (RecordListPage *page : window()->findChildren<RecordListPage *>())
        if (page->kind().service() == m_profile.service)
            pages.append(page);
    return pages;
}

bool TestReadOnlyProfile::somethingOpened() const
{
    for (RecordListPage *page : openPages()) {
        const RecordEditing *editing = window()->editingFor(page);
        if (editing && editing->openForm())
            return true;
    }
    return visibleTopLevel<DeleteConfirmationDialog>() != nullptr;
}

void TestReadOnlyProfile::waitUntilLoaded(RecordListPage *page)
{
    QTRY_VERIFY_WITH_TIMEOUT(page->model()->state() == PagedTableModel::State::Loaded
            || page->model()->state() == PagedTableModel::State::Empty,
        10000);
}

void TestReadOnlyProfile::tryEveryWayToEdit(RecordListPage *page)
{
    QTableView *table = page->table();
    if (table->model()->rowCount() > 0) {
        table->setFocus();
        table->selectRow(0);
        QTest::keyClick(table, Qt::Key_F2);
        QTest::keyClick(table, Qt::Key_Return);
        QTest::keyClick(table, Qt::Key_Delete);
        const QRect cell = table->visualRect(table->model()->index(0, 0));
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }
    QTest::keyClick(table, Qt::Key_N, Qt::ControlModifier);
    QApplication::processEvents();
    QVERIFY2(!somethingOpened(), qPrintable(page->kind().key()));
    for (const QString &name : kEditButtons) {
        auto *button = page->findChild<QToolButton *>(name);
        QVERIFY2(button, qPrintable(name));
        QVERIFY2(!button->isEnabled(), qPrintable(name));
        QVERIFY2(button->toolTip().contains(u"read-only"_s), qPrintable(button->toolTip()));
    }
    // The Edit menu holds the focused page's actions: disabled as well.
    window()->rebuildEditMenu();
    int editActions = 0;
    for (QAction *action : window()->editMenu()->actions()) {
        if (!QStringList { u"newAction"_s, u"editAction"_s, u"deleteAction"_s }.contains(
                action->objectName()))
            continue;
        ++editActions;
        QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
    }
    QCOMPARE(editActions, 3);
}

void TestReadOnlyProfile::noPageOffersAWriteAndOnlyReadsAreSent_data()
{
    QTest::addColumn<Account::Service>("service");
    QTest::addColumn<int>("memberPages");
    QTest::newRow("twilio") << Account::Service::Twilio << 2;
    QTest::newRow("signalwire") << Account::Service::SignalWire << 0;
}

void TestReadOnlyProfile::noPageOffersAWriteAndOnlyReadsAreSent()
{
    QFETCH(Account::Service, service);
    QFETCH(int, memberPages);
    m_profile.service = service;
    m_profile.readOnly = true;
    m_profile.color = kRed;
    openWindow(20);
    activateMainWindow();
    QVERIFY(window()->windowTitle().contains(u"read-only"_s));
    QVERIFY(window()->findChild<QLabel *>(u"accountReadOnly"_s)->isVisible());

    // One tab per section; a service of one section shows none.
    auto *tabs = window()->findChild<QTabBar *>(u"sectionTabs"_s);
    int memberPagesTried = 0;
    for (int tab = 0; tab < std::max(1, tabs->count()); ++tab) {
        if (tabs->count() > 0)
            tabs->setCurrentIndex(tab);
        RecordListPage *main = window()->currentPage();
        waitUntilLoaded(main);
        tryEveryWayToEdit(main);
        // The members of the row just selected: their page offers nothing either.
        for (RecordListPage *member : window()->findChildren<RecordListPage *>()) {
            if (member->kind().parentKind() != &main->kind())
                continue;
            waitUntilLoaded(member);
            tryEveryWayToEdit(member);
            ++memberPagesTried;
        }
    }
    QCOMPARE(memberPagesTried, memberPages);
    if (tabs->count() > 0)
        tabs->setCurrentIndex(0);
    selectRows({ 0 });
    if (service == Account::Service::Twilio)
        saveScreenshot(window(), u"readonly-mainwindow"_s);
    // Details are still shown.
    QVERIFY(!server().requestLog().entries().isEmpty());
    QTest::qWait(100); // a write would be logged within this window
    QCOMPARE(writesSent(), 0);
}

void TestReadOnlyProfile::theClientRefusesWhatThePagesDoNotOffer()
{
    // A form reached without the pages (as a future way in might) still sends nothing.
    m_profile.readOnly = true;
    openWindow(20);
    RecordListPage *domains = window()->recordPage(u"sipDomains");
    window()->editingFor(domains)->createRecord();
    auto *form = openedForm<SipDomainForm>();
    QVERIFY(form);
    QTest::keyClicks(form->editorFor(u"DomainName"_s), u"blocked.sip.twilio.com"_s);
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(form->messageBar()->isVisible(), 10000);
    QVERIFY2(form->messageBar()->text().contains(u"read-only"_s),
        qPrintable(form->messageBar()->text()));
    QVERIFY(formIsOpen());
    QCOMPARE(writesSent(), 0);
}

void TestReadOnlyProfile::setReadOnlyInTheDialog(bool readOnly)
{
    window()->openProfileManager();
    auto *dialog = visibleTopLevel<ProfileManagerDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentProfileId(), m_profile.id);
    auto *check = dialog->findChild<QCheckBox *>(u"readOnlyCheck"_s);
    QCOMPARE(check->isChecked(), !readOnly);
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(6, check->height() / 2));
    QCOMPARE(check->isChecked(), readOnly);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QCOMPARE(m_profiles->profile(m_profile.id)->readOnly, readOnly);
    dialog->close();
}

void TestReadOnlyProfile::theProfileDialogSwitchAppliesAtOnceBothWays()
{
    m_profile.readOnly = true;
    openWindow(20);
    auto *newButton = page()->findChild<QToolButton *>(u"newButton"_s);
    QVERIFY(!newButton->isEnabled());

    setReadOnlyInTheDialog(false);
    QTRY_VERIFY(newButton->isEnabled());
    QVERIFY(!newButton->toolTip().contains(u"read-only"_s));
    QVERIFY(!window()->windowTitle().contains(u"read-only"_s));
    QVERIFY(!window()->findChild<QLabel *>(u"accountReadOnly"_s)->isVisible());
    // The account stayed open: no second listing.
    QCOMPARE(window()->currentAccount(), 0);
    auto *form = openCreateForm<SipDomainForm>();
    QVERIFY(form);
    QTest::keyClicks(form->editorFor(u"DomainName"_s), u"late.sip.twilio.com"_s);

    // Back to read-only while that form is open: its save is refused.
    setReadOnlyInTheDialog(true);
    QTRY_VERIFY(!newButton->isEnabled());
    QVERIFY(window()->windowTitle().contains(u"read-only"_s));
    QVERIFY(formIsOpen());
    QTest::mouseClick(saveButton(form), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(form->messageBar()->text().contains(u"read-only"_s), 10000);
    QCOMPARE(writesSent(), 0);
}

void TestReadOnlyProfile::formsAndConfirmationsShowTheProfileColour()
{
    m_profile.color = kRed;
    openWindow(20);
    const auto checkStrip = [](QWidget *dialog, const QString &name) {
        auto *strip = dialog->findChild<AccountStrip *>(u"accountStrip"_s);
        QVERIFY(strip);
        QVERIFY(strip->isVisible());
        QCOMPARE(strip->color(), QColor(kRed));
        QVERIFY(strip->toolTip().contains(u"Acme (production)"_s));
        // Painted, across the dialog, above everything else in it.
        const QImage image = strip->grab().toImage();
        QCOMPARE(image.pixelColor(2, 2), QColor(kRed));
        QVERIFY(strip->width() > dialog->width() * 3 / 4);
        QVERIFY(strip->geometry().bottom() < dialog->findChild<QWidget *>(name)->y());
        saveScreenshot(dialog, u"readonly-strip-"_s + QLatin1String(dialog->metaObject()->className()));
    };
    auto *form = openEditForm<SipDomainForm>(0);
    QVERIFY(form);
    checkStrip(form, u"accountBanner"_s);
    form->reject();
    QTRY_VERIFY(!formIsOpen());

    selectRows({ 0, 1 });
    QTest::keyClick(table(), Qt::Key_Delete);
    DeleteConfirmationDialog *confirmation = nullptr;
    QTRY_VERIFY((confirmation = visibleTopLevel<DeleteConfirmationDialog>()));
    checkStrip(confirmation, u"headingLabel"_s);
    confirmation->reject();

    // No colour, no strip: taken over by the open account at once.
    m_profile.color.clear();
    QVERIFY(m_profiles->save(m_profile));
    form = openEditForm<SipDomainForm>(0);
    QVERIFY(form);
    QVERIFY(!form->findChild<AccountStrip *>(u"accountStrip"_s)->isVisible());
    QCOMPARE(writesSent(), 0);
}

void TestReadOnlyProfile::theStripStaysReadable_data()
{
    QTest::addColumn<QString>("color");
    QTest::addColumn<QColor>("window");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<bool>("outlined");
    const QColor light(0xef, 0xef, 0xef);
    const QColor dark(0x2a, 0x2a, 0x2a);
    QTest::newRow("red, light window") << kRed << light << QColor(Qt::white) << false;
    // Yellow barely stands out from light grey: outlined.
    QTest::newRow("yellow, light window") << u"#fdd835"_s << light << QColor(Qt::black) << true;
    QTest::newRow("dark blue, light window") << u"#0d47a1"_s << light << QColor(Qt::white) << false;
    QTest::newRow("near white, light window") << u"#f4f4f4"_s << light << QColor(Qt::black) << true;
    QTest::newRow("near black, dark window") << u"#202020"_s << dark << QColor(Qt::white) << true;
    QTest::newRow("red, dark window") << kRed << dark << QColor(Qt::white) << false;
}

void TestReadOnlyProfile::theStripStaysReadable()
{
    QFETCH(QString, color);
    QFETCH(QColor, window);
    QFETCH(QColor, text);
    QFETCH(bool, outlined);
    QWidget parent;
    QPalette palette = parent.palette();
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, window.lightness() < 128 ? Qt::white : Qt::black);
    parent.setPalette(palette);
    AccountStrip strip(u"Acme (AC…)"_s, &parent);
    strip.setColor(color);
    strip.resize(strip.sizeHint());
    QVERIFY(!strip.isHidden());
    QCOMPARE(strip.textColor(), text);
    QCOMPARE(strip.isOutlined(), outlined);
    const QImage image = strip.grab().toImage();
    QCOMPARE(image.pixelColor(0, 0), outlined ? palette.color(QPalette::WindowText) : QColor(color));
    strip.setColor(u"not a colour"_s);
    QVERIFY(strip.isHidden());
}

QTEST_MAIN(TestReadOnlyProfile)
#include "tst_readonlyprofile.moc"
