// View › Journal: one window, opened from the menu's shortcut; newest first, following new
// entries; filtered by account and day from the keyboard; the shown entries exported as CSV
// and JSON; damaged lines and an unwritable file said.

#include "journaltestentries.h"

#include "models/journal/changejournal.h"
#include "models/journal/journaltablemodel.h"
#include "views/journal/journalwindow.h"
#include "views/mainwindow.h"
#include "views/widgets/messagebar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJournalWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void opensOnceFromTheViewMenu();
    void newestFirstAndFollowsNewEntries();
    void filtersByAccountFromTheKeyboard();
    void filtersByDay();
    void exportsWhatIsShown_data();
    void exportsWhatIsShown();
    void damagedLinesAreSaid();
    void anUnwritableFileIsSaid();

private:
    static QString otherAccount() { return u"AC00000000000000000000000000000002"_s; }
    // Two accounts on two days: 0 and 2 the first account, 1 and 3 the other; 0 and 1 the
    // day before.
    void appendFour();
    QStringList idsShown() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
    std::unique_ptr<JournalWindow> m_window;
};

void TestJournalWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestJournalWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<ChangeJournal>(m_dir->filePath(u"journal.jsonl"_s));
}

void TestJournalWindow::cleanup()
{
    m_window.reset();
    m_journal.reset();
    m_dir.reset();
}

void TestJournalWindow::appendFour()
{
    const QDate today = QDate::currentDate();
    for (int i = 0; i < 4; ++i) {
        JournalEntry entry = domainUpdate(i);
        if (i % 2 == 1) {
            entry.account = otherAccount();
            entry.profile = u"Beta"_s;
        }
        entry.time = QDateTime(i < 2 ? today.addDays(-1) : today, QTime(10, i)).toUTC();
        QVERIFY(m_journal->append(entry));
    }
}

QStringList TestJournalWindow::idsShown() const
{
    QStringList ids;
    const QAbstractItemModel *model = m_window->table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        ids.append(model->index(row, 0).data(JournalTableModel::EntryRole)
                       .value<JournalEntry>()
                       .recordId);
    return ids;
}

static QString idOf(int index)
{
    return domainUpdate(index).recordId;
}

void TestJournalWindow::opensOnceFromTheViewMenu()
{
    MainWindow main;
    main.setJournal(m_journal.get());
    main.show();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    QCOMPARE(main.findChildren<JournalWindow *>().size(), 0);
    QTest::keyClick(&main, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    auto *journal = main.findChild<JournalWindow *>();
    QVERIFY(journal);
    QVERIFY(QTest::qWaitForWindowExposed(journal));
    QVERIFY(journal->isWindow());
    QVERIFY(!journal->isModal());
    journal->close();
    main.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&main));
    QTest::keyClick(&main, Qt::Key_J, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(main.findChildren<JournalWindow *>().size(), 1);
    QVERIFY(journal->isVisible());
    QCOMPARE(main.openJournal(), journal);
}

void TestJournalWindow::newestFirstAndFollowsNewEntries()
{
    appendFour();
    m_window = std::make_unique<JournalWindow>(m_journal.get());
    m_window->show();
    QCOMPARE(idsShown(), (QStringList { idOf(3), idOf(2), idOf(1), idOf(0) }));
    m_journal->append(domainUpdate(7));
    QCOMPARE(idsShown().constFirst(), idOf(7));
    QVERIFY(m_window->findChild<QLabel *>(u"journalCount"_s)->text().contains(u"5"_s));
    QVERIFY(!m_window->messageBar()->isVisible());
}

