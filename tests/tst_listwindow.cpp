// The main window on the embedded sandbox, driven like a user would: rows
// arrive, a search narrows them, a selected row shows every field, the
// account switcher changes page and data, CSV export writes what is shown.

#include "app/sandboxhost.h"
#include "models/lists/pagedtablemodel.h"
#include "models/lists/recordfilterproxymodel.h"
#include "models/lists/sipdomaintablemodel.h"
#include "models/lists/sipendpointtablemodel.h"
#include "sandbox/democredentials.h"
#include "sandbox/sandboxserver.h"
#include "tests/scriptedserver.h"
#include "views/forms/recordediting.h"
#include "views/mainwindow.h"
#include "views/recordlistpage.h"
#include "views/recordtableview.h"
#include "views/widgets/deleteconfirmationdialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kJson = "Content-Type: application/json\r\n";

// Text that Qt's rich-text auto-detection would render as markup.
const QString kHostile = u"<b>bold</b><img src=\"http://x/\">"_s;

// What a person sees of a string that goes through Qt's AutoText rules
// (tooltips, labels left at their default format).
QString shownText(const QString &text, Qt::TextFormat format = Qt::AutoText)
{
    if (format == Qt::PlainText || (format == Qt::AutoText && !Qt::mightBeRichText(text)))
        return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

QString shownText(const QLabel *label)
{
    return shownText(label->text(), label->textFormat());
}

} // namespace

class TestListWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void rowsArriveAndTheTitleNamesTheAccount();
    void searchSelectAndDetail();
    void quickFilterShowsOnlyDomainsWithoutAuth();
    void registrationsAreCheckedForTheRowsOnScreen();
    void cannotRegisterFilterChecksEveryRow();
    void switchingAccountsShowsTheOtherService();
    void exportWritesTheFilteredRows();
    void columnLayoutIsKept();
    void unreachableAccountShowsTheErrorWithRetry();
    void aFailureAfterSomePagesKeepsTheRows();
    void serverTextIsShownAsPlainText();
    void failureTextIsShownAsPlainText();

    // The detail pane shows the selected, visible record of the open account only.
    void detailEmptiesWhenTheRowIsFilteredOut();
    void detailEmptiesOnRefresh();
    void detailEmptiesOnSwitchingAccounts();
    void detailEmptiesWhenTheListFailsToLoad();
    void detailCountsSeveralSelectedRows();

    // The keyboard: search box keys, Tab out of the table, focus selects.
    void searchBoxKeys();
    void leavingTheSearchShowsTheSelectedRow();
    void sortingByHeaderSelectsNothing();
    void defaultColumnsAreInSightNamesFirst();
    void tabLeavesTheTableAndFocusSelectsARow();
    void tabFollowsTheToolbarLeftToRight();
    void aClickBesideTheRowsSelectsARow();
    void editAndDeleteActOnlyOnTheVisibleSelection();

    // A small window: the search keeps its room, the name stays in sight.
    void narrowWindowKeepsTheSearchAndTheName();

private:
    // Loads the first account's domains, selects the row, and returns its SID.
    QString selectDomain(int row);

    std::unique_ptr<SandboxHost> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestListWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"SipDeskTests"_s);
    QApplication::setApplicationName(u"tst_listwindow"_s);
    QApplication::setApplicationDisplayName(u"SipDesk"_s);
    m_sandbox = std::make_unique<SandboxHost>();
    QVERIFY(m_sandbox->start());
}

void TestListWindow::init()
{
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->setEnvironmentName(u"Sandbox"_s);
    m_window->setAccounts(m_sandbox->demoAccounts());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestListWindow::cleanup()
{
    m_window.reset();
}

void TestListWindow::rowsArriveAndTheTitleNamesTheAccount()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QCOMPARE(m_window->currentPage(), page);
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 120, 10000);
    QTRY_COMPARE(page->statusText(), u"120 SIP domain(s)"_s); // no English .qm in tests
    const QString account = m_sandbox->demoAccounts().constFirst().identifier();
    QVERIFY(m_window->windowTitle().contains(account));
    QVERIFY(m_window->windowTitle().contains(u"Sandbox"_s));
    QCOMPARE(m_window->findChild<QLabel *>(u"accountIdentifier"_s)->text(), account);
}

