#include "journaltestentries.h"

#include <QJsonArray>
#include <QTest>

class TestJournalEntry : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void damagedObjectsAreNoEntries_data();
    void damagedObjectsAreNoEntries();
    void secretFields_data();
    void secretFields();
    void aSecretValueInTheFileIsDropped();
};

void TestJournalEntry::roundTrip_data()
{
    QTest::addColumn<JournalEntry>("entry");
    QTest::newRow("update done") << domainUpdate(3);
    JournalEntry refused = domainUpdate(4);
    refused.action = JournalEntry::Action::Create;
    refused.outcome = JournalEntry::Outcome::Refused;
    refused.message = u"Domain name is already in use (21232)"_s;
    QTest::newRow("create refused") << refused;
    JournalEntry unknown = domainUpdate(5);
    unknown.action = JournalEntry::Action::Delete;
    unknown.changes.clear();
    unknown.outcome = JournalEntry::Outcome::Unknown;
    unknown.message = u"The connection was closed"_s;
    QTest::newRow("delete unknown") << unknown;
    JournalEntry credential = domainUpdate(6);
    credential.action = JournalEntry::Action::Map;
    credential.changes = { FieldChange::secretChanged(u"Password"_s),
        FieldChange::of(u"codecs"_s, QJsonArray { u"PCMU"_s }, QJsonArray { u"OPUS"_s }) };
    QTest::newRow("map with a secret and a list") << credential;
    JournalEntry unmap = domainUpdate(7);
    unmap.action = JournalEntry::Action::Unmap;
    QTest::newRow("unmap") << unmap;
}

void TestJournalEntry::roundTrip()
{
    QFETCH(JournalEntry, entry);
    const auto read = JournalEntry::fromJson(entry.toJson());
    QVERIFY(read);
    QCOMPARE(*read, entry);
}

void TestJournalEntry::damagedObjectsAreNoEntries_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("no time") << u"time"_s << QJsonValue();
    QTest::newRow("bad time") << u"time"_s << QJsonValue(u"yesterday"_s);
    QTest::newRow("unknown action") << u"action"_s << QJsonValue(u"rename"_s);
    QTest::newRow("unknown outcome") << u"outcome"_s << QJsonValue(u"maybe"_s);
    QTest::newRow("changes not a list") << u"changes"_s << QJsonValue(u"voice_url"_s);
    QTest::newRow("a change without field")
        << u"changes"_s << QJsonValue(QJsonArray { QJsonObject { { u"before"_s, 1 } } });
}

void TestJournalEntry::damagedObjectsAreNoEntries()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QJsonObject json = domainUpdate().toJson();
    if (value.isNull())
        json.remove(key);
    else
        json.insert(key, value);
    QVERIFY(!JournalEntry::fromJson(json));
}

void TestJournalEntry::secretFields_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("secret");
    QTest::newRow("Twilio credential") << u"Password"_s << true;
    QTest::newRow("SignalWire endpoint") << u"password"_s << true;
    QTest::newRow("auth token") << u"auth_token"_s << true;
    QTest::newRow("API token") << u"ApiToken"_s << true;
    QTest::newRow("api key") << u"api_key"_s << true;
    QTest::newRow("client secret") << u"client_secret"_s << true;
    QTest::newRow("username") << u"username"_s << false;
    QTest::newRow("voice URL") << u"voice_url"_s << false;
    QTest::newRow("auth type") << u"auth_type"_s << false;
}

void TestJournalEntry::secretFields()
{
    QFETCH(QString, field);
    QFETCH(bool, secret);
    const FieldChange change = FieldChange::of(field, u"before-value"_s, u"after-value"_s);
    QCOMPARE(change.secret, secret);
    QCOMPARE(change.before.isString(), !secret);
    QCOMPARE(change.after.isString(), !secret);
    JournalEntry entry;
    entry.changes = { change };
    const QJsonObject json = entry.toJson();
    QCOMPARE(json.value(u"changes"_s).toArray().at(0).toObject().contains(u"after"_s), !secret);
}

void TestJournalEntry::aSecretValueInTheFileIsDropped()
{
    QJsonObject json = domainUpdate().toJson();
    json.insert(u"changes"_s,
        QJsonArray { QJsonObject { { u"field"_s, u"Password"_s }, { u"after"_s, u"hunter22"_s } },
            QJsonObject { { u"field"_s, u"voice_url"_s }, { u"secret"_s, true },
                { u"after"_s, u"https://x"_s } } });
    const auto entry = JournalEntry::fromJson(json);
    QVERIFY(entry);
    QCOMPARE(entry->changes.size(), 2);
    for (const FieldChange &change : entry->changes) {
        QVERIFY(change.secret);
        QVERIFY(change.after.isNull());
    }
}

QTEST_GUILESS_MAIN(TestJournalEntry)
#include "tst_journalentry.moc"
