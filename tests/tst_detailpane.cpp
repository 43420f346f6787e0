// The detail pane as a ticket tool, on the embedded sandbox and on records
// built here: fields grouped as the forms group them, identity first,
// bookkeeping last and collapsed, values worded as the tables word them,
// Copy details with the account and never a secret, the Edit menu, hiding
// the pane, and the CSV export's file name and dates.

#include "app/sandboxhost.h"
#include "models/kinds/ipaddresskind.h"
#include "models/kinds/recorddetails.h"
#include "models/kinds/sipcredentialkind.h"
#include "models/kinds/sipdomainkind.h"
#include "models/kinds/sipendpointkind.h"
#include "models/lists/csvexport.h"
#include "models/lists/pagedtablemodel.h"
#include "models/lists/recordfilterproxymodel.h"
#include "models/lists/sipdomaintablemodel.h"
#include "models/lists/sipendpointtablemodel.h"
#include "models/records/callhandlers.h"
#include "sandbox/democredentials.h"
#include "views/mainwindow.h"
#include "views/recorddetailpane.h"
#include "views/recordlistpage.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QStringList titlesOf(const QList<DetailGroup> &groups)
{
    QStringList titles;
    for (const DetailGroup &group : groups)
        titles.append(group.title);
    return titles;
}

QStringList labelsOf(const DetailGroup &group)
{
    QStringList labels;
    for (const DetailField &field : group.fields)
        labels.append(field.label);
    return labels;
}

const DetailGroup *groupTitled(const QList<DetailGroup> &groups, const QString &title)
{
    for (const DetailGroup &group : groups)
        if (group.title == title)
            return &group;
    return nullptr;
}

QString valueOf(const QList<DetailGroup> &groups, const QString &group, const QString &label)
{
    if (const DetailGroup *found = groupTitled(groups, group))
        for (const DetailField &field : found->fields)
            if (field.label == label)
                return field.value;
    return {};
}

SipDomain sampleDomain()
{
    SipDomain domain;
    domain.sid = u"SD0123456789abcdef0123456789abcdef"_s;
    domain.accountSid = u"AC0123456789abcdef0123456789abcdef"_s;
    domain.apiVersion = u"2010-04-01"_s;
    domain.authType = u"IP_ACL,CREDENTIAL_LIST"_s;
    domain.domainName = u"dispatch.sip.twilio.com"_s;
    domain.friendlyName = u"Dispatch"_s;
    domain.uri = u"/2010-04-01/Accounts/AC…/SIP/Domains/SD….json"_s;
    domain.dateCreated = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    domain.dateUpdated = QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
    domain.voiceUrl = u"https://example.com/voice"_s;
    domain.voiceMethod = u"POST"_s;
    domain.sipRegistration = true;
    domain.secure = false;
    domain.subresourceUris.insert(
        u"credential_list_mappings"_s, u"/…/CredentialListMappings.json"_s);
    return domain;
}

} // namespace

class TestDetailPane : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // What a kind says about its records (no window).
    void domainGroupsFollowTheForm();
    void endpointShowsOnlyTheChosenHandler_data();
    void endpointShowsOnlyTheChosenHandler();
    void labelsAndWordsAsPeopleWriteThem();
    void datesCarryTheTimeZone();
    void ticketTextHoldsNoSecret();

    // The pane and the window.
    void paneGroupsIdentityFirstAndHidesBookkeeping();
    void bookkeepingAndCopyLinksWorkFromTheKeyboard();
    void copyDetailsNamesTheAccount();
    void copyDetailsCarriesWarningAndAuthentication();
    void paneHidesAndComesBackWithItsSplit();
    void editMenuActsOnTheCurrentPage();
    void csvExportNameAndDates();

    void screenshots();

private:
    RecordListPage *domainsWithRowSelected(int row);

    std::unique_ptr<SandboxHost> m_sandbox;
    std::unique_ptr<MainWindow> m_window;
};

void TestDetailPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"SipDeskTests"_s);
    QApplication::setApplicationName(u"tst_detailpane"_s);
    QApplication::setApplicationDisplayName(u"SipDesk"_s);
    m_sandbox = std::make_unique<SandboxHost>();
    QVERIFY(m_sandbox->start());
}