void TestListWindow::searchSelectAndDetail()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTableView *table = page->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 120, 10000);
    const QString sid = table->model()->index(57, 0).data(PagedTableModel::IdRole).toString();

    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = page->findChild<QLineEdit *>(u"searchField"_s);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, sid.mid(2, 12));
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(page->statusText().startsWith(u"1 shown of"_s));

    table->setFocus();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(0, 1)).center());
    QCOMPARE(page->selectedId(), sid);
    QVERIFY2(page->detailText().contains(sid), qPrintable(page->detailText()));
    // Grouped as the form groups them; the bookkeeping collapsed.
    QVERIFY(page->detailText().contains(u"Fallback"_s));
    QVERIFY(page->detailText().contains(u"Status callback"_s));
    QVERIFY(!page->detailText().contains(u"Account SID"_s));

    search->clear();
    QCOMPARE(table->model()->rowCount(), 120);
    QCOMPARE(page->selectedId(), sid); // the selection survives clearing the search
}

void TestListWindow::quickFilterShowsOnlyDomainsWithoutAuth()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 120, 10000);
    auto *filter = page->findChild<QComboBox *>(u"quickFilter"_s);
    filter->setCurrentIndex(1); // Receives no traffic
    const QAbstractItemModel *shown = page->table()->model();
    QVERIFY(shown->rowCount() > 0);
    QVERIFY(shown->rowCount() < 120);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(!shown->index(row, 0).data(PagedTableModel::WarningRole).toString().isEmpty());
}

void TestListWindow::registrationsAreCheckedForTheRowsOnScreen()
{
    using State = RegistrationMappingCheck::State;
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 120, 10000);
    auto *model = qobject_cast<SipDomainTableModel *>(page->model());
    QVERIFY(model);
    RecordTableView *table = page->table();
    const int lastShown = table->rowAt(table->viewport()->height() - 1);
    if (lastShown < 0 || lastShown >= 100)
        QSKIP("the window shows (nearly) every row");
    const auto state = [model](int row) {
        return State(model->index(row, 0).data(SipDomainTableModel::RegistrationCheckRole).toInt());
    };
    const auto checked = [&](int row) {
        return state(row) == State::Mapped || state(row) == State::Unmapped;
    };
    int first = 0;
    while (!model->recordAt(first).sipRegistration)
        ++first;
    QVERIFY(first <= lastShown);
    QTRY_VERIFY_WITH_TIMEOUT(checked(first), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->registrationCheck().runningCount(), 0, 10000);
    int checks = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const bool on = model->recordAt(row).sipRegistration;
        if (row <= lastShown)
            QCOMPARE(checked(row), on);
        else if (row > lastShown + 1) // a half-shown row may count
            QCOMPARE(state(row), State::NotChecked);
        checks += checked(row);
    }
    QVERIFY(checks > 0);

    // Scrolled to the end: the last rows are checked, once they stay on screen.
    int last = model->rowCount() - 1;
    while (!model->recordAt(last).sipRegistration)
        --last;
    table->scrollToBottom();
    QTRY_VERIFY_WITH_TIMEOUT(checked(last), 10000);
}

void TestListWindow::cannotRegisterFilterChecksEveryRow()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 120, 10000);
    auto *model = qobject_cast<SipDomainTableModel *>(page->model());
    QVERIFY(model);
    auto *filter = page->findChild<QComboBox *>(u"quickFilter"_s);
    const int cannotRegister = filter->findText(u"Cannot register"_s);
    QVERIFY(cannotRegister > 0);
    model->registrationCheck().setMaxRunning(1); // slow enough to see the progress
    filter->setCurrentIndex(cannotRegister);
    QVERIFY2(
        page->statusText().contains(u"checking registrations"_s), qPrintable(page->statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(model->activityText().isEmpty(), 20000);
    QVERIFY(!page->statusText().contains(u"checking registrations"_s));
    const QAbstractItemModel *shown = page->table()->model();
    int expected = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        expected += model->index(row, 0).data(SipDomainTableModel::CannotRegisterRole).toBool();
    QVERIFY(expected > 0);
    QCOMPARE(shown->rowCount(), expected);
    for (int row = 0; row < shown->rowCount(); ++row) {
        QVERIFY(shown->index(row, 0)
                    .data(PagedTableModel::WarningRole)
                    .toString()
                    .contains(u"Devices cannot register"_s));
    }
}

void TestListWindow::switchingAccountsShowsTheOtherService()
{
    QTRY_COMPARE_WITH_TIMEOUT(
        m_window->recordPage(u"sipDomains")->table()->model()->rowCount(), 120, 10000);
    auto *switcher = m_window->findChild<QComboBox *>(u"accountSwitcher"_s);
    QCOMPARE(switcher->count(), 2);
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down); // activates the SignalWire project
    QCOMPARE(m_window->currentAccount(), 1);
    RecordListPage *page = m_window->recordPage(u"sipEndpoints");
    QCOMPARE(m_window->currentPage(), page);
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 300, 10000);
    // The other account's rows are gone, not merely hidden.
    QCOMPARE(m_window->recordPage(u"sipDomains")->table()->model()->rowCount(), 0);
    QVERIFY(m_window->windowTitle().contains(m_sandbox->demoAccounts().at(1).identifier()));
}

