// The Twilio account's credential-list and IP ACL pages, driven through the
// main window against an in-process sandbox: the page tabs, members that
// follow the selected list, and deleting a member within its list.

#include "tests/forms/editformsfixture.h"

#include "models/kinds/recordkind.h"
#include "models/records/sipauth.h"
#include "models/records/sipdomain.h"
#include "sandbox/twiliosipauthstore.h"
#include "views/recordsection.h"
#include "views/widgets/deleteconfirmationdialog.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>

using namespace Qt::StringLiterals;

class TestSipAuthPages : public EditFormsFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { startSandbox(u"tst_sipauthpages"_s); }
    void init() { openAccount(Account::Service::Twilio, 20); }
    void cleanup() { closeWindow(); }

    void tabsAreTheOpenServicesPages();
    void membersFollowTheSelectedList_data();
    void membersFollowTheSelectedList();
    void severalSelectedListsShowNoMembers();
    void newMemberNeedsASelectedList();
    void anAccountSwitchForgetsTheSelectedList();
    void deletingAMemberDeletesItInItsList();
    void deletingListsReloadsTheDomainsThatMappedThem();
    void aMemberPageOffersNewOnlyWithAList();
    void deletingMembersNamesTheirList_data();
    void deletingMembersNamesTheirList();
    void anAccountReopensOnThePageItWasLeftOn();
    void screenshots();