void TestJournalWindow::filtersByAccountFromTheKeyboard()
{
    appendFour();
    m_window = std::make_unique<JournalWindow>(m_journal.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *account = m_window->findChild<QComboBox *>(u"journalAccountFilter"_s);
    QCOMPARE(account->count(), 3); // all, and each account
    account->setFocus();
    QTest::keyClick(account, Qt::Key_Down);
    QTest::keyClick(account, Qt::Key_Down);
    QCOMPARE(account->currentData().toString(), otherAccount());
    QCOMPARE(idsShown(), (QStringList { idOf(3), idOf(1) }));
    // A new entry of another account stays out of sight; a new account joins the choice.
    JournalEntry third = domainUpdate(8);
    third.account = u"AC00000000000000000000000000000003"_s;
    m_journal->append(third);
    QCOMPARE(idsShown(), (QStringList { idOf(3), idOf(1) }));
    QCOMPARE(account->count(), 4);
    QCOMPARE(account->currentData().toString(), otherAccount());
    QTest::keyClick(account, Qt::Key_Home);
    QCOMPARE(idsShown().size(), 5);
}

void TestJournalWindow::filtersByDay()
{
    appendFour();
    m_window = std::make_unique<JournalWindow>(m_journal.get());
    m_window->show();
    auto *oneDay = m_window->findChild<QCheckBox *>(u"journalOneDay"_s);
    auto *day = m_window->findChild<QDateEdit *>(u"journalDay"_s);
    QVERIFY(!day->isEnabled());
    QCOMPARE(day->date(), QDate::currentDate());
    oneDay->setFocus();
    QTest::keyClick(oneDay, Qt::Key_Space);
    QVERIFY(day->isEnabled());
    QCOMPARE(idsShown(), (QStringList { idOf(3), idOf(2) }));
    day->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(idsShown(), (QStringList { idOf(1), idOf(0) }));
    QTest::keyClick(oneDay, Qt::Key_Space);
    QCOMPARE(idsShown().size(), 4);
}

void TestJournalWindow::exportsWhatIsShown_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << u"journal.csv"_s;
    QTest::newRow("json") << u"journal.json"_s;
}

void TestJournalWindow::exportsWhatIsShown()
{
    QFETCH(QString, name);
    appendFour();
    m_window = std::make_unique<JournalWindow>(m_journal.get());
    auto *account = m_window->findChild<QComboBox *>(u"journalAccountFilter"_s);
    account->setCurrentIndex(account->findData(otherAccount()));
    const QString path = m_dir->filePath(name);
    QString error;
    QVERIFY2(m_window->exportTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    if (name.endsWith(u".json"_s)) {
        const QJsonArray array = QJsonDocument::fromJson(bytes).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(0).toObject().value(u"id"_s).toString(), idOf(1)); // oldest first
        QCOMPARE(array.at(1).toObject().value(u"id"_s).toString(), idOf(3));
    } else {
        QCOMPARE(bytes.count("\r\n"), 3); // the header and two entries
        QVERIFY(bytes.indexOf(idOf(1).toUtf8()) < bytes.indexOf(idOf(3).toUtf8()));
    }
    QVERIFY(!bytes.contains(idOf(0).toUtf8()));
    QVERIFY(!bytes.contains(idOf(2).toUtf8()));
    QVERIFY(!m_window->exportTo(m_dir->filePath(u"missing/folder/"_s + name), &error));
    QVERIFY(!error.isEmpty());
}

void TestJournalWindow::damagedLinesAreSaid()
{
    appendFour();
    {
        QFile file(m_journal->path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"time\": \"cut short\n");
    }
    m_window = std::make_unique<JournalWindow>(m_journal.get());
    m_window->show();
    QCOMPARE(idsShown().size(), 4);
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->type(), MessageBar::Type::Warning);
    QVERIFY2(m_window->messageBar()->text().contains(u"1 damaged line"_s),
        qPrintable(m_window->messageBar()->text()));
}

void TestJournalWindow::anUnwritableFileIsSaid()
{
    QVERIFY(QDir(m_dir->path()).mkpath(u"blocked.jsonl"_s)); // a folder where the file goes
    ChangeJournal blocked(m_dir->filePath(u"blocked.jsonl"_s));
    m_window = std::make_unique<JournalWindow>(&blocked);
    m_window->show();
    QVERIFY2(m_window->messageBar()->text().contains(u"cannot be read"_s),
        qPrintable(m_window->messageBar()->text()));
    blocked.append(domainUpdate(1));
    QVERIFY(m_window->messageBar()->isVisible());
    QCOMPARE(m_window->messageBar()->type(), MessageBar::Type::Error);
    QVERIFY2(m_window->messageBar()->text().contains(u"cannot be written"_s),
        qPrintable(m_window->messageBar()->text()));
    QCOMPARE(idsShown(), QStringList { idOf(1) }); // still shown for this session
    // A window opened later says it too.
    m_window = std::make_unique<JournalWindow>(&blocked);
    m_window->show();
    QVERIFY(m_window->messageBar()->text().contains(u"cannot be written"_s));
}

QTEST_MAIN(TestJournalWindow)
#include "tst_journalwindow.moc"
