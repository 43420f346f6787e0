// SipDomainTableModel during real multi-page loads from the sandbox, checked
// throughout by QAbstractItemModelTester.

#include "models/lists/recordfilterproxymodel.h"
#include "models/lists/sipdomaintablemodel.h"
#include "sandbox/democredentials.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/twiliosipdomains.h"
#include "tests/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DemoCredentials;

class TestSipDomainTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsPageByPageAsTheViewAsks();
    void loadAllLoadsEverything();
    void loadAllGoesOnWhereTheListStopped();
    void cancelKeepsTheRowsLoaded();
    void failureIsAStateWithTheError();
    void upsertChangesOneRowOrInsertsAtTheEnd();
    void removeIdRemovesTheRow();
    void refreshStartsOver();
    void roles();
    void clientChangeClears();

    // The health of a domain's authentication, and the registration checks.
    void loadingSendsNoRegistrationCheck();
    void loading10000DomainsSendsOnlyTheirPages();
    void shownRowsAreChecked_data();
    void shownRowsAreChecked();
    void checksRunAFewAtATime_data();
    void checksRunAFewAtATime();
    void failedCheckCouldNotCheck_data();
    void failedCheckCouldNotCheck();
    void dropsResultsAndIgnoresLateAnswers_data();
    void dropsResultsAndIgnoresLateAnswers();
    void noRequestAfterTheClientIsGone();
    void upsertChecksAgain();
    void cannotRegisterFilterFindsExactlyThoseDomains();
    void sortByHealthPutsProblemsFirst();

private:
    void startServer(int domains, const QString &secret = kTwilioAuthToken.toString());
    static bool waitForState(SipDomainTableModel &model, PagedTableModel::State state);
    void loadDomains(int domains);
    // Requests for registrations mappings, by domain SID.
    QStringList registrationRequests() const;
    bool waitForChecks();
    // From the sandbox's own data, not through the model.
    bool sandboxHasRegistrationOn(const QString &sid) const;
    bool sandboxCannotRegister(const QString &sid) const;
    QList<int> allRows() const;

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<TwilioClient> m_client;
    std::unique_ptr<SipDomainTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void TestSipDomainTableModel::init()
{
    m_model = std::make_unique<SipDomainTableModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestSipDomainTableModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_client.reset();
    m_server.reset();
}

void TestSipDomainTableModel::startServer(int domains, const QString &secret)
{
    m_server = SandboxFixture::start(domains, 0);
    QVERIFY(m_server);
    m_client =
        std::make_unique<TwilioClient>(&m_network, SandboxFixture::twilio(*m_server, secret));
    m_model->setClient(m_client.get());
}

bool TestSipDomainTableModel::waitForState(SipDomainTableModel &model, PagedTableModel::State state)
{
    QSignalSpy changed(&model, &PagedTableModel::stateChanged);
    for (int i = 0; i < 50 && model.state() != state; ++i)
        changed.wait(200);
    return model.state() == state;
}

void TestSipDomainTableModel::loadsPageByPageAsTheViewAsks()
{
    // The tester itself calls fetchMore() whenever rows arrive, as a view
    // scrolled to the end would; here the test is the only one asking.
    m_tester.reset();
    startServer(250);
    m_model->setPageSize(100);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->refresh();
    QCOMPARE(m_model->state(), PagedTableModel::State::Loading);
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QCOMPARE(m_model->rowCount(), 100);
    QVERIFY(m_model->hasMore());
    QVERIFY(m_model->canFetchMore({}));
    QCOMPARE(inserted.size(), 1);

    m_model->fetchMore({});
    QCOMPARE(m_model->state(), PagedTableModel::State::Loading);
    QVERIFY(!m_model->canFetchMore({})); // one page at a time
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QCOMPARE(m_model->rowCount(), 200);

    m_model->fetchMore({});
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QTRY_COMPARE(m_model->rowCount(), 250);
    QVERIFY(!m_model->hasMore());
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(m_server->requestLog().entries().size(), 3);
    QVERIFY(!m_model->canFetchMore(m_model->index(0, 0))); // a table has no children
}