void TestDetailPane::init()
{
    QSettings().clear();
}

void TestDetailPane::cleanup()
{
    m_window.reset();
}

RecordListPage *TestDetailPane::domainsWithRowSelected(int row)
{
    if (!m_window) {
        m_window = std::make_unique<MainWindow>();
        m_window->setAccounts(m_sandbox->demoAccounts());
        m_window->resize(1280, 760);
        m_window->show();
        if (!QTest::qWaitForWindowExposed(m_window.get()))
            return nullptr;
    }
    RecordListPage *page = m_window->recordPage(u"sipDomains");
    QTableView *table = page->table();
    if (!QTest::qWaitFor([table, row] { return table->model()->rowCount() > row; }, 10000))
        return nullptr;
    const QModelIndex index = table->model()->index(row, 1);
    table->setFocus();
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    return page;
}

void TestDetailPane::domainGroupsFollowTheForm()
{
    const QList<DetailGroup> groups = SipDomainKind::details(sampleDomain());
    QCOMPARE(titlesOf(groups),
        QStringList(
            { u"General"_s, u"Voice"_s, u"Fallback"_s, u"Status callback"_s, u"Emergency calling"_s,
                u"Registration and security"_s, u"BYOC trunk"_s, u"Bookkeeping"_s }));
    // Identity first: name, domain name, SID.
    QCOMPARE(labelsOf(groups.first()).mid(0, 3),
        QStringList({ u"Friendly name"_s, u"Domain name"_s, u"SID"_s }));
    QVERIFY(groups.first().fields.at(2).identifier);
    QVERIFY(!groups.first().bookkeeping);
    // Bookkeeping: only there, and last.
    QVERIFY(groups.last().bookkeeping);
    QCOMPARE(labelsOf(groups.last()),
        QStringList({ u"Account SID"_s, u"API version"_s, u"URI"_s, u"Subresource URIs"_s }));
    for (qsizetype i = 0; i + 1 < groups.size(); ++i)
        QVERIFY2(!groups.at(i).bookkeeping, qPrintable(groups.at(i).title));
}

void TestDetailPane::endpointShowsOnlyTheChosenHandler_data()
{
    QTest::addColumn<QString>("handler");
    for (const SignalWireCallHandlers::Handler &handler : SignalWireCallHandlers::table())
        QTest::newRow(handler.key) << QString::fromLatin1(handler.key);
}

void TestDetailPane::endpointShowsOnlyTheChosenHandler()
{
    QFETCH(QString, handler);
    // Every handler's fields filled in: stale values of other handlers stay
    // in the record when the handler changes.
    QJsonObject json { { u"id"_s, u"0a1b2c3d-0000-4000-8000-000000000001"_s },
        { u"username"_s, u"alice"_s }, { u"call_handler"_s, handler },
        { u"calling_handler_resource_id"_s, u"5e6f7a8b-0000-4000-8000-000000000002"_s } };
    for (const SignalWireCallHandlers::Handler &each : SignalWireCallHandlers::table())
        for (const SignalWireCallHandlers::Field &field : each.shown)
            if (field.key)
                json.insert(
                    QLatin1String(field.key), u"value of %1"_s.arg(QLatin1String(field.key)));
    const SipEndpoint endpoint = SipEndpoint::fromJson(json);
    const QList<DetailGroup> groups = SipEndpointKind::details(endpoint);
    const DetailGroup *calls = groupTitled(groups, u"Incoming calls"_s);
    QVERIFY(calls);

    const SignalWireCallHandlers::Handler *chosen = SignalWireCallHandlers::find(handler);
    QVERIFY(chosen);
    // The handler's label, not its API key.
    QCOMPARE(calls->fields.first().label, u"Call handler"_s);
    QCOMPARE(calls->fields.first().value, SignalWireCallHandlers::translated(chosen->label));
    QStringList expected { u"Call handler"_s };
    const QJsonObject stored = endpoint.toJson();
    for (const SignalWireCallHandlers::Field &field : chosen->shown)
        if (field.key
            && (stored.contains(QLatin1String(field.key))
                || (chosen->resourceField && qstrcmp(field.key, chosen->resourceField) == 0)))
            expected.append(SignalWireCallHandlers::translated(field.label));
    QCOMPARE(labelsOf(*calls), expected);
    // No other handler's value anywhere.
    const QString text = RecordDetails::plainText(u"t"_s, {}, groups);
    for (const SignalWireCallHandlers::Handler &other : SignalWireCallHandlers::table()) {
        if (&other == chosen)
            continue;
        for (const SignalWireCallHandlers::Field &field : other.shown) {
            const bool shared =
                field.key && chosen->shownFields().contains(QLatin1String(field.key));
            if (field.key && !shared)
                QVERIFY2(!text.contains(u"value of %1"_s.arg(QLatin1String(field.key))),
                    qPrintable(text));
        }
    }
}

