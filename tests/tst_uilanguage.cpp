#include "app/uilanguage.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

// The translations of the app, compiled into this test's resources by tests/CMakeLists.txt.
static const QString kTranslations = u":/i18n"_s;

class TestUiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void choose_data();
    void choose();
    void englishSuppliesThePluralForms();
    void aLanguageWithoutTranslationFallsBackToEnglish();
    void germanTranslatesQtsOwnStrings();
    void germanTranslatesSipDesksStrings();
    void cleanup();
};

void TestUiLanguage::choose_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QByteArray>("languageVariable");
    QTest::addColumn<QString>("expected");

    QTest::newRow("system") << QString() << QByteArray() << u"sv_SE"_s;
    QTest::newRow("--lang") << u"de"_s << QByteArray() << u"de_DE"_s;
    QTest::newRow("--lang with a region") << u"en_GB"_s << QByteArray() << u"en_GB"_s;
    QTest::newRow("--lang beats LANGUAGE") << u"de"_s << QByteArray("fr_FR:en") << u"de_DE"_s;
    QTest::newRow("LANGUAGE") << QString() << QByteArray("fr_FR:en") << u"fr_FR"_s;
    QTest::newRow("LANGUAGE skips C and empty entries")
        << QString() << QByteArray("C::de") << u"de_DE"_s;
    QTest::newRow("LANGUAGE of nothing usable") << QString() << QByteArray("C") << u"sv_SE"_s;
    QTest::newRow("LANGUAGE empty") << QString() << QByteArray("") << u"sv_SE"_s;
}

void TestUiLanguage::choose()
{
    QFETCH(QString, commandLine);
    QFETCH(QByteArray, languageVariable);
    QFETCH(QString, expected);
    QCOMPARE(
        UiLanguage::choose(commandLine, languageVariable, QLocale(u"sv_SE"_s)).name(), expected);
}

void TestUiLanguage::englishSuppliesThePluralForms()
{
    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), QLocale(u"en_US"_s), kTranslations));
    QCOMPARE(QCoreApplication::translate("ApiError", "and %n more", nullptr, 1), u"and 1 more"_s);
    QCOMPARE(
        QCoreApplication::translate("CredentialListKind", "%Ln credential list(s)", nullptr, 2),
        u"2 credential lists"_s);
}

void TestUiLanguage::aLanguageWithoutTranslationFallsBackToEnglish()
{
    // Filipino: a language SipDesk has no translation for.
    QVERIFY(!UiLanguage::install(*QCoreApplication::instance(), QLocale(u"fil"_s), kTranslations));
    QCOMPARE(
        QCoreApplication::translate("CredentialListKind", "%Ln credential list(s)", nullptr, 1),
        u"1 credential list"_s);
}

void TestUiLanguage::germanTranslatesQtsOwnStrings()
{
    UiLanguage::install(*QCoreApplication::instance(), QLocale(u"de"_s), kTranslations);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
}

void TestUiLanguage::germanTranslatesSipDesksStrings()
{
    QVERIFY(UiLanguage::install(*QCoreApplication::instance(), QLocale(u"de_AT"_s), kTranslations));
    QCOMPARE(QCoreApplication::translate("CommandLine", "Try --help for the options."),
        u"Mit --help werden die Optionen angezeigt."_s);
}

void TestUiLanguage::cleanup()
{
    // A translator removes itself from the application when it is deleted.
    qDeleteAll(QCoreApplication::instance()->findChildren<QTranslator *>());
}

QTEST_GUILESS_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
