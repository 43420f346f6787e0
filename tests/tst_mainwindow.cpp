#include "views/mainwindow.h"

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

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
