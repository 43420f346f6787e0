// The main window on the embedded sandbox, driven like a user would: rows
// arrive, a search narrows them, a selected row shows every field, the
// account switcher changes page and data, CSV export writes what is shown.

#include "democredentials.h"
#include "lists/pagedtablemodel.h"
#include "lists/recordfilterproxymodel.h"
#include "mainwindow.h"
#include "recordlistpage.h"
#include "sandboxhost.h"
#include "sandboxserver.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

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
    void switchingAccountsShowsTheOtherService();
    void exportWritesTheFilteredRows();
    void columnLayoutIsKept();
    void unreachableAccountShowsTheErrorWithRetry();
    void aFailureAfterSomePagesKeepsTheRows();

    // The detail pane shows the selected, visible record of the open account only.
    void detailEmptiesWhenTheRowIsFilteredOut();
    void detailEmptiesOnRefresh();
    void detailEmptiesOnSwitchingAccounts();
    void detailEmptiesWhenTheListFailsToLoad();
    void detailCountsSeveralSelectedRows();

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
    RecordListPage *page = m_window->sipDomainsPage();
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
    RecordListPage *page = m_window->sipDomainsPage();
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
    QVERIFY(page->detailText().contains(u"Voice fallback method"_s));
    QVERIFY(page->detailText().contains(u"Account SID"_s));
    QVERIFY(page->detailText().contains(u"Voice fallback URL"_s));

    search->clear();
    QCOMPARE(table->model()->rowCount(), 120);
    QCOMPARE(page->selectedId(), sid); // the selection survives clearing the search
}

void TestListWindow::quickFilterShowsOnlyDomainsWithoutAuth()
{
    RecordListPage *page = m_window->sipDomainsPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 120, 10000);
    auto *filter = page->findChild<QComboBox *>(u"quickFilter"_s);
    filter->setCurrentIndex(1); // No authentication mapped
    const QAbstractItemModel *shown = page->table()->model();
    QVERIFY(shown->rowCount() > 0);
    QVERIFY(shown->rowCount() < 120);
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(!shown->index(row, 0).data(PagedTableModel::WarningRole).toString().isEmpty());
}

void TestListWindow::switchingAccountsShowsTheOtherService()
{
    QTRY_COMPARE_WITH_TIMEOUT(m_window->sipDomainsPage()->table()->model()->rowCount(), 120, 10000);
    auto *switcher = m_window->findChild<QComboBox *>(u"accountSwitcher"_s);
    QCOMPARE(switcher->count(), 2);
    switcher->setFocus();
    QTest::keyClick(switcher, Qt::Key_Down); // activates the SignalWire project
    QCOMPARE(m_window->currentAccount(), 1);
    RecordListPage *page = m_window->sipEndpointsPage();
    QCOMPARE(m_window->currentPage(), page);
    QTRY_COMPARE_WITH_TIMEOUT(page->table()->model()->rowCount(), 300, 10000);
    // The other account's rows are gone, not merely hidden.
    QCOMPARE(m_window->sipDomainsPage()->table()->model()->rowCount(), 0);
    QVERIFY(m_window->windowTitle().contains(m_sandbox->demoAccounts().at(1).identifier()));
}

void TestListWindow::exportWritesTheFilteredRows()
{
    RecordListPage *page = m_window->sipDomainsPage();
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
    QTableView *table = m_window->sipDomainsPage()->table();
    table->horizontalHeader()->resizeSection(1, 333);
    table->horizontalHeader()->setSectionHidden(2, true);
    m_window.reset(); // saves the layout
    MainWindow again;
    QTableView *restored = again.sipDomainsPage()->table();
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
    RecordListPage *page = m_window->sipDomainsPage();
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
    RecordListPage *page = m_window->sipDomainsPage();
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
    RecordListPage *page = m_window->sipDomainsPage();
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
    RecordListPage *page = m_window->sipDomainsPage();
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
    RecordListPage *page = m_window->sipDomainsPage();
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
    RecordListPage *page = m_window->sipDomainsPage();
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
    RecordListPage *page = m_window->sipDomainsPage();
    auto *error = page->findChild<QLabel *>(u"errorState"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 15000);
    QVERIFY2(!page->detailText().contains(sid), qPrintable(page->detailText()));
    QVERIFY(page->detailText().isEmpty());
}

void TestListWindow::detailCountsSeveralSelectedRows()
{
    const QString sid = selectDomain(1);
    RecordListPage *page = m_window->sipDomainsPage();
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

QTEST_MAIN(TestListWindow)
#include "tst_listwindow.moc"
