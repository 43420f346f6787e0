// Search, quick filters and sorting over the endpoint table, and CSV export
// of what the filtered view shows.

#include "models/lists/csvexport.h"
#include "models/lists/naturalorder.h"
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

namespace {

QByteArray keyOf(const QString &text)
{
    QByteArray key;
    NaturalOrder::appendKey(text, key);
    return key;
}

} // namespace

class TestRecordFilterProxyModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void endpointsAreNewestFirstAndInsertAtTheTop();
    void searchMatchesUsernameCallerIdAndId();
    void searchMatchesAsTheLowerCaseText_data();
    void searchMatchesAsTheLowerCaseText();
    void roleFilterKeepsOneCallHandler();
    void naturalOrder_data();
    void naturalOrder();
    void naturalOrderKeyAgrees();
    void sortsByAnyColumn();
    void sortedRowsFollowInsertsAndChanges();
    void aChangeRightAfterASortMovesItsRow();
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

void TestRecordFilterProxyModel::searchMatchesAsTheLowerCaseText_data()
{
    QTest::addColumn<QString>("needle");
    for (const QString &needle : { u"ali"_s, u"ALI"_s, u"Zoë"_s, u"MÜLLER"_s, u"ö"_s, u"o'b"_s,
             u" front desk "_s, u"-4"_s, u"0"_s, u"e\nd"_s, u"\n"_s, u"x"_s })
        QTest::newRow(qPrintable(needle)) << needle;
}

// The table keeps the search text in UTF-8: it must find what the text
// itself, lower-cased, contains.
void TestRecordFilterProxyModel::searchMatchesAsTheLowerCaseText()
{
    QFETCH(QString, needle);
    const QString lowered = needle.trimmed().toLower();
    int expected = 0;
    for (int row = 0; row < m_model.rowCount(); ++row)
        expected += lowered.isEmpty()
            || SipEndpointKind::searchText(m_model.recordAt(row)).contains(lowered);
    m_proxy.setSearchText(needle);
    QCOMPARE(m_proxy.rowCount(), expected);
    m_proxy.setSearchText(QString());
}

void TestRecordFilterProxyModel::roleFilterKeepsOneCallHandler()
{
    int expected = 0;
    for (const CompactSipEndpoint &endpoint : m_model.records())
        expected += endpoint.callHandler() == u"laml_webhooks"_s;
    QVERIFY(expected > 0);
    m_proxy.setRoleFilter(SipEndpointTableModel::CallHandlerRole, u"laml_webhooks"_s);
    QCOMPARE(m_proxy.rowCount(), expected);
    m_proxy.setSearchText(u"zzzz-not-there"_s);
    QCOMPARE(m_proxy.rowCount(), 0);
    m_proxy.setSearchText(QString());
    m_proxy.setRoleFilter(SipEndpointTableModel::CallHandlerRole, QVariant());
    QCOMPARE(m_proxy.rowCount(), 300);
}

void TestRecordFilterProxyModel::naturalOrder_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("numbers by value") << u"dispatch-8"_s << u"dispatch-100"_s;
    QTest::newRow("numbers by value, same length") << u"dispatch-18"_s << u"dispatch-21"_s;
    QTest::newRow("number inside") << u"a2b"_s << u"a10a"_s;
    QTest::newRow("case ignored") << u"alice"_s << u"Bob"_s;
    QTest::newRow("case ignored, upper") << u"ALICE"_s << u"bob"_s;
    QTest::newRow("equal but case: upper first") << u"Alice"_s << u"alice"_s;
    QTest::newRow("equal value: fewer zeros first") << u"line-8"_s << u"line-08"_s;
    QTest::newRow("zeros do not outweigh value") << u"line-09"_s << u"line-10"_s;
    QTest::newRow("prefix first") << u"front"_s << u"front-desk"_s;
    QTest::newRow("empty first") << QString() << u"a"_s;
    QTest::newRow("punctuation before digits") << u"a-b"_s << u"a1"_s;
    QTest::newRow("digits before letters") << u"a9"_s << u"aa"_s;
    QTest::newRow("underscore before letters") << u"a_z"_s << u"ab"_s;
    QTest::newRow("long numbers") << u"n99999999999999999999"_s << u"n100000000000000000000"_s;
    QTest::newRow("accented letters case-folded") << u"émile"_s << u"ÉMILE2"_s;
    QTest::newRow("uuid digits") << u"0000000a-0000"_s << u"0000000b-0000"_s;
    QTest::newRow("difference after 16 characters")
        << u"reception-desk-north-1"_s << u"reception-desk-north-2"_s;
    QTest::newRow("number longer than 15 digits")
        << u"n1234567890123456"_s << u"n1234567890123457"_s;
    QTest::newRow("non-ASCII letter after ASCII letters") << u"zoe"_s << u"\u00e9mile"_s;
    QTest::newRow("non-ASCII punctuation before digits") << u"a\u00a7"_s << u"a0"_s;
    QTest::newRow("control character first") << u"a\u0001"_s << u"a "_s;
    QTest::newRow("tilde before digits") << u"a~"_s << u"a0"_s;
}

void TestRecordFilterProxyModel::naturalOrder()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY(NaturalOrder::compare(before, after) < 0);
    QVERIFY(NaturalOrder::compare(after, before) > 0);
    QCOMPARE(NaturalOrder::compare(before, before), 0);
    QCOMPARE(NaturalOrder::compare(after, after), 0);
    // The key a sort compares first may leave the decision to compare()
    // (equal keys), but never contradicts it.
    QVERIFY(keyOf(before) <= keyOf(after));
}

