// SipDomainTableModel during real multi-page loads from the sandbox, checked
// throughout by QAbstractItemModelTester.

#include "models/lists/sipdomaintablemodel.h"
#include "sandbox/democredentials.h"
#include "sandbox/faultinjector.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/twiliosipdomains.h"
#include "tests/sandboxfixture.h"

#include <QAbstractItemModelTester>
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

private:
    void startServer(int domains, const QString &secret = kTwilioAuthToken.toString());
    static bool waitForState(SipDomainTableModel &model, PagedTableModel::State state);

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
    m_client = std::make_unique<TwilioClient>(
        &m_network, SandboxFixture::twilio(*m_server, secret));
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
        u"IP ACL + Credential list"_s);
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

QTEST_GUILESS_MAIN(TestSipDomainTableModel)
#include "tst_sipdomaintablemodel.moc"
