// The account's recorder against the sandbox: each write it tracks becomes one entry with the
// account's profile, service and SID, and the outcome its answer (or its lack) gives.

#include "models/accounts/account.h"
#include "models/journal/changejournal.h"
#include "models/journal/journalrecorder.h"
#include "sandbox/faultinjector.h"
#include "tests/builders.h"
#include "tests/sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestJournalRecorder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void oneRecorderPerClient();
    void aDoneWriteIsRecordedWithItsAccount();
    void theCompletionSeesTheAnswer();
    void aRefusedWriteKeepsTheServicesMessage();
    void aLostAnswerLeavesTheOutcomeUnknown();
    void aWriteUnansweredWhenTheAccountClosesIsUnknown();
    void withoutAJournalNothingIsAttached();

private:
    QList<JournalEntry> entries() const { return m_journal->read().entries; }
    // Changes the first demo domain's friendly name, tracked as an update.
    ApiRequest *trackRename(JournalRecorder::Completion complete = {});
    void addPostFault(FaultInjector::Kind kind);

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TwilioClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ChangeJournal> m_journal;
    Account m_account;
    QString m_domainSid;
};

void TestJournalRecorder::init()
{
    m_server = SandboxFixture::start(2, 0);
    QVERIFY(m_server);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<TwilioClient>(m_network.get(), SandboxFixture::twilio(*m_server));
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<ChangeJournal>(m_dir->filePath(u"journal.jsonl"_s));
    m_account = Builders::twilioAccount(u"Acme (prod)"_s,
        DemoCredentials::kTwilioAccountSid.toString(), DemoCredentials::kTwilioAuthToken.toString(),
        m_server->twilioBaseUrl());
    // A domain of its own to rename, created before anything is recorded.
    ApiRequest *create = m_client->createDomain({ { u"DomainName"_s, u"journal.sip.twilio.com"_s } });
    QSignalSpy created(create, &ApiRequest::finished);
    QVERIFY(created.wait(10000));
    QVERIFY(!create->error());
    m_domainSid = TwilioClient::domainFrom(*create).sid;
    QVERIFY(!m_domainSid.isEmpty());
}

void TestJournalRecorder::cleanup()
{
    m_client.reset();
    m_journal.reset();
    m_server.reset();
}

ApiRequest *TestJournalRecorder::trackRename(JournalRecorder::Completion complete)
{
    JournalRecorder *recorder = JournalRecorder::attach(m_journal.get(), m_account, m_client.get());
    ApiRequest *request = m_client->updateDomain(m_domainSid, { { u"FriendlyName"_s, u"New"_s } });
    JournalEntry entry;
    entry.kind = u"sipDomains"_s;
    entry.action = JournalEntry::Action::Update;
    entry.recordId = m_domainSid;
    entry.changes = { FieldChange::of(u"friendly_name"_s, u"Old"_s, u"New"_s) };
    recorder->track(request, entry, std::move(complete));
    return request;
}

void TestJournalRecorder::addPostFault(FaultInjector::Kind kind)
{
    FaultInjector::Rule rule;
    rule.kind = kind;
    rule.method = "POST";
    m_server->faults().addRule(rule);
}

void TestJournalRecorder::oneRecorderPerClient()
{
    JournalRecorder *first = JournalRecorder::attach(m_journal.get(), m_account, m_client.get());
    QCOMPARE(JournalRecorder::of(m_client.get()), first);
    JournalRecorder *second = JournalRecorder::attach(m_journal.get(), m_account, m_client.get());
    QCOMPARE(JournalRecorder::of(m_client.get()), second);
    QCOMPARE(m_client->findChildren<JournalRecorder *>().size(), 1);
    QCOMPARE(JournalRecorder::of(m_network.get()), nullptr);
}

void TestJournalRecorder::aDoneWriteIsRecordedWithItsAccount()
{
    QSignalSpy appended(m_journal.get(), &ChangeJournal::appended);
    const QDateTime before = QDateTime::currentDateTimeUtc();
    trackRename();
    QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 10000);
    const QList<JournalEntry> recorded = entries();
    QCOMPARE(recorded.size(), 1);
    const JournalEntry &entry = recorded.first();
    QCOMPARE(entry.outcome, JournalEntry::Outcome::Done);
    QVERIFY(entry.message.isEmpty());
    QCOMPARE(entry.profile, u"Acme (prod)"_s);
    QCOMPARE(entry.service, u"twilio"_s);
    QCOMPARE(entry.account, DemoCredentials::kTwilioAccountSid.toString());
    QCOMPARE(entry.recordId, m_domainSid);
    QVERIFY(entry.time >= before.addSecs(-1) && entry.time <= QDateTime::currentDateTimeUtc());
    QCOMPARE(entry.changes.size(), 1);
}

void TestJournalRecorder::theCompletionSeesTheAnswer()
{
    QSignalSpy appended(m_journal.get(), &ChangeJournal::appended);
    trackRename([](JournalEntry &entry, const QJsonObject &answer) {
        entry.recordName = answer.value(u"friendly_name"_s).toString();
    });
    QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 10000);
    QCOMPARE(entries().constFirst().recordName, u"New"_s);
}

void TestJournalRecorder::aRefusedWriteKeepsTheServicesMessage()
{
    addPostFault(FaultInjector::Kind::Forbidden);
    QSignalSpy appended(m_journal.get(), &ChangeJournal::appended);
    bool completedWithoutAnswer = false;
    trackRename([&](JournalEntry &, const QJsonObject &answer) {
        completedWithoutAnswer = answer.isEmpty();
    });
    QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 10000);
    const JournalEntry entry = entries().constFirst();
    QCOMPARE(entry.outcome, JournalEntry::Outcome::Refused);
    QVERIFY(!entry.message.isEmpty());
    QVERIFY(completedWithoutAnswer);
}

void TestJournalRecorder::aLostAnswerLeavesTheOutcomeUnknown()
{
    addPostFault(FaultInjector::Kind::CloseMidBody); // processed, then the answer is cut
    QSignalSpy appended(m_journal.get(), &ChangeJournal::appended);
    trackRename();
    QTRY_COMPARE_WITH_TIMEOUT(appended.size(), 1, 10000);
    const JournalEntry entry = entries().constFirst();
    QCOMPARE(entry.outcome, JournalEntry::Outcome::Unknown);
    QVERIFY(!entry.message.isEmpty());
}

void TestJournalRecorder::aWriteUnansweredWhenTheAccountClosesIsUnknown()
{
    addPostFault(FaultInjector::Kind::NeverRespond);
    QSignalSpy appended(m_journal.get(), &ChangeJournal::appended);
    trackRename();
    QTest::qWait(200); // sent, and waiting for its answer
    QCOMPARE(appended.size(), 0);
    m_client.reset(); // the account closes, with its requests and recorder
    QCOMPARE(appended.size(), 1);
    const JournalEntry entry = entries().constFirst();
    QCOMPARE(entry.outcome, JournalEntry::Outcome::Unknown);
    QCOMPARE(entry.recordId, m_domainSid);
}

void TestJournalRecorder::withoutAJournalNothingIsAttached()
{
    QCOMPARE(JournalRecorder::attach(nullptr, m_account, m_client.get()), nullptr);
    QCOMPARE(JournalRecorder::of(m_client.get()), nullptr);
}

QTEST_GUILESS_MAIN(TestJournalRecorder)
#include "tst_journalrecorder.moc"