void TestDetailPane::labelsAndWordsAsPeopleWriteThem()
{
    QCOMPARE(RecordDetails::fieldLabel(u"cidr_prefix_length"_s), u"CIDR prefix length"_s);
    QCOMPARE(RecordDetails::fieldLabel(u"byoc_trunk_sid"_s), u"BYOC trunk SID"_s);
    QCOMPARE(RecordDetails::fieldLabel(u"api_version"_s), u"API version"_s);
    QCOMPARE(RecordDetails::fieldLabel(u"sip_registration"_s), u"SIP registration"_s);
    QCOMPARE(RecordDetails::fieldLabel(u"ip_address"_s), u"IP address"_s);

    IpAddress address;
    address.sid = u"IP0123456789abcdef0123456789abcdef"_s;
    address.ipAddress = u"192.0.2.0"_s;
    address.cidrPrefixLength = 24;
    const QList<DetailGroup> addressGroups = IpAddressKind::details(address);
    QCOMPARE(valueOf(addressGroups, u"Address"_s, u"CIDR prefix length"_s), u"24"_s);

    // The pane and the table word the same value the same way.
    const SipDomain domain = sampleDomain();
    const QList<DetailGroup> groups = SipDomainKind::details(domain);
    SipDomainTableModel table;
    table.upsertRecord(QVariant::fromValue(domain));
    const auto shown = [&table](int column) {
        return table.index(0, column).data(Qt::DisplayRole).toString();
    };
    QCOMPARE(valueOf(groups, u"General"_s, u"Calls authentication"_s),
        u"IP access control list + Credential list"_s);
    QCOMPARE(shown(SipDomainTableModel::AuthType), u"IP access control list + Credential list"_s);
    QCOMPARE(valueOf(groups, u"Registration and security"_s, u"Secure media"_s), u"Off"_s);
    QCOMPARE(shown(SipDomainTableModel::Secure), u"Off"_s);
    QCOMPARE(valueOf(groups, u"Registration and security"_s, u"SIP registration"_s), u"On"_s);
    QCOMPARE(shown(SipDomainTableModel::Registration), u"On"_s);
    QCOMPARE(valueOf(groups, u"Fallback"_s, u"Method"_s), u"Service default (POST)"_s);

    // An endpoint: the same words as the form, never the API's keys.
    SipEndpoint endpoint;
    endpoint.id = u"5c2f1a30-7d7e-4b8e-9f51-0a6d6c3b9e21"_s;
    endpoint.username = u"front-desk"_s;
    endpoint.encryption = u"default"_s;
    endpoint.sendAs = u"random"_s;
    const QList<DetailGroup> endpointGroups = SipEndpointKind::details(endpoint);
    SipEndpointTableModel endpoints;
    endpoints.upsertRecord(QVariant::fromValue(endpoint));
    const auto endpointShown = [&endpoints](int column) {
        return endpoints.index(0, column).data(Qt::DisplayRole).toString();
    };
    QCOMPARE(valueOf(endpointGroups, u"General"_s, u"Encryption"_s), u"Project default"_s);
    QCOMPARE(endpointShown(SipEndpointTableModel::Encryption), u"Project default"_s);
    QCOMPARE(valueOf(endpointGroups, u"Incoming calls"_s, u"Call handler"_s), u"No handler"_s);
    QCOMPARE(endpointShown(SipEndpointTableModel::CallHandler), u"No handler"_s);
    QVERIFY(valueOf(endpointGroups, u"General"_s, u"Send as"_s).startsWith(u"A random number"_s));
    endpoint.sendAs = u"+15550100"_s;
    QCOMPARE(valueOf(SipEndpointKind::details(endpoint), u"General"_s, u"Send as"_s),
        u"+15550100"_s);
}

