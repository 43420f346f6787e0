// What a write records, without a network: the fields a request sent under the service's
// names, before and after for exactly those, secrets only as changed, the outcome from the
// error.

#include "models/api/apierror.h"
#include "models/api/apirequest.h"
#include "models/api/twilioclient.h"
#include "models/journal/journalwrites.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJournalWrites : public QObject
{
    Q_OBJECT

private slots:
    void formNamesBecomeTheServiceNames_data();
    void formNamesBecomeTheServiceNames();
    void aFormBodyIsReadAsSent();
    void aJsonBodyIsReadAsSent();
    void anUpdateHasBeforeAndAfterOfExactlyTheSentFields();
    void aCreateHasNoBefore();
    void aSecretIsOnlyChanged();
    void outcomes_data();
    void outcomes();
    void theServicesMessageIsKept();
    void mappingsNameTheListAndTheirSet();
};

static ApiCall formCall(const FormFields &fields)
{
    ApiCall call;
    call.method = "POST";
    call.contentType = "application/x-www-form-urlencoded";
    call.body = TwilioClient::encodeForm(fields);
    return call;
}

void TestJournalWrites::formNamesBecomeTheServiceNames_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("json");
    QTest::newRow("two words") << u"FriendlyName"_s << u"friendly_name"_s;
    QTest::newRow("three words") << u"VoiceStatusCallbackUrl"_s << u"voice_status_callback_url"_s;
    QTest::newRow("one word") << u"Secure"_s << u"secure"_s;
    QTest::newRow("ip") << u"IpAddress"_s << u"ip_address"_s;
    QTest::newRow("already snake") << u"friendly_name"_s << u"friendly_name"_s;
}

void TestJournalWrites::formNamesBecomeTheServiceNames()
{
    QFETCH(QString, form);
    QFETCH(QString, json);
    QCOMPARE(JournalWrites::snakeCase(form), json);
}

void TestJournalWrites::aFormBodyIsReadAsSent()
{
    const QJsonObject sent = JournalWrites::sentFields(formCall(
        { { u"FriendlyName"_s, u"Front desk & lobby + 2"_s }, { u"VoiceUrl"_s, QString() } }));
    QCOMPARE(sent,
        (QJsonObject { { u"friendly_name"_s, u"Front desk & lobby + 2"_s },
            { u"voice_url"_s, QString() } }));
}

void TestJournalWrites::aJsonBodyIsReadAsSent()
{
    ApiCall call;
    call.contentType = "application/json";
    call.body = R"({"username":"alice","codecs":["PCMU"],"ciphers":[],"caller_id":null})";
    const QJsonObject sent = JournalWrites::sentFields(call);
    QCOMPARE(sent.value(u"username"_s), QJsonValue(u"alice"_s));
    QCOMPARE(sent.value(u"codecs"_s), QJsonValue(QJsonArray { u"PCMU"_s }));
    QCOMPARE(sent.value(u"ciphers"_s), QJsonValue(QJsonArray()));
    QVERIFY(sent.value(u"caller_id"_s).isNull());
}

void TestJournalWrites::anUpdateHasBeforeAndAfterOfExactlyTheSentFields()
{
    const QJsonObject before { { u"friendly_name"_s, u"Old"_s }, { u"secure"_s, false },
        { u"voice_url"_s, u"https://a.example"_s }, { u"sid"_s, u"SD1"_s } };
    const QJsonObject sent = JournalWrites::sentFields(
        formCall({ { u"FriendlyName"_s, u"New"_s }, { u"Secure"_s, u"true"_s } }));
    const QList<FieldChange> changes = JournalWrites::changesOf(sent, before, before, false);
    QCOMPARE(changes,
        (QList { FieldChange::of(u"friendly_name"_s, u"Old"_s, u"New"_s),
            FieldChange::of(u"secure"_s, false, true) }));
}