void TestSipDomainTableModel::loadAllLoadsEverything()
{
    startServer(2500);
    QSignalSpy progress(m_model.get(), &PagedTableModel::progress);
    m_model->loadAll();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QTRY_COMPARE(m_model->rowCount(), 2500);
    QVERIFY(!m_model->hasMore());
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(0).at(0).toInt(), 1000);
    QCOMPARE(progress.at(0).at(1).toBool(), true);
    QCOMPARE(progress.at(2).at(0).toInt(), 2500);
    QCOMPARE(progress.at(2).at(1).toBool(), false);
}

void TestSipDomainTableModel::cancelKeepsTheRowsLoaded()
{
    startServer(300);
    m_server->faults().latencyMs = 150;
    m_model->setPageSize(100);
    m_model->loadAll();
    QSignalSpy progress(m_model.get(), &PagedTableModel::progress);
    QVERIFY(progress.wait(5000));
    m_model->cancel();
    QCOMPARE(m_model->state(), PagedTableModel::State::Cancelled);
    QCOMPARE(m_model->rowCount(), 100);
    QVERIFY(!m_model->canFetchMore({}));
    // Longer than the 150 ms latency: a page that escaped the cancel would land now.
    QTest::qWait(400);
    QCOMPARE(m_model->rowCount(), 100); // nothing lands after the cancel
}

void TestSipDomainTableModel::loadAllGoesOnWhereTheListStopped()
{
    startServer(300);
    m_model->setPageSize(100);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy removals(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->refresh();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QCOMPARE(m_model->rowCount(), 100);
    resets.clear();

    // The second page is refused once: the list fails with 100 rows.
    m_server->faults().addRule({ FaultInjector::Kind::Forbidden, 1.0, 1, 1, "GET", {} });
    m_model->loadAll();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Failed));
    QCOMPARE(m_model->rowCount(), 100);

    // Load everything again: on from the page that failed, stopped once more.
    m_server->faults().latencyMs = 150;
    m_model->loadAll();
    QSignalSpy progress(m_model.get(), &PagedTableModel::progress);
    QVERIFY(progress.wait(5000));
    m_model->cancel();
    QCOMPARE(m_model->rowCount(), 200);

    // And once more: the last page, nothing twice, nothing emptied on the way.
    m_server->faults().latencyMs = 0;
    m_model->loadAll();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QCOMPARE(m_model->rowCount(), 300);
    QSet<QString> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids.insert(m_model->index(row, 0).data(PagedTableModel::IdRole).toString());
    QCOMPARE(ids.size(), 300);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(removals.size(), 0);

    // A refresh starts over and forgets where a stopped list was.
    m_model->refresh();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestSipDomainTableModel::failureIsAStateWithTheError()
{
    startServer(10, u"wrong"_s);
    m_model->refresh();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Failed));
    QCOMPARE(m_model->error().kind(), ApiError::Kind::Unauthorized);
    QCOMPARE(m_model->rowCount(), 0);
}

void TestSipDomainTableModel::upsertChangesOneRowOrInsertsAtTheEnd()
{
    startServer(5);
    m_model->loadAll();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    SipDomain changed = m_model->recordAt(2);
    changed.friendlyName = u"Changed"_s;
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->upsert(changed);
    QCOMPARE(dataChanged.size(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex().row(), 2);
    QCOMPARE(dataChanged.at(0).at(1).toModelIndex().row(), 2);
    QCOMPARE(m_model->index(2, SipDomainTableModel::FriendlyName).data().toString(), u"Changed"_s);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->rowCount(), 5);

    SipDomain added = changed;
    added.sid = u"SD0123456789abcdef0123456789abcdef"_s;
    m_model->upsert(added);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->recordAt(5).sid, added.sid);
    // The search sees the new text too.
    QVERIFY(m_model->index(5, 0)
                .data(PagedTableModel::SearchTextRole)
                .toString()
                .contains(u"changed"_s));
}

void TestSipDomainTableModel::removeIdRemovesTheRow()
{
    startServer(4);
    m_model->loadAll();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    const QString sid = m_model->recordAt(1).sid;
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->removeId(sid);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->rowForId(sid), -1);
    m_model->removeId(sid); // already gone: nothing happens
    QCOMPARE(removed.size(), 1);
}