void TestDetailPane::datesCarryTheTimeZone()
{
    const QDateTime utc(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);
    const QDateTime local = utc.toLocalTime();
    const QString text = RecordDetails::dateText(utc);
    QVERIFY2(text.startsWith(QLocale().toString(local, QLocale::ShortFormat)), qPrintable(text));
    QVERIFY2(text.endsWith(u' ' + local.timeZoneAbbreviation())
            || text.endsWith(u" UTC"_s + local.toString(u"t"_s)),
        qPrintable(text));
    QCOMPARE(RecordDetails::dateText(QDateTime()), u"—"_s);
    const QList<DetailGroup> groups = SipDomainKind::details(sampleDomain());
    QCOMPARE(valueOf(groups, u"General"_s, u"Updated"_s), text);

    // The table's short date cell names the zone in its tooltip.
    SipDomainTableModel table;
    table.upsertRecord(QVariant::fromValue(sampleDomain()));
    QCOMPARE(table.index(0, SipDomainTableModel::Updated).data(Qt::ToolTipRole).toString(), text);
}

void TestDetailPane::ticketTextHoldsNoSecret()
{
    // The service never answers a password; even if it did, the records drop it.
    const QString secret = u"Hunter2-Secret-Value"_s;
    const SipCredential credential = SipCredential::fromJson(
        { { u"sid"_s, u"CR01"_s }, { u"username"_s, u"alice"_s }, { u"password"_s, secret } });
    const SipEndpoint endpoint = SipEndpoint::fromJson(
        { { u"id"_s, u"e1"_s }, { u"username"_s, u"bob"_s }, { u"password"_s, secret } });
    for (const QString &text :
        { RecordDetails::plainText(u"c"_s, {}, SipCredentialKind::details(credential)),
            RecordDetails::plainText(u"e"_s, {}, SipEndpointKind::details(endpoint)) }) {
        QVERIFY2(!text.contains(secret), qPrintable(text));
        QVERIFY2(!text.contains(u"password"_s, Qt::CaseInsensitive), qPrintable(text));
    }
}

void TestDetailPane::paneGroupsIdentityFirstAndHidesBookkeeping()
{
    RecordListPage *page = domainsWithRowSelected(3);
    QVERIFY(page);
    const QString sid = page->selectedId();
    const QString text = page->detailText();
    qsizetype at = -1;
    for (const QString &heading : { u"General"_s, u"Friendly name"_s, u"Domain name"_s, sid,
             u"Voice"_s, u"Fallback"_s, u"Status callback"_s, u"Emergency calling"_s,
             u"Registration and security"_s, u"BYOC trunk"_s, u"Bookkeeping"_s }) {
        const qsizetype next = text.indexOf(heading, at + 1);
        QVERIFY2(next > at, qPrintable(heading + u"\n\n"_s + text));
        at = next;
    }
    QVERIFY2(!text.contains(u"API version"_s), qPrintable(text));
    QVERIFY(!text.contains(u"Account SID"_s));
    // The SID unbroken and in a monospace font.
    auto *pane = page->findChild<RecordDetailPane *>(u"detailPane"_s);
    const QTextCursor found = pane->document()->find(sid);
    QVERIFY(!found.isNull());
    QVERIFY(found.charFormat().fontFamilies().toStringList().contains(u"monospace"_s));
    QVERIFY(found.blockFormat().nonBreakableLines());
}

