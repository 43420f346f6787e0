#include "models/records/callhandlers.h"
#include "models/records/sipauth.h"
#include "models/records/sipdomain.h"
#include "models/records/sipendpoint.h"
#include "models/records/vocabulary.h"
#include "tests/jsonfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRecords : public QObject
{
    Q_OBJECT

private slots:
    void domainFromSeed();
    void domainRoundTrip();
    void domainNullVersusEmpty();
    void endpointFromSeed();
    void endpointRoundTrip();
    void endpointHasEveryResponseKey();
    void rfc2822();
    void rfc2822AsQtReadsIt_data();
    void rfc2822AsQtReadsIt();
    void handlerFields_data();
    void handlerFields();
    void callHandlerTable_data();
    void callHandlerTable();
    void callHandlerTableMatchesVocabulary();
    void sipAuthRoundTrip_data();
    void sipAuthRoundTrip();
    void sipAuthFromSeed();
};

void TestRecords::domainFromSeed()
{
    const SipDomain domain = SipDomain::fromJson(loadFixture("twilio_sip_domain.json"));
    QCOMPARE(domain.sid, u"SDXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"_s);
    QCOMPARE(domain.accountSid, u"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"_s);
    QCOMPARE(domain.apiVersion, u"2010-04-01"_s);
    QCOMPARE(domain.authType, u"IP_ACL"_s);
    QCOMPARE(domain.domainName, u"dunder-mifflin-scranton.sip.twilio.com"_s);
    QCOMPARE(domain.friendlyName, u"Scranton Office"_s);
    QCOMPARE(domain.voiceUrl, u"https://dundermifflin.example.com/twilio/app.php"_s);
    QCOMPARE(domain.voiceMethod, u"POST"_s);
    QVERIFY(domain.voiceFallbackUrl.isNull());
    QCOMPARE(domain.voiceFallbackMethod, u"POST"_s);
    QVERIFY(domain.voiceStatusCallbackUrl.isNull());
    QCOMPARE(domain.voiceStatusCallbackMethod, u"POST"_s);
    QVERIFY(domain.sipRegistration);
    QVERIFY(domain.emergencyCallingEnabled);
    QVERIFY(domain.secure);
    QCOMPARE(domain.byocTrunkSid, u"BYXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"_s);
    QCOMPARE(domain.emergencyCallerSid, u"PNXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX"_s);
    QCOMPARE(domain.dateCreated, QDateTime(QDate(2015, 7, 20), QTime(17, 27, 10), Qt::UTC));
    QCOMPARE(domain.subresourceUris.size(), 2);
    QVERIFY(domain.subresourceUris.value(u"credential_list_mappings"_s)
                .endsWith(u"/CredentialListMappings.json"_s));
    QVERIFY(domain.hasAuthMapping());
}

void TestRecords::domainRoundTrip()
{
    const QJsonObject seed = loadFixture("twilio_sip_domain.json");
    const QJsonObject back = SipDomain::fromJson(seed).toJson();
    QCOMPARE(back, seed);
}

void TestRecords::domainNullVersusEmpty()
{
    QJsonObject json = loadFixture("twilio_sip_domain.json");
    json.insert(u"auth_type"_s, QJsonValue::Null);
    json.insert(u"voice_url"_s, u""_s);
    const SipDomain domain = SipDomain::fromJson(json);
    QVERIFY(domain.authType.isNull());
    QVERIFY(!domain.hasAuthMapping());
    QVERIFY(!domain.voiceUrl.isNull());
    QVERIFY(domain.voiceUrl.isEmpty());
    QCOMPARE(domain.toJson().value(u"auth_type"_s), QJsonValue(QJsonValue::Null));
    QCOMPARE(domain.toJson().value(u"voice_url"_s), QJsonValue(u""_s));
}