private:
    QTabBar *tabs() const { return window()->findChild<QTabBar *>(u"sectionTabs"_s); }
    RecordListPage *kindPage(const QString &key) const { return window()->recordPage(key); }
    // Shows the tab of the list kind and waits for its rows.
    RecordListPage *openListTab(const QString &listKey)
    {
        for (int i = 0; i < tabs()->count(); ++i) {
            if (tabs()->tabText(i) == kindPage(listKey)->kind().pageTitle())
                tabs()->setCurrentIndex(i);
        }
        RecordListPage *page = kindPage(listKey);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(page->model()->rowCount() > 1, 10000); }();
        return page;
    }
    static void selectPageRows(RecordListPage *page, const QList<int> &rows)
    {
        page->table()->clearSelection();
        for (int row : rows)
            page->table()->selectionModel()->select(page->table()->model()->index(row, 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QList<QString> loggedPaths() const
    {
        QList<QString> paths;
        for (const RequestLog::Entry &entry : server().requestLog().entries())
            paths.append(QString::fromLatin1(entry.method) + u' ' + entry.path);
        return paths;
    }
};

void TestSipAuthPages::tabsAreTheOpenServicesPages()
{
    QVERIFY(tabs()->isVisible());
    QStringList titles;
    for (int i = 0; i < tabs()->count(); ++i)
        titles.append(tabs()->tabText(i));
    QCOMPARE(titles,
        QStringList({ u"SIP Domains"_s, u"Credential Lists"_s, u"IP Access Control Lists"_s }));
    QCOMPARE(page(), kindPage(u"sipDomains"_s));

    // Alt+2 goes to the second page (Ctrl+number switches accounts).
    activateMainWindow();
    QTest::keyClick(window(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(tabs()->currentIndex(), 1);
    QCOMPARE(page(), kindPage(u"credentialLists"_s));

    // SignalWire has one page: no tabs.
    window()->openAccount(2);
    QTRY_COMPARE_WITH_TIMEOUT(page(), kindPage(u"sipEndpoints"_s), 10000);
    QVERIFY(!tabs()->isVisible());
}

void TestSipAuthPages::membersFollowTheSelectedList_data()
{
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<QString>("memberKey");
    QTest::addColumn<QString>("membersPath");
    QTest::newRow("credentials") << u"credentialLists"_s << u"sipCredentials"_s
                                 << u"/SIP/CredentialLists/%1/Credentials.json"_s;
    QTest::newRow("ip addresses") << u"ipAccessControlLists"_s << u"ipAddresses"_s
                                  << u"/SIP/IpAccessControlLists/%1/IpAddresses.json"_s;
}

void TestSipAuthPages::membersFollowTheSelectedList()
{
    QFETCH(QString, listKey);
    QFETCH(QString, memberKey);
    QFETCH(QString, membersPath);
    RecordListPage *lists = openListTab(listKey);
    RecordListPage *members = kindPage(memberKey);
    QVERIFY(members->isVisible());
    // The list the focused table selected by itself has loaded its members.
    QTRY_VERIFY_WITH_TIMEOUT(members->model()->state() != PagedTableModel::State::Loading, 10000);

    for (int row : { 1, 0 }) {
        server().requestLog().clear();
        selectPageRows(lists, { row });
        const QString listSid =
            lists->table()->model()->index(row, 0).data(PagedTableModel::IdRole).toString();
        QCOMPARE(members->model()->parentId(), listSid);
        QTRY_VERIFY_WITH_TIMEOUT(
            members->model()->state() == PagedTableModel::State::Loaded, 10000);
        QVERIFY(members->model()->rowCount() > 0);
        // Every member shown is one of the selected list's.
        for (int member = 0; member < members->model()->rowCount(); ++member) {
            const QVariant record =
                members->model()->index(member, 0).data(PagedTableModel::RecordRole);
            QCOMPARE(members->kind().parentIdOf(record), listSid);
        }
        const QList<QString> paths = loggedPaths();
        QVERIFY2(paths.size() == 1, qPrintable(paths.join(u", "_s)));
        QVERIFY2(paths.constFirst().startsWith(u"GET "_s)
                && paths.constFirst().endsWith(membersPath.arg(listSid)),
            qPrintable(paths.constFirst()));
    }
}

void TestSipAuthPages::severalSelectedListsShowNoMembers()
{
    RecordListPage *lists = openListTab(u"credentialLists"_s);
    RecordListPage *members = kindPage(u"sipCredentials"_s);
    selectPageRows(lists, { 0 });
    QTRY_VERIFY_WITH_TIMEOUT(members->model()->rowCount() > 0, 10000);
    selectPageRows(lists, { 0, 1 });
    QVERIFY(members->model()->parentId().isEmpty());
    QCOMPARE(members->model()->rowCount(), 0);
    auto *heading = window()->findChild<QLabel *>(u"sipCredentialsHeading"_s);
    QVERIFY(heading);
    QVERIFY2(
        heading->text().contains(u"select one credential list"_s), qPrintable(heading->text()));
}

void TestSipAuthPages::newMemberNeedsASelectedList()
{
    RecordListPage *lists = openListTab(u"credentialLists"_s);
    RecordListPage *members = kindPage(u"sipCredentials"_s);
    selectPageRows(lists, { 0, 1 });
    server().requestLog().clear();
    window()->editingFor(members)->createRecord();
    QVERIFY(!window()->editingFor(members)->openForm());
    QVERIFY2(members->messageText().contains(u"Select one credential list first"_s),
        qPrintable(members->messageText()));
    QCOMPARE(server().requestLog().entries().size(), 0);
}

void TestSipAuthPages::anAccountSwitchForgetsTheSelectedList()
{
    RecordListPage *lists = openListTab(u"credentialLists"_s);
    RecordListPage *members = kindPage(u"sipCredentials"_s);
    selectPageRows(lists, { 0 });
    const QString listSid = members->model()->parentId();
    QVERIFY(!listSid.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(members->model()->rowCount() > 0, 10000);

    server().requestLog().clear();
    window()->openAccount(1); // the other Twilio account
    QTRY_COMPARE_WITH_TIMEOUT(window()->currentAccount(), 1, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page() && page()->model()->rowCount() > 0, 10000);
    QVERIFY(members->model()->parentId().isEmpty());
    QCOMPARE(members->model()->rowCount(), 0);
    // Nothing of the first account's list was asked of the second account.
    for (const QString &path : loggedPaths())
        QVERIFY2(!path.contains(listSid), qPrintable(path));
}

void TestSipAuthPages::deletingAMemberDeletesItInItsList()
{
    RecordListPage *lists = openListTab(u"ipAccessControlLists"_s);
    RecordListPage *members = kindPage(u"ipAddresses"_s);
    selectPageRows(lists, { 0 });
    const QString aclSid = members->model()->parentId();
    QTRY_VERIFY_WITH_TIMEOUT(members->model()->rowCount() > 0, 10000);
    const int before = members->model()->rowCount();
    const QString addressSid =
        members->model()->index(0, 0).data(PagedTableModel::IdRole).toString();

    server().requestLog().clear();
    members->table()->setFocus();
    selectPageRows(members, { 0 });
    window()->editingFor(members)->deleteRecords({ members->model()->index(0, 0) });
    DeleteConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<DeleteConfirmationDialog>()), 5000);
    if (auto *count = dialog->findChild<QLineEdit *>(u"countConfirmation"_s))
        QTest::keyClicks(count, u"1"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(members->model()->rowCount(), before - 1, 10000);
    const QList<QString> paths = loggedPaths();
    QCOMPARE(paths.size(), 1);
    QVERIFY2(paths.constFirst().startsWith(u"DELETE "_s)
            && paths.constFirst().endsWith(
                u"/SIP/IpAccessControlLists/%1/IpAddresses/%2.json"_s.arg(aclSid, addressSid)),
        qPrintable(paths.constFirst()));
}

void TestSipAuthPages::deletingListsReloadsTheDomainsThatMappedThem()
{
    const QString account = twilioAccountSid();
    RecordListPage *domains = kindPage(u"sipDomains"_s);
    const auto authTypes = [domains] {
        QHash<QString, QString> types;
        for (int row = 0; row < domains->model()->rowCount(); ++row) {
            const QModelIndex index = domains->model()->index(row, 0);
            types.insert(index.data(PagedTableModel::IdRole).toString(),
                index.data(PagedTableModel::RecordRole).value<SipDomain>().authType);
        }
        return types;
    };
    const QHash<QString, QString> before = authTypes();
    const auto usesCredentialLists = [](const QString &type) {
        return type.contains(u"CREDENTIAL_LIST"_s);
    };
    QVERIFY(std::any_of(before.begin(), before.end(), usesCredentialLists));

    RecordListPage *lists = openListTab(u"credentialLists"_s);
    const int count = lists->model()->rowCount();
    QList<QModelIndex> all;
    for (int row = 0; row < count; ++row)
        all.append(lists->model()->index(row, 0));
    server().requestLog().clear();
    window()->editingFor(lists)->deleteRecords(all);
    DeleteConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<DeleteConfirmationDialog>()), 5000);
    // The confirmation says what else goes.
    auto *consequence = dialog->findChild<QLabel *>(u"consequenceLabel"_s);
    QVERIFY(consequence);
    QVERIFY2(
        consequence->text().contains(u"receives no traffic"_s), qPrintable(consequence->text()));
    QTest::keyClicks(
        dialog->findChild<QLineEdit *>(u"countConfirmation"_s), QString::number(count));
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"deleteButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(lists->model()->rowCount(), 0, 10000);

    // The domains were listed again, and show what the service now derives.
    QTRY_VERIFY_WITH_TIMEOUT(
        loggedPaths().contains(u"GET /2010-04-01/Accounts/%1/SIP/Domains.json"_s.arg(account)),
        10000);
    QTRY_COMPARE_WITH_TIMEOUT(domains->model()->state(), PagedTableModel::State::Loaded, 10000);
    const QHash<QString, QString> after = authTypes();
    QCOMPARE(after.size(), before.size());
    const TwilioSipAuthStore::Account *store = server().twilioAuth().findAccount(account);
    QVERIFY(store);
    for (auto it = after.begin(); it != after.end(); ++it) {
        QCOMPARE(it.value(), store->authType(it.key()));
        QVERIFY2(!usesCredentialLists(it.value()), qPrintable(it.key()));
    }
}

void TestSipAuthPages::aMemberPageOffersNewOnlyWithAList()
{
    RecordListPage *lists = openListTab(u"credentialLists"_s);
    RecordListPage *members = kindPage(u"sipCredentials"_s);
    auto *newButton = members->findChild<QAbstractButton *>(u"newButton"_s);
    QVERIFY(newButton);
    selectPageRows(lists, { 0 });
    QTRY_VERIFY(newButton->isEnabled());
    selectPageRows(lists, { 0, 1 });
    QTRY_VERIFY(!newButton->isEnabled());
    // The confirmation of a member names no consequence.
    selectPageRows(lists, { 0 });
    QTRY_VERIFY_WITH_TIMEOUT(members->model()->rowCount() > 0, 10000);
    window()->editingFor(members)->deleteRecords({ members->model()->index(0, 0) });
    DeleteConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<DeleteConfirmationDialog>()), 5000);
    QVERIFY(!dialog->findChild<QLabel *>(u"consequenceLabel"_s));
    dialog->reject();
}

