// The compact form the endpoint table keeps its rows in: it gives back
// exactly the record it was made of, shares what repeats, and is searched
// and looked up by id as the full record is.

#include "models/kinds/sipendpointkind.h"
#include "models/records/compactsipendpoint.h"
#include "sandbox/demoendpoints.h"
#include "tests/jsonfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Equal field by field, null and "" told apart (SipEndpoint's operator==
// takes them for equal).
void compareExactly(const SipEndpoint &actual, const SipEndpoint &expected)
{
    QCOMPARE(actual, expected);
    for (const auto &field : SipEndpoint::textFields())
        QVERIFY2((actual.*field.member).isNull() == (expected.*field.member).isNull(),
            field.jsonKey);
    QCOMPARE(actual.toJson(), expected.toJson());
}

SipEndpoint everyFieldSet(const QString &text)
{
    SipEndpoint endpoint;
    for (const auto &field : SipEndpoint::textFields())
        endpoint.*field.member = text.isNull() ? QString() : text + QLatin1String(field.jsonKey);
    return endpoint;
}

QList<SipEndpoint> demoEndpoints(int count)
{
    DemoData::EndpointMaker maker(7);
    QList<SipEndpoint> endpoints;
    for (int index = 0; index < count; ++index)
        endpoints.append(maker.make(index).record);
    return endpoints;
}

} // namespace

class TestCompactSipEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void everyDemoEndpointRoundTrips();
    void decodesAPageAsFromJson();
    void sharesWhatRepeatsWithinAPage();
    void listsThatJoinAlikeStayApart();
    void valuesRepeatedWithinAPage();
    void searchTextAsTheFullRecord();
    void indexOfId_data();
    void indexOfId();
    void staysSmall();
};

void TestCompactSipEndpoint::roundTrip_data()
{
    QTest::addColumn<SipEndpoint>("endpoint");
    QTest::newRow("fixture") << SipEndpoint::fromJson(loadFixture("signalwire_sip_endpoint.json"));
    QTest::newRow("default") << SipEndpoint();
    QTest::newRow("every text field set") << everyFieldSet(u"x-"_s);
    SipEndpoint empty = everyFieldSet(u""_s);
    for (const auto &field : SipEndpoint::textFields())
        empty.*field.member = u""_s;
    QTest::newRow("every text field empty, not null") << empty;
    for (const QString &id : { u"9F5B7C2E-3A4D-4E8F-9B1C-2D3E4F5A6B7C"_s,
             u"{9f5b7c2e-3a4d-4e8f-9b1c-2d3e4f5a6b7c}"_s, u"00000000-0000-0000-0000-000000000000"_s,
             u"not-a-uuid"_s, u""_s, QString() }) {
        SipEndpoint endpoint = everyFieldSet(u"y-"_s);
        endpoint.id = id;
        QTest::addRow("id %s", id.isNull() ? "null" : qPrintable(id)) << endpoint;
    }
    QTest::newRow("non-ASCII") << everyFieldSet(u"Zoë Müller – 東京 "_s);
    SipEndpoint surrogate = everyFieldSet(u"z-"_s);
    surrogate.username = u"a"_s + QChar(0xd800) + u"b"_s;
    surrogate.callerId = QString(QChar(0xdc00));
    surrogate.codecs = QStringList { QString(QChar(0xd801)), u"PCMU"_s };
    QTest::newRow("lone surrogates") << surrogate;
    SipEndpoint longTexts = everyFieldSet(u"l-"_s);
    longTexts.username = QString(200, u'n');
    longTexts.callRequestUrl = u"https://example.com/"_s + QString(70000, u'ü');
    QTest::newRow("long texts") << longTexts;
    SipEndpoint lists;
    lists.id = u"9f5b7c2e-3a4d-4e8f-9b1c-2d3e4f5a6b7c"_s;
    lists.codecs = QStringList { u"PCMU"_s, u""_s, u"OPUS"_s };
    lists.ciphers = QStringList { u"AEAD_AES_256_GCM_8"_s };
    QTest::newRow("lists") << lists;
}