void TestRecords::endpointFromSeed()
{
    const SipEndpoint endpoint = SipEndpoint::fromJson(loadFixture("signalwire_sip_endpoint.json"));
    QCOMPARE(endpoint.type, u"sip_endpoint"_s);
    QCOMPARE(endpoint.id, u"9f5b7c2e-3a4d-4e8f-9b1c-2d3e4f5a6b7c"_s);
    QCOMPARE(endpoint.username, u"alice"_s);
    QCOMPARE(endpoint.codecs, (QStringList { u"OPUS@48000h@20i"_s, u"PCMU"_s }));
    QCOMPARE(endpoint.ciphers.size(), 2);
    QCOMPARE(endpoint.encryption, u"optional"_s);
    QCOMPARE(endpoint.callHandler, u"laml_webhooks"_s);
    QCOMPARE(endpoint.callFallbackMethod, u"GET"_s);
    QVERIFY(endpoint.callVideoRoomId.isNull());
    QVERIFY(endpoint.callingHandlerResourceId.isNull());
}

void TestRecords::endpointRoundTrip()
{
    const QJsonObject seed = loadFixture("signalwire_sip_endpoint.json");
    QCOMPARE(SipEndpoint::fromJson(seed).toJson(), seed);
}

void TestRecords::endpointHasEveryResponseKey()
{
    // The "required" list of the SIP endpoint response in the SignalWire REST API reference.
    const QStringList required { u"type"_s, u"id"_s, u"username"_s, u"caller_id"_s, u"send_as"_s,
        u"ciphers"_s, u"codecs"_s, u"encryption"_s, u"call_handler"_s,
        u"calling_handler_resource_id"_s, u"call_request_url"_s, u"call_request_method"_s,
        u"call_fallback_url"_s, u"call_fallback_method"_s, u"call_status_callback_url"_s,
        u"call_status_callback_method"_s, u"call_laml_application_id"_s,
        u"call_dialogflow_agent_id"_s, u"call_relay_topic"_s,
        u"call_relay_topic_status_callback_url"_s, u"call_relay_context"_s,
        u"call_relay_context_status_callback_url"_s, u"call_relay_application"_s,
        u"call_video_room_id"_s, u"call_relay_script_url"_s };
    const QJsonObject json = SipEndpoint().toJson();
    QCOMPARE(json.size(), required.size());
    for (const QString &key : required)
        QVERIFY2(json.contains(key), qPrintable(key));
    // Never null per the schema, even for an empty record.
    QVERIFY(json.value(u"username"_s).isString());
    QVERIFY(json.value(u"codecs"_s).isArray());
    QVERIFY(json.value(u"caller_id"_s).isNull());
}

void TestRecords::rfc2822()
{
    const QDateTime when(QDate(2015, 7, 30), QTime(20, 0, 0), Qt::UTC);
    QCOMPARE(toRfc2822(when), u"Thu, 30 Jul 2015 20:00:00 +0000"_s);
    QCOMPARE(fromRfc2822(u"Thu, 30 Jul 2015 20:00:00 +0000"_s), when);
    // A different offset is normalised to UTC.
    QCOMPARE(fromRfc2822(u"Thu, 30 Jul 2015 22:00:00 +0200"_s), when);
    QVERIFY(!fromRfc2822(u"yesterday"_s).isValid());
    QVERIFY(!fromRfc2822(QString()).isValid());
}

// fromRfc2822() reads Twilio's own spelling itself, for speed: every text
// must still come out as QDateTime::fromString reads it, valid or not.
void TestRecords::rfc2822AsQtReadsIt_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("Twilio's spelling") << u"Mon, 20 Jul 2015 17:27:10 +0000"_s;
    QTest::newRow("leap day") << u"Thu, 29 Feb 2024 00:00:00 +0000"_s;
    QTest::newRow("end of a year") << u"Fri, 31 Dec 1999 23:59:59 +0000"_s;
    QTest::newRow("weekday that does not match") << u"Tue, 20 Jul 2015 17:27:10 +0000"_s;
    QTest::newRow("31 February") << u"Tue, 31 Feb 2015 17:27:10 +0000"_s;
    QTest::newRow("month in lower case") << u"Mon, 20 jul 2015 17:27:10 +0000"_s;
    QTest::newRow("hour 24") << u"Mon, 20 Jul 2015 24:00:00 +0000"_s;
    QTest::newRow("leap second") << u"Mon, 20 Jul 2015 23:59:60 +0000"_s;
    QTest::newRow("year 0") << u"Sat, 20 Jul 0000 17:27:10 +0000"_s;
    QTest::newRow("another offset") << u"Mon, 20 Jul 2015 19:27:10 +0200"_s;
    QTest::newRow("GMT") << u"Mon, 20 Jul 2015 17:27:10 GMT"_s;
    QTest::newRow("one-digit day") << u"Mon, 6 Jul 2015 17:27:10 +0000"_s;
    QTest::newRow("letters for digits") << u"Mon, 2O Jul 2015 17:27:10 +0000"_s;
    QTest::newRow("Arabic-Indic digits") << u"Mon, \u0662\u0660 Jul 2015 17:27:10 +0000"_s;
}

