// Sorting on a pool thread (RecordFilterProxyModel, every sort sent to the
// background here): the order it applies is the order a sort at once gives,
// natural and descending; the newer of two sorts wins; rows inserted,
// changed and removed while it runs land where their values say; a reset or
// another source drops it; a search stays on.

#include "models/lists/naturalorder.h"
#include "models/lists/recordfilterproxymodel.h"
#include "models/lists/rowsortjob.h"
#include "models/lists/sipendpointtablemodel.h"
#include "sandbox/sandboxserver.h"
#include "tests/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestBackgroundSort : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void appliesTheOrderOfASortAtOnce_data();
    void appliesTheOrderOfASortAtOnce();
    void endpointsSortLikeASortAtOnce_data();
    void endpointsSortLikeASortAtOnce();
    void theNewerSortWins();
    void rowsChangedMeanwhileFindTheirPlace_data();
    void rowsChangedMeanwhileFindTheirPlace();
    void aResetDropsTheSort();
    void anotherSourceDropsTheSort();
    void aSearchStaysOn();

private:
    // Sorts in the background and waits for the rows to be applied.
    bool sortAndWait(int column, Qt::SortOrder order);
    QStringList column(int column) const;
    QString unsortedPair(int column, Qt::SortOrder order) const;

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<SignalWireSipEndpointsClient> m_client;
    SipEndpointTableModel m_endpoints;
    std::unique_ptr<RecordFilterProxyModel> m_proxy;
};

namespace {

constexpr int kWaitMs = 10000;

// One column of rows given as text "value|name": the sort value ("#10" for
// the number 10), and a name that tells equal values apart in the display.
class ValueTable : public QAbstractTableModel
{
public:
    explicit ValueTable(const QStringList &rows)
    {
        for (const QString &row : rows) {
            const QStringList parts = row.split(u'|');
            m_names.append(parts.value(1, parts.at(0)));
            m_values.append(parts.at(0).startsWith(u'#') ? QVariant(parts.at(0).mid(1).toInt())
                                                         : QVariant(parts.at(0)));
        }
    }
    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_names.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : 1;
    }
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole)
            return m_names.at(index.row());
        return role == PagedTableModel::SortRole ? m_values.at(index.row()) : QVariant();
    }

private:
    QStringList m_names;
    QVariantList m_values;
};

std::unique_ptr<ValueTable> tableOf(const QStringList &rows)
{
    return std::make_unique<ValueTable>(rows);
}

QList<int> sourceRowsOf(const RecordFilterProxyModel &proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

} // namespace

void TestBackgroundSort::initTestCase()
{
    m_server = SandboxFixture::start(0, 300);
    QVERIFY(m_server);
    m_client = std::make_unique<SignalWireSipEndpointsClient>(
        &m_network, SandboxFixture::signalWire(*m_server));
    m_endpoints.setClient(m_client.get());
    m_endpoints.setPageSize(100);
    m_endpoints.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_endpoints.rowCount(), 300, kWaitMs);
}

void TestBackgroundSort::init()
{
    m_proxy = std::make_unique<RecordFilterProxyModel>();
    m_proxy->setBackgroundSortRows(1);
    m_proxy->setSourceModel(&m_endpoints);
    new QAbstractItemModelTester(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_proxy.get());
}

void TestBackgroundSort::cleanup()
{
    m_proxy.reset();
}

bool TestBackgroundSort::sortAndWait(int column, Qt::SortOrder order)
{
    QSignalSpy sorted(m_proxy.get(), &RecordFilterProxyModel::sortFinished);
    m_proxy->sort(column, order);
    return m_proxy->isSorting() && sorted.count() == 0 && sorted.wait(kWaitMs)
        && sorted.count() == 1 && !m_proxy->isSorting();
}

QStringList TestBackgroundSort::column(int column) const
{
    QStringList values;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        values.append(m_proxy->index(row, column).data().toString());
    return values;
}