void TestListWindow::exportWritesTheFilteredRows()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 120, 10000);
    page->proxy()->setSearchText(u"night shift"_s);
    const int shown = page->proxy()->rowCount();
    QVERIFY(shown > 0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    QString error;
    QVERIFY2(page->exportCsvTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.size(), shown + 2); // header, rows, and the empty tail after the last CRLF
    QVERIFY(lines.at(0).startsWith("Friendly name,Domain name,SID"));
    for (const QByteArray &line : lines.mid(1, shown))
        QVERIFY2(line.toLower().contains("night shift"), line.constData());
}

void TestListWindow::columnLayoutIsKept()
{
    QTableView *table = m_window->recordPage(u"sipDomains")->table();
    table->horizontalHeader()->resizeSection(1, 333);
    table->horizontalHeader()->setSectionHidden(2, true);
    m_window.reset(); // saves the layout
    MainWindow again;
    QTableView *restored = again.recordPage(u"sipDomains")->table();
    QCOMPARE(restored->horizontalHeader()->sectionSize(1), 333);
    QVERIFY(restored->horizontalHeader()->isSectionHidden(2));
}

void TestListWindow::unreachableAccountShowsTheErrorWithRetry()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nothing answers there
    Account account = m_sandbox->demoAccounts().constFirst();
    account.name = u"Unreachable"_s;
    account.twilio.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_window->setAccounts({ account });
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    auto *error = page->findChild<QLabel *>(u"errorState"_s);
    auto *retry = page->findChild<QPushButton *>(u"retryButton"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(error->text().contains(u"Cannot reach the service"_s), qPrintable(error->text()));
    QVERIFY(!error->text().contains(account.twilio.secret)); // never the secret
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton); // tries again, and fails again
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
}

void TestListWindow::aFailureAfterSomePagesKeepsTheRows()
{
    // Its own sandbox, to break the second page: rows already shown stay.
    SandboxServer::Options options;
    options.domains = 2500;
    options.endpoints = 0;
    SandboxServer server(options);
    QVERIFY(server.listen());
    FaultInjector::Rule brokenSecondPage;
    brokenSecondPage.kind = FaultInjector::Kind::ServerError;
    brokenSecondPage.pathContains = u"/SIP/Domains.json"_s;
    brokenSecondPage.count = -1;
    Account account = m_sandbox->demoAccounts().constFirst();
    account.twilio.baseUrl = server.twilioBaseUrl();
    m_window->setAccounts({ account });
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 1000, 10000);
    server.faults().addRule(brokenSecondPage); // every later page fails
    page->loadEverything();
    QTRY_VERIFY_WITH_TIMEOUT(page->statusText().contains(u"loading failed"_s), 10000);
    QCOMPARE(page->table()->model()->rowCount(), 1000);
    QVERIFY(page->table()->isVisible());
    QVERIFY(!page->findChild<QLabel *>(u"errorState"_s)->isVisible());
}

QString TestListWindow::selectDomain(int row)
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTableView *table = page->table();
    [&] { QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 120, 10000); }();
    const QModelIndex index = table->model()->index(row, 1);
    table->setFocus();
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    const QString sid = index.data(PagedTableModel::IdRole).toString();
    [&] {
        QCOMPARE(page->selectedId(), sid);
        QVERIFY2(page->detailText().contains(sid), qPrintable(page->detailText()));
    }();
    return sid;
}