void TestRecords::rfc2822AsQtReadsIt()
{
    QFETCH(QString, text);
    const QDateTime expected = QDateTime::fromString(text, Qt::RFC2822Date).toUTC();
    const QDateTime actual = fromRfc2822(text);
    QCOMPARE(actual.isValid(), expected.isValid());
    QCOMPARE(actual, expected);
    QCOMPARE(actual.timeSpec(), expected.timeSpec());
}

void TestRecords::handlerFields_data()
{
    QTest::addColumn<QString>("handler");
    QTest::addColumn<QStringList>("expected"); // in form order
    QTest::newRow("laml_webhooks")
        << u"laml_webhooks"_s
        << QStringList { u"call_request_url"_s, u"call_request_method"_s, u"call_fallback_url"_s,
               u"call_fallback_method"_s, u"call_status_callback_url"_s,
               u"call_status_callback_method"_s };
    QTest::newRow("call_flow") << u"call_flow"_s
                               << QStringList { u"call_flow_id"_s, u"call_flow_version"_s };
    QTest::newRow("relay_topic") << u"relay_topic"_s
                                 << QStringList { u"call_relay_topic"_s,
                                        u"call_relay_topic_status_callback_url"_s };
    QTest::newRow("video_room") << u"video_room"_s << QStringList { u"call_video_room_id"_s };
    QTest::newRow("relay_connector") << u"relay_connector"_s << QStringList();
    QTest::newRow("none") << QString() << QStringList();
}

void TestRecords::handlerFields()
{
    QFETCH(QString, handler);
    QFETCH(QStringList, expected);
    QCOMPARE(SignalWireVocabulary::fieldsFor(handler), expected);
    // Every required field is among the shown ones, for every handler.
    for (const QString &each : SignalWireVocabulary::callHandlers())
        for (const QString &required : SignalWireVocabulary::requiredFieldsFor(each))
            QVERIFY2(SignalWireVocabulary::fieldsFor(each).contains(required), qPrintable(each));
}

void TestRecords::callHandlerTable_data()
{
    QTest::addColumn<int>("row");
    const auto table = SignalWireCallHandlers::table();
    for (int row = 0; row < int(table.size()); ++row)
        QTest::newRow(table[row].key) << row;
}

// What the form, the table model and the sandbox rely on for every row.
void TestRecords::callHandlerTable()
{
    QFETCH(int, row);
    const SignalWireCallHandlers::Handler &handler = SignalWireCallHandlers::table()[row];
    QVERIFY(handler.label && *handler.label);
    const QStringList shown = handler.shownFields();
    const QStringList required = handler.requiredFields();
    QCOMPARE(QSet<QString>(shown.begin(), shown.end()).size(), shown.size());
    for (const QString &key : required)
        QVERIFY2(shown.contains(key), qPrintable(key + u" is required but not shown"_s));
    if (handler.resourceField)
        QVERIFY2(required.contains(QLatin1String(handler.resourceField)),
            "the field that names the handler's resource must be required");

    QStringList requestFields = SignalWireVocabulary::writeOnlyFields();
    for (const SipEndpoint::TextField &field : SipEndpoint::textFields())
        requestFields.append(QLatin1String(field.jsonKey));
    for (const SignalWireCallHandlers::Field &field : handler.shown) {
        if (!field.key)
            continue;
        QVERIFY2(requestFields.contains(QLatin1String(field.key)), field.key);
        QVERIFY2(field.label && *field.label, field.key);
    }
}