// The first two neighbours out of order, or nothing.
QString TestBackgroundSort::unsortedPair(int column, Qt::SortOrder order) const
{
    const QStringList values = this->column(column);
    for (qsizetype row = 1; row < values.size(); ++row) {
        const int byValue = NaturalOrder::compare(values.at(row - 1), values.at(row));
        if (order == Qt::AscendingOrder ? byValue > 0 : byValue < 0)
            return u"row %1: %2, then %3"_s.arg(row).arg(values.at(row - 1), values.at(row));
    }
    return {};
}

void TestBackgroundSort::appliesTheOrderOfASortAtOnce_data()
{
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    const Qt::SortOrder up = Qt::AscendingOrder, down = Qt::DescendingOrder;
    QTest::newRow("numbers by value") << QStringList { u"dispatch-100"_s, u"dispatch-8"_s,
        u"dispatch-20"_s } << up << QStringList { u"dispatch-8"_s, u"dispatch-20"_s,
        u"dispatch-100"_s };
    QTest::newRow("numbers by value, descending")
        << QStringList { u"dispatch-8"_s, u"dispatch-100"_s, u"alpha"_s } << down
        << QStringList { u"dispatch-100"_s, u"dispatch-8"_s, u"alpha"_s };
    QTest::newRow("case ignored") << QStringList { u"bob"_s, u"Carol"_s, u"alice"_s } << up
                                  << QStringList { u"alice"_s, u"bob"_s, u"Carol"_s };
    QTest::newRow("case, then leading zeros decide")
        << QStringList { u"alice"_s, u"line-08"_s, u"Alice"_s, u"line-8"_s } << up
        << QStringList { u"Alice"_s, u"alice"_s, u"line-8"_s, u"line-08"_s };
    QTest::newRow("empty first, digits before letters")
        << QStringList { u"a"_s, u"10"_s, QString(), u"9"_s } << up
        << QStringList { QString(), u"9"_s, u"10"_s, u"a"_s };
    QTest::newRow("equal values keep the table's order")
        << QStringList { u"x|first"_s, u"a|a"_s, u"x|second"_s, u"x|third"_s } << up
        << QStringList { u"a"_s, u"first"_s, u"second"_s, u"third"_s };
    QTest::newRow("equal values keep the table's order, descending too")
        << QStringList { u"x|first"_s, u"a|a"_s, u"x|second"_s, u"x|third"_s } << down
        << QStringList { u"first"_s, u"second"_s, u"third"_s, u"a"_s };
    QTest::newRow("same first eight bytes") << QStringList { u"reception-desk-20"_s,
        u"reception-desk-3"_s, u"reception-desk-100"_s } << up << QStringList {
        u"reception-desk-3"_s, u"reception-desk-20"_s, u"reception-desk-100"_s };
    QTest::newRow("numbers, not text") << QStringList { u"#10|ten"_s, u"#9|nine"_s,
        u"#100|hundred"_s } << up << QStringList { u"nine"_s, u"ten"_s, u"hundred"_s };
    QTest::newRow("non-ASCII letters after z")
        << QStringList { u"\u00e9mile"_s, u"zoe"_s, u"Emil"_s } << up
        << QStringList { u"Emil"_s, u"zoe"_s, u"\u00e9mile"_s };
}

void TestBackgroundSort::appliesTheOrderOfASortAtOnce()
{
    QFETCH(QStringList, rows);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    const std::unique_ptr<ValueTable> table = tableOf(rows);
    m_proxy->setSourceModel(table.get());
    const QStringList before = column(0);
    m_proxy->sort(0, order);
    QCOMPARE(m_proxy->sortColumn(), 0); // the header shows it at once
    QCOMPARE(column(0), before); // the rows, only when the sort is applied
    QSignalSpy sorted(m_proxy.get(), &RecordFilterProxyModel::sortFinished);
    QVERIFY(sorted.wait(kWaitMs));
    QCOMPARE(column(0), expected);

    RecordFilterProxyModel atOnce;
    atOnce.setSourceModel(table.get());
    atOnce.sort(0, order);
    QCOMPARE(sourceRowsOf(atOnce), sourceRowsOf(*m_proxy));
    m_proxy->setSourceModel(&m_endpoints);
}

