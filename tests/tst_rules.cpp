#include "models/validation/passwordgenerator.h"
#include "models/validation/rules.h"

#include <QLocale>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void sid_data();
    void sid();
    void uuid_data();
    void uuid();
    void domainName_data();
    void domainName();
    void friendlyName();
    void longFriendlyName();
    void withDomainSuffix_data();
    void withDomainSuffix();
    void everyProblemIsNamed_data();
    void everyProblemIsNamed();
    void asSentence_data();
    void asSentence();
    void sipUsername_data();
    void sipUsername();
    void sipPassword_data();
    void sipPassword();
    void ipv4Address_data();
    void ipv4Address();
    void cidrPrefix_data();
    void cidrPrefix();
    void generatorAlphabet();
    void generatedPasswords_data();
    void generatedPasswords();
    void url_data();
    void url();
    void username_data();
    void username();
    void codecs_data();
    void codecs();
    void ciphers();
    void formBool();
    void loopback_data();
    void loopback();
};

void TestRules::sid_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("problemContains");

    const QString hex32 = u"0123456789abcdef0123456789ABCDEF"_s;
    QTest::newRow("account") << u"AC"_s + hex32 << u"AC"_s << true << QString();
    QTest::newRow("domain") << u"SD"_s + hex32 << u"SD"_s << true << QString();
    QTest::newRow("byoc") << u"BY"_s + hex32 << u"BY"_s << true << QString();
    QTest::newRow("phone number") << u"PN"_s + hex32 << u"PN"_s << true << QString();
    QTest::newRow("api key") << u"SK"_s + hex32 << u"SK"_s << true << QString();
    QTest::newRow("wrong prefix") << u"SD"_s + hex32 << u"BY"_s << false << u"start with BY"_s;
    QTest::newRow("lower-case prefix") << u"by"_s + hex32 << u"BY"_s << false << u"start with"_s;
    QTest::newRow("31 digits") << u"BY"_s + hex32.chopped(1) << u"BY"_s << false << u"34"_s;
    QTest::newRow("33 digits") << u"BY"_s + hex32 + u"0"_s << u"BY"_s << false << u"34"_s;
    QTest::newRow("seed placeholder X")
        << u"BYXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"_s << u"BY"_s << false << u"hex"_s;
    QTest::newRow("empty") << QString() << u"PN"_s << false << u"start with PN"_s;
    QTest::newRow("space inside") << u"PN0123456789abcdef 123456789abcdef"_s << u"PN"_s << false
                                  << u"hex"_s;
}

void TestRules::sid()
{
    QFETCH(QString, value);
    QFETCH(QString, prefix);
    QFETCH(bool, valid);
    QFETCH(QString, problemContains);
    QCOMPARE(Rules::isSid(value, prefix), valid);
    const QString problem = Rules::sidProblem(value, prefix);
    QCOMPARE(problem.isEmpty(), valid);
    QVERIFY2(problem.contains(problemContains), qPrintable(problem));
}

void TestRules::uuid_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower") << u"123e4567-e89b-12d3-a456-426614174000"_s << true;
    QTest::newRow("upper") << u"123E4567-E89B-12D3-A456-426614174000"_s << true;
    QTest::newRow("no dashes") << u"123e4567e89b12d3a456426614174000"_s << false;
    QTest::newRow("short group") << u"123e456-e89b-12d3-a456-426614174000"_s << false;
    QTest::newRow("trailing") << u"123e4567-e89b-12d3-a456-4266141740001"_s << false;
    QTest::newRow("non hex") << u"123e4567-e89b-12d3-a456-42661417400g"_s << false;
    QTest::newRow("braces") << u"{123e4567-e89b-12d3-a456-426614174000}"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRules::uuid()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(Rules::isUuid(value), valid);
    QCOMPARE(Rules::uuidProblem(value).isEmpty(), valid);
}