void TestListWindow::detailEmptiesWhenTheRowIsFilteredOut()
{
    const QString sid = selectDomain(3);
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    const QString other =
        page->table()->model()->index(4, 0).data(PagedTableModel::IdRole).toString();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = page->findChild<QLineEdit *>(u"searchField"_s);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, other);
    QCOMPARE(page->table()->model()->rowCount(), 1);
    QVERIFY2(!page->detailText().contains(sid), qPrintable(page->detailText()));
    QVERIFY(page->detailText().isEmpty());
    QVERIFY(page->selectedRows().isEmpty()); // Edit and Delete have nothing to act on
}

void TestListWindow::detailEmptiesOnRefresh()
{
    const QString sid = selectDomain(5);
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    page->refresh();
    // Nothing is selected while the list loads again: no stale record shows.
    QVERIFY(page->selectedRows().isEmpty());
    QVERIFY(page->detailText().isEmpty());
    // The record selected before comes back selected, with what the service
    // answered now; the pane follows it.
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 120, 10000);
    QTRY_COMPARE(page->selectedId(), sid);
    QVERIFY2(page->detailText().contains(sid), qPrintable(page->detailText()));
}

void TestListWindow::detailEmptiesOnSwitchingAccounts()
{
    // Two accounts of the same service: the page stays, its rows change.
    Account first = m_sandbox->demoAccounts().constFirst();
    Account second = first;
    second.name = u"Second"_s;
    second.twilio.accountSid = second.twilio.authUser =
        DemoCredentials::kTwilioOtherAccountSid.toString();
    second.twilio.secret = DemoCredentials::kTwilioOtherAuthToken.toString();
    m_window->setAccounts({ first, second });
    const QString sid = selectDomain(7);
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    m_window->openAccount(1);
    QCOMPARE(m_window->currentAccount(), 1);
    QCOMPARE(m_window->currentPage(), page);
    QVERIFY2(!page->detailText().contains(sid), qPrintable(page->detailText()));
    QVERIFY(page->detailText().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(page->table()->model()->rowCount() > 0, 10000);
    QVERIFY(page->detailText().isEmpty());
}

void TestListWindow::detailEmptiesWhenTheListFailsToLoad()
{
    const QString sid = selectDomain(2);
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Account account = m_sandbox->demoAccounts().constFirst();
    account.name = u"Unreachable"_s;
    account.twilio.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_window->setAccounts({ account });
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    auto *error = page->findChild<QLabel *>(u"errorState"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(!page->detailText().contains(sid), qPrintable(page->detailText()));
    QVERIFY(page->detailText().isEmpty());
}

void TestListWindow::detailCountsSeveralSelectedRows()
{
    const QString sid = selectDomain(1);
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTableView *table = page->table();
    for (int row : { 2, 3 })
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
            table->visualRect(table->model()->index(row, 1)).center());
    QCOMPARE(page->selectedRows().size(), 3);
    QCOMPARE(page->detailText(), u"3 record(s) selected."_s);
    // Back to one row: its details.
    for (int row : { 2, 3 })
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::ControlModifier,
            table->visualRect(table->model()->index(row, 1)).center());
    QCOMPARE(page->selectedRows().size(), 1);
    QVERIFY2(page->detailText().contains(sid), qPrintable(page->detailText()));
}