void TestBackgroundSort::endpointsSortLikeASortAtOnce_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<Qt::SortOrder>("order");
    for (int column : { int(SipEndpointTableModel::Username), int(SipEndpointTableModel::CallerId),
             int(SipEndpointTableModel::Codecs), int(SipEndpointTableModel::Id) }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            QTest::addRow("column %d, %s", column, order == Qt::AscendingOrder ? "up" : "down")
                << column << order;
        }
    }
}

// The table reads the values on the pool thread from a copy of its rows.
void TestBackgroundSort::endpointsSortLikeASortAtOnce()
{
    QFETCH(int, sortColumn);
    QFETCH(Qt::SortOrder, order);
    QVERIFY(sortAndWait(sortColumn, order));
    QCOMPARE(unsortedPair(sortColumn, order), QString());
    RecordFilterProxyModel atOnce;
    atOnce.setSourceModel(&m_endpoints);
    atOnce.sort(sortColumn, order);
    QCOMPARE(sourceRowsOf(atOnce), sourceRowsOf(*m_proxy));
}

void TestBackgroundSort::theNewerSortWins()
{
    const int username = SipEndpointTableModel::Username, callerId = SipEndpointTableModel::CallerId;
    QSignalSpy sorted(m_proxy.get(), &RecordFilterProxyModel::sortFinished);
    m_proxy->sort(username, Qt::AscendingOrder);
    m_proxy->sort(callerId, Qt::DescendingOrder);
    // The first is dropped at once, whichever of the two would finish first.
    QCOMPARE(m_proxy->findChildren<RowSortJob *>().size(), 1);
    QCOMPARE(m_proxy->findChildren<RowSortJob *>().constFirst()->order(), Qt::DescendingOrder);
    QCOMPARE(m_proxy->sortColumn(), callerId);
    QCOMPARE(m_proxy->sortOrder(), Qt::DescendingOrder);
    QVERIFY(sorted.wait(kWaitMs));
    QTest::qWait(100); // time for a late answer of the first sort, which must not come
    QCOMPARE(sorted.count(), 1);
    QCOMPARE(unsortedPair(callerId, Qt::DescendingOrder), QString());
}

void TestBackgroundSort::rowsChangedMeanwhileFindTheirPlace_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<Qt::SortOrder>("order");
    for (const QString &change : { u"insert first"_s, u"insert last"_s, u"change"_s,
             u"remove"_s, u"all at once"_s }) {
        QTest::newRow(qPrintable(change)) << change << Qt::AscendingOrder;
        QTest::newRow(qPrintable(change + u", descending"_s)) << change << Qt::DescendingOrder;
    }
}

void TestBackgroundSort::rowsChangedMeanwhileFindTheirPlace()
{
    QFETCH(QString, change);
    QFETCH(Qt::SortOrder, order);
    const int username = SipEndpointTableModel::Username;
    const bool all = change == u"all at once"_s;
    const SipEndpoint changedBefore = m_endpoints.recordAt(150);
    const SipEndpoint removed = m_endpoints.recordAt(200);
    QSignalSpy sorted(m_proxy.get(), &RecordFilterProxyModel::sortFinished);
    m_proxy->sort(username, order);
    QVERIFY(m_proxy->isSorting());

    // While the pool thread sorts: nothing here returns to the event loop.
    QStringList expectedFirst, expectedLast; // by the ascending order
    SipEndpoint created = m_endpoints.recordAt(0);
    if (all || change == u"insert first"_s) {
        created.id = u"00000000-0000-4000-8000-0000000000a1"_s;
        created.username = u"0-inserted"_s;
        m_endpoints.upsert(created);
        expectedFirst.append(created.username);
    }
    if (all || change == u"insert last"_s) {
        created.id = u"00000000-0000-4000-8000-0000000000a2"_s;
        created.username = u"zzzz-inserted-10"_s;
        m_endpoints.upsert(created);
        expectedLast.append(created.username);
    }
    if (all || change == u"change"_s) {
        SipEndpoint changed = changedBefore;
        changed.username = u"zzzz-changed-9"_s; // before zzzz-inserted-10
        m_endpoints.upsert(changed);
        expectedLast.prepend(changed.username);
    }
    if (all || change == u"remove"_s)
        m_endpoints.removeId(removed.id);
    QCOMPARE(m_proxy->rowCount(), m_endpoints.rowCount());

    QVERIFY(sorted.wait(kWaitMs));
    QCOMPARE(m_proxy->rowCount(), m_endpoints.rowCount());
    QCOMPARE(unsortedPair(username, order), QString());
    QStringList names = column(username);
    if (order == Qt::DescendingOrder)
        std::reverse(names.begin(), names.end());
    QCOMPARE(names.mid(0, expectedFirst.size()), expectedFirst);
    QCOMPARE(names.mid(names.size() - expectedLast.size()), expectedLast);
    const bool removedShown = names.contains(removed.username);
    QCOMPARE(removedShown, !(all || change == u"remove"_s));

    // Back as it was, for the next test.
    m_endpoints.removeId(u"00000000-0000-4000-8000-0000000000a1"_s);
    m_endpoints.removeId(u"00000000-0000-4000-8000-0000000000a2"_s);
    m_endpoints.upsert(changedBefore);
    if (m_endpoints.rowForId(removed.id) < 0)
        m_endpoints.upsert(removed);
    QCOMPARE(m_endpoints.rowCount(), 300);
    QCOMPARE(unsortedPair(username, order), QString()); // and the proxy followed
}