void TestRules::domainName_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problemContains"); // empty: valid

    QTest::newRow("seed example") << u"dunder-mifflin-scranton.sip.twilio.com"_s << QString();
    QTest::newRow("one letter") << u"x.sip.twilio.com"_s << QString();
    QTest::newRow("two labels") << u"east.acme.sip.twilio.com"_s << QString();
    QTest::newRow("upper case") << u"ACME.SIP.TWILIO.COM"_s << QString();
    QTest::newRow("digits") << u"acme2024.sip.twilio.com"_s << QString();
    QTest::newRow("empty") << QString() << u"required"_s;
    QTest::newRow("bare suffix") << u"sip.twilio.com"_s << u"must end with"_s;
    QTest::newRow("dot suffix only") << u".sip.twilio.com"_s << u"name before"_s;
    QTest::newRow("suffix in the middle") << u"sip.twilio.com.evil.com"_s << u"must end with"_s;
    QTest::newRow("glued suffix") << u"xsip.twilio.com"_s << u"must end with"_s;
    QTest::newRow("wrong tld") << u"xsip.twilio.co"_s << u"must end with"_s;
    QTest::newRow("underscore") << u"acme_corp.sip.twilio.com"_s << u"only letters"_s;
    QTest::newRow("space") << u"acme corp.sip.twilio.com"_s << u"only letters"_s;
    QTest::newRow("unicode") << u"äcme.sip.twilio.com"_s << u"only letters"_s;
    QTest::newRow("empty label") << u"a..b.sip.twilio.com"_s << u"empty labels"_s;
    QTest::newRow("leading hyphen") << u"-acme.sip.twilio.com"_s << u"start or end"_s;
    QTest::newRow("trailing hyphen") << u"acme-.sip.twilio.com"_s << u"start or end"_s;
    QTest::newRow("label 63") << QString(63, u'a') + u".sip.twilio.com"_s << QString();
    QTest::newRow("label 64") << QString(64, u'a') + u".sip.twilio.com"_s << u"at most 63"_s;
    QString tooLong;
    for (int i = 0; i < 5; ++i)
        tooLong += QString(50, u'a') + u'.';
    QTest::newRow("name over 253") << tooLong + u"sip.twilio.com"_s << u"at most 253"_s;
}

void TestRules::domainName()
{
    QFETCH(QString, value);
    QFETCH(QString, problemContains);
    const QString problem = Rules::domainNameProblem(value);
    if (problemContains.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemContains), qPrintable(problem));
}

void TestRules::friendlyName()
{
    QVERIFY(Rules::friendlyNameProblem(u"Scranton Office"_s).isEmpty());
    QVERIFY(Rules::friendlyNameProblem(QString()).isEmpty());
    QVERIFY(Rules::friendlyNameProblem(QString(64, u'é')).isEmpty());
    const QString problem = Rules::friendlyNameProblem(QString(65, u'a'));
    QVERIFY(problem.contains(u"64"_s));
    QVERIFY(problem.contains(u"65"_s));
}

void TestRules::longFriendlyName()
{
    QVERIFY(Rules::longFriendlyNameProblem(QString(255, u'é')).isEmpty());
    const QString problem = Rules::longFriendlyNameProblem(QString(256, u'a'));
    QVERIFY(problem.contains(u"255"_s));
    QVERIFY(problem.contains(u"256"_s));
}

namespace {
void verifyProblem(const QString &problem, const QString &problemContains)
{
    if (problemContains.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemContains), qPrintable(problem));
}
} // namespace

void TestRules::withDomainSuffix_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bare name") << u"acme"_s << u"acme.sip.twilio.com"_s;
    QTest::newRow("spaces around") << u" acme "_s << u"acme.sip.twilio.com"_s;
    QTest::newRow("two labels") << u"east.acme"_s << u"east.acme.sip.twilio.com"_s;
    QTest::newRow("trailing dot") << u"acme."_s << u"acme.sip.twilio.com"_s;
    QTest::newRow("started suffix") << u"acme.sip.tw"_s << u"acme.sip.twilio.com"_s;
    QTest::newRow("all but the last letter") << u"acme.sip.twilio.co"_s << u"acme.sip.twilio.com"_s;
    QTest::newRow("started suffix in capitals") << u"ACME.SIP"_s << u"ACME.sip.twilio.com"_s;
    QTest::newRow("complete") << u"acme.sip.twilio.com"_s << u"acme.sip.twilio.com"_s;
    QTest::newRow("complete in capitals") << u"ACME.SIP.TWILIO.COM"_s << u"ACME.SIP.TWILIO.COM"_s;
    // "sip" alone does not start ".sip…": it is part of the name.
    QTest::newRow("name ending in sip") << u"gossip"_s << u"gossip.sip.twilio.com"_s;
}