void TestJournalWrites::aCreateHasNoBefore()
{
    const QJsonObject types { { u"sip_registration"_s, false } };
    const QJsonObject sent = JournalWrites::sentFields(formCall(
        { { u"DomainName"_s, u"new.sip.twilio.com"_s }, { u"SipRegistration"_s, u"true"_s } }));
    const QList<FieldChange> changes = JournalWrites::changesOf(sent, {}, types, true);
    QCOMPARE(changes.size(), 2);
    for (const FieldChange &change : changes)
        QVERIFY(change.before.isUndefined());
    QCOMPARE(changes.at(0).after, QJsonValue(u"new.sip.twilio.com"_s));
    QCOMPARE(changes.at(1).after, QJsonValue(true));
}

void TestJournalWrites::aSecretIsOnlyChanged()
{
    const QString password = u"Sup3r-Secret-Pass-1234"_s;
    const QJsonObject sent = JournalWrites::sentFields(
        formCall({ { u"Username"_s, u"alice"_s }, { u"Password"_s, password } }));
    QVERIFY(sent.value(u"password"_s).isNull()); // gone before it is anything else
    const QList<FieldChange> changes = JournalWrites::changesOf(sent, {}, {}, true);
    QCOMPARE(changes,
        (QList { FieldChange::secretChanged(u"password"_s),
            FieldChange::of(u"username"_s, QJsonValue(QJsonValue::Undefined), u"alice"_s) }));
}

void TestJournalWrites::outcomes_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<JournalEntry::Outcome>("outcome");
    QTest::newRow("done") << ApiError() << JournalEntry::Outcome::Done;
    QTest::newRow("refused") << ApiError(ApiError::Kind::Validation, u"400"_s)
                             << JournalEntry::Outcome::Refused;
    ApiError lost(ApiError::Kind::Network, u"closed"_s);
    lost.setOutcomeUnknown(true);
    QTest::newRow("unknown") << lost << JournalEntry::Outcome::Unknown;
    QTest::newRow("never sent") << ApiError(ApiError::Kind::Network, u"refused"_s)
                                << JournalEntry::Outcome::Refused;
}

void TestJournalWrites::outcomes()
{
    QFETCH(ApiError, error);
    QFETCH(JournalEntry::Outcome, outcome);
    QCOMPARE(JournalWrites::outcomeOf(error), outcome);
    QCOMPARE(JournalWrites::messageOf(error).isEmpty(), !error);
}

void TestJournalWrites::theServicesMessageIsKept()
{
    ApiError error(ApiError::Kind::Validation, u"HTTP 400"_s);
    error.setServiceMessage(u"DomainName 'a.sip.twilio.com' is already in use"_s);
    error.setServiceCode(u"21232"_s);
    const QString message = JournalWrites::messageOf(error);
    QVERIFY2(message.contains(u"DomainName 'a.sip.twilio.com' is already in use"_s),
        qPrintable(message));
    QVERIFY2(message.contains(u"21232"_s), qPrintable(message));
}

void TestJournalWrites::mappingsNameTheListAndTheirSet()
{
    using Mapping = TwilioCollections::Mapping;
    const FieldChange added = JournalWrites::mappingChange(
        Mapping::CallsIpAccessControlLists, u"AL1"_s, u"Office"_s, true);
    QCOMPARE(added.field, u"calls_ip_access_control_list_mappings"_s);
    QVERIFY(added.before.isUndefined());
    QCOMPARE(added.after, QJsonValue(u"Office (AL1)"_s));
    const FieldChange removed = JournalWrites::mappingChange(
        Mapping::RegistrationsCredentialLists, u"CL1"_s, u"CL1"_s, false);
    QCOMPARE(removed.field, u"registrations_credential_list_mappings"_s);
    QCOMPARE(removed.before, QJsonValue(u"CL1"_s));
    QVERIFY(removed.after.isUndefined());
}

QTEST_GUILESS_MAIN(TestJournalWrites)
#include "tst_journalwrites.moc"