void TestListWindow::serverTextIsShownAsPlainText()
{
    Account account = m_sandbox->demoAccounts().constFirst();
    const QString sid = u"SD0123456789abcdef0123456789abcdef"_s;
    const QJsonObject domain { { u"sid"_s, sid }, { u"account_sid"_s, account.twilio.accountSid },
        { u"friendly_name"_s, kHostile }, { u"domain_name"_s, u"plain.sip.twilio.com"_s },
        { u"auth_type"_s, u"CREDENTIAL_LIST"_s }, { u"voice_url"_s, kHostile } };
    const QJsonObject pageBody { { u"domains"_s, QJsonArray { domain } },
        { u"next_page_uri"_s, QJsonValue::Null } };
    const QByteArray page = QJsonDocument(pageBody).toJson(QJsonDocument::Compact);
    ScriptedServer server({ httpReply("200 OK", kJson, page) });
    account.twilio.baseUrl = server.baseUrl();
    m_window->setAccounts({ account });
    RecordListPage *page1 = m_window->recordPage(u"sipDomains");
    QTableView *table = page1->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 1, 10000);

    for (const int column :
        { int(SipDomainTableModel::FriendlyName), int(SipDomainTableModel::VoiceUrl) }) {
        const QString tip = table->model()->index(0, column).data(Qt::ToolTipRole).toString();
        QVERIFY2(shownText(tip).contains(kHostile), qPrintable(tip));
    }

    table->setFocus();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
        table->visualRect(table->model()->index(0, 1)).center());
    QCOMPARE(page1->selectedId(), sid);
    QVERIFY2(page1->detailText().contains(kHostile), qPrintable(page1->detailText()));

    page1->showMessage(MessageBar::Type::Error, kHostile);
    const auto labels = page1->findChildren<QLabel *>();
    bool messageShown = false;
    for (const QLabel *label : labels)
        messageShown = messageShown || shownText(label) == kHostile;
    QVERIFY(messageShown);

    // The same for SIP endpoints, whose model the page does not load here.
    SipEndpoint endpoint;
    endpoint.id = u"0b8a5b2e-2c6f-4f4e-9a51-0c1e5d5e7a11"_s;
    endpoint.username = kHostile;
    endpoint.callerId = kHostile;
    SipEndpointTableModel endpoints;
    endpoints.upsert(endpoint);
    for (int column = 0; column < endpoints.columnCount(); ++column) {
        const QString tip = endpoints.index(0, column).data(Qt::ToolTipRole).toString();
        const QString text = endpoints.index(0, column).data().toString();
        QCOMPARE(shownText(tip), text);
    }
}

void TestListWindow::failureTextIsShownAsPlainText()
{
    // A service error that quotes markup, shown in the error state and,
    // after a first page, in the status line.
    Account account = m_sandbox->demoAccounts().constFirst();
    const QJsonObject errorBody { { u"code"_s, 20001 }, { u"message"_s, kHostile },
        { u"status"_s, 400 } };
    const QByteArray error = QJsonDocument(errorBody).toJson(QJsonDocument::Compact);
    ScriptedServer failing({ httpReply("400 Bad Request", kJson, error) });
    account.twilio.baseUrl = failing.baseUrl();
    m_window->setAccounts({ account });
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    auto *errorLabel = page->findChild<QLabel *>(u"errorState"_s);
    QTRY_VERIFY_WITH_TIMEOUT(errorLabel->isVisible(), 10000);
    QCOMPARE(errorLabel->textFormat(), Qt::PlainText);
    QVERIFY2(shownText(errorLabel).contains(kHostile), qPrintable(errorLabel->text()));

    const QJsonObject domain { { u"sid"_s, u"SD0123456789abcdef0123456789abcdef"_s },
        { u"account_sid"_s, account.twilio.accountSid }, { u"friendly_name"_s, u"first"_s },
        { u"domain_name"_s, u"first.sip.twilio.com"_s } };
    const QString next = u"/2010-04-01/Accounts/%1/SIP/Domains.json?Page=1&PageToken=PA1"_s.arg(
        account.twilio.accountSid);
    const QJsonObject firstBody { { u"domains"_s, QJsonArray { domain } },
        { u"next_page_uri"_s, next } };
    const QByteArray first = QJsonDocument(firstBody).toJson(QJsonDocument::Compact);
    ScriptedServer halfway(
        { httpReply("200 OK", kJson, first), httpReply("400 Bad Request", kJson, error) });
    account.twilio.baseUrl = halfway.baseUrl();
    m_window->setAccounts({ account });
    page = m_window->recordPage(u"sipDomains");
    // One row does not fill the table, so the view asks for the next page at once.
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 1, 10000);
    auto *status = page->findChild<QLabel *>(u"statusLine"_s);
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"loading failed"_s), 10000);
    QVERIFY2(shownText(status).contains(kHostile), qPrintable(status->text()));
}

