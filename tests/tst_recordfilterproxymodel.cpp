// Search, quick filters and sorting over the endpoint table, and CSV export
// of what the filtered view shows.

#include "models/lists/csvexport.h"
#include "models/lists/recordfilterproxymodel.h"
#include "models/lists/sipendpointtablemodel.h"
#include "sandbox/democredentials.h"
#include "sandbox/sandboxserver.h"
#include "tests/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DemoCredentials;

class TestRecordFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endpointsAreNewestFirstAndInsertAtTheTop();
    void searchMatchesUsernameCallerIdAndId();
    void roleFilterKeepsOneCallHandler();
    void sortsByAnyColumn();
    void csvField_data();
    void csvField();
    void csvOfTheFilteredView();

private:
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<SignalWireSipEndpointsClient> m_client;
    SipEndpointTableModel m_model;
    RecordFilterProxyModel m_proxy;
};

void TestRecordFilterProxyModel::initTestCase()
{
    m_server = SandboxFixture::start(0, 300);
    QVERIFY(m_server);
    m_client = std::make_unique<SignalWireSipEndpointsClient>(
        &m_network, SandboxFixture::signalWire(*m_server));
    m_model.setClient(m_client.get());
    m_model.setPageSize(100);
    m_proxy.setSourceModel(&m_model);
    new QAbstractItemModelTester(
        &m_proxy, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    new QAbstractItemModelTester(
        &m_model, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    m_model.loadAll();
    QTRY_COMPARE_WITH_TIMEOUT(m_model.rowCount(), 300, 10000);
    QCOMPARE(m_proxy.rowCount(), 300);
}

void TestRecordFilterProxyModel::endpointsAreNewestFirstAndInsertAtTheTop()
{
    SipEndpoint created = m_model.recordAt(0);
    created.id = u"00000000-0000-4000-8000-000000000001"_s;
    created.username = u"brand-new"_s;
    m_model.upsert(created);
    QCOMPARE(m_model.recordAt(0).id, created.id);
    QCOMPARE(m_proxy.rowCount(), 301);
    m_model.removeId(created.id);
    QCOMPARE(m_model.rowCount(), 300);
}

void TestRecordFilterProxyModel::searchMatchesUsernameCallerIdAndId()
{
    const SipEndpoint &target = m_model.recordAt(137);
    for (const QString &needle :
        { target.username.toUpper(), target.id.mid(9, 9), u"  "_s + target.username + u" "_s }) {
        m_proxy.setSearchText(needle);
        QVERIFY2(m_proxy.rowCount() >= 1, qPrintable(needle));
        bool found = false;
        for (int row = 0; row < m_proxy.rowCount(); ++row)
            found |= m_proxy.index(row, 0).data(PagedTableModel::IdRole).toString() == target.id;
        QVERIFY2(found, qPrintable(needle));
    }
    m_proxy.setSearchText(u"no such endpoint anywhere"_s);
    QCOMPARE(m_proxy.rowCount(), 0);
    m_proxy.setSearchText(QString());
    QCOMPARE(m_proxy.rowCount(), 300);
}

void TestRecordFilterProxyModel::roleFilterKeepsOneCallHandler()
{
    int expected = 0;
    for (const SipEndpoint &endpoint : m_model.records())
        expected += endpoint.callHandler == u"laml_webhooks"_s;
    QVERIFY(expected > 0);
    m_proxy.setRoleFilter(SipEndpointTableModel::CallHandlerRole, u"laml_webhooks"_s);
    QCOMPARE(m_proxy.rowCount(), expected);
    m_proxy.setSearchText(u"zzzz-not-there"_s);
    QCOMPARE(m_proxy.rowCount(), 0);
    m_proxy.setSearchText(QString());
    m_proxy.setRoleFilter(SipEndpointTableModel::CallHandlerRole, QVariant());
    QCOMPARE(m_proxy.rowCount(), 300);
}

void TestRecordFilterProxyModel::sortsByAnyColumn()
{
    for (int column = 0; column < SipEndpointTableModel::ColumnCount; ++column) {
        m_proxy.sort(column, Qt::AscendingOrder);
        for (int row = 1; row < m_proxy.rowCount(); ++row) {
            const QString previous = m_proxy.index(row - 1, column).data().toString();
            const QString current = m_proxy.index(row, column).data().toString();
            QVERIFY2(QString::localeAwareCompare(previous.toLower(), current.toLower()) <= 0
                    || previous.compare(current, Qt::CaseInsensitive) <= 0,
                qPrintable(u"column %1: %2 > %3"_s.arg(column).arg(previous, current)));
        }
    }
    m_proxy.sort(-1);
}

void TestRecordFilterProxyModel::csvField_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("plain") << u"alice"_s << QByteArray("alice");
    QTest::newRow("comma") << u"a,b"_s << QByteArray("\"a,b\"");
    QTest::newRow("quote") << u"say \"hi\""_s << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << u"line1\nline2"_s << QByteArray("\"line1\nline2\"");
    QTest::newRow("carriage return") << u"a\rb"_s << QByteArray("\"a\rb\"");
    QTest::newRow("unicode") << u"Zürich 東京"_s << u"Zürich 東京"_s.toUtf8();
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("spaces kept") << u" padded "_s << QByteArray(" padded ");
    // Formula injection (OWASP): a leading ' keeps the cell text, and quotes.
    QTest::newRow("formula =") << u"=HYPERLINK(\"http://x\",\"y\")"_s
                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("formula +") << u"+1+2"_s << QByteArray("\"'+1+2\"");
    QTest::newRow("formula -") << u"-2+3"_s << QByteArray("\"'-2+3\"");
    QTest::newRow("formula @") << u"@SUM(A1)"_s << QByteArray("\"'@SUM(A1)\"");
    QTest::newRow("formula tab") << u"\t=1"_s << QByteArray("\"'\t=1\"");
    QTest::newRow("formula CR") << u"\r=1"_s << QByteArray("\"'\r=1\"");
    QTest::newRow("formula with comma") << u"=1,2"_s << QByteArray("\"'=1,2\"");
    QTest::newRow("= inside is text") << u"a=b"_s << QByteArray("a=b");
    QTest::newRow("@ inside is text")
        << u"sip:alice@example.com"_s << QByteArray("sip:alice@example.com");
}

void TestRecordFilterProxyModel::csvField()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, csv);
    QCOMPARE(CsvExport::field(text), csv);
}