void TestRecords::callHandlerTableMatchesVocabulary()
{
    QStringList keys;
    for (const SignalWireCallHandlers::Handler &handler : SignalWireCallHandlers::table())
        keys.append(QLatin1String(handler.key));
    QCOMPARE(QSet<QString>(keys.begin(), keys.end()).size(), keys.size());
    QCOMPARE(SignalWireVocabulary::callHandlers(), keys);
    for (const QString &key : keys) {
        QCOMPARE(QString::fromLatin1(SignalWireCallHandlers::find(key)->key), key);
        QCOMPARE(
            SignalWireVocabulary::fieldsFor(key), SignalWireCallHandlers::find(key)->shownFields());
    }
    QVERIFY(!SignalWireCallHandlers::find(u"not_a_handler"));
}

namespace {
// Which record reads a fixture: fromJson(fixture).toJson().
QJsonObject roundTrip(const QString &record, const QJsonObject &json)
{
    if (record == u"CredentialList"_s)
        return CredentialList::fromJson(json).toJson();
    if (record == u"SipCredential"_s)
        return SipCredential::fromJson(json).toJson();
    if (record == u"IpAccessControlList"_s)
        return IpAccessControlList::fromJson(json).toJson();
    if (record == u"IpAddress"_s)
        return IpAddress::fromJson(json).toJson();
    return AuthMapping::fromJson(json).toJson();
}
} // namespace

void TestRecords::sipAuthRoundTrip_data()
{
    QTest::addColumn<QByteArray>("fixture");
    QTest::addColumn<QString>("record");
    QTest::newRow("credential list")
        << QByteArray("twilio_credential_list.json") << u"CredentialList"_s;
    QTest::newRow("credential") << QByteArray("twilio_credential.json") << u"SipCredential"_s;
    QTest::newRow("IP access control list")
        << QByteArray("twilio_ip_access_control_list.json") << u"IpAccessControlList"_s;
    QTest::newRow("IP address") << QByteArray("twilio_ip_address.json") << u"IpAddress"_s;
    QTest::newRow("Auth/Calls credential list mapping")
        << QByteArray("twilio_auth_calls_credential_list_mapping.json") << u"AuthMapping"_s;
    QTest::newRow("older credential list mapping")
        << QByteArray("twilio_credential_list_mapping.json") << u"AuthMapping"_s;
}

void TestRecords::sipAuthRoundTrip()
{
    QFETCH(QByteArray, fixture);
    QFETCH(QString, record);
    const QJsonObject seed = loadFixture(fixture.constData());
    QVERIFY(!seed.isEmpty());
    QCOMPARE(roundTrip(record, seed), seed);
}

void TestRecords::sipAuthFromSeed()
{
    const IpAddress address = IpAddress::fromJson(loadFixture("twilio_ip_address.json"));
    QCOMPARE(address.ipAddress, u"192.1.1.2"_s);
    QCOMPARE(address.cidrPrefixLength, 32);
    QCOMPARE(address.range(), u"192.1.1.2"_s);
    const SipCredential credential = SipCredential::fromJson(loadFixture("twilio_credential.json"));
    QCOMPARE(credential.username, u"1440013725.28"_s);
    QCOMPARE(credential.credentialListSid, u"CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s);
    const AuthMapping newer =
        AuthMapping::fromJson(loadFixture("twilio_auth_calls_credential_list_mapping.json"));
    QVERIFY(newer.domainSid.isNull());
    QVERIFY(!newer.toJson().contains(u"uri"_s));
    const AuthMapping older =
        AuthMapping::fromJson(loadFixture("twilio_credential_list_mapping.json"));
    QCOMPARE(older.domainSid, u"SDaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s);
    QVERIFY(
        older.uri.endsWith(u"/CredentialListMappings/CLaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.json"_s));
}

QTEST_GUILESS_MAIN(TestRecords)
#include "tst_records.moc"