void TestSipDomainTableModel::refreshStartsOver()
{
    startServer(30);
    m_model->loadAll();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    m_server->twilio().addDemoDomains(kTwilioAccountSid.toString(), 5, 99);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->refresh();
    QCOMPARE(reset.size(), 1);
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QCOMPARE(m_model->rowCount(), 35);
}

void TestSipDomainTableModel::roles()
{
    startServer(120);
    m_model->loadAll();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    int warned = 0;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const SipDomain &domain = m_model->recordAt(row);
        const QModelIndex first = m_model->index(row, 0);
        QCOMPARE(first.data(PagedTableModel::RecordRole).value<SipDomain>(), domain);
        QCOMPARE(first.data(PagedTableModel::IdRole).toString(), domain.sid);
        QCOMPARE(
            first.data(SipDomainTableModel::NoAuthMappingRole).toBool(), !domain.hasAuthMapping());
        QCOMPARE(first.data(PagedTableModel::WarningRole).isValid(), !domain.hasAuthMapping());
        warned += !domain.hasAuthMapping();
        QCOMPARE(m_model->index(row, SipDomainTableModel::Updated)
                     .data(PagedTableModel::SortRole)
                     .toDateTime(),
            domain.dateUpdated);
        QCOMPARE(m_model->index(row, SipDomainTableModel::DomainName).data().toString(),
            domain.domainName);
    }
    QVERIFY(warned > 0);
    QCOMPARE(SipDomainTableModel::authTypeText(u"IP_ACL,CREDENTIAL_LIST"_s),
        u"IP access control list + Credential list"_s);
    QCOMPARE(SipDomainTableModel::authTypeText(QString()), u"None"_s);
    QCOMPARE(m_model->headerData(SipDomainTableModel::Sid, Qt::Horizontal).toString(), u"SID"_s);
}

void TestSipDomainTableModel::clientChangeClears()
{
    startServer(10);
    m_model->loadAll();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QCOMPARE(m_model->rowCount(), 10);
    m_model->setClient(nullptr);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->state(), PagedTableModel::State::Empty);
    m_model->refresh();
    QCOMPARE(m_model->state(), PagedTableModel::State::Empty);
}

using CheckState = RegistrationMappingCheck::State;

void TestSipDomainTableModel::loadDomains(int domains)
{
    startServer(domains);
    m_model->loadAll();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QCOMPARE(m_model->rowCount(), domains);
}

QStringList TestSipDomainTableModel::registrationRequests() const
{
    QStringList sids;
    const QString marker = u"/Auth/Registrations/"_s;
    for (const RequestLog::Entry &entry : m_server->requestLog().entries()) {
        const qsizetype at = entry.path.indexOf(marker);
        if (at < 0)
            continue;
        const QString domains = u"/Domains/"_s;
        const qsizetype from = entry.path.indexOf(domains) + domains.size();
        sids.append(entry.path.mid(from, at - from));
    }
    return sids;
}

bool TestSipDomainTableModel::waitForChecks()
{
    const RegistrationMappingCheck &check = m_model->registrationCheck();
    QElapsedTimer clock;
    clock.start();
    while ((check.runningCount() > 0 || check.waitingCount() > 0) && clock.elapsed() < 15000)
        QTest::qWait(20);
    return check.runningCount() == 0 && check.waitingCount() == 0;
}

bool TestSipDomainTableModel::sandboxHasRegistrationOn(const QString &sid) const
{
    const auto domain = m_server->twilio().domain(kTwilioAccountSid.toString(), sid);
    return domain && domain->sipRegistration;
}

bool TestSipDomainTableModel::sandboxCannotRegister(const QString &sid) const
{
    const TwilioSipAuthStore::Account *account =
        m_server->twilioAuth().findAccount(kTwilioAccountSid.toString());
    return sandboxHasRegistrationOn(sid)
        && (!account
            || account->mappings(sid).of(TwilioSipAuthStore::MappingKind::Registrations).size()
                == 0);
}

QList<int> TestSipDomainTableModel::allRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rows.append(row);
    return rows;
}