void TestRecordFilterProxyModel::csvOfTheFilteredView()
{
    m_proxy.setRoleFilter(SipEndpointTableModel::CallHandlerRole, u"dialogflow"_s);
    const QByteArray csv = CsvExport::toCsv(
        m_proxy, { SipEndpointTableModel::Username, SipEndpointTableModel::Codecs });
    // Exactly the rows the filtered view shows, in its order; usernames
    // need no quoting, codec lists hold ", " and so are quoted.
    QByteArray expected = "Username,Codecs\r\n";
    int quoted = 0;
    for (int row = 0; row < m_proxy.rowCount(); ++row) {
        const QString username =
            m_proxy.index(row, SipEndpointTableModel::Username).data().toString();
        const QString codecs = m_proxy.index(row, SipEndpointTableModel::Codecs).data().toString();
        QVERIFY(!username.isEmpty() && !username.contains(u',') && !username.contains(u'"'));
        QVERIFY(!codecs.contains(u'"'));
        const bool needsQuotes = codecs.contains(u',');
        quoted += needsQuotes ? 1 : 0;
        expected += username.toUtf8() + ','
            + (needsQuotes ? '"' + codecs.toUtf8() + '"' : codecs.toUtf8()) + "\r\n";
    }
    const int filteredRows = m_proxy.rowCount();
    m_proxy.setRoleFilter(SipEndpointTableModel::CallHandlerRole, QVariant());
    QVERIFY(filteredRows > 1 && filteredRows < m_proxy.rowCount());
    QVERIFY(quoted > 0);
    QCOMPARE(csv, expected);
}

QTEST_GUILESS_MAIN(TestRecordFilterProxyModel)
#include "tst_recordfilterproxymodel.moc"