void TestListWindow::searchBoxKeys()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTableView *table = page->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 120, 10000);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = page->findChild<QLineEdit *>(u"searchField"_s);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"dispatch"_s);
    const int matches = table->model()->rowCount();
    QVERIFY(matches > 1 && matches < 120);
    const QString first = table->model()->index(0, 0).data(PagedTableModel::IdRole).toString();

    // Enter: the first match's details, the search keeps the focus.
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(page->selectedId(), first);
    QVERIFY2(page->detailText().contains(first), qPrintable(page->detailText()));
    QVERIFY(search->hasFocus());

    // Down: into the results.
    QTest::keyClick(search, Qt::Key_Down);
    QVERIFY(table->hasFocus());
    QCOMPARE(page->selectedRows().size(), 1);

    // Esc clears the search, a second Esc returns to the table.
    search->setFocus();
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(search->text().isEmpty());
    QVERIFY(search->hasFocus());
    QCOMPARE(table->model()->rowCount(), 120);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(table->hasFocus());
}

void TestListWindow::leavingTheSearchShowsTheSelectedRow()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTableView *table = page->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 120, 10000);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // A row far below the first screen, found by the search.
    const QModelIndex far = table->model()->index(110, SipDomainTableModel::DomainName);
    QVERIFY(!table->viewport()->rect().intersects(table->visualRect(far)));
    const QString id = far.data(PagedTableModel::IdRole).toString();
    auto *search = page->findChild<QLineEdit *>(u"searchField"_s);
    search->setFocus();
    QTest::keyClicks(search, far.data().toString());
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(page->selectedId(), id);
    QTest::keyClick(search, Qt::Key_Escape);
    QCOMPARE(table->model()->rowCount(), 120);
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(table->hasFocus());
    QCOMPARE(page->selectedId(), id);
    const QModelIndexList rows = page->selectedRows();
    QCOMPARE(rows.size(), 1);
    QVERIFY2(table->viewport()->rect().contains(table->visualRect(rows.constFirst()).center()),
        "the focused, selected row is in sight");
}

void TestListWindow::sortingByHeaderSelectsNothing()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTableView *table = page->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 120, 10000);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    page->findChild<QLineEdit *>(u"searchField"_s)->setFocus();
    QVERIFY(page->selectedRows().isEmpty());
    QHeaderView *header = table->horizontalHeader();
    const int column = header->logicalIndex(1);
    const QPoint onSection(header->sectionViewportPosition(column) + 5, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, onSection);
    QTRY_COMPARE(header->sortIndicatorSection(), column);
    QVERIFY(page->selectedRows().isEmpty());
    QVERIFY(page->detailText().isEmpty());
}

void TestListWindow::defaultColumnsAreInSightNamesFirst()
{
    // At the window's default size, with the detail pane: every default column in sight (Updated
    // and Health were off screen), and the other columns give way before the names do.
    m_window.reset();
    QSettings().clear();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(QSize(1400, 860) * 0.9); // the default on a screen at least that large
    m_window->setAccounts(m_sandbox->demoAccounts());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    auto *table = qobject_cast<RecordTableView *>(page->table());
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 120, 10000);
    QHeaderView *header = table->horizontalHeader();
    const QList<int> columns = table->visibleColumns();
    QCOMPARE(columns.size(), 5);
    QVERIFY2(header->length() <= table->viewport()->width(),
        qPrintable(u"%1 > %2"_s.arg(header->length()).arg(table->viewport()->width())));
    const int names = qMin(header->sectionSize(columns.at(0)), header->sectionSize(columns.at(1)));
    for (int column : columns.mid(2))
        QVERIFY(header->sectionSize(column) <= names);
    QVERIFY(header->sectionSize(SipDomainTableModel::Health)
        >= table->fontMetrics().averageCharWidth() * 12);
}

void TestListWindow::tabLeavesTheTableAndFocusSelectsARow()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTableView *table = page->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 120, 10000);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(page->selectedRows().isEmpty());
    // Focusing the table selects a row, so Edit, Delete and the pane have one.
    page->findChild<QLineEdit *>(u"searchField"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QCOMPARE(page->selectedRows().size(), 1);
    QVERIFY(!page->detailText().isEmpty());
    const QString selected = page->selectedId();
    // Tab leaves the table instead of walking its cells.
    QTest::keyClick(table, Qt::Key_Tab);
    QVERIFY(!table->hasFocus());
    QVERIFY(page->findChild<QWidget *>(u"detailPane"_s)->hasFocus());
    QCOMPARE(page->selectedId(), selected);
}