void TestSipDomainTableModel::loadingSendsNoRegistrationCheck()
{
    loadDomains(120);
    const qsizetype requests = m_server->requestLog().entries().size();
    // Every role and column of every row, as views, sorting and export read them.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        for (int column = 0; column < m_model->columnCount(); ++column) {
            const QModelIndex index = m_model->index(row, column);
            for (int role :
                { int(Qt::DisplayRole), int(Qt::ToolTipRole), int(PagedTableModel::SortRole),
                    int(PagedTableModel::WarningRole), int(SipDomainTableModel::CannotRegisterRole),
                    int(SipDomainTableModel::RegistrationCheckRole) })
                index.data(role);
        }
    }
    // Shown rows with registration off need no check either.
    QList<int> off;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (!m_model->recordAt(row).sipRegistration)
            off.append(row);
    }
    QVERIFY(!off.isEmpty());
    m_model->setShownRows(off);
    QTest::qWait(100);
    QCOMPARE(m_server->requestLog().entries().size(), requests);
    QVERIFY(registrationRequests().isEmpty());
    const SipDomain &domain = m_model->recordAt(off.first());
    const QString health =
        m_model->index(off.first(), SipDomainTableModel::Health).data().toString();
    QCOMPARE(health == u"OK"_s, domain.hasAuthMapping());
}

void TestSipDomainTableModel::loading10000DomainsSendsOnlyTheirPages()
{
    m_tester.reset(); // it walks every row on every change
    startServer(10000);
    QElapsedTimer clock;
    clock.start();
    m_model->loadAll();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QTRY_COMPARE(m_model->rowCount(), 10000);
    const qint64 loadMs = clock.elapsed();
    clock.restart();
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->index(row, SipDomainTableModel::Health).data();
    const qint64 healthMs = clock.elapsed();
    QTest::qWait(50);
    const auto &entries = m_server->requestLog().entries();
    QCOMPARE(entries.size(), 10); // the ten pages of 1,000, nothing else
    for (const RequestLog::Entry &entry : entries)
        QVERIFY2(entry.path.endsWith(u"/SIP/Domains.json"_s), qPrintable(entry.path));
    qInfo("10,000 domains: loaded in %lld ms with %lld requests; Health of every row in %lld ms",
        loadMs, qint64(entries.size()), healthMs);
}

void TestSipDomainTableModel::shownRowsAreChecked_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("count");
    QTest::newRow("top of the list") << 0 << 30;
    QTest::newRow("scrolled down") << 70 << 25;
    QTest::newRow("one row") << 41 << 1;
}

void TestSipDomainTableModel::shownRowsAreChecked()
{
    QFETCH(int, first);
    QFETCH(int, count);
    loadDomains(120);
    QList<int> shown;
    QSet<QString> expected;
    for (int row = first; row < first + count; ++row) {
        shown.append(row);
        if (sandboxHasRegistrationOn(m_model->recordAt(row).sid))
            expected.insert(m_model->recordAt(row).sid);
    }
    m_model->setShownRows(shown);
    QVERIFY(waitForChecks());
    const QStringList requested = registrationRequests();
    QCOMPARE(QSet<QString>(requested.cbegin(), requested.cend()), expected);
    QCOMPARE(requested.size(), expected.size()); // each once

    for (int row = 0; row < m_model->rowCount(); ++row) {
        const SipDomain &domain = m_model->recordAt(row);
        const QModelIndex index = m_model->index(row, 0);
        const auto state =
            CheckState(index.data(SipDomainTableModel::RegistrationCheckRole).toInt());
        const QString health = m_model->index(row, SipDomainTableModel::Health).data().toString();
        const QString warning = index.data(PagedTableModel::WarningRole).toString();
        if (!expected.contains(domain.sid)) {
            QCOMPARE(state, CheckState::NotChecked);
            QCOMPARE(health.contains(u"not checked yet"_s), domain.sipRegistration);
            continue;
        }
        const bool cannot = sandboxCannotRegister(domain.sid);
        QCOMPARE(state, cannot ? CheckState::Unmapped : CheckState::Mapped);
        QCOMPARE(index.data(SipDomainTableModel::CannotRegisterRole).toBool(), cannot);
        QCOMPARE(health.contains(u"Devices cannot register"_s), cannot);
        QCOMPARE(warning.contains(u"Devices cannot register"_s), cannot);
        QCOMPARE(health.contains(u"Receives no traffic"_s), !domain.hasAuthMapping());
        QCOMPARE(warning.isEmpty(), !cannot && domain.hasAuthMapping());
        QCOMPARE(health == u"OK"_s, !cannot && domain.hasAuthMapping());
        if (cannot) {
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"Authentication section"_s));
        }
    }

    // Asked again: answered from the cache.
    m_model->setShownRows(shown);
    QVERIFY(waitForChecks());
    QCOMPARE(registrationRequests().size(), expected.size());
}

