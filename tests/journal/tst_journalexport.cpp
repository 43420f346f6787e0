#include "journaltestentries.h"

#include "models/journal/journalexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

class TestJournalExport : public QObject
{
    Q_OBJECT

private slots:
    void csvHasAHeaderAndALinePerEntry();
    void csvTimesCarryTheirOffset();
    void csvNeutralisesFormulas();
    void changesText_data();
    void changesText();
    void jsonIsTheEntries();
};

void TestJournalExport::csvHasAHeaderAndALinePerEntry()
{
    const QByteArray csv = JournalExport::toCsv({ domainUpdate(1), domainUpdate(2) });
    const QList<QByteArray> lines = csv.split('\n');
    QCOMPARE(lines.size(), 4); // three lines and the empty rest after the last CRLF
    QCOMPARE(lines.at(0),
        QByteArray("time,profile,service,account,kind,action,id,name,changes,outcome,message\r"));
    QVERIFY(lines.at(1).contains(",Acme (prod),twilio,AC00000000000000000000000000000001,"
                                 "sip-domains,update,SD"));
    QVERIFY(lines.at(2).contains("acme-2.sip.twilio.com"));
    QVERIFY(lines.at(2).endsWith(",done,\r"));
}

void TestJournalExport::csvTimesCarryTheirOffset()
{
    const QByteArray line = JournalExport::toCsv({ domainUpdate() }).split('\n').at(1);
    const QString time = QString::fromUtf8(line.left(line.indexOf(',')));
    const QDateTime parsed = QDateTime::fromString(time, Qt::ISODate);
    QVERIFY2(parsed.isValid(), qPrintable(time));
    QVERIFY2(
        time.endsWith(u'Z') || time.at(time.size() - 6) == u'+' || time.at(time.size() - 6) == u'-',
        qPrintable(time));
    QCOMPARE(parsed.toUTC(), domainUpdate().time);
}

void TestJournalExport::csvNeutralisesFormulas()
{
    JournalEntry entry = domainUpdate();
    entry.recordName = u"=HYPERLINK(\"https://evil.example\")"_s;
    const QByteArray csv = JournalExport::toCsv({ entry });
    QVERIFY(!csv.contains(",=HYPERLINK"));
    QVERIFY(csv.contains("'=HYPERLINK"));
}

void TestJournalExport::changesText_data()
{
    QTest::addColumn<QList<FieldChange>>("changes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("text") << QList { FieldChange::of(u"voice_url"_s, u"https://a"_s,
        u"https://b"_s) } << u"voice_url: \"https://a\" → \"https://b\""_s;
    QTest::newRow("null to text") << QList { FieldChange::of(u"voice_url"_s, QJsonValue(),
        u"https://b"_s) } << u"voice_url: null → \"https://b\""_s;
    QTest::newRow("boolean and secret")
        << QList { FieldChange::of(u"sip_registration"_s, false, true),
               FieldChange::of(u"Password"_s, u"x"_s, u"y"_s) }
        << u"sip_registration: false → true; Password: changed"_s;
    QTest::newRow("list") << QList { FieldChange::of(u"codecs"_s, QJsonArray { u"PCMU"_s },
        QJsonArray {}) } << u"codecs: [\"PCMU\"] → []"_s;
    QTest::newRow("none") << QList<FieldChange>() << QString();
}

void TestJournalExport::changesText()
{
    QFETCH(QList<FieldChange>, changes);
    QFETCH(QString, expected);
    QCOMPARE(JournalExport::changesText(changes), expected);
}

void TestJournalExport::jsonIsTheEntries()
{
    const QJsonDocument document =
        QJsonDocument::fromJson(JournalExport::toJson({ domainUpdate(1), domainUpdate(2) }));
    QVERIFY(document.isArray());
    QCOMPARE(document.array().size(), 2);
    QCOMPARE(JournalEntry::fromJson(document.array().at(1).toObject()), domainUpdate(2));
}

QTEST_GUILESS_MAIN(TestJournalExport)
#include "tst_journalexport.moc"