void TestCompactSipEndpoint::roundTrip()
{
    QFETCH(SipEndpoint, endpoint);
    compareExactly(CompactSipEndpoint(endpoint).expanded(), endpoint);
    CompactSipEndpoint::Pool pool;
    compareExactly(CompactSipEndpoint(endpoint, &pool).expanded(), endpoint);
    const CompactSipEndpoint compact(endpoint);
    QCOMPARE(compact.id(), endpoint.id);
    QCOMPARE(compact.id().isNull(), endpoint.id.isNull());
    QCOMPARE(compact.username(), endpoint.username);
    QCOMPARE(compact.callerId(), endpoint.callerId);
    QCOMPARE(compact.callHandler(), endpoint.callHandler);
    QCOMPARE(compact.encryption(), endpoint.encryption);
    QCOMPARE(compact.codecs(), endpoint.codecs);
}

void TestCompactSipEndpoint::everyDemoEndpointRoundTrips()
{
    // Every handler, with the fields the form fills for it.
    CompactSipEndpoint::Pool pool;
    for (const SipEndpoint &endpoint : demoEndpoints(200)) {
        compareExactly(CompactSipEndpoint(endpoint, &pool).expanded(), endpoint);
        compareExactly(CompactSipEndpoint(endpoint).expanded(), endpoint);
    }
}

void TestCompactSipEndpoint::decodesAPageAsFromJson()
{
    QJsonArray page { loadFixture("signalwire_sip_endpoint.json"), u"not an object"_s };
    for (const SipEndpoint &endpoint : demoEndpoints(50))
        page.append(endpoint.toJson());
    const QList<CompactSipEndpoint> decoded = CompactSipEndpoint::decode(page);
    QCOMPARE(decoded.size(), page.size() - 1);
    for (qsizetype index = 0; index < decoded.size(); ++index) {
        const QJsonObject json = page.at(index < 1 ? 0 : index + 1).toObject();
        compareExactly(decoded.at(index).expanded(), SipEndpoint::fromJson(json));
        QCOMPARE(decoded.at(index).expanded().toJson(), json);
    }
}

void TestCompactSipEndpoint::sharesWhatRepeatsWithinAPage()
{
    // Two JSON objects: equal values, but each its own copy once parsed.
    const QJsonObject first = loadFixture("signalwire_sip_endpoint.json");
    QJsonObject second = first;
    second.insert(u"id"_s, u"1f5b7c2e-3a4d-4e8f-9b1c-2d3e4f5a6b7c"_s);
    second.insert(u"username"_s, u"bob"_s);

    const QList<CompactSipEndpoint> page =
        CompactSipEndpoint::decode(QJsonArray { first, second });
    QCOMPARE(page.size(), 2);
    QCOMPARE(page[0].callHandler().constData(), page[1].callHandler().constData());
    QCOMPARE(page[0].encryption().constData(), page[1].encryption().constData());
    const SipEndpoint a = page[0].expanded();
    const SipEndpoint b = page[1].expanded();
    QCOMPARE(a.callRequestMethod.constData(), b.callRequestMethod.constData());
    QCOMPARE(a.type.constData(), b.type.constData());
    // The other texts of a page sit in one block, not one allocation each.
    QVERIFY(page[0].sharesTextsWith(page[1]));
    QVERIFY(!page[0].sharesTextsWith(CompactSipEndpoint(a)));
    QCOMPARE(a.username, u"alice"_s);
    QCOMPARE(b.username, u"bob"_s);

    // A different shape is not shared.
    second.insert(u"encryption"_s, u"required"_s);
    const QList<CompactSipEndpoint> other = CompactSipEndpoint::decode(QJsonArray { first, second });
    QCOMPARE(other[1].encryption(), u"required"_s);
    QCOMPARE(other[0].encryption(), u"optional"_s);
}

void TestCompactSipEndpoint::listsThatJoinAlikeStayApart()
{
    // Joined with any separator, these lists would read the same.
    const QList<QStringList> lists { {}, { u""_s }, { u"a"_s, u"b"_s },
        { QStringLiteral("a\x1f" "b") }, { u"1:a"_s }, { u"a"_s } };
    QJsonArray page;
    for (const QStringList &list : lists) {
        SipEndpoint endpoint;
        endpoint.codecs = list;
        endpoint.ciphers = list;
        page.append(endpoint.toJson());
    }
    const QList<CompactSipEndpoint> decoded = CompactSipEndpoint::decode(page);
    QCOMPARE(decoded.size(), lists.size());
    for (qsizetype index = 0; index < lists.size(); ++index) {
        QCOMPARE(decoded.at(index).codecs(), lists.at(index));
        QCOMPARE(decoded.at(index).expanded().ciphers, lists.at(index));
    }
}