void TestDetailPane::bookkeepingAndCopyLinksWorkFromTheKeyboard()
{
    RecordListPage *page = domainsWithRowSelected(5);
    QVERIFY(page);
    const QString sid = page->selectedId();
    auto *pane = page->findChild<RecordDetailPane *>(u"detailPane"_s);
    pane->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(pane->hasFocus());
    // Tab walks the links: the SID's Copy first.
    QApplication::clipboard()->clear();
    QTest::keyClick(pane, Qt::Key_Tab);
    QCOMPARE(pane->textCursor().selectedText(), u"Copy"_s);
    QTest::keyClick(pane, Qt::Key_Return);
    QCOMPARE(QApplication::clipboard()->text(), sid);
    // ... and on to the bookkeeping's heading.
    for (int i = 0; i < 10 && !pane->textCursor().selectedText().contains(u"Bookkeeping"_s); ++i)
        QTest::keyClick(pane, Qt::Key_Tab);
    QVERIFY2(pane->textCursor().selectedText().contains(u"Bookkeeping"_s),
        qPrintable(pane->textCursor().selectedText()));
    QTest::keyClick(pane, Qt::Key_Return);
    QVERIFY(pane->bookkeepingShown());
    QVERIFY2(page->detailText().contains(u"Account SID"_s), qPrintable(page->detailText()));
    QVERIFY(page->detailText().contains(u"API version"_s));
    // Another row keeps the bookkeeping open.
    page = domainsWithRowSelected(6);
    QVERIFY(page->detailText().contains(u"API version"_s));
}