void TestRules::withDomainSuffix()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(Rules::withDomainSuffix(value), expected);
    QCOMPARE(Rules::domainNameProblem(expected), QString());
}

void TestRules::everyProblemIsNamed_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem");

    QTest::newRow("domain: suffix, characters and hyphen")
        << u"domain"_s << u"my_domain!-"_s
        << u"must end with .sip.twilio.com; may contain only letters, digits and \"-\" (found "
           "\"_\" and \"!\"); parts must not start or end with \"-\""_s;
    QTest::newRow("domain: each character once, in order")
        << u"domain"_s << u"a_b!c_d!e.sip.twilio.com"_s
        << u"may contain only letters, digits and \"-\" (found \"_\" and \"!\")"_s;
    QTest::newRow("domain: a character repeated ten times")
        << u"domain"_s << u"a!!!!!!!!!!b.sip.twilio.com"_s
        << u"may contain only letters, digits and \"-\" (found \"!\")"_s;
    QTest::newRow("domain: a space by name")
        << u"domain"_s << u"front desk.sip.twilio.com"_s
        << u"may contain only letters, digits and \"-\" (found a space)"_s;
    QTest::newRow("domain: an emoji whole")
        << u"domain"_s << u"caf\u00e9\U0001F600.sip.twilio.com"_s
        << u"may contain only letters, digits and \"-\" (found \"\u00e9\" and "
           "\"\U0001F600\")"_s;
    QTest::newRow("domain: empty and long labels")
        << u"domain"_s << u"a.."_s + QString(64, u'b') + u".sip.twilio.com"_s
        << u"must not contain empty labels (\"..\" or a leading dot); each part between dots "
           "may be at most 63 characters"_s;
    QTest::newRow("domain: at most eight characters named")
        << u"domain"_s << u"a!@#$%^&*()x.sip.twilio.com"_s
        << u"may contain only letters, digits and \"-\" (found \"!\", \"@\", \"#\", \"$\", "
           "\"%\", \"^\", \"&\", \"*\", and others)"_s;
    QTest::newRow("SIP username: length and characters")
        << u"sipUsername"_s << QString(31, u'p') + u" @"_s
        << u"may be at most 32 characters long (now 33); may contain only letters, digits and "
           "-_.!~*'()&=+$,;?/ (found a space and \"@\")"_s;
    QTest::newRow("SIP username: tab and newline")
        << u"sipUsername"_s << u"a\tb\nc"_s
        << u"may contain only letters, digits and -_.!~*'()&=+$,;?/ (found white space or a "
           "control character)"_s;
    QTest::newRow("endpoint username: @ and space")
        << u"username"_s << u"pam beesly@dunder"_s
        << u"must not contain \"@\"; must not contain spaces or other white space"_s;
    QTest::newRow("DNS label: characters and hyphen")
        << u"dnsLabel"_s << u"-us_1."_s
        << u"may contain only letters, digits and \"-\" (found \"_\" and \".\"); must not "
           "start or end with \"-\""_s;
}

void TestRules::everyProblemIsNamed()
{
    QFETCH(QString, rule);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // its list separators
    QString found;
    if (rule == u"domain")
        found = Rules::domainNameProblem(value);
    else if (rule == u"sipUsername")
        found = Rules::sipUsernameProblem(value);
    else if (rule == u"username")
        found = Rules::usernameProblem(value);
    else if (rule == u"dnsLabel")
        found = Rules::dnsLabelProblem(value);
    QCOMPARE(found, problem);
}

