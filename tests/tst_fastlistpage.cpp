// FastListPage reads the two big lists' pages from their bytes: it must make
// exactly the records the ordinary path (QJsonDocument, the client's page
// reader, fromJson) makes from the same body — null and "" told apart —
// and read nothing it is not sure of, leaving that body to the ordinary
// path and its error messages.

#include "models/api/fastlistpage.h"
#include "models/api/signalwiresipendpointsclient.h"
#include "models/api/twilioclient.h"
#include "sandbox/demodata.h"
#include "sandbox/demoendpoints.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kAccount = u"ACa1b2c3d4e5f60718293a4b5c6d7e8f90"_s;

// What the ordinary path makes of a body, or nothing when it finds a problem.
std::optional<FastListPage::Page<SipDomain>> domainsTheOrdinaryWay(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    const ApiListJob::Page page = TwilioClient::readDomainsPage(json);
    if (error.error != QJsonParseError::NoError || !page.problem.isEmpty())
        return std::nullopt;
    return FastListPage::Page<SipDomain> { TwilioClient::domainsFrom(page.items), page.next };
}

std::optional<FastListPage::Page<SipEndpoint>> endpointsTheOrdinaryWay(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(body, &error);
    const ApiListJob::Page page = SignalWireSipEndpointsClient::readPage(json);
    if (error.error != QJsonParseError::NoError || !page.problem.isEmpty())
        return std::nullopt;
    return FastListPage::Page<SipEndpoint> { SignalWireSipEndpointsClient::endpointsFrom(
                                                 page.items),
        page.next };
}

// Equal field by field, a null text apart from "" (the records'
// operator== takes them for equal).
void compareExactly(const SipDomain &actual, const SipDomain &expected)
{
    QCOMPARE(actual, expected);
    for (const auto &field : SipDomain::readOnlyTextFields())
        QVERIFY2((actual.*field.member).isNull() == (expected.*field.member).isNull(),
            field.jsonKey);
    for (const auto &field : SipDomain::writableTextFields())
        QVERIFY2((actual.*field.member).isNull() == (expected.*field.member).isNull(),
            field.jsonKey);
    for (auto it = expected.subresourceUris.cbegin(); it != expected.subresourceUris.cend(); ++it)
        QCOMPARE(actual.subresourceUris.value(it.key()).isNull(), it.value().isNull());
}

void compareExactly(const SipEndpoint &actual, const SipEndpoint &expected)
{
    QCOMPARE(actual, expected);
    for (const auto &field : SipEndpoint::textFields())
        QVERIFY2((actual.*field.member).isNull() == (expected.*field.member).isNull(),
            field.jsonKey);
}

template<typename Record>
void compareExactly(const std::optional<FastListPage::Page<Record>> &actual,
    const std::optional<FastListPage::Page<Record>> &expected)
{
    QVERIFY(actual);
    QVERIFY(expected);
    QCOMPARE(actual->next, expected->next);
    QCOMPARE(actual->next.isNull(), expected->next.isNull());
    QCOMPARE(actual->records.size(), expected->records.size());
    for (qsizetype row = 0; row < actual->records.size(); ++row) {
        compareExactly(actual->records.at(row), expected->records.at(row));
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(u"row %1"_s.arg(row)));
    }
}

QByteArray twilioPage(const QJsonArray &items, const QJsonValue &next)
{
    return QJsonDocument(QJsonObject { { u"domains"_s, items }, { u"next_page_uri"_s, next },
                             { u"page"_s, 0 }, { u"page_size"_s, 1000 } })
        .toJson(QJsonDocument::Compact);
}