void TestListWindow::tabFollowsTheToolbarLeftToRight()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    selectDomain(3); // Edit and Delete take part
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *newButton = page->findChild<QToolButton *>(u"newButton"_s);
    newButton->setFocus(Qt::TabFocusReason);
    QStringList visited { newButton->objectName() };
    QList<int> lefts { newButton->mapTo(m_window.get(), QPoint()).x() };
    while (visited.size() < 12 && visited.constLast() != u"detailPane"_s) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        QVERIFY(focus);
        visited.append(focus->objectName());
        lefts.append(focus->mapTo(m_window.get(), QPoint()).x());
    }
    // Stop is disabled while nothing loads: Tab passes it.
    QCOMPARE(visited,
        QStringList({ u"newButton"_s, u"editButton"_s, u"deleteButton"_s, u"searchField"_s,
            u"quickFilter"_s, u"refreshButton"_s, u"recordTable"_s, u"detailPane"_s }));
    for (int i = 1; i < 6; ++i)
        QVERIFY2(lefts.at(i) > lefts.at(i - 1), qPrintable(visited.at(i)));
}

void TestListWindow::aClickBesideTheRowsSelectsARow()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTableView *table = page->table();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 120, 10000);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = page->findChild<QLineEdit *>(u"searchField"_s);
    QTRY_VERIFY(search->hasFocus());
    // One company's domains: a few rows, room below them.
    const QString company = table->model()
                                ->index(10, SipDomainTableModel::FriendlyName)
                                .data()
                                .toString()
                                .section(u" – "_s, 0, 0);
    QTest::keyClicks(search, company);
    const int shown = table->model()->rowCount();
    QVERIFY2(shown > 1 && shown < 20, qPrintable(company));
    QVERIFY(page->selectedRows().isEmpty());
    // Below the last row: Qt would clear the selection; the first row is taken.
    const QPoint below(10, table->visualRect(table->model()->index(shown - 1, 0)).bottom() + 20);
    QVERIFY(below.y() < table->viewport()->height());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, below);
    QVERIFY(table->hasFocus());
    QCOMPARE(
        page->selectedId(), table->model()->index(0, 0).data(PagedTableModel::IdRole).toString());
    QCOMPARE(page->selectedRows().size(), 1);
    QVERIFY(!page->detailText().isEmpty());

    // With a current row, a second click beside the rows keeps it selected.
    const QModelIndex last = table->model()->index(shown - 1, 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(last).center());
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, below);
    QCOMPARE(page->selectedId(), last.data(PagedTableModel::IdRole).toString());
    QCOMPARE(page->selectedRows().size(), 1);
}

void TestListWindow::editAndDeleteActOnlyOnTheVisibleSelection()
{
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTableView *table = page->table();
    auto *edit = page->findChild<QAction *>(u"editAction"_s);
    auto *remove = table->findChild<QAction *>(u"deleteAction"_s);
    QVERIFY(edit && remove);
    const QString sid = selectDomain(3);
    QVERIFY(edit->isEnabled());
    QVERIFY(remove->isEnabled());
    const QString other = table->model()->index(4, 0).data(PagedTableModel::IdRole).toString();
    const auto formOrDialogOpen = [this, page] {
        const QWidgetList windows = QApplication::topLevelWidgets();
        return m_window->editingFor(page)->openForm() != nullptr
            || std::any_of(windows.cbegin(), windows.cend(), [](const QWidget *widget) {
                   return widget->isVisible()
                       && qobject_cast<const DeleteConfirmationDialog *>(widget);
               });
    };

    // Typed into the search: the selected row goes out of view.
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *search = page->findChild<QLineEdit *>(u"searchField"_s);
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, other);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QTest::keyClick(search, Qt::Key_F2);
    QVERIFY(!formOrDialogOpen());
    QTest::keyClick(search, Qt::Key_Escape); // clears the search
    QCOMPARE(table->model()->rowCount(), 120);
    QVERIFY(page->selectedRows().isEmpty());
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());

    // Filtered while the table has the keys (a filter not typed in the
    // search field, or one applied later): the same.
    selectDomain(3);
    QVERIFY(table->hasFocus());
    QVERIFY(edit->isEnabled());
    page->proxy()->setSearchText(other);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(!edit->isEnabled());
    QVERIFY(!remove->isEnabled());
    QTest::keyClick(table, Qt::Key_Delete);
    QTest::keyClick(table, Qt::Key_F2);
    QVERIFY(!formOrDialogOpen());
    page->proxy()->setSearchText({});
    QCOMPARE(edit->isEnabled(), page->selectedRows().size() == 1);
    QCOMPARE(remove->isEnabled(), !page->selectedRows().isEmpty());

    // A selection the filter keeps in view keeps them.
    const QString kept = selectDomain(5);
    page->proxy()->setSearchText(kept);
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(page->selectedId(), kept);
    QVERIFY(edit->isEnabled());
    QVERIFY(remove->isEnabled());
    Q_UNUSED(sid);
}

