#include "views/actionicons.h"

#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ActionIcons::Icon;

class TestActionIcons : public QObject
{
    Q_OBJECT

private slots:
    void themeNames_data();
    void themeNames();
    void bundledWithoutATheme_data() { themeNames_data(); }
    void bundledWithoutATheme();
    void theThemeComesFirst();
};

void TestActionIcons::themeNames_data()
{
    QTest::addColumn<Icon>("icon");
    QTest::addColumn<QString>("name");
    QTest::newRow("new") << Icon::New << u"document-new"_s;
    QTest::newRow("edit") << Icon::Edit << u"document-edit"_s;
    QTest::newRow("delete") << Icon::Delete << u"edit-delete"_s;
    QTest::newRow("refresh") << Icon::Refresh << u"view-refresh"_s;
    QTest::newRow("stop") << Icon::Stop << u"process-stop"_s;
    QTest::newRow("load everything") << Icon::LoadEverything << u"go-bottom"_s;
    QTest::newRow("export") << Icon::Export << u"document-export"_s;
    QTest::newRow("copy") << Icon::Copy << u"edit-copy"_s;
    QTest::newRow("find") << Icon::Find << u"edit-find"_s;
    QTest::newRow("profiles") << Icon::Profiles << u"system-users"_s;
}

void TestActionIcons::themeNames()
{
    QFETCH(Icon, icon);
    QFETCH(QString, name);
    QCOMPARE(ActionIcons::themeName(icon), name);
}

void TestActionIcons::bundledWithoutATheme()
{
    QFETCH(Icon, icon);
    QFETCH(QString, name);
    QIcon::setThemeSearchPaths({});
    QIcon::setThemeName(u"no-such-theme"_s);
    QVERIFY(QFile::exists(u":/icons/actions/"_s + name + u".svg"_s));
    const QPixmap pixmap = ActionIcons::icon(icon).pixmap(22, 22);
    QVERIFY(!pixmap.isNull());
    // Something is drawn: not every pixel is transparent.
    const QImage image = pixmap.toImage();
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; ++y)
        for (int x = 0; x < image.width() && !drawn; ++x)
            drawn = qAlpha(image.pixel(x, y)) > 0;
    QVERIFY(drawn);
}

void TestActionIcons::theThemeComesFirst()
{
    QTemporaryDir themes;
    const QString theme = themes.filePath(u"testtheme"_s);
    QVERIFY(QDir().mkpath(theme + u"/scalable/actions"_s));
    QFile index(theme + u"/index.theme"_s);
    QVERIFY(index.open(QIODevice::WriteOnly));
    index.write("[Icon Theme]\nName=testtheme\nDirectories=scalable/actions\n\n"
                "[scalable/actions]\nSize=24\nType=Scalable\nMinSize=8\nMaxSize=256\n");
    index.close();
    QVERIFY(QFile::copy(
        u":/icons/actions/edit-delete.svg"_s, theme + u"/scalable/actions/edit-delete.svg"_s));
    QIcon::setThemeSearchPaths({ themes.path() });
    QIcon::setThemeName(u"testtheme"_s);
    QCOMPARE(ActionIcons::icon(Icon::Delete).name(), u"edit-delete"_s);
    // The theme lacks this one: the bundled icon, which has no theme name.
    QVERIFY(ActionIcons::icon(Icon::New).name().isEmpty());
    QVERIFY(!ActionIcons::icon(Icon::New).isNull());
}

QTEST_MAIN(TestActionIcons)
#include "tst_actionicons.moc"