// Every pair of a mixed set: the byte key agrees with compare() wherever
// it decides, and only a difference in case or leading zeros leaves the
// decision to compare().
void TestRecordFilterProxyModel::naturalOrderKeyAgrees()
{
    const QStringList texts { QString(), u"a"_s, u"A"_s, u"a0"_s, u"a00"_s, u"a1"_s, u"a01"_s,
        u"a9"_s, u"a10"_s, u"a-b"_s, u"a_b"_s, u"a b"_s, u"a~"_s, u"ab"_s, u"aB"_s, u"b"_s,
        u"dispatch-8"_s, u"dispatch-100"_s, u"Dispatch-08"_s, u"front-desk-12"_s,
        u"front-desk-north-wing-12"_s, u"front-desk-north-wing-2"_s, u"\u00e9mile"_s, u"emile"_s,
        u"\u00c9MILE"_s, u"zo\u00eb"_s, u"zoe"_s, u"9"_s, u"10"_s, u"0"_s, u"-"_s, u"@"_s,
        u"["_s, u"{"_s, u"a\u00a7"_s, u"a\u2014b"_s, u"\u212a"_s, u"k"_s, u"\u00b2"_s,
        u"x1234567890123456789"_s, u"x1234567890123456788"_s, u"n"_s + QString(300, u'7'),
        u"n"_s + QString(299, u'9'), u"\u6771\u4eac"_s, u"\U0001F600"_s };
    for (const QString &a : texts) {
        for (const QString &b : texts) {
            const int full = NaturalOrder::compare(a, b);
            QCOMPARE(NaturalOrder::compare(b, a) > 0, full < 0); // antisymmetric
            const QByteArray keyA = keyOf(a), keyB = keyOf(b);
            const QString pair = u"%1 vs %2"_s.arg(a.left(20), b.left(20));
            if (keyA != keyB)
                QVERIFY2((keyA < keyB) == (full < 0), qPrintable(pair));
            else
                QVERIFY2(a.toCaseFolded().remove(u'0') == b.toCaseFolded().remove(u'0'),
                    qPrintable(pair));
        }
    }
}

void TestRecordFilterProxyModel::sortsByAnyColumn()
{
    for (int column = 0; column < SipEndpointTableModel::ColumnCount; ++column) {
        m_proxy.sort(column, Qt::AscendingOrder);
        for (int row = 1; row < m_proxy.rowCount(); ++row) {
            const QString previous = m_proxy.index(row - 1, column).data().toString();
            const QString current = m_proxy.index(row, column).data().toString();
            QVERIFY2(NaturalOrder::compare(previous, current) <= 0,
                qPrintable(u"column %1: %2 > %3"_s.arg(column).arg(previous, current)));
        }
    }
    m_proxy.sort(-1);
}

// The proxy keeps each row's sort value once read; rows inserted, changed
// and removed after a sort must still land where their values say.
void TestRecordFilterProxyModel::sortedRowsFollowInsertsAndChanges()
{
    const int username = SipEndpointTableModel::Username;
    auto verifySorted = [&] {
        for (int row = 1; row < m_proxy.rowCount(); ++row) {
            const QString previous = m_proxy.index(row - 1, username).data().toString();
            const QString current = m_proxy.index(row, username).data().toString();
            if (NaturalOrder::compare(previous, current) > 0)
                return u"row %1: %2 > %3"_s.arg(row).arg(previous, current);
        }
        return QString();
    };
    m_proxy.sort(username, Qt::AscendingOrder);
    QCOMPARE(verifySorted(), QString());

    SipEndpoint first = m_model.recordAt(0);
    const SipEndpoint firstBefore = first;
    // Inserted at the model's top (newest first), sorted to the end.
    SipEndpoint created = first;
    created.id = u"00000000-0000-4000-8000-000000000002"_s;
    created.username = u"zzz-9"_s;
    m_model.upsert(created);
    QCOMPARE(m_model.recordAt(0).id, created.id);
    QCOMPARE(verifySorted(), QString());
    QCOMPARE(m_proxy.index(m_proxy.rowCount() - 1, username).data().toString(), created.username);

    // A changed value moves its row; the rows below it keep theirs.
    first.username = u"0-first"_s;
    m_model.upsert(first);
    QCOMPARE(verifySorted(), QString());
    QCOMPARE(m_proxy.index(0, username).data().toString(), first.username);
    created.username = u"zzz-10"_s;
    m_model.upsert(created);
    QCOMPARE(verifySorted(), QString());
    QCOMPARE(m_proxy.index(m_proxy.rowCount() - 1, username).data().toString(), created.username);

    // Removed at the top, then the next insert sorts by its own value.
    m_model.removeId(created.id);
    created.id = u"00000000-0000-4000-8000-000000000003"_s;
    created.username = u"0-0"_s;
    m_model.upsert(created);
    QCOMPARE(verifySorted(), QString());
    QCOMPARE(m_proxy.index(0, username).data().toString(), created.username);

    m_model.removeId(created.id);
    m_model.upsert(firstBefore);
    QCOMPARE(m_model.rowCount(), 300);
    QCOMPARE(verifySorted(), QString());
    m_proxy.sort(-1);
}

// sort() ranks every row once; the first change after it must not be
// placed by its old rank.
void TestRecordFilterProxyModel::aChangeRightAfterASortMovesItsRow()
{
    const int username = SipEndpointTableModel::Username;
    m_proxy.sort(username, Qt::AscendingOrder);
    SipEndpoint changed = m_model.recordAt(150);
    const SipEndpoint before = changed;
    changed.username = u"0-right-after"_s;
    m_model.upsert(changed);
    QCOMPARE(m_proxy.index(0, username).data().toString(), changed.username);
    changed.username = u"zzzz-right-after"_s;
    m_model.upsert(changed);
    QCOMPARE(m_proxy.index(m_proxy.rowCount() - 1, username).data().toString(), changed.username);
    m_model.upsert(before);
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