void TestBackgroundSort::aResetDropsTheSort()
{
    SipEndpointTableModel endpoints;
    endpoints.setClient(m_client.get());
    endpoints.setPageSize(100);
    endpoints.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(endpoints.rowCount(), 300, kWaitMs);
    m_proxy->setSourceModel(&endpoints);
    QSignalSpy sorted(m_proxy.get(), &RecordFilterProxyModel::sortFinished);
    m_proxy->sort(SipEndpointTableModel::Username, Qt::AscendingOrder);
    endpoints.clear(); // the account switched: no rows, and nothing to apply
    QVERIFY(!m_proxy->isSorting());
    QCOMPARE(m_proxy->rowCount(), 0);
    QTest::qWait(100);
    QCOMPARE(sorted.count(), 0);
    QCOMPARE(m_proxy->rowCount(), 0);
    // The rows of the next load follow the sort asked for, as they come.
    endpoints.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(endpoints.rowCount(), 300, kWaitMs);
    QCOMPARE(m_proxy->rowCount(), 300);
    QCOMPARE(unsortedPair(SipEndpointTableModel::Username, Qt::AscendingOrder), QString());
}

void TestBackgroundSort::anotherSourceDropsTheSort()
{
    const std::unique_ptr<ValueTable> table = tableOf({ u"b"_s, u"c"_s, u"a"_s });
    QSignalSpy sorted(m_proxy.get(), &RecordFilterProxyModel::sortFinished);
    m_proxy->sort(SipEndpointTableModel::Username, Qt::DescendingOrder);
    m_proxy->setSourceModel(table.get()); // sorted anew, by the same column
    QVERIFY(sorted.wait(kWaitMs));
    QTest::qWait(100);
    QCOMPARE(sorted.count(), 1);
    QCOMPARE(column(0), (QStringList { u"c"_s, u"b"_s, u"a"_s }));
}

void TestBackgroundSort::aSearchStaysOn()
{
    const int username = SipEndpointTableModel::Username;
    m_proxy->setSearchText(u"a"_s);
    const int matching = m_proxy->rowCount();
    QVERIFY(matching > 10 && matching < 300);
    QVERIFY(sortAndWait(username, Qt::AscendingOrder));
    QCOMPARE(m_proxy->rowCount(), matching);
    QCOMPARE(unsortedPair(username, Qt::AscendingOrder), QString());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        QVERIFY(m_proxy->index(row, 0).data(PagedTableModel::SearchTextRole).toString().contains(u'a'));
    // Every row is sorted already: a new search filters, without a sort.
    m_proxy->setSearchText(QString());
    QVERIFY(!m_proxy->isSorting());
    QCOMPARE(m_proxy->rowCount(), 300);
    QCOMPARE(unsortedPair(username, Qt::AscendingOrder), QString());
}

QTEST_GUILESS_MAIN(TestBackgroundSort)
#include "tst_backgroundsort.moc"