void TestRules::asSentence_data()
{
    QTest::addColumn<QString>("problem");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("phrase") << u"must start with BY"_s << u"Must start with BY."_s;
    QTest::newRow("ends in a bracket") << u"may be (at most 3)"_s << u"May be (at most 3)."_s;
    QTest::newRow("ends in a quote") << u"must not contain \"@\""_s << u"Must not contain \"@\"."_s;
    QTest::newRow("already a sentence") << u"Required."_s << u"Required."_s;
    QTest::newRow("a question") << u"Is it taken?"_s << u"Is it taken?"_s;
    QTest::newRow("the service's text")
        << u"  domain name already in use "_s << u"Domain name already in use."_s;
}

void TestRules::asSentence()
{
    QFETCH(QString, problem);
    QFETCH(QString, sentence);
    QCOMPARE(Rules::asSentence(problem), sentence);
}

void TestRules::sipUsername_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problemContains");
    QTest::newRow("plain") << u"frontdesk"_s << QString();
    QTest::newRow("user marks") << u"desk-2_a.b!~*'()&=+$,;?/"_s << QString();
    QTest::newRow("32 characters") << QString(32, u'a') << QString();
    QTest::newRow("33 characters") << QString(33, u'a') << u"32"_s;
    QTest::newRow("empty") << QString() << u"required"_s;
    QTest::newRow("at sign") << u"alice@example"_s << u"\"@\""_s;
    QTest::newRow("colon") << u"alice:1"_s << u"\":\""_s;
    QTest::newRow("space") << u"front desk"_s << u"(found a space)"_s;
    QTest::newRow("non-ascii") << u"zoë"_s << u"\"ë\""_s;
}

void TestRules::sipUsername()
{
    QFETCH(QString, value);
    QFETCH(QString, problemContains);
    verifyProblem(Rules::sipUsernameProblem(value), problemContains);
}

void TestRules::sipPassword_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("missing");
    const QString length = u"12 characters"_s;
    const QString digit = u"a digit"_s;
    const QString lower = u"a lower-case letter"_s;
    const QString upper = u"an upper-case letter"_s;
    QTest::newRow("reference example") << u"IWasAtSignal2018"_s << QStringList();
    QTest::newRow("exactly 12") << u"Abcdefghij12"_s << QStringList();
    QTest::newRow("11 characters") << u"Abcdefghi12"_s << QStringList { length };
    QTest::newRow("no digit") << u"Abcdefghijklm"_s << QStringList { digit };
    QTest::newRow("no upper") << u"abcdefghij12"_s << QStringList { upper };
    QTest::newRow("no lower") << u"ABCDEFGHIJ12"_s << QStringList { lower };
    QTest::newRow("empty") << QString() << QStringList { length, digit, lower, upper };
    QTest::newRow("digits only") << u"123456789012"_s << QStringList { lower, upper };
}

void TestRules::sipPassword()
{
    QFETCH(QString, value);
    QFETCH(QStringList, missing);
    const QString problem = Rules::sipPasswordProblem(value);
    QCOMPARE(problem.isEmpty(), missing.isEmpty());
    for (const QString &requirement : std::as_const(missing))
        QVERIFY2(problem.contains(requirement), qPrintable(problem));
    for (const QString &requirement : { u"a digit"_s, u"lower-case"_s, u"upper-case"_s }) {
        if (!missing.join(u'|').contains(requirement))
            QVERIFY2(!problem.contains(requirement), qPrintable(problem));
    }
    if (!value.isEmpty())
        QVERIFY2(!problem.contains(value), "the problem quotes the password");
}

