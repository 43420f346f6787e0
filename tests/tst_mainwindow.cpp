#include "views/kinds/recordkindview.h"
#include "views/mainwindow.h"
#include "views/recordlistpage.h"
#include "views/shortcutsdialog.h"

#include "models/kinds/recordkind.h"
#include "models/kinds/recordkinds.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void titleNamesTheEnvironment();
    void menusHaveQuitAndAbout();
    void quitClosesTheWindow();
    void geometryIsRestored();
    void onePagePerRecordKind();
    void keyboardShortcutsListsTheWindowsActions();
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(u"SipDeskTests"_s);
    QApplication::setApplicationName(u"tst_mainwindow"_s);
    QApplication::setApplicationDisplayName(u"SipDesk"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::titleNamesTheEnvironment()
{
    MainWindow window;
    QCOMPARE(window.windowTitle(), u"SipDesk"_s);
    window.setEnvironmentName(u"Sandbox"_s);
    QVERIFY(window.windowTitle().startsWith(u"Sandbox"_s));
    QVERIFY(window.windowTitle().endsWith(u"SipDesk"_s));
}

void TestMainWindow::menusHaveQuitAndAbout()
{
    MainWindow window;
    auto *quit = window.findChild<QAction *>(u"quitAction"_s);
    auto *about = window.findChild<QAction *>(u"aboutAction"_s);
    QVERIFY(quit);
    QVERIFY(about);
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    QVERIFY(window.findChild<QMenu *>(u"fileMenu"_s)->actions().contains(quit));
    QVERIFY(window.findChild<QMenu *>(u"helpMenu"_s)->actions().contains(about));
}

void TestMainWindow::quitClosesTheWindow()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(u"quitAction"_s)->trigger();
    QVERIFY(!window.isVisible());
}

void TestMainWindow::geometryIsRestored()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(700, 450);
        QTRY_COMPARE(window.size(), QSize(700, 450));
        window.close();
    }
    MainWindow again;
    QCOMPARE(again.size(), QSize(700, 450));
}

void TestMainWindow::onePagePerRecordKind()
{
    // The views' registry follows the headless one, kind by kind.
    const QList<const RecordKindView *> &views = RecordKindView::all();
    QCOMPARE(views.size(), RecordKinds::all().size());
    MainWindow window;
    for (qsizetype i = 0; i < views.size(); ++i) {
        const RecordKind &kind = views.at(i)->kind();
        QCOMPARE(&kind, RecordKinds::all().at(i));
        RecordListPage *page = window.recordPage(kind.key());
        QVERIFY2(page, qPrintable(kind.key()));
        QCOMPARE(&page->kind(), &kind);
        QCOMPARE(page->objectName(), kind.key() + u"Page"_s);
        // Without an open account there is nothing to save through.
        QVERIFY(!views.at(i)->makeForm(nullptr, u"Nobody"_s, {}, {}, &window));
    }
    QVERIFY(!window.recordPage(u"noSuchKind"));
}

void TestMainWindow::keyboardShortcutsListsTheWindowsActions()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>(u"keyboardShortcutsAction"_s);
    QVERIFY(action);
    QVERIFY(window.findChild<QMenu *>(u"helpMenu"_s)->actions().contains(action));
    action->trigger();
    auto *dialog = window.findChild<ShortcutsDialog *>(u"shortcutsDialog"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    const QList<ShortcutsDialog::Row> rows = ShortcutsDialog::rowsOf(&window);
    const auto listed = [&rows](const QString &name) {
        return std::any_of(rows.cbegin(), rows.cend(),
            [&name](const ShortcutsDialog::Row &row) { return row.action == name; });
    };
    QVERIFY(listed(u"Refresh"_s));
    QVERIFY(listed(u"Export Shown Rows as CSV"_s));
    QVERIFY(listed(u"Keyboard Shortcuts"_s));
    // The menus' actions carry icons (the theme's, or the bundled ones).
    for (const char *name :
        { "refreshAction", "stopAction", "exportAction", "manageProfilesAction" })
        QVERIFY2(!window.findChild<QAction *>(QLatin1String(name))->icon().isNull(), name);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
