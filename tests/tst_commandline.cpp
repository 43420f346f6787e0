#include "app/commandline.h"

#include <QCoreApplication>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parse_data();
    void parse();
    void languageOption_data();
    void languageOption();
    void helpMentionsSandbox();
    void versionNamesTheApplication();
};

void TestCommandLine::initTestCase()
{
    QCoreApplication::setApplicationName(u"SipDesk"_s);
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
}

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Action>("action");
    QTest::addColumn<bool>("sandbox");
    QTest::addColumn<QString>("profile");

    QTest::newRow("nothing") << QStringList { u"sipdesk"_s } << CommandLine::Action::Run << false
                             << QString();
    QTest::newRow("sandbox") << QStringList { u"sipdesk"_s, u"--sandbox"_s }
                             << CommandLine::Action::Run << true << QString();
    QTest::newRow("help") << QStringList { u"sipdesk"_s, u"--help"_s }
                          << CommandLine::Action::ShowHelp << false << QString();
    QTest::newRow("-h") << QStringList { u"sipdesk"_s, u"-h"_s } << CommandLine::Action::ShowHelp
                        << false << QString();
    QTest::newRow("version") << QStringList { u"sipdesk"_s, u"--version"_s }
                             << CommandLine::Action::ShowVersion << false << QString();
    QTest::newRow("unknown option") << QStringList { u"sipdesk"_s, u"--sandbx"_s }
                                    << CommandLine::Action::Fail << false << QString();
    QTest::newRow("stray argument") << QStringList { u"sipdesk"_s, u"extra"_s }
                                    << CommandLine::Action::Fail << false << QString();
    QTest::newRow("profile") << QStringList { u"sipdesk"_s, u"--profile"_s, u"Acme (prod)"_s }
                             << CommandLine::Action::Run << false << u"Acme (prod)"_s;
    QTest::newRow("profile=") << QStringList { u"sipdesk"_s, u"--profile=Acme"_s }
                              << CommandLine::Action::Run << false << u"Acme"_s;
    QTest::newRow("profile without name") << QStringList { u"sipdesk"_s, u"--profile"_s }
                                          << CommandLine::Action::Fail << false << QString();
    QTest::newRow("profile blank") << QStringList { u"sipdesk"_s, u"--profile="_s }
                                   << CommandLine::Action::Fail << false << QString();
    QTest::newRow("profile with sandbox")
        << QStringList { u"sipdesk"_s, u"--sandbox"_s, u"--profile"_s, u"Acme"_s }
        << CommandLine::Action::Fail << true << u"Acme"_s;
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Action, action);
    QFETCH(bool, sandbox);
    QFETCH(QString, profile);
    const CommandLine commandLine = CommandLine::parse(arguments);
    QCOMPARE(commandLine.profileName, profile);
    QCOMPARE(commandLine.action, action);
    QCOMPARE(commandLine.sandbox, sandbox);
    if (action == CommandLine::Action::Fail)
        QVERIFY(!commandLine.message.isEmpty());
}

void TestCommandLine::languageOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<CommandLine::Action>("action");
    QTest::addColumn<QString>("language");

    QTest::newRow("none") << QStringList { u"sipdesk"_s } << CommandLine::Action::Run << QString();
    QTest::newRow("de") << QStringList { u"sipdesk"_s, u"--lang"_s, u"de"_s }
                        << CommandLine::Action::Run << u"de"_s;
    QTest::newRow("en_GB=") << QStringList { u"sipdesk"_s, u"--lang=en_GB"_s }
                            << CommandLine::Action::Run << u"en_GB"_s;
    QTest::newRow("with --sandbox")
        << QStringList { u"sipdesk"_s, u"--sandbox"_s, u"--lang"_s, u"de"_s }
        << CommandLine::Action::Run << u"de"_s;
    QTest::newRow("unknown code") << QStringList { u"sipdesk"_s, u"--lang"_s, u"xx"_s }
                                  << CommandLine::Action::Fail << u"xx"_s;
    QTest::newRow("empty") << QStringList { u"sipdesk"_s, u"--lang="_s }
                           << CommandLine::Action::Fail << QString();
    QTest::newRow("missing") << QStringList { u"sipdesk"_s, u"--lang"_s }
                             << CommandLine::Action::Fail << QString();
}

void TestCommandLine::languageOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(CommandLine::Action, action);
    QFETCH(QString, language);
    const CommandLine commandLine = CommandLine::parse(arguments);
    QCOMPARE(commandLine.action, action);
    QCOMPARE(commandLine.language, language);
    if (action == CommandLine::Action::Fail)
        QVERIFY(!commandLine.message.isEmpty());
}

void TestCommandLine::helpMentionsSandbox()
{
    const CommandLine commandLine = CommandLine::parse({ u"/usr/bin/sipdesk"_s, u"--help"_s });
    // The program as called, not this test's executable or a placeholder.
    QVERIFY2(commandLine.message.startsWith(u"Usage: sipdesk [options]\n"_s),
        qPrintable(commandLine.message));
    QVERIFY(commandLine.message.contains(u"--sandbox"_s));
    QVERIFY(commandLine.message.contains(u"--version"_s));
    QVERIFY(commandLine.message.contains(u"--lang"_s));
}

void TestCommandLine::versionNamesTheApplication()
{
    const CommandLine commandLine = CommandLine::parse({ u"sipdesk"_s, u"--version"_s });
    QCOMPARE(commandLine.message, u"SipDesk 9.8.7\n"_s);
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
