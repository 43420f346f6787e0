// The journal as the window shows it: newest first, filtered by account and day, the changes
// and outcomes in words, new entries as they come.

#include "journaltestentries.h"

#include "models/journal/journaltablemodel.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJournalTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void newestFirst();
    void filtersByAccountAndDay();
    void accountsInOrderOfAppearance();
    void changesInWords_data();
    void changesInWords();
    void outcomesWithTheMessage();
    void kindsAndActionsInWords();
    void anAppendedEntryShowsOnlyWhenItMatches();
};

static const QString kOtherAccount = u"AC00000000000000000000000000000002"_s;

static QList<JournalEntry> fourEntries()
{
    QList<JournalEntry> entries;
    for (int i = 0; i < 4; ++i) {
        JournalEntry entry = domainUpdate(i);
        if (i % 2 == 1) {
            entry.account = kOtherAccount;
            entry.profile = u"Beta"_s;
        }
        entry.time = QDateTime(QDate(2026, 11, i < 2 ? 29 : 30), QTime(12, i)).toUTC();
        entries.append(entry);
    }
    return entries;
}

static QStringList idsShown(const JournalTableModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(JournalTableModel::EntryRole).value<JournalEntry>()
                       .recordId);
    return ids;
}

static QString idOf(int index)
{
    return domainUpdate(index).recordId;
}

void TestJournalTableModel::newestFirst()
{
    JournalTableModel model;
    model.setEntries(fourEntries());
    QCOMPARE(idsShown(model), (QStringList { idOf(3), idOf(2), idOf(1), idOf(0) }));
    QCOMPARE(model.shownEntries(), fourEntries()); // oldest first, for an export
    QCOMPARE(model.columnCount(), int(JournalTableModel::ColumnCount));
    const QString time = model.index(0, JournalTableModel::Time).data().toString();
    QVERIFY2(time.contains(u"12:03"_s), qPrintable(time)); // local, as it was written
}

void TestJournalTableModel::filtersByAccountAndDay()
{
    JournalTableModel model;
    model.setEntries(fourEntries());
    model.setFilter(kOtherAccount, {});
    QCOMPARE(idsShown(model), (QStringList { idOf(3), idOf(1) }));
    model.setFilter({}, QDate(2026, 11, 30));
    QCOMPARE(idsShown(model), (QStringList { idOf(3), idOf(2) }));
    model.setFilter(kOtherAccount, QDate(2026, 11, 29));
    QCOMPARE(idsShown(model), QStringList { idOf(1) });
    QCOMPARE(model.shownEntries(), QList { fourEntries().at(1) });
    model.setFilter({}, {});
    QCOMPARE(model.rowCount(), 4);
}

void TestJournalTableModel::accountsInOrderOfAppearance()
{
    JournalTableModel model;
    model.setEntries(fourEntries());
    const auto accounts = model.accounts();
    QCOMPARE(accounts.size(), 2);
    QCOMPARE(accounts.at(0).account, domainUpdate().account);
    QVERIFY(accounts.at(0).label.contains(u"Acme (prod)"_s));
    QCOMPARE(accounts.at(1).account, kOtherAccount);
    QVERIFY(accounts.at(1).label.contains(u"Beta"_s));
}

void TestJournalTableModel::changesInWords_data()
{
    QTest::addColumn<QList<FieldChange>>("changes");
    QTest::addColumn<QString>("text");
    const QJsonValue none(QJsonValue::Undefined);
    QTest::newRow("update") << QList { FieldChange::of(u"friendly_name"_s, u"A"_s, u"B"_s) }
                            << u"Friendly name: A → B"_s;
    QTest::newRow("flag") << QList { FieldChange::of(u"sip_registration"_s, false, true) }
                          << u"SIP registration: Off → On"_s;
    QTest::newRow("cleared") << QList { FieldChange::of(u"voice_url"_s, u"https://a"_s, u""_s) }
                             << u"Voice URL: https://a → —"_s;
    QTest::newRow("password and name")
        << QList { FieldChange::of(u"friendly_name"_s, u"A"_s, u"B"_s),
               FieldChange::secretChanged(u"password"_s) }
        << u"Friendly name: A → B; Password: changed"_s;
    QTest::newRow("create") << QList { FieldChange::of(u"username"_s, none, u"alice"_s) }
                            << u"Username: alice"_s;
    QTest::newRow("unmapped")
        << QList { FieldChange::of(u"calls_credential_list_mappings"_s, u"Office (CL1)"_s, none) }
        << u"Calls credential list mappings: Office (CL1) removed"_s;
}

void TestJournalTableModel::changesInWords()
{
    QFETCH(QList<FieldChange>, changes);
    QFETCH(QString, text);
    JournalEntry entry = domainUpdate();
    entry.changes = changes;
    QCOMPARE(JournalTableModel::changesText(entry), text);
}

void TestJournalTableModel::outcomesWithTheMessage()
{
    JournalEntry entry = domainUpdate();
    QCOMPARE(JournalTableModel::outcomeText(entry), u"Done"_s);
    entry.outcome = JournalEntry::Outcome::Refused;
    entry.message = u"DomainName is already in use"_s;
    QCOMPARE(JournalTableModel::outcomeText(entry), u"Refused: DomainName is already in use"_s);
    entry.outcome = JournalEntry::Outcome::Unknown;
    entry.message = u"The connection closed."_s;
    QCOMPARE(JournalTableModel::outcomeText(entry), u"Outcome unknown: The connection closed."_s);
}

void TestJournalTableModel::kindsAndActionsInWords()
{
    QCOMPARE(JournalTableModel::kindText(u"sipDomains"_s), u"SIP domain"_s);
    QCOMPARE(JournalTableModel::kindText(u"sipCredentials"_s), u"credential"_s);
    QCOMPARE(JournalTableModel::kindText(u"futureKind"_s), u"futureKind"_s);
    QCOMPARE(JournalTableModel::actionText(JournalEntry::Action::Map), u"Add mapping"_s);
    QCOMPARE(JournalTableModel::actionText(JournalEntry::Action::Delete), u"Delete"_s);
    JournalTableModel model;
    model.setEntries({ domainUpdate(5) });
    QCOMPARE(model.index(0, JournalTableModel::Record).data().toString(),
        u"acme-5.sip.twilio.com (%1)"_s.arg(idOf(5)));
}

void TestJournalTableModel::anAppendedEntryShowsOnlyWhenItMatches()
{
    JournalTableModel model;
    model.setEntries(fourEntries());
    model.setFilter(kOtherAccount, {});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(domainUpdate(8)); // of the first account
    QCOMPARE(inserted.size(), 0);
    JournalEntry other = domainUpdate(9);
    other.account = kOtherAccount;
    model.append(other);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(idsShown(model).constFirst(), idOf(9));
    model.setFilter({}, {});
    QCOMPARE(model.rowCount(), 6); // the hidden one was kept
}

QTEST_GUILESS_MAIN(TestJournalTableModel)
#include "tst_journaltablemodel.moc"