QByteArray signalWirePage(const QJsonArray &items, const QJsonValue &next)
{
    return QJsonDocument(QJsonObject { { u"data"_s, items },
                             { u"links"_s, QJsonObject { { u"next"_s, next } } } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestFastListPage : public QObject
{
    Q_OBJECT

private slots:
    void demoDomainsReadAsTheOrdinaryPath();
    void demoEndpointsReadAsTheOrdinaryPath();
    void oddDomainBodies_data();
    void oddDomainBodies();
    void oddEndpointBodies_data();
    void oddEndpointBodies();
    void sharesRepeatedDomainValues();
};

void TestFastListPage::demoDomainsReadAsTheOrdinaryPath()
{
    QJsonArray items;
    for (const SipDomain &domain : DemoData::domains(kAccount, 1000, 11))
        items.append(domain.toJson());
    for (const QJsonValue &next :
        { QJsonValue(u"/2010-04-01/Accounts/AC1/SIP/Domains.json?Page=1"_s), QJsonValue() }) {
        const QByteArray body = twilioPage(items, next);
        compareExactly(FastListPage::readTwilioDomains(body, u"domains"_s),
            domainsTheOrdinaryWay(body));
    }
}

void TestFastListPage::demoEndpointsReadAsTheOrdinaryPath()
{
    DemoData::EndpointMaker maker(5);
    QJsonArray items;
    for (int index = 0; index < 1000; ++index)
        items.append(maker.make(index).record.toJson());
    const QByteArray body = signalWirePage(items, u"/api/relay/rest/endpoints/sip?page=1"_s);
    compareExactly(
        FastListPage::readSignalWireEndpoints(body), endpointsTheOrdinaryWay(body));
}

void TestFastListPage::oddDomainBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("read"); // false: left to the ordinary path
    const auto page = [](const QByteArray &item) {
        return R"({"domains":[)" + item + R"(],"next_page_uri":null})";
    };
    QTest::newRow("nulls, empty and absent texts")
        << page(R"({"sid":"SD1","friendly_name":"","voice_url":null,"auth_type":""})") << true;
    QTest::newRow("wrong types read as null or false")
        << page(R"({"sid":5,"secure":"true","sip_registration":1,"friendly_name":{},)"
                R"("date_created":17,"subresource_uris":[]})")
        << true;
    QTest::newRow("a key twice: the last one counts")
        << page(R"({"sid":"SD1","sid":"SD2","secure":true,"secure":false,)"
                R"("subresource_uris":{"a":"x"},"subresource_uris":{"b":"y","b":null}})")
        << true;
    QTest::newRow("escapes and characters beyond ASCII")
        << page(R"({"friendly_name":"Globex \u2013 Nacht \"Schicht\" \ud83d\ude00 \\ / \n",)"
                R"("domain_name":"zürich.sip.twilio.com"})")
        << true;
    QTest::newRow("dates as Twilio writes them, and not")
        << page(R"({"date_created":"Mon, 20 Jul 2015 17:27:10 +0000","date_updated":"yesterday"})")
        << true;
    QTest::newRow("items that are not objects are skipped")
        << page(R"(1,"x",null,[],{"sid":"SD3"})") << true;
    QTest::newRow("unknown keys and nested values")
        << page(R"({"sid":"SD4","extra":{"deep":[1,2,{"x":null}]},"n":1.5e3})") << true;
    QTest::newRow("an empty page") << QByteArray(R"({"domains":[]})") << true;
    QTest::newRow("next link as text")
        << QByteArray(R"({"domains":[],"next_page_uri":"/x?Page=2"})") << true;
    QTest::newRow("malformed JSON") << QByteArray(R"({"domains":[{"sid":"SD1"})") << false;
    QTest::newRow("garbage after the page") << QByteArray(R"({"domains":[]} x)") << false;
    QTest::newRow("not an object") << QByteArray(R"([{"sid":"SD1"}])") << false;
    QTest::newRow("no list") << QByteArray(R"({"items":[]})") << false;
    QTest::newRow("list not an array") << QByteArray(R"({"domains":{}})") << false;
    QTest::newRow("next link a number")
        << QByteArray(R"({"domains":[],"next_page_uri":3})") << false;
    QTest::newRow("the list twice")
        << QByteArray(R"({"domains":[],"domains":[{"sid":"SD1"}]})") << false;
    QTest::newRow("invalid UTF-8") << QByteArray("{\"domains\":[{\"sid\":\"SD\xff\"}]}") << false;
    QTest::newRow("empty body") << QByteArray() << false;
}

void TestFastListPage::oddDomainBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, read);
    const auto fast = FastListPage::readTwilioDomains(body, u"domains"_s);
    QCOMPARE(bool(fast), read);
    if (read)
        compareExactly(fast, domainsTheOrdinaryWay(body));
}

void TestFastListPage::oddEndpointBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("read");
    const auto page = [](const QByteArray &item) {
        return R"({"data":[)" + item + R"(],"links":{"next":null}})";
    };
    QTest::newRow("nulls, empty and absent texts")
        << page(R"({"id":"a","username":"","caller_id":null,"call_handler":""})") << true;
    QTest::newRow("lists with other values and wrong types")
        << page(R"({"codecs":["PCMU",1,null,"OPUS",["x"]],"ciphers":"AES","username":7})")
        << true;
    QTest::newRow("a key twice: the last one counts")
        << page(R"({"username":"a","codecs":["G722"],"username":null,"codecs":["PCMA"]})")
        << true;
    QTest::newRow("escapes and characters beyond ASCII")
        << page(R"({"username":"m\u00fcller","caller_id":"Z\u00fcrich \ud83d\udcde \t"})")
        << true;
    QTest::newRow("no links") << QByteArray(R"({"data":[{"id":"a"}]})") << true;
    QTest::newRow("links without next")
        << QByteArray(R"({"data":[],"links":{"self":"/x"}})") << true;
    QTest::newRow("next as text")
        << QByteArray(R"({"data":[],"links":{"next":"/x?page=2","first":"/x"}})") << true;
    QTest::newRow("links not an object")
        << QByteArray(R"({"data":[],"links":"/x"})") << false;
    QTest::newRow("next a number") << QByteArray(R"({"data":[],"links":{"next":2}})") << false;
    QTest::newRow("next twice")
        << QByteArray(R"({"data":[],"links":{"next":"/a","next":"/b"}})") << false;
    QTest::newRow("data not an array") << QByteArray(R"({"data":null})") << false;
    QTest::newRow("truncated") << QByteArray(R"({"data":[{"id":"a"},)") << false;
}

void TestFastListPage::oddEndpointBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, read);
    const auto fast = FastListPage::readSignalWireEndpoints(body);
    QCOMPARE(bool(fast), read);
    if (read)
        compareExactly(fast, endpointsTheOrdinaryWay(body));
}

void TestFastListPage::sharesRepeatedDomainValues()
{
    QJsonArray items;
    for (const SipDomain &domain : DemoData::domains(kAccount, 20, 3))
        items.append(domain.toJson());
    const auto page = FastListPage::readTwilioDomains(twilioPage(items, {}), u"domains"_s);
    QVERIFY(page);
    QCOMPARE(page->records.size(), 20);
    // One copy of the account SID for the whole page, as domainsFrom() keeps it.
    const QChar *first = page->records.constFirst().accountSid.constData();
    for (const SipDomain &domain : page->records)
        QCOMPARE(domain.accountSid.constData(), first);
}

QTEST_GUILESS_MAIN(TestFastListPage)
#include "tst_fastlistpage.moc"