void TestListWindow::narrowWindowKeepsTheSearchAndTheName()
{
    m_window->resize(800, 600);
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    auto *table = qobject_cast<RecordTableView *>(page->table());
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 120, 10000);
    QTRY_COMPARE(m_window->size(), QSize(800, 600));
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *search = page->findChild<QLineEdit *>(u"searchField"_s);
    QVERIFY2(search->width() >= 200, qPrintable(QString::number(search->width())));
    auto *detail = page->findChild<QWidget *>(u"detailPane"_s);
    QVERIFY(detail->width() < table->width());
    // The columns shown by default: what is scanned first, the rest in the header menu.
    QCOMPARE(table->visibleColumns(),
        QList<int>({ SipDomainTableModel::FriendlyName, SipDomainTableModel::DomainName,
            SipDomainTableModel::Sid, SipDomainTableModel::Updated, SipDomainTableModel::Health }));

    // The default columns share the width; with every column shown they no longer fit.
    for (int column = 0; column < table->model()->columnCount(); ++column)
        table->horizontalHeader()->setSectionHidden(column, false);
    // Scrolled right, the name column stays at the left edge.
    QCOMPARE(table->frozenColumn(), -1);
    QScrollBar *scroll = table->horizontalScrollBar();
    QTRY_VERIFY2(scroll->maximum() > 0, "the columns fit: nothing to scroll");
    table->setFocus();
    for (int i = 0; i < 40 && scroll->value() < scroll->maximum(); ++i)
        QTest::keyClick(table, Qt::Key_Right);
    QTRY_VERIFY(scroll->value() > 0);
    QCOMPARE(table->frozenColumn(), int(SipDomainTableModel::FriendlyName));
    auto *frozen = table->findChild<QTableView *>(u"frozenColumn"_s);
    QVERIFY(frozen && frozen->isVisible());
    QCOMPARE(frozen->geometry().left(), table->viewport()->geometry().left());
    QVERIFY(frozen->width() > 40);
    // The cell the keys went to is beside it, not under it.
    QVERIFY(table->visualRect(table->currentIndex()).left() >= frozen->width());
    // Its rows follow the table's and a click there selects the row in the table.
    const QModelIndex row = table->model()->index(2, 0);
    const int scrolled = scroll->value();
    QTest::mouseClick(frozen->viewport(), Qt::LeftButton, {}, frozen->visualRect(row).center());
    QCOMPARE(page->selectedId(), row.data(PagedTableModel::IdRole).toString());
    QVERIFY(table->hasFocus());
    QCOMPARE(scroll->value(), scrolled); // the columns stay where they were
    QCOMPARE(table->frozenColumn(), int(SipDomainTableModel::FriendlyName));
    QVERIFY(page->detailText().contains(page->selectedId()));
    if (!qEnvironmentVariableIsEmpty("SIPDESK_SCREENSHOT_DIR"))
        m_window->grab().save(
            qEnvironmentVariable("SIPDESK_SCREENSHOT_DIR") + u"/narrow-window-scrolled.png"_s);
    // Back at the left edge the table's own column is there again.
    scroll->setValue(0);
    QCOMPARE(table->frozenColumn(), -1);

    // Narrower still, the search keeps its room; the quick filter gives way.
    m_window->resize(640, 480);
    QTRY_VERIFY(m_window->width() < 800);
    QVERIFY2(search->width() >= 200, qPrintable(QString::number(search->width())));
}

QTEST_MAIN(TestListWindow)
#include "tst_listwindow.moc"
