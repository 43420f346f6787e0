// Account › Find in All Accounts in the main window: the window lists the
// matches of every account with their account, and opening one switches to
// its account and selects its row (a member's parent first).

#include "tests/forms/editformsfixture.h"

#include "models/kinds/recordkind.h"
#include "models/search/accountindex.h"
#include "models/search/allaccountssearch.h"
#include "views/search/findallaccounts.h"
#include "views/forms/sipdomainform.h"
#include "views/search/findallaccountswindow.h"

#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 15000;
enum AccountRow { FormsTwilio, OtherTwilio, FormsSignalWire, OtherSignalWire };
} // namespace

class TestFindAllAccountsWindow : public EditFormsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(u"tst_findallaccountswindow"_s); }
    void init();
    void cleanup() { closeWindow(); }

    void ctrlShiftFOpensOneWindow();
    void resultsNameTheirAccount();
    void enterOpensTheAccountAndSelectsTheRow();
    void aMemberOpensWithItsParentSelected();
    void cancellingTheUnsavedChangesQuestionKeepsTheAccount();

private:
    FindAllAccountsWindow *openFindWindow();
    // Searches for the first record of this kind in that account and
    // returns its result row; -1 when it is not listed.
    int searchFor(AccountRow account, QStringView kindKey, IndexedRecord *found);
    AllAccountsSearch *search() const { return window()->findAllAccounts()->search(); }
    FindAllAccountsWindow *m_find = nullptr;
};

void TestFindAllAccountsWindow::init()
{
    openAccount(Account::Service::Twilio, 20);
    m_find = nullptr;
}

FindAllAccountsWindow *TestFindAllAccountsWindow::openFindWindow()
{
    activateMainWindow();
    QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
    FindAllAccountsWindow *find = window()->findAllAccounts()->window();
    return find && find->isVisible() ? find : nullptr;
}

int TestFindAllAccountsWindow::searchFor(
    AccountRow account, QStringView kindKey, IndexedRecord *found)
{
    QLineEdit *field = m_find->searchField();
    field->clear();
    QTest::keyClicks(field, u"a"_s); // starts loading every account
    if (!QTest::qWaitFor([this] { return !search()->isBusy(); }, kTimeoutMs))
        return -1;
    for (const IndexedRecord &record : search()->indexes().at(account)->records()) {
        if (record.kind->key() == kindKey) {
            *found = record;
            break;
        }
    }
    if (found->id.isEmpty())
        return -1;
    field->clear();
    QTest::keyClicks(field, found->name);
    const SearchResultsModel *results = m_find->results();
    for (int row = 0; row < results->rowCount(); ++row) {
        if (results->targetAt(row).id == found->id)
            return row;
    }
    return -1;
}

void TestFindAllAccountsWindow::ctrlShiftFOpensOneWindow()
{
    m_find = openFindWindow();
    QVERIFY(m_find);
    QCOMPARE(m_find->focusWidget(), m_find->searchField());
    QVERIFY(!m_find->isModal());
    m_find->close();
    QCOMPARE(openFindWindow(), m_find);
    QCOMPARE(window()->findChildren<FindAllAccountsWindow *>().size(), 1);
}

void TestFindAllAccountsWindow::resultsNameTheirAccount()
{
    m_find = openFindWindow();
    QVERIFY(m_find);
    IndexedRecord endpoint;
    const int row = searchFor(OtherSignalWire, u"sipEndpoints", &endpoint);
    QVERIFY(row >= 0);
    const QAbstractItemModel *shown = m_find->resultsView()->model();
    QCOMPARE(shown->headerData(SearchResultsModel::AccountColumn, Qt::Horizontal).toString(),
        u"Account"_s);
    QCOMPARE(shown->index(row, SearchResultsModel::AccountColumn).data().toString(),
        u"Other SignalWire"_s);
    QCOMPARE(shown->index(row, SearchResultsModel::IdColumn).data().toString(), endpoint.id);
    // Every account has its state row; all of them loaded.
    const QAbstractItemModel *states = m_find->statesView()->model();
    QCOMPARE(states->rowCount(), 4);
    for (int account = 0; account < 4; ++account)
        QVERIFY2(states->index(account, 1).data().toString().startsWith(u"done: "_s),
            qPrintable(states->index(account, 1).data().toString()));
    // Nothing is loading: Cancel has nothing to stop.
    QVERIFY(!m_find->findChild<QPushButton *>(u"cancelSearchButton"_s)->isEnabled());

    // Matches from several accounts at once.
    m_find->searchField()->clear();
    QTest::keyClicks(m_find->searchField(), u"sd"_s);
    QSet<QString> accounts;
    for (int each = 0; each < shown->rowCount(); ++each)
        accounts.insert(shown->index(each, SearchResultsModel::AccountColumn).data().toString());
    QCOMPARE(accounts, (QSet<QString> { u"Forms Twilio"_s, u"Other Twilio"_s }));
    m_find->resize(1000, 560);
    saveScreenshot(m_find, u"find-all-accounts"_s);
}

