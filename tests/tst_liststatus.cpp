// The status line of a list page, for every state of the list.

#include "models/lists/liststatus.h"

#include <QTest>

using namespace Qt::StringLiterals;
using State = PagedTableModel::State;

class TestListStatus : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
};

void TestListStatus::text_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<int>("loaded");
    QTest::addColumn<int>("shown");
    QTest::addColumn<bool>("hasMore");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nothing yet") << State::Empty << 0 << 0 << false << QString();
    QTest::newRow("first page loading") << State::Loading << 0 << 0 << false << u"Loading…"_s;
    QTest::newRow("more loading") << State::Loading << 7 << 7 << true
                                  << u"7 records loaded, loading more…"_s;
    QTest::newRow("failed after some")
        << State::Failed << 7 << 7 << true
        << u"7 records loaded, then loading failed: Timed out (F5 tries again)"_s;
    QTest::newRow("failed before any") << State::Failed << 0 << 0 << false << QString();
    QTest::newRow("cancelled") << State::Cancelled << 7 << 7 << true
                               << u"7 records loaded; stopped before the end (F5 loads again)"_s;
    QTest::newRow("a page of several")
        << State::Loaded << 7 << 7 << true
        << u"7 records loaded, more on the service: scroll down to load more"_s;
    QTest::newRow("all loaded") << State::Loaded << 7 << 7 << false << u"7 records"_s;
    QTest::newRow("filtered") << State::Loaded << 7 << 2 << false << u"2 shown of 7 records"_s;
    QTest::newRow("filtered while loading")
        << State::Loading << 7 << 0 << true << u"0 shown of 7 records loaded, loading more…"_s;
}

void TestListStatus::text()
{
    QFETCH(State, state);
    QFETCH(int, loaded);
    QFETCH(int, shown);
    QFETCH(bool, hasMore);
    const QString count = u"%1 records"_s.arg(loaded);
    QTEST(ListStatus::text(state, loaded, shown, hasMore, count, u"Timed out"_s), "expected");
}

QTEST_GUILESS_MAIN(TestListStatus)
#include "tst_liststatus.moc"