void TestSipDomainTableModel::checksRunAFewAtATime_data()
{
    QTest::addColumn<int>("maxRunning");
    QTest::newRow("default") << int(RegistrationMappingCheck::kDefaultMaxRunning);
    QTest::newRow("one") << 1;
}

void TestSipDomainTableModel::checksRunAFewAtATime()
{
    QFETCH(int, maxRunning);
    QCOMPARE(RegistrationMappingCheck::kDefaultMaxRunning, 4);
    loadDomains(120);
    RegistrationMappingCheck &check = m_model->registrationCheck();
    check.setMaxRunning(maxRunning);
    m_server->faults().latencyMs = 40;
    int on = 0;
    for (const CompactSipDomain &domain : m_model->records())
        on += domain.sipRegistration();
    QVERIFY(on > maxRunning * 3);
    int most = 0;
    int finished = 0;
    connect(&check, &RegistrationMappingCheck::stateChanged, this, [&] {
        ++finished;
        most = qMax(most, check.runningCount());
    });
    m_model->setShownRows(allRows());
    QCOMPARE(check.runningCount(), maxRunning);
    QCOMPARE(check.waitingCount(), on - maxRunning);
    QVERIFY(waitForChecks());
    QVERIFY(most <= maxRunning);
    QCOMPARE(finished, on);
    QCOMPARE(registrationRequests().size(), on);
}

void TestSipDomainTableModel::failedCheckCouldNotCheck_data()
{
    QTest::addColumn<int>("fault");
    QTest::newRow("403") << int(FaultInjector::Kind::Forbidden);
    QTest::newRow("500, retried") << int(FaultInjector::Kind::ServerError);
    QTest::newRow("not JSON") << int(FaultInjector::Kind::InvalidJson);
}

void TestSipDomainTableModel::failedCheckCouldNotCheck()
{
    QFETCH(int, fault);
    loadDomains(60);
    int row = 0;
    while (row < m_model->rowCount() && !sandboxCannotRegister(m_model->recordAt(row).sid))
        ++row;
    QVERIFY(row < m_model->rowCount());
    m_server->faults().addRule(
        { FaultInjector::Kind(fault), 1.0, -1, 1, "GET", u"/Auth/Registrations/"_s });
    m_model->setShownRows({ row });
    QVERIFY(waitForChecks());
    const QModelIndex index = m_model->index(row, 0);
    QCOMPARE(CheckState(index.data(SipDomainTableModel::RegistrationCheckRole).toInt()),
        CheckState::Failed);
    const QString health = m_model->index(row, SipDomainTableModel::Health).data().toString();
    QVERIFY2(health.contains(u"Could not check registrations: "_s), qPrintable(health));
    QVERIFY(!health.contains(u"cannot register"_s));
    // Not a warning: nothing is known to be wrong with registrations.
    QVERIFY(!index.data(PagedTableModel::WarningRole).toString().contains(u"cannot register"_s));
    QCOMPARE(index.data(SipDomainTableModel::CannotRegisterRole).toBool(), false);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"Could not check"_s));

    // A refresh checks again.
    m_server->faults().clear();
    m_model->refresh();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    m_model->setShownRows({ row });
    QVERIFY(waitForChecks());
    QCOMPARE(
        CheckState(m_model->index(row, 0).data(SipDomainTableModel::RegistrationCheckRole).toInt()),
        CheckState::Unmapped);
}

void TestSipDomainTableModel::dropsResultsAndIgnoresLateAnswers_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("refresh") << u"refresh"_s;
    QTest::newRow("clear") << u"clear"_s;
    QTest::newRow("other account") << u"client"_s;
}