void TestFindAllAccountsWindow::enterOpensTheAccountAndSelectsTheRow()
{
    m_find = openFindWindow();
    QVERIFY(m_find);
    IndexedRecord endpoint;
    const int row = searchFor(OtherSignalWire, u"sipEndpoints", &endpoint);
    QVERIFY(row >= 0);
    // A search left in the page that would hide the row.
    RecordListPage *endpoints = window()->recordPage(u"sipEndpoints");
    endpoints->findChild<QLineEdit *>(u"searchField"_s)->setText(u"no such endpoint"_s);
    m_find->resultsView()->setFocus();
    m_find->resultsView()->selectRow(row);
    QTest::keyClick(m_find->resultsView(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window()->currentAccount(), int(OtherSignalWire), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(endpoints->selectedId(), endpoint.id, kTimeoutMs);
    QVERIFY(endpoints->isVisible());

    // A match in the account open now: no switch, the row of another kind.
    IndexedRecord other;
    QVERIFY(searchFor(OtherSignalWire, u"sipEndpoints", &other) >= 0);
    const QString lastId = search()->indexes().at(OtherSignalWire)->records().constLast().id;
    m_find->searchField()->clear();
    QTest::keyClicks(m_find->searchField(), lastId);
    QCOMPARE(m_find->results()->rowCount(), 1);
    QTest::keyClick(m_find->searchField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(endpoints->selectedId(), lastId, kTimeoutMs);
    QCOMPARE(window()->currentAccount(), int(OtherSignalWire));
}

void TestFindAllAccountsWindow::aMemberOpensWithItsParentSelected()
{
    m_find = openFindWindow();
    QVERIFY(m_find);
    IndexedRecord credential;
    const int row = searchFor(OtherTwilio, u"sipCredentials", &credential);
    QVERIFY(row >= 0);
    QVERIFY(!credential.parentId.isEmpty());
    QTableView *results = m_find->resultsView();
    const QPoint cell = results->visualRect(results->model()->index(row, 0)).center();
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(results->viewport(), Qt::LeftButton, {}, cell);
    QTRY_COMPARE_WITH_TIMEOUT(window()->currentAccount(), int(OtherTwilio), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        window()->recordPage(u"credentialLists")->selectedId(), credential.parentId, kTimeoutMs);
    RecordListPage *credentials = window()->recordPage(u"sipCredentials");
    QTRY_COMPARE_WITH_TIMEOUT(credentials->selectedId(), credential.id, kTimeoutMs);
    QVERIFY(credentials->isVisible());
}

void TestFindAllAccountsWindow::cancellingTheUnsavedChangesQuestionKeepsTheAccount()
{
    m_find = openFindWindow();
    QVERIFY(m_find);
    IndexedRecord endpoint;
    const int row = searchFor(FormsSignalWire, u"sipEndpoints", &endpoint);
    QVERIFY(row >= 0);
    // An edit form with a change in the open account.
    auto *form = openEditForm<SipDomainForm>(0);
    QVERIFY(form);
    appendText(form->editorFor(u"FriendlyName"_s), u" edited"_s);

    m_find->resultsView()->selectRow(row);
    QTest::keyClick(m_find->resultsView(), Qt::Key_Return);
    QMessageBox *guard = guardBox();
    QVERIFY(guard);
    QTest::mouseClick(guard->findChild<QPushButton *>(u"keepEditingButton"_s), Qt::LeftButton);
    QTest::qWait(100);
    QCOMPARE(window()->currentAccount(), int(FormsTwilio));
    QCOMPARE(window()->editing()->openForm(), form);

    // Asked again, and discarded this time: the switch and the selection happen.
    QTest::keyClick(m_find->resultsView(), Qt::Key_Return);
    guard = guardBox();
    QVERIFY(guard);
    QTest::mouseClick(guard->findChild<QPushButton *>(u"discardButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window()->currentAccount(), int(FormsSignalWire), kTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        window()->recordPage(u"sipEndpoints")->selectedId(), endpoint.id, kTimeoutMs);
}

QTEST_MAIN(TestFindAllAccountsWindow)
#include "tst_findallaccountswindow.moc"
