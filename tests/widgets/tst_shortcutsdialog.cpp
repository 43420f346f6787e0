#include "views/shortcutsdialog.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Row = ShortcutsDialog::Row;

namespace {

QString native(const QKeySequence &sequence)
{
    return sequence.toString(QKeySequence::NativeText);
}

// File: Export… (Ctrl+E), Quit; Edit: Copy Details (Ctrl+Shift+D), Delete… (Del, Backspace);
// View › Go To: SIP Domains (Alt+1); Refresh both in View and as a window action.
struct Window
{
    QMainWindow window;
    QAction *refresh = nullptr;

    Window()
    {
        QMenu *file = window.menuBar()->addMenu(u"&File"_s);
        file->addAction(u"&Export Shown Rows as CSV…"_s)->setShortcut(Qt::CTRL | Qt::Key_E);
        file->addSeparator();
        file->addAction(u"&Quit"_s); // no shortcut: not listed
        QMenu *edit = window.menuBar()->addMenu(u"&Edit"_s);
        edit->addAction(u"Copy &Details"_s)->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_D);
        edit->addAction(u"&Delete…"_s)
            ->setShortcuts({ QKeySequence(Qt::Key_Delete), QKeySequence(Qt::Key_Backspace) });
        QMenu *view = window.menuBar()->addMenu(u"&View"_s);
        refresh = view->addAction(u"&Refresh"_s);
        refresh->setShortcut(Qt::Key_F5);
        QMenu *goTo = view->addMenu(u"&Go To"_s);
        goTo->addAction(u"SIP &Domains"_s)->setShortcut(Qt::ALT | Qt::Key_1);
        window.addAction(refresh);
        auto *hidden = new QAction(u"Switch to &Next Account"_s, &window);
        hidden->setShortcut(Qt::CTRL | Qt::Key_Tab);
        window.addAction(hidden);
    }
};

} // namespace

class TestShortcutsDialog : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowTheMenus();
    void aShortcutChangedLaterIsListed();
    void theFilterFindsByActionOrKey_data();
    void theFilterFindsByActionOrKey();
};

void TestShortcutsDialog::rowsFollowTheMenus()
{
    Window window;
    const QList<Row> expected {
        { u"File"_s, u"Export Shown Rows as CSV"_s, native(Qt::CTRL | Qt::Key_E) },
        { u"Edit"_s, u"Copy Details"_s, native(Qt::CTRL | Qt::SHIFT | Qt::Key_D) },
        { u"Edit"_s, u"Delete"_s,
            native(QKeySequence(Qt::Key_Delete)) + u", "_s
                + native(QKeySequence(Qt::Key_Backspace)) },
        { u"View"_s, u"Refresh"_s, native(QKeySequence(Qt::Key_F5)) },
        { u"View › Go To"_s, u"SIP Domains"_s, native(Qt::ALT | Qt::Key_1) },
        { QString(), u"Switch to Next Account"_s, native(Qt::CTRL | Qt::Key_Tab) },
    };
    QCOMPARE(ShortcutsDialog::rowsOf(&window.window), expected);
}

void TestShortcutsDialog::aShortcutChangedLaterIsListed()
{
    Window window;
    window.refresh->setShortcut(Qt::CTRL | Qt::Key_R);
    const QList<Row> rows = ShortcutsDialog::rowsOf(&window.window);
    QVERIFY(rows.contains(Row { u"View"_s, u"Refresh"_s, native(Qt::CTRL | Qt::Key_R) }));
}

void TestShortcutsDialog::theFilterFindsByActionOrKey_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("nothing typed")
        << QString()
        << QStringList { u"Export Shown Rows as CSV"_s, u"Copy Details"_s, u"Delete"_s,
               u"Refresh"_s, u"SIP Domains"_s, u"Switch to Next Account"_s };
    QTest::newRow("by action") << u"copy"_s << QStringList { u"Copy Details"_s };
    QTest::newRow("by key") << u"F5"_s << QStringList { u"Refresh"_s };
    QTest::newRow("nothing matches") << u"zzz"_s << QStringList();
}

void TestShortcutsDialog::theFilterFindsByActionOrKey()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, shown);
    Window window;
    ShortcutsDialog dialog(&window.window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"shortcutFilter"_s), typed);
    auto *tree = dialog.findChild<QTreeWidget *>(u"shortcutTree"_s);
    QStringList visible;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *menu = tree->topLevelItem(i);
        for (int j = 0; j < menu->childCount(); ++j) {
            if (!menu->isHidden() && !menu->child(j)->isHidden())
                visible.append(menu->child(j)->text(0));
        }
    }
    QCOMPARE(visible, shown);
}

QTEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