void TestSipDomainTableModel::dropsResultsAndIgnoresLateAnswers()
{
    QFETCH(QString, how);
    loadDomains(120);
    // Some results in,
    m_model->setShownRows({ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 });
    QVERIFY(waitForChecks());
    QVERIFY(!registrationRequests().isEmpty());
    // and some on their way.
    m_server->faults().latencyMs = 300;
    QList<int> later;
    for (int row = 10; row < 60; ++row)
        later.append(row);
    m_model->setShownRows(later);
    QCOMPARE(m_model->registrationCheck().runningCount(), 4);
    QTest::qWait(50);
    QSignalSpy stateChanged(&m_model->registrationCheck(), &RegistrationMappingCheck::stateChanged);
    QSignalSpy dataChanged(m_model.get(), &QAbstractItemModel::dataChanged);

    std::unique_ptr<TwilioClient> other;
    if (how == u"refresh"_s) {
        m_model->refresh();
    } else if (how == u"clear"_s) {
        m_model->clear();
    } else {
        other = std::make_unique<TwilioClient>(
            &m_network, SandboxFixture::twilio(*m_server, kTwilioAuthToken.toString()));
        m_model->setClient(other.get());
    }
    QCOMPARE(m_model->registrationCheck().runningCount(), 0);
    QCOMPARE(m_model->registrationCheck().waitingCount(), 0);
    const qsizetype sent = registrationRequests().size();
    QTest::qWait(700); // longer than the latency: the old answers have come
    QCOMPARE(stateChanged.size(), 0);
    QCOMPARE(registrationRequests().size(), sent);
    if (how == u"refresh"_s) {
        QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
        QCOMPARE(m_model->rowCount(), 120);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            QCOMPARE(CheckState(m_model->index(row, 0)
                                    .data(SipDomainTableModel::RegistrationCheckRole)
                                    .toInt()),
                CheckState::NotChecked);
        }
    } else {
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(dataChanged.size(), 0); // no late answer changed a row
    }
}

void TestSipDomainTableModel::noRequestAfterTheClientIsGone()
{
    loadDomains(120);
    m_server->faults().latencyMs = 200;
    m_model->setShownRows(allRows());
    QCOMPARE(m_model->registrationCheck().runningCount(), 4);
    m_client.reset();
    QCOMPARE(m_model->registrationCheck().runningCount(), 0);
    QCOMPARE(m_model->registrationCheck().waitingCount(), 0);
    m_model->setShownRows(allRows());
    QTest::qWait(400);
    QCOMPARE(m_model->registrationCheck().runningCount(), 0);
    QVERIFY(registrationRequests().size() <= 4);
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->index(row, SipDomainTableModel::Health).data();
}

void TestSipDomainTableModel::upsertChecksAgain()
{
    loadDomains(120);
    int row = 0;
    while (row < m_model->rowCount() && !sandboxCannotRegister(m_model->recordAt(row).sid))
        ++row;
    QVERIFY(row < m_model->rowCount());
    int offscreen = row + 1;
    while (offscreen < m_model->rowCount()
        && !sandboxHasRegistrationOn(m_model->recordAt(offscreen).sid))
        ++offscreen;
    QVERIFY(offscreen < m_model->rowCount());
    m_model->setShownRows({ row });
    QVERIFY(waitForChecks());
    const QModelIndex index = m_model->index(row, 0);
    QVERIFY(index.data(SipDomainTableModel::CannotRegisterRole).toBool());

    // The user maps a credential list for registrations; the edit's answer is upserted.
    TwilioSipAuthStore::Account &account =
        m_server->twilioAuth().account(kTwilioAccountSid.toString());
    QVERIFY(!account.credentialLists.rows.empty());
    const QString list = account.credentialLists.rows.begin()->second.list.sid;
    const SipDomain domain = m_model->recordAt(row);
    QVERIFY(account.map(domain.sid, TwilioSipAuthStore::MappingKind::Registrations, list,
        QDateTime::currentDateTimeUtc()));
    m_model->upsert(domain);
    QCOMPARE(CheckState(index.data(SipDomainTableModel::RegistrationCheckRole).toInt()),
        CheckState::Pending);
    QVERIFY(waitForChecks());
    QCOMPARE(CheckState(index.data(SipDomainTableModel::RegistrationCheckRole).toInt()),
        CheckState::Mapped);
    QCOMPARE(registrationRequests(), QStringList({ domain.sid, domain.sid }));

    // A row not on screen is forgotten, not checked.
    m_model->upsert(m_model->recordAt(offscreen));
    QVERIFY(waitForChecks());
    QCOMPARE(registrationRequests().size(), 2);
    QCOMPARE(
        CheckState(
            m_model->index(offscreen, 0).data(SipDomainTableModel::RegistrationCheckRole).toInt()),
        CheckState::NotChecked);
}

