// A screen reader names every control: each focusable widget of the main window, of every
// record form and of the profile dialog has an accessible name (its own, its label's through
// a buddy, or its text).

#include "editformsfixture.h"

#include "models/journal/changejournal.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/secretstore.h"
#include "views/journal/journalwindow.h"
#include "views/profiles/profilemanagerdialog.h"
#include "views/widgets/statuscolors.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTabBar>
#include <QTextBrowser>

using namespace Qt::StringLiterals;

namespace {

// "QLineEdit#domainNameEdit in SipDomainForm": enough to find the widget in the code.
QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u'#' + widget->objectName();
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty() && !parent->objectName().startsWith(u"qt_"_s)) {
            text += u" in "_s + parent->objectName();
            break;
        }
    }
    return text;
}

// The controls of window a keyboard user reaches, without an accessible name.
QStringList namelessControls(const QWidget *window)
{
    QStringList nameless;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(window) || !widget->isEnabled()
            || !(widget->focusPolicy() & Qt::TabFocus) || widget->focusProxy())
            continue;
        // Parts of a composite that names itself (a spin box's line edit, a combo's view).
        if (widget->objectName().startsWith(u"qt_"_s))
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            nameless.append(describe(widget));
    }
    return nameless;
}

} // namespace

class TestAccessibility : public EditFormsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(u"tst_accessibility"_s); }
    void cleanup() { closeWindow(); }
    void mainWindowAndForms_data();
    void mainWindowAndForms();
    void profileDialog();
    void journalWindow();
    void aProblemIsPartOfTheFieldsDescription();
    void warningsAndProblemsAreReadableInADarkPalette();
};

void TestAccessibility::mainWindowAndForms_data()
{
    QTest::addColumn<Account::Service>("service");
    QTest::newRow("Twilio") << Account::Service::Twilio;
    QTest::newRow("SignalWire") << Account::Service::SignalWire;
}

void TestAccessibility::mainWindowAndForms()
{
    QFETCH(Account::Service, service);
    openAccount(service, 20);
    auto *tabs = window()->findChild<QTabBar *>(u"sectionTabs"_s);
    const int pageCount = tabs && tabs->isVisible() ? tabs->count() : 1;
    for (int tab = 0; tab < pageCount; ++tab) {
        if (tabs && tabs->isVisible())
            tabs->setCurrentIndex(tab);
        QTRY_VERIFY_WITH_TIMEOUT(rowCount() > 0, 10000);
        const QStringList windowNameless = namelessControls(window());
        QVERIFY2(windowNameless.isEmpty(),
            qPrintable(u"page %1: "_s.arg(tab) + windowNameless.join(u", "_s)));

        auto *form = openCreateForm<RecordForm>();
        QVERIFY(form);
        const QStringList formNameless = namelessControls(form);
        QVERIFY2(formNameless.isEmpty(),
            qPrintable(QString::fromLatin1(form->metaObject()->className()) + u": "_s
                + formNameless.join(u", "_s)));
        // Nothing was typed: the form closes without asking.
        QVERIFY2(!form->hasUnsavedChanges(), form->metaObject()->className());
        QTest::keyClick(form, Qt::Key_Escape);
        QTRY_VERIFY(!formIsOpen());
    }
}

void TestAccessibility::profileDialog()
{
    QSettings().clear();
    MemorySecretStore keychain;
    ProfileStore store(&keychain);
    QNetworkAccessManager network;
    ProfileManagerDialog dialog(&store, &network);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const Account::Service service :
        { Account::Service::Twilio, Account::Service::SignalWire }) {
        dialog.addProfile(service);
        const QStringList nameless = namelessControls(&dialog);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u", "_s)));
    }
}

void TestAccessibility::journalWindow()
{
    openAccount(Account::Service::Twilio, 20);
    QTemporaryDir dir;
    ChangeJournal journal(dir.filePath(u"journal.jsonl"_s));
    JournalEntry entry;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.account = twilioAccountSid();
    entry.outcome = JournalEntry::Outcome::Done;
    journal.append(entry); // an entry, so that Export is enabled
    window()->setJournal(&journal);
    JournalWindow *journalWindow = window()->openJournal();
    QVERIFY(QTest::qWaitForWindowExposed(journalWindow));
    const QStringList nameless = namelessControls(journalWindow);
    QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u", "_s)));
    window()->setJournal(nullptr);
}

void TestAccessibility::aProblemIsPartOfTheFieldsDescription()
{
    openAccount(Account::Service::Twilio, 20);
    auto *form = openCreateForm<RecordForm>();
    QVERIFY(form);
    auto *domainName = form->findChild<QLineEdit *>(u"DomainName"_s);
    QVERIFY(domainName);
    QVERIFY(domainName->hasFocus() || (domainName->setFocus(), true));
    QTest::keyClicks(domainName, u"bad name"_s);
    QTest::keyClick(domainName, Qt::Key_Tab);
    auto *problem = form->findChild<QLabel *>(u"DomainNameProblem"_s);
    QTRY_VERIFY(!problem->text().isEmpty());
    QCOMPARE(QAccessible::queryAccessibleInterface(domainName)->text(QAccessible::Description),
        problem->text());
}

void TestAccessibility::warningsAndProblemsAreReadableInADarkPalette()
{
    const QPalette original = QApplication::palette();
    QPalette dark;
    for (const QPalette::ColorRole role : { QPalette::Window, QPalette::Base, QPalette::Button })
        dark.setColor(role, QColor(0x20, 0x23, 0x26));
    for (const QPalette::ColorRole role :
        { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        dark.setColor(role, QColor(0xfc, 0xfc, 0xfc));
    QApplication::setPalette(dark);
    const auto restore = qScopeGuard([&] { QApplication::setPalette(original); });
    openAccount(Account::Service::Twilio, 20);

    // A domain with a health warning in the detail pane (the demo data has several).
    auto *pane = page()->findChild<QTextBrowser *>(u"detailPane"_s);
    QVERIFY(pane);
    bool warned = false;
    for (int row = 0; row < rowCount() && !warned; ++row) {
        selectRows({ row });
        QApplication::processEvents();
        warned = pane->toPlainText().contains(u"⚠"_s);
    }
    QVERIFY(warned);
    const QRegularExpression colorRule(u"\\.warning \\{ color: (#[0-9a-f]{6})"_s);
    const auto match = colorRule.match(pane->document()->defaultStyleSheet());
    QVERIFY2(match.hasMatch(), qPrintable(pane->document()->defaultStyleSheet()));
    QVERIFY(
        StatusColors::contrastRatio(QColor(match.captured(1)), dark.color(QPalette::Base)) >= 4.5);

    // A problem under a form field.
    auto *form = openCreateForm<RecordForm>();
    QVERIFY(form);
    auto *domainName = form->findChild<QLineEdit *>(u"DomainName"_s);
    domainName->setFocus();
    QTest::keyClicks(domainName, u"bad name"_s);
    QTest::keyClick(domainName, Qt::Key_Tab);
    auto *problem = form->findChild<QLabel *>(u"DomainNameProblem"_s);
    QTRY_VERIFY(!problem->text().isEmpty());
    QVERIFY(StatusColors::contrastRatio(problem->palette().color(QPalette::WindowText),
                problem->palette().color(QPalette::Window))
        >= 4.5);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