void TestSipAuthPages::deletingMembersNamesTheirList_data()
{
    QTest::addColumn<QString>("listKey");
    QTest::addColumn<QString>("memberKey");
    QTest::addColumn<QString>("heading");
    QTest::newRow("credentials") << u"credentialLists"_s << u"sipCredentials"_s
                                 << u"Delete 2 credential(s) from the credential list “%1”?"_s;
    QTest::newRow("ip addresses")
        << u"ipAccessControlLists"_s << u"ipAddresses"_s
        << u"Delete 2 IP address(es) from the IP access control list “%1”?"_s;
}

void TestSipAuthPages::deletingMembersNamesTheirList()
{
    QFETCH(QString, listKey);
    QFETCH(QString, memberKey);
    QFETCH(QString, heading);
    RecordListPage *lists = openListTab(listKey);
    RecordListPage *members = kindPage(memberKey);
    selectPageRows(lists, { 0 });
    const QString listName = lists->titleOf(lists->selectedRows().constFirst());
    QVERIFY(!listName.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(members->model()->rowCount() > 1, 10000);
    server().requestLog().clear();

    // Two members selected, Delete pressed in their table.
    activateMainWindow();
    members->table()->setFocus();
    selectPageRows(members, { 0, 1 });
    QTest::keyClick(members->table(), Qt::Key_Delete);
    DeleteConfirmationDialog *dialog = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<DeleteConfirmationDialog>()), 5000);
    QCOMPARE(dialog->findChild<QLabel *>(u"headingLabel"_s)->text(), heading.arg(listName));
    QVERIFY(!dialog->windowTitle().contains(u"×"_s));
    QVERIFY2(dialog->findChild<QPushButton *>(u"deleteButton"_s)->text().startsWith(u"Delete 2 "_s),
        qPrintable(dialog->findChild<QPushButton *>(u"deleteButton"_s)->text()));
    dialog->reject();
    QVERIFY(server().requestLog().entries().isEmpty());

    // A list of the account's top level goes from the account.
    lists->table()->setFocus();
    QTest::keyClick(lists->table(), Qt::Key_Delete);
    QTRY_VERIFY_WITH_TIMEOUT((dialog = visibleTopLevel<DeleteConfirmationDialog>()), 5000);
    QVERIFY2(
        dialog->findChild<QLabel *>(u"headingLabel"_s)->text().endsWith(u" from this account?"_s),
        qPrintable(dialog->findChild<QLabel *>(u"headingLabel"_s)->text()));
    dialog->reject();
}