void TestDetailPane::copyDetailsNamesTheAccount()
{
    RecordListPage *page = domainsWithRowSelected(2);
    QVERIFY(page);
    const QString sid = page->selectedId();
    const Account account = m_window->openedAccount();
    QApplication::clipboard()->clear();
    QTest::keyClick(page->table(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.startsWith(u"SIP domain: "_s), qPrintable(text));
    QVERIFY2(text.contains(u"Account: "_s + account.name), qPrintable(text));
    QVERIFY2(text.contains(u"Account SID: "_s + account.identifier()), qPrintable(text));
    QVERIFY(text.contains(u"  SID: "_s + sid));
    QVERIFY(text.indexOf(u"\nGeneral\n"_s) < text.indexOf(u"\nVoice\n"_s));
    QVERIFY(text.indexOf(u"\nBYOC trunk\n"_s) < text.indexOf(u"\nBookkeeping\n"_s));
    QVERIFY(text.contains(u"  API version: "_s)); // collapsed in the pane, not in a ticket
    for (const QStringView secret : { DemoCredentials::kTwilioAuthToken,
             DemoCredentials::kTwilioApiKeySecret, DemoCredentials::kSignalWireApiToken })
        QVERIFY(!text.contains(secret));
    const QString secret = m_sandbox->demoAccounts().constFirst().twilio.secret;
    QVERIFY(!secret.isEmpty());
    QVERIFY(!text.contains(secret));

    // Several: each, separated.
    QTableView *table = page->table();
    table->selectionModel()->select(
        QItemSelection(table->model()->index(2, 0), table->model()->index(4, 0)),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QTest::keyClick(table, Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    const QString several = QApplication::clipboard()->text();
    QCOMPARE(several.count(u"SIP domain: "_s), 3);
    QCOMPARE(several.count(u"\n----------------------------------------\n"_s), 2);
    for (int row = 2; row <= 4; ++row)
        QVERIFY(several.contains(
            table->model()->index(row, 0).data(PagedTableModel::IdRole).toString()));
}

void TestDetailPane::copyDetailsCarriesWarningAndAuthentication()
{
    RecordListPage *page = domainsWithRowSelected(0);
    QVERIFY(page);
    QAbstractItemModel *model = page->table()->model();
    int warned = -1;
    for (int row = 0; row < model->rowCount() && warned < 0; ++row)
        if (!model->index(row, 0).data(PagedTableModel::WarningRole).toString().isEmpty())
            warned = row;
    QVERIFY2(warned >= 0, "the demo account has a domain with a warning");
    const QString warning = model->index(warned, 0).data(PagedTableModel::WarningRole).toString();
    page = domainsWithRowSelected(warned);
    QVERIFY(page);
    // The mapped lists load beside the fields; a ticket gets them once they are there.
    QTRY_VERIFY_WITH_TIMEOUT(page->detailText().contains(u"Calls — credential lists"_s), 10000);
    QApplication::clipboard()->clear();
    QTest::keyClick(page->table(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    const QString text = QApplication::clipboard()->text();
    QVERIFY2(text.contains(u"Warning: "_s + warning), qPrintable(text));
    QVERIFY2(text.contains(u"\nAuthentication\n  Calls — credential lists: "_s), qPrintable(text));
    QVERIFY(text.contains(u"\n  Registrations — credential lists: "_s));
    QVERIFY(text.indexOf(u"\nAuthentication\n"_s) < text.indexOf(u"\nBookkeeping\n"_s));
}

void TestDetailPane::paneHidesAndComesBackWithItsSplit()
{
    RecordListPage *page = domainsWithRowSelected(1);
    QVERIFY(page);
    auto *splitter = page->findChild<QSplitter *>(u"splitter"_s);
    splitter->setSizes({ 900, 300 });
    const QList<int> sizes = splitter->sizes();
    auto *pane = page->findChild<RecordDetailPane *>(u"detailPane"_s);
    QAction *toggle = m_window->detailPaneAction();
    QVERIFY(toggle->isCheckable());
    QVERIFY(toggle->isChecked());

    QTest::keyClick(m_window.get(), Qt::Key_F9);
    QVERIFY(!toggle->isChecked());
    QVERIFY(!pane->isVisible());
    QVERIFY(!m_window->recordPage(u"sipEndpoints")->isDetailPaneVisible());
    QCOMPARE(QSettings().value(u"mainWindow/detailPaneVisible"_s).toBool(), false);

    // Kept hidden across a restart, the split kept for when it returns.
    m_window.reset();
    page = domainsWithRowSelected(1);
    QVERIFY(page);
    QVERIFY(!m_window->detailPaneAction()->isChecked());
    QVERIFY(!page->isDetailPaneVisible());
    m_window->detailPaneAction()->trigger();
    QVERIFY(page->isDetailPaneVisible());
    splitter = page->findChild<QSplitter *>(u"splitter"_s);
    QTRY_COMPARE(splitter->sizes(), sizes);
    QCOMPARE(QSettings().value(u"mainWindow/detailPaneVisible"_s).toBool(), true);
}

void TestDetailPane::editMenuActsOnTheCurrentPage()
{
    RecordListPage *page = domainsWithRowSelected(0);
    QVERIFY(page);
    page->table()->clearSelection();
    QMenu *menu = m_window->editMenu();
    QVERIFY(menu);
    emit menu->aboutToShow();
    QStringList entries;
    for (QAction *action : menu->actions())
        if (!action->isSeparator())
            entries.append(action->text().remove(u'&') + u'|'
                + action->shortcut().toString(QKeySequence::PortableText) + u'|'
                + (action->isEnabled() ? u"on"_s : u"off"_s));
    // Nothing selected: nothing to copy, edit or delete; Find and New work.
    QCOMPARE(entries,
        QStringList({ u"Copy SID|Ctrl+C|off"_s, u"Copy domain name|Ctrl+Shift+C|off"_s,
            u"Copy Details|Ctrl+Shift+D|off"_s, u"Find|Ctrl+F|on"_s, u"New…|Ctrl+N|on"_s,
            u"Edit…|F2|off"_s, u"Delete…|Del|off"_s }));

    page = domainsWithRowSelected(4);
    const QString sid = page->selectedId();
    emit menu->aboutToShow();
    const auto entry = [menu](const QString &text) -> QAction * {
        for (QAction *action : menu->actions())
            if (action->text().remove(u'&') == text)
                return action;
        return nullptr;
    };
    for (const QString &text : { u"Copy SID"_s, u"Copy Details"_s, u"Edit…"_s, u"Delete…"_s })
        QVERIFY2(entry(text) && entry(text)->isEnabled(), qPrintable(text));
    QApplication::clipboard()->clear();
    entry(u"Copy SID"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), sid);
    entry(u"Copy Details"_s)->trigger();
    QVERIFY(QApplication::clipboard()->text().startsWith(u"SIP domain: "_s));
    entry(u"Find"_s)->trigger();
    QTRY_VERIFY(page->findChild<QLineEdit *>(u"searchField"_s)->hasFocus());

    // Another service's page: its own words.
    m_window->openAccount(1);
    RecordListPage *endpoints = m_window->recordPage(u"sipEndpoints");
    QTRY_COMPARE(m_window->currentPage(), endpoints);
    emit menu->aboutToShow();
    QVERIFY(entry(u"Copy ID"_s));
    QVERIFY(!entry(u"Copy SID"_s));
}

void TestDetailPane::csvExportNameAndDates()
{
    const QDate day(2026, 11, 30);
    QCOMPARE(CsvExport::defaultFileName(u"Acme Prod"_s, u"SIP Domains"_s, day),
        u"acme-prod-sip-domains-2026-11-30.csv"_s);
    QCOMPARE(CsvExport::defaultFileName(u"../../etc/ACME: \"prod\""_s, u"SIP Domains"_s, day),
        u"etc-acme-prod-sip-domains-2026-11-30.csv"_s);
    QCOMPARE(CsvExport::defaultFileName(u"Müller GmbH"_s, u"IP Addresses"_s, day),
        u"müller-gmbh-ip-addresses-2026-11-30.csv"_s);
    QCOMPARE(CsvExport::defaultFileName(QString(), u"SIP Endpoints"_s, day),
        u"sip-endpoints-2026-11-30.csv"_s);

    RecordListPage *page = domainsWithRowSelected(0);
    QVERIFY(page);
    QCOMPARE(page->defaultExportName(),
        u"sandbox-twilio-sip-domains-%1.csv"_s.arg(QDate::currentDate().toString(Qt::ISODate)));

    QTemporaryDir dir;
    const QString path = dir.filePath(u"export.csv"_s);
    QString error;
    QVERIFY2(page->exportCsvTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u"\r\n"_s);
    const QStringList header = lines.first().split(u',');
    const qsizetype updated = header.indexOf(u"Updated"_s);
    QVERIFY2(updated >= 0, qPrintable(lines.first()));
    static const QRegularExpression iso(
        u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)$"_s);
    const QString first = lines.at(1).split(u',').at(updated);
    QVERIFY2(iso.match(first).hasMatch(), qPrintable(first));
    // The same moment as the record's.
    const QDateTime written = QDateTime::fromString(first, Qt::ISODate);
    const QModelIndex row = page->proxy()->index(0, 0);
    QCOMPARE(written,
        row.data(PagedTableModel::RecordRole).value<SipDomain>().dateUpdated.toLocalTime());
}

void TestDetailPane::screenshots()
{
    const QString dir = qEnvironmentVariable("SIPDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set SIPDESK_SCREENSHOT_DIR to write the docs' screenshots");
    // A domain that receives no traffic: its warning, groups and mappings.
    RecordListPage *page = domainsWithRowSelected(0);
    QVERIFY(page);
    for (int row = 0; row < page->table()->model()->rowCount(); ++row) {
        if (page->table()->model()->index(row, 0).data(PagedTableModel::WarningRole).isValid()) {
            page = domainsWithRowSelected(row);
            break;
        }
    }
    QTest::qWait(300); // the detail pane's mappings
    QVERIFY(m_window->grab().save(dir + u"/sip-domains.png"_s));
    m_window->openAccount(1);
    RecordListPage *endpoints = m_window->recordPage(u"sipEndpoints");
    QTRY_COMPARE(m_window->currentPage(), endpoints);
    QTRY_VERIFY_WITH_TIMEOUT(endpoints->table()->model()->rowCount() > 3, 10000);
    QTableView *table = endpoints->table();
    const QModelIndex index = table->model()->index(2, 0);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QTest::qWait(100);
    QVERIFY(m_window->grab().save(dir + u"/sip-endpoints.png"_s));
}

QTEST_MAIN(TestDetailPane)
#include "tst_detailpane.moc"