void TestRules::ipv4Address_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("documentation address") << u"192.0.2.10"_s << true;
    QTest::newRow("zeros") << u"0.0.0.0"_s << true;
    QTest::newRow("broadcast") << u"255.255.255.255"_s << true;
    QTest::newRow("256") << u"192.0.2.256"_s << false;
    QTest::newRow("three parts") << u"192.0.2"_s << false;
    QTest::newRow("five parts") << u"192.0.2.1.5"_s << false;
    QTest::newRow("leading zero") << u"192.0.02.1"_s << false;
    QTest::newRow("wildcard") << u"192.0.2.*"_s << false;
    QTest::newRow("range") << u"192.0.2.0/24"_s << false;
    QTest::newRow("ipv6") << u"2001:db8::1"_s << false;
    QTest::newRow("sign") << u"+1.0.0.1"_s << false;
    QTest::newRow("space") << u" 192.0.2.1"_s << false;
    QTest::newRow("empty part") << u"192..2.1"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRules::ipv4Address()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString problem = Rules::ipv4AddressProblem(value);
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
}

void TestRules::cidrPrefix_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1") << u"1"_s << true;
    QTest::newRow("24") << u"24"_s << true;
    QTest::newRow("32") << u"32"_s << true;
    QTest::newRow("0") << u"0"_s << false;
    QTest::newRow("33") << u"33"_s << false;
    QTest::newRow("negative") << u"-1"_s << false;
    QTest::newRow("plus") << u"+24"_s << false;
    QTest::newRow("fraction") << u"24.0"_s << false;
    QTest::newRow("word") << u"all"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRules::cidrPrefix()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString problem = Rules::cidrPrefixProblem(value);
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
}

void TestRules::generatorAlphabet()
{
    const QStringView alphabet = PasswordGenerator::alphabet();
    QCOMPARE(alphabet.size(), 55);
    QCOMPARE(alphabet.toString(),
        PasswordGenerator::digits().toString() + PasswordGenerator::lowerCase().toString()
            + PasswordGenerator::upperCase().toString());
    for (QChar lookAlike : u"0Oo1lIi|")
        QVERIFY2(!alphabet.contains(lookAlike), qPrintable(QString(lookAlike)));
    QCOMPARE(QSet<QChar>(alphabet.begin(), alphabet.end()).size(), alphabet.size());
    for (QChar c : PasswordGenerator::digits())
        QVERIFY(c.isDigit());
    for (QChar c : PasswordGenerator::lowerCase())
        QVERIFY(c.isLower());
    for (QChar c : PasswordGenerator::upperCase())
        QVERIFY(c.isUpper());
}

void TestRules::generatedPasswords_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<int>("expectedLength");

    QTest::newRow("default") << PasswordGenerator::kDefaultLength << 20;
    QTest::newRow("policy minimum") << 12 << 12;
    QTest::newRow("long") << 64 << 64;
    QTest::newRow("below the minimum") << 4 << Rules::kSipPasswordMinLength;
    QTest::newRow("zero") << 0 << Rules::kSipPasswordMinLength;
}

void TestRules::generatedPasswords()
{
    QFETCH(int, length);
    QFETCH(int, expectedLength);

    const QStringView alphabet = PasswordGenerator::alphabet();
    QSet<QString> seen;
    QSet<QChar> used;
    QSet<QChar> firsts;
    for (int i = 0; i < 1000; ++i) {
        const QString password = PasswordGenerator::generate(length);
        QCOMPARE(password.size(), expectedLength);
        QCOMPARE(Rules::sipPasswordProblem(password), QString());
        for (QChar c : password) {
            QVERIFY2(alphabet.contains(c), qPrintable(QString(c)));
            used.insert(c);
        }
        firsts.insert(password.front());
        QVERIFY2(!seen.contains(password), "a password came twice");
        seen.insert(password);
    }
    // Every character is drawn, and the guaranteed ones are shuffled in:
    // any class may come first.
    QCOMPARE(used.size(), alphabet.size());
    QCOMPARE(firsts.size(), alphabet.size());
}

void TestRules::url_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("seed voice url")
        << u"https://dundermifflin.example.com/twilio/app.php"_s << true;
    QTest::newRow("http with port") << u"http://example.com:8080/a?b=c"_s << true;
    QTest::newRow("relative") << u"/twilio/app.php"_s << false;
    QTest::newRow("no scheme") << u"example.com/voice"_s << false;
    QTest::newRow("ftp") << u"ftp://example.com/voice"_s << false;
    QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
    QTest::newRow("no host") << u"https:///voice"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("spaces") << u"https://exa mple.com/"_s << false;
}

