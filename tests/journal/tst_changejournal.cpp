#include "journaltestentries.h"

#include "models/journal/changejournal.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestChangeJournal : public QObject
{
    Q_OBJECT

private slots:
    void entriesSurviveANewInstance();
    void appendAnnouncesTheEntry();
    void onlyTheUserMayReadTheFile();
    void noSecretValueReachesTheFile();
    void theOldestEntriesGoPastTheLimit();
    void anEntryOverTheLimitAloneIsKept();
    void damagedLinesAreSkippedAndCounted();
    void aMissingFileIsAnEmptyJournal();
    void anUnwritableFileSaysWhy();
    void filtered_data();
    void filtered();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }
};

void TestChangeJournal::entriesSurviveANewInstance()
{
    {
        ChangeJournal journal(path("survive.jsonl"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(journal.append(domainUpdate(i)));
    }
    const ChangeJournal reopened(path("survive.jsonl"));
    const auto contents = reopened.read();
    QCOMPARE(contents.damagedLines, 0);
    QCOMPARE(contents.entries, (QList { domainUpdate(0), domainUpdate(1), domainUpdate(2) }));
}

void TestChangeJournal::appendAnnouncesTheEntry()
{
    ChangeJournal journal(path("announce.jsonl"));
    QSignalSpy appended(&journal, &ChangeJournal::appended);
    journal.append(domainUpdate(7));
    QCOMPARE(appended.size(), 1);
    QCOMPARE(appended.at(0).at(0).value<JournalEntry>(), domainUpdate(7));
}

void TestChangeJournal::onlyTheUserMayReadTheFile()
{
    ChangeJournal journal(path("permissions.jsonl"));
    journal.append(domainUpdate());
    const QFileDevice::Permissions permissions = QFile::permissions(journal.path());
    QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther
        | QFileDevice::ExeOther;
    QCOMPARE(permissions & others, QFileDevice::Permissions());
}

void TestChangeJournal::noSecretValueReachesTheFile()
{
    const QString oldSecret = u"Old-Secret-4821"_s;
    const QString newSecret = u"New-Secret-9377"_s;
    ChangeJournal journal(path("secrets.jsonl"));
    JournalEntry credential = domainUpdate();
    credential.kind = u"sip-credentials"_s;
    credential.changes = { FieldChange::of(u"Password"_s, oldSecret, newSecret),
        FieldChange::of(u"password"_s, oldSecret, newSecret),
        FieldChange::of(u"auth_token"_s, oldSecret, newSecret) };
    QVERIFY(journal.append(credential));
    QFile file(journal.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Password"));
    QVERIFY(!bytes.contains(oldSecret.toUtf8()));
    QVERIFY(!bytes.contains(newSecret.toUtf8()));
}

void TestChangeJournal::theOldestEntriesGoPastTheLimit()
{
    const qint64 limit = 4000;
    ChangeJournal journal(path("limit.jsonl"), limit);
    for (int i = 0; i < 60; ++i) {
        QVERIFY(journal.append(domainUpdate(i)));
        QVERIFY(QFileInfo(journal.path()).size() <= limit);
    }
    const auto entries = journal.read().entries;
    QVERIFY(entries.size() > 3);
    QVERIFY(entries.size() < 60);
    QCOMPARE(entries.last(), domainUpdate(59));
    // Newest kept, in order, with no gap.
    for (qsizetype i = 0; i < entries.size(); ++i)
        QCOMPARE(entries.at(i), domainUpdate(int(60 - entries.size() + i)));
}

void TestChangeJournal::anEntryOverTheLimitAloneIsKept()
{
    ChangeJournal journal(path("tiny.jsonl"), 100);
    journal.append(domainUpdate(1));
    journal.append(domainUpdate(2));
    QCOMPARE(journal.read().entries, QList { domainUpdate(2) });
}

void TestChangeJournal::damagedLinesAreSkippedAndCounted()
{
    ChangeJournal journal(path("damaged.jsonl"));
    journal.append(domainUpdate(1));
    {
        QFile file(journal.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"time\": \"not a time\"}\n[1,2]\nnot json at all\n\n{\"trunc");
        file.write("\n");
    }
    journal.append(domainUpdate(2));
    const auto contents = journal.read();
    QCOMPARE(contents.entries, (QList { domainUpdate(1), domainUpdate(2) }));
    QCOMPARE(contents.damagedLines, 4);
}

void TestChangeJournal::aMissingFileIsAnEmptyJournal()
{
    const ChangeJournal journal(path("never-written.jsonl"));
    const auto contents = journal.read();
    QVERIFY(contents.entries.isEmpty());
    QCOMPARE(contents.damagedLines, 0);
}

void TestChangeJournal::anUnwritableFileSaysWhy()
{
    // A directory where the file should be.
    QVERIFY(QDir(m_dir.path()).mkpath(u"blocked.jsonl"_s));
    ChangeJournal journal(path("blocked.jsonl"));
    QSignalSpy appended(&journal, &ChangeJournal::appended);
    QString error;
    QVERIFY(!journal.append(domainUpdate(), &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(appended.size(), 1);
}

void TestChangeJournal::filtered_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QList<int>>("expected");
    QTest::newRow("all") << QString() << QDate() << QList { 0, 1, 2, 3 };
    QTest::newRow("one account") << u"AC00000000000000000000000000000002"_s << QDate()
                                 << QList { 1, 3 };
    QTest::newRow("one day") << QString() << QDate(2026, 11, 29) << QList { 2, 3 };
    QTest::newRow("account and day")
        << u"AC00000000000000000000000000000002"_s << QDate(2026, 11, 29) << QList { 3 };
    QTest::newRow("nothing") << u"AC99999999999999999999999999999999"_s << QDate() << QList<int>();
}

void TestChangeJournal::filtered()
{
    QFETCH(QString, account);
    QFETCH(QDate, day);
    QFETCH(QList<int>, expected);
    QList<JournalEntry> entries;
    for (int i = 0; i < 4; ++i) {
        JournalEntry entry = domainUpdate(i);
        if (i % 2 == 1)
            entry.account = u"AC00000000000000000000000000000002"_s;
        // Noon local time, so that the day does not depend on the machine's time zone.
        entry.time = QDateTime(QDate(2026, 11, i < 2 ? 30 : 29), QTime(12, 0)).toUTC();
        entries.append(entry);
    }
    QList<int> indexes;
    for (const JournalEntry &entry : ChangeJournal::filtered(entries, account, day))
        indexes.append(int(entries.indexOf(entry)));
    QCOMPARE(indexes, expected);
}

QTEST_GUILESS_MAIN(TestChangeJournal)
#include "tst_changejournal.moc"
