// The search text of every row in one buffer: each row reads back as it
// was stored, through inserts, changes and removals, and a search finds
// exactly the rows whose own text contains the needle.

#include "models/lists/searchtextstore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSearchTextStore : public QObject
{
    Q_OBJECT

private slots:
    void findsTheRowsThatContainTheNeedle_data();
    void findsTheRowsThatContainTheNeedle();
    void followsInsertsChangesAndRemovals();
};

namespace {

QList<bool> containing(const QList<QByteArray> &texts, const QByteArray &needle)
{
    QList<bool> rows;
    for (const QByteArray &text : texts)
        rows.append(text.contains(needle));
    return rows;
}

SearchTextStore storeOf(const QList<QByteArray> &texts)
{
    SearchTextStore store;
    for (const QByteArray &text : texts)
        store.append(text);
    return store;
}

} // namespace

void TestSearchTextStore::findsTheRowsThatContainTheNeedle_data()
{
    QTest::addColumn<QList<QByteArray>>("texts");
    QTest::addColumn<QByteArray>("needle");
    QTest::addColumn<QList<bool>>("expected");
    const QList<QByteArray> names { "alice smith", "bob", "", "zo\xc3\xab m\xc3\xbcller", "alice" };
    QTest::newRow("some rows") << names << QByteArray("alice")
                               << QList<bool> { true, false, false, false, true };
    QTest::newRow("empty needle: every row")
        << names << QByteArray() << QList<bool> { true, true, true, true, true };
    QTest::newRow("multibyte letter") << names << QByteArray("zo\xc3\xab")
                                      << QList<bool> { false, false, false, true, false };
    QTest::newRow("no match in the plain letter")
        << names << QByteArray("zoe") << QList<bool> { false, false, false, false, false };
    QTest::newRow("never across rows")
        << QList<QByteArray> { "ab", "cd" } << QByteArray("bc") << QList<bool> { false, false };
    QTest::newRow("never across rows, with a newline")
        << QList<QByteArray> { "a\n", "b" } << QByteArray("\nb") << QList<bool> { false, false };
    QTest::newRow("the whole text, last row")
        << QList<QByteArray> { "x", "xyz" } << QByteArray("xyz") << QList<bool> { false, true };
    QTest::newRow("many matches in one row")
        << QList<QByteArray> { "aaaa", "b", "aa" } << QByteArray("a")
        << QList<bool> { true, false, true };
    QTest::newRow("no rows") << QList<QByteArray>() << QByteArray("a") << QList<bool>();
}

void TestSearchTextStore::findsTheRowsThatContainTheNeedle()
{
    QFETCH(QList<QByteArray>, texts);
    QFETCH(QByteArray, needle);
    QFETCH(QList<bool>, expected);
    const SearchTextStore store = storeOf(texts);
    QCOMPARE(store.rowsContaining(QByteArrayMatcher(needle)), expected);
    QCOMPARE(containing(texts, needle), expected); // what a search of each row finds
}

// Random edits against a plain list of texts, the same seed every run.
void TestSearchTextStore::followsInsertsChangesAndRemovals()
{
    const QList<QByteArray> pool { "", "a", "alice", "b\xc3\xb6rje", "\xe6\x9d\xb1\xe4\xba\xac",
        "reception-12", "line\nbreak", "zo\xc3\xab", "aa" };
    const QList<QByteArray> needles { "a", "li", "\xc3\xb6", "\xe4\xba", "-1", "\n", "aa", "e" };
    QRandomGenerator random(16);
    QList<QByteArray> texts;
    SearchTextStore store;
    for (int step = 0; step < 600; ++step) {
        const QByteArray text = pool.at(random.bounded(int(pool.size())));
        const int choice = texts.isEmpty() ? 0 : random.bounded(4);
        const int row = texts.isEmpty() ? 0 : random.bounded(int(texts.size()));
        if (choice == 0) {
            store.append(text);
            texts.append(text);
        } else if (choice == 1) {
            store.insert(row, text);
            texts.insert(row, text);
        } else if (choice == 2) {
            store.replace(row, text);
            texts[row] = text;
        } else {
            store.remove(row);
            texts.removeAt(row);
        }
        QCOMPARE(store.size(), texts.size());
        for (qsizetype at = 0; at < texts.size(); ++at)
            QCOMPARE(store.at(at).toByteArray(), texts.at(at));
        const QByteArray needle = needles.at(step % needles.size());
        QCOMPARE(store.rowsContaining(QByteArrayMatcher(needle)), containing(texts, needle));
    }
    store.clear();
    QCOMPARE(store.size(), 0);
    QCOMPARE(store.rowsContaining(QByteArrayMatcher(QByteArray("a"))), QList<bool>());
}

QTEST_GUILESS_MAIN(TestSearchTextStore)
#include "tst_searchtextstore.moc"