void TestRules::url()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    const QString problem = Rules::urlProblem(value);
    QVERIFY2(problem.isEmpty() == valid, qPrintable(problem));
}

void TestRules::username_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problemContains");
    QTest::newRow("plain") << u"alice"_s << QString();
    QTest::newRow("dots and digits") << u"front.desk-2"_s << QString();
    QTest::newRow("unicode") << u"zoë"_s << QString();
    QTest::newRow("empty") << QString() << u"required"_s;
    QTest::newRow("at sign") << u"alice@example.com"_s << u"@"_s;
    QTest::newRow("space") << u"front desk"_s << u"white space"_s;
    QTest::newRow("tab") << u"front\tdesk"_s << u"white space"_s;
    QTest::newRow("newline") << u"front\ndesk"_s << u"white space"_s;
}

void TestRules::username()
{
    QFETCH(QString, value);
    QFETCH(QString, problemContains);
    const QString problem = Rules::usernameProblem(value);
    if (problemContains.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemContains), qPrintable(problem));
}

void TestRules::codecs_data()
{
    QTest::addColumn<QStringList>("codecs");
    QTest::addColumn<bool>("valid");
    QTest::newRow("defaults") << QStringList { u"OPUS"_s, u"G722"_s, u"PCMU"_s, u"PCMA"_s,
        u"G729"_s, u"VP8"_s, u"H264"_s }
                              << true;
    QTest::newRow("empty resets") << QStringList() << true;
    QTest::newRow("with parameters") << QStringList { u"OPUS@48000h@20i"_s, u"PCMU"_s } << true;
    QTest::newRow("unknown") << QStringList { u"SPEEX"_s } << false;
    QTest::newRow("lower case") << QStringList { u"opus"_s } << false;
    QTest::newRow("duplicate") << QStringList { u"PCMU"_s, u"PCMU"_s } << false;
    QTest::newRow("duplicate with params") << QStringList { u"OPUS"_s, u"OPUS@16000h"_s } << false;
}

void TestRules::codecs()
{
    QFETCH(QStringList, codecs);
    QFETCH(bool, valid);
    QCOMPARE(Rules::codecListProblem(codecs).isEmpty(), valid);
}

void TestRules::ciphers()
{
    QVERIFY(Rules::cipherListProblem({ u"AEAD_AES_256_GCM_8"_s, u"AES_CM_128_HMAC_SHA1_32"_s })
                .isEmpty());
    QVERIFY(!Rules::cipherListProblem({ u"AEAD_AES_256_GCM_8@x"_s }).isEmpty());
    QVERIFY(Rules::cipherListProblem({ u"ROT13"_s }).contains(u"ROT13"_s));
}

void TestRules::formBool()
{
    bool ok = false;
    QCOMPARE(Rules::parseFormBool(u"true", &ok), true);
    QVERIFY(ok);
    QCOMPARE(Rules::parseFormBool(u"false", &ok), false);
    QVERIFY(ok);
    Rules::parseFormBool(u"True", &ok);
    QVERIFY(!ok);
    Rules::parseFormBool(u"1", &ok);
    QVERIFY(!ok);
    Rules::parseFormBool(u"", &ok);
    QVERIFY(!ok);
}

void TestRules::loopback_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::newRow("ipv4") << u"127.0.0.1"_s << true;
    QTest::newRow("ipv4 other") << u"127.1.2.3"_s << true;
    QTest::newRow("ipv6") << u"::1"_s << true;
    QTest::newRow("localhost") << u"localhost"_s << true;
    QTest::newRow("LOCALHOST") << u"LOCALHOST"_s << true;
    QTest::newRow("lan") << u"192.168.1.10"_s << false;
    QTest::newRow("name") << u"api.twilio.com"_s << false;
    QTest::newRow("localhost lookalike") << u"localhost.evil.com"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestRules::loopback()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Rules::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