void TestSipAuthPages::anAccountReopensOnThePageItWasLeftOn()
{
    // Alt+2: the first account on its credential lists.
    activateMainWindow();
    QTest::keyClick(window(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(page(), kindPage(u"credentialLists"_s));

    // The other Twilio account opens on its first page; Alt+3 leaves it on IP ACLs.
    window()->openAccount(1);
    QTRY_COMPARE_WITH_TIMEOUT(window()->currentAccount(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(page(), kindPage(u"sipDomains"_s), 10000);
    QCOMPARE(tabs()->currentIndex(), 0);
    activateMainWindow();
    QTest::keyClick(window(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(page(), kindPage(u"ipAccessControlLists"_s));

    // Each comes back where it was left, also after a SignalWire project between.
    for (const auto &[account, key, tab] : { std::tuple { 0, u"credentialLists"_s, 1 },
             std::tuple { 2, u"sipEndpoints"_s, 0 }, std::tuple { 1, u"ipAccessControlLists"_s, 2 },
             std::tuple { 0, u"credentialLists"_s, 1 } }) {
        window()->openAccount(account);
        QTRY_COMPARE_WITH_TIMEOUT(window()->currentAccount(), account, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page(), kindPage(key), 10000);
        if (account != 2)
            QCOMPARE(tabs()->currentIndex(), tab);
    }
}

void TestSipAuthPages::screenshots()
{
    if (qEnvironmentVariableIsEmpty("SIPDESK_SCREENSHOT_DIR"))
        QSKIP("Set SIPDESK_SCREENSHOT_DIR to write the docs' screenshots");
    window()->resize(1280, 760);
    // A domain that receives no traffic, selected: its health and mappings.
    RecordListPage *domains = kindPage(u"sipDomains"_s);
    for (int row = 0; row < domains->model()->rowCount(); ++row) {
        if (domains->table()->model()->index(row, 0).data(PagedTableModel::WarningRole).isValid()) {
            selectPageRows(domains, { row });
            break;
        }
    }
    QTest::qWait(300); // the detail pane's mappings and the visible rows' checks
    saveScreenshot(window(), u"sip-domains"_s);
    for (const auto &[listKey, name] : { std::pair { u"credentialLists"_s, u"credential-lists"_s },
             std::pair { u"ipAccessControlLists"_s, u"ip-access-control-lists"_s } }) {
        RecordListPage *lists = openListTab(listKey);
        selectPageRows(lists, { 0 });
        RecordListPage *members =
            kindPage(listKey == u"credentialLists"_s ? u"sipCredentials"_s : u"ipAddresses"_s);
        QTRY_VERIFY_WITH_TIMEOUT(members->model()->rowCount() > 0, 10000);
        selectPageRows(members, { 0 });
        QTest::qWait(100);
        saveScreenshot(window(), name);
    }
}

QTEST_MAIN(TestSipAuthPages)
#include "tst_sipauthpages.moc"