void TestCompactSipEndpoint::valuesRepeatedWithinAPage()
{
    // A page writes a long value once and refers to it after: the rows,
    // and the lists whose items repeat, read back as they were.
    QJsonArray page;
    QList<SipEndpoint> endpoints;
    for (int index = 0; index < 6; ++index) {
        SipEndpoint endpoint = everyFieldSet(index % 2 ? u"odd-value-"_s : u"even-value-"_s);
        endpoint.id = u"legacy-id-that-is-long-%1"_s.arg(index / 3);
        endpoint.callerId = endpoint.callRequestUrl; // equal values of two fields
        endpoint.codecs = QStringList { u"OPUS@48000h@20i"_s, u"OPUS@48000h@20i"_s };
        endpoint.ciphers = index < 3 ? endpoint.codecs : QStringList { u"OPUS@48000h@20i"_s };
        endpoint.username = index == 5 ? QString(QChar(0xd800)) + endpoint.callerId : u"u"_s;
        endpoints.append(endpoint);
        page.append(endpoint.toJson());
    }
    const QList<CompactSipEndpoint> decoded = CompactSipEndpoint::decode(page);
    QCOMPARE(decoded.size(), endpoints.size());
    for (qsizetype index = 0; index < decoded.size(); ++index) {
        compareExactly(decoded.at(index).expanded(), SipEndpoint::fromJson(page.at(index).toObject()));
        QCOMPARE(decoded.at(index).callerId(), endpoints.at(index).callRequestUrl);
        QCOMPARE(decoded.at(index).id(), endpoints.at(index).id);
        QCOMPARE(decoded.at(index).codecs(), endpoints.at(index).codecs);
    }
}

void TestCompactSipEndpoint::searchTextAsTheFullRecord()
{
    QList<SipEndpoint> endpoints = demoEndpoints(100);
    SipEndpoint unusual = everyFieldSet(u"ÄÖ-"_s);
    unusual.id = u"Not-A-UUID"_s;
    endpoints.append(unusual);
    for (const SipEndpoint &endpoint : std::as_const(endpoints))
        QCOMPARE(SipEndpointKind::searchText(CompactSipEndpoint(endpoint)),
            SipEndpointKind::searchText(endpoint));
}

void TestCompactSipEndpoint::indexOfId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("row");
    QTest::newRow("canonical UUID") << u"9f5b7c2e-3a4d-4e8f-9b1c-2d3e4f5a6b7c"_s << 1;
    QTest::newRow("same UUID, upper case") << u"9F5B7C2E-3A4D-4E8F-9B1C-2D3E4F5A6B7C"_s << 2;
    QTest::newRow("same UUID, braces") << u"{9f5b7c2e-3a4d-4e8f-9b1c-2d3e4f5a6b7c}"_s << -1;
    QTest::newRow("not a UUID") << u"legacy-7"_s << 0;
    QTest::newRow("missing UUID") << u"1f5b7c2e-3a4d-4e8f-9b1c-2d3e4f5a6b7c"_s << -1;
    QTest::newRow("missing text") << u"legacy"_s << -1;
}

void TestCompactSipEndpoint::indexOfId()
{
    QFETCH(QString, id);
    QFETCH(int, row);
    QList<CompactSipEndpoint> endpoints;
    for (const QString &each : { u"legacy-7"_s, u"9f5b7c2e-3a4d-4e8f-9b1c-2d3e4f5a6b7c"_s,
             u"9F5B7C2E-3A4D-4E8F-9B1C-2D3E4F5A6B7C"_s }) {
        SipEndpoint endpoint;
        endpoint.id = each;
        endpoints.append(CompactSipEndpoint(endpoint));
    }
    QCOMPARE(CompactSipEndpoint::indexOfId(endpoints, id), qsizetype(row));
}

void TestCompactSipEndpoint::staysSmall()
{
    // What 100,000 rows cost in place; their texts are in their page's
    // block. The full record is 600 bytes and 25 strings.
    QVERIFY(sizeof(CompactSipEndpoint) <= 40);
    QCOMPARE(sizeof(SipEndpoint), size_t(600));
}

QTEST_GUILESS_MAIN(TestCompactSipEndpoint)
#include "tst_compactsipendpoint.moc"