void TestSipDomainTableModel::cannotRegisterFilterFindsExactlyThoseDomains()
{
    m_model->setPageSize(100);
    startServer(250);
    RecordFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    m_model->refresh(); // the first page only
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QCOMPARE(m_model->rowCount(), 100);
    QVERIFY(registrationRequests().isEmpty());

    QElapsedTimer clock;
    clock.start();
    proxy.setRoleFilter(SipDomainTableModel::CannotRegisterRole, true);
    QCOMPARE(proxy.rowCount(), 0); // none known yet: they come as their checks finish
    QVERIFY2(m_model->activityText().startsWith(u"checking registrations: 0 of"_s),
        qPrintable(m_model->activityText()));
    QSignalSpy activity(m_model.get(), &PagedTableModel::activityChanged);
    QVERIFY(waitForChecks());
    QVERIFY(activity.size() > 1);
    QCOMPARE(m_model->activityText(), QString()); // all done
    // Rows loaded while the filter is on are checked too.
    m_model->loadAll();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QCOMPARE(m_model->rowCount(), 250);
    QVERIFY(waitForChecks());

    QSet<QString> expected;
    QSet<QString> registrationOn;
    for (const CompactSipDomain &domain : m_model->records()) {
        const QString sid = domain.sid();
        if (sandboxCannotRegister(sid))
            expected.insert(sid);
        if (sandboxHasRegistrationOn(sid))
            registrationOn.insert(sid);
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < registrationOn.size()); // the demo has both kinds
    QSet<QString> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.insert(proxy.index(row, 0).data(PagedTableModel::IdRole).toString());
    QCOMPARE(QSet<QString>(shown).subtract(expected), QSet<QString>());
    QCOMPARE(QSet<QString>(expected).subtract(shown), QSet<QString>());
    // One check for each domain with registration on, none for the others.
    const QStringList requested = registrationRequests();
    QCOMPARE(requested.size(), registrationOn.size());
    QCOMPARE(QSet<QString>(requested.cbegin(), requested.cend()), registrationOn);
    qInfo("%lld registration checks (%lld domains cannot register) in %lld ms, 4 at a time",
        qint64(requested.size()), qint64(expected.size()), qint64(clock.elapsed()));

    // Filter off: nothing more is checked.
    proxy.clearRoleFilters();
    m_model->refresh();
    QVERIFY(waitForState(*m_model, PagedTableModel::State::Loaded));
    QTest::qWait(100);
    QCOMPARE(registrationRequests().size(), registrationOn.size());
}

void TestSipDomainTableModel::sortByHealthPutsProblemsFirst()
{
    loadDomains(120);
    RecordFilterProxyModel proxy;
    proxy.setSourceModel(m_model.get());
    proxy.sort(SipDomainTableModel::Health);
    m_model->setShownRows(allRows());
    QVERIFY(waitForChecks());
    bool problemsOver = false;
    int problems = 0;
    int rank = 0;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int rowRank =
            proxy.index(row, SipDomainTableModel::Health).data(PagedTableModel::SortRole).toInt();
        QVERIFY(rowRank >= rank);
        rank = rowRank;
        const bool problem =
            !proxy.index(row, 0).data(PagedTableModel::WarningRole).toString().isEmpty();
        QVERIFY2(!(problem && problemsOver), "a problem after an OK row");
        problemsOver = problemsOver || !problem;
        problems += problem;
        QCOMPARE(
            proxy.index(row, SipDomainTableModel::Health).data().toString() == u"OK"_s, !problem);
    }
    QVERIFY(problems > 0 && problems < proxy.rowCount());
    // Registrations problems before the domains that only receive no traffic.
    QVERIFY2(proxy.index(0, SipDomainTableModel::Health)
                 .data()
                 .toString()
                 .contains(u"Devices cannot register"_s),
        qPrintable(proxy.index(0, SipDomainTableModel::Health).data().toString()));
}

QTEST_GUILESS_MAIN(TestSipDomainTableModel)
#include "tst_sipdomaintablemodel.moc"
