// DomainAuthMappings against the sandbox: what it loads, what it sends for a
// difference, what a partial failure leaves, and that the state it reports
// after applying is the one the service re-listed.

#include "models/api/domainauthmappings.h"
#include "sandbox/democredentials.h"
#include "sandbox/faultinjector.h"
#include "sandbox/requestlog.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/twiliosipauthstore.h"
#include "tests/sandboxfixture.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Mapping = TwilioCollections::Mapping;
using Kind = TwilioSipAuthStore::MappingKind;

class TestDomainAuthMappings : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void loadsListsAndMappings();
    void applySendsTheDifference_data();
    void applySendsTheDifference();
    void partialFailureIsRecordedPerMapping();
    void finalStateIsWhatTheServiceRelisted();
    void noRequestAfterDestruction();

private:
    // A new domain with no mappings, and the account's lists loaded for it.
    std::unique_ptr<DomainAuthMappings> loadedForNewDomain();
    TwilioSipAuthStore::Account &store()
    {
        return m_server->twilioAuth().account(DemoCredentials::kTwilioAccountSid.toString());
    }
    QList<RequestLog::Entry> writes() const
    {
        QList<RequestLog::Entry> result;
        for (const RequestLog::Entry &entry : m_server->requestLog().entries())
            if (entry.method != "GET")
                result.append(entry);
        return result;
    }
    QString listSid(const DomainAuthMappings &auth, const QString &code) const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TwilioClient> m_client;
    QString m_domainSid;
};

void TestDomainAuthMappings::init()
{
    m_server = SandboxFixture::start(3, 0);
    QVERIFY(m_server);
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<TwilioClient>(m_network.get(), SandboxFixture::twilio(*m_server));
    ApiRequest *create = m_client->createDomain({ { u"DomainName"_s, u"auth.sip.twilio.com"_s } });
    QSignalSpy done(create, &ApiRequest::finished);
    QVERIFY(done.wait(5000));
    QVERIFY2(!create->error(), qPrintable(create->error().userMessage()));
    m_domainSid = TwilioClient::domainFrom(*create).sid;
    QVERIFY(!m_domainSid.isEmpty());
}

void TestDomainAuthMappings::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_server.reset();
}

std::unique_ptr<DomainAuthMappings> TestDomainAuthMappings::loadedForNewDomain()
{
    auto auth = std::make_unique<DomainAuthMappings>(m_client.get());
    QSignalSpy loaded(auth.get(), &DomainAuthMappings::loaded);
    auth->load(m_domainSid);
    [&] { QVERIFY(loaded.wait(5000)); }();
    m_server->requestLog().clear();
    return auth;
}

// "cl0": the first credential list, "al1": the second IP ACL.
QString TestDomainAuthMappings::listSid(const DomainAuthMappings &auth, const QString &code) const
{
    const int at = code.mid(2).toInt();
    return code.startsWith(u"cl") ? auth.credentialLists().value(at).sid
                                  : auth.ipAccessControlLists().value(at).sid;
}

void TestDomainAuthMappings::loadsListsAndMappings()
{
    store().map(m_domainSid, Kind::Registrations,
        store().credentialLists.rows.begin()->second.list.sid, QDateTime::currentDateTimeUtc());
    auto auth = std::make_unique<DomainAuthMappings>(m_client.get());
    QSignalSpy loaded(auth.get(), &DomainAuthMappings::loaded);
    auth->load(m_domainSid);
    QVERIFY(auth->isLoading());
    QVERIFY(loaded.wait(5000));
    QVERIFY(auth->isLoaded());
    QCOMPARE(auth->credentialLists().size(), store().credentialLists.size());
    QCOMPARE(auth->ipAccessControlLists().size(), store().ipAccessControlLists.size());
    QVERIFY(!auth->credentialLists().isEmpty() && !auth->ipAccessControlLists().isEmpty());
    const QString first = auth->credentialLists().constFirst().sid;
    QCOMPARE(auth->mapped(Mapping::RegistrationsCredentialLists), QSet<QString> { first });
    QVERIFY(auth->mapped(Mapping::CallsCredentialLists).isEmpty());
    QCOMPARE(auth->chosen(Mapping::RegistrationsCredentialLists), QSet<QString> { first });
    QVERIFY(!auth->hasChanges());
}

void TestDomainAuthMappings::applySendsTheDifference_data()
{
    QTest::addColumn<QStringList>("premapped"); // "calls:cl0", "calls:al0", "reg:cl1"
    QTest::addColumn<QStringList>("chosen");
    QTest::addColumn<QStringList>("expected"); // "POST <path suffix> <field>"

    QTest::newRow("nothing changed")
        << QStringList { u"calls:cl0"_s } << QStringList { u"calls:cl0"_s } << QStringList {};
    QTest::newRow("map a calls credential list")
        << QStringList {} << QStringList { u"calls:cl0"_s }
        << QStringList { u"POST Auth/Calls/CredentialListMappings.json CredentialListSid"_s };
    QTest::newRow("map a calls IP ACL")
        << QStringList {} << QStringList { u"calls:al1"_s }
        << QStringList {
               u"POST Auth/Calls/IpAccessControlListMappings.json IpAccessControlListSid"_s
           };
    QTest::newRow("map for registrations")
        << QStringList {} << QStringList { u"reg:cl1"_s }
        << QStringList {
               u"POST Auth/Registrations/CredentialListMappings.json CredentialListSid"_s
           };
    QTest::newRow("unmap a calls credential list")
        << QStringList { u"calls:cl0"_s } << QStringList {}
        << QStringList { u"DELETE Auth/Calls/CredentialListMappings/cl0.json"_s };
    // A swap creates first, so that calls are never left unauthenticated.
    QTest::newRow("swap: create before delete")
        << QStringList { u"calls:cl0"_s, u"reg:cl0"_s }
        << QStringList { u"calls:cl1"_s, u"reg:cl0"_s }
        << QStringList { u"POST Auth/Calls/CredentialListMappings.json CredentialListSid"_s,
               u"DELETE Auth/Calls/CredentialListMappings/cl0.json"_s };
}

static TwilioCollections::Mapping mappingOf(const QString &code)
{
    if (code.startsWith(u"reg:"))
        return Mapping::RegistrationsCredentialLists;
    return code.contains(u":al") ? Mapping::CallsIpAccessControlLists
                                 : Mapping::CallsCredentialLists;
}

static Kind kindOf(Mapping mapping)
{
    return mapping == Mapping::CallsCredentialLists     ? Kind::CallsCredentialLists
        : mapping == Mapping::CallsIpAccessControlLists ? Kind::CallsIpAccessControlLists
                                                        : Kind::Registrations;
}

void TestDomainAuthMappings::applySendsTheDifference()
{
    QFETCH(QStringList, premapped);
    QFETCH(QStringList, chosen);
    QFETCH(QStringList, expected);

    std::unique_ptr<DomainAuthMappings> probe = loadedForNewDomain();
    QVERIFY(probe);
    for (const QString &code : premapped)
        QVERIFY(store().map(m_domainSid, kindOf(mappingOf(code)),
            listSid(*probe, code.section(u':', 1)), QDateTime::currentDateTimeUtc()));
    std::unique_ptr<DomainAuthMappings> auth = loadedForNewDomain();
    QVERIFY(auth);
    for (Mapping mapping : DomainAuthMappings::kMappings)
        auth->setChosen(mapping, QSet<QString> {});
    for (const QString &code : chosen)
        auth->setChosen(mappingOf(code), listSid(*auth, code.section(u':', 1)), true);

    QSignalSpy finished(auth.get(), &DomainAuthMappings::finished);
    auth->apply(m_domainSid);
    QVERIFY(finished.wait(5000));

    const QList<RequestLog::Entry> sent = writes();
    QCOMPARE(sent.size(), expected.size());
    for (int i = 0; i < sent.size(); ++i) {
        QStringList parts = expected.at(i).split(u' ');
        parts[1].replace(u"cl0"_s, listSid(*auth, u"cl0"_s));
        QCOMPARE(sent.at(i).method, parts.at(0).toLatin1());
        QVERIFY2(sent.at(i).path.endsWith(u"/SIP/Domains/%1/%2"_s.arg(m_domainSid, parts.at(1))),
            qPrintable(sent.at(i).path));
        QCOMPARE(sent.at(i).fields, parts.mid(2));
    }
    for (const DomainAuthMappings::Result &result : auth->results())
        QCOMPARE(result.outcome, DomainAuthMappings::Outcome::Done);
    // The service now has what was chosen.
    for (Mapping mapping : DomainAuthMappings::kMappings) {
        QSet<QString> want;
        for (const QString &code : chosen)
            if (mappingOf(code) == mapping)
                want.insert(listSid(*auth, code.section(u':', 1)));
        QCOMPARE(auth->mapped(mapping), want);
        QCOMPARE(store().mappings(m_domainSid).of(kindOf(mapping)).size(), want.size());
    }
    QVERIFY(!auth->hasChanges());
}

void TestDomainAuthMappings::partialFailureIsRecordedPerMapping()
{
    std::unique_ptr<DomainAuthMappings> auth = loadedForNewDomain();
    QVERIFY(auth);
    const QString refusedSid = listSid(*auth, u"cl0"_s);
    const QString failedSid = listSid(*auth, u"cl1"_s);
    const QString doneSid = listSid(*auth, u"al0"_s);
    auth->setChosen(Mapping::CallsCredentialLists, refusedSid, true);
    auth->setChosen(Mapping::CallsCredentialLists, failedSid, true);
    auth->setChosen(Mapping::CallsIpAccessControlLists, doneSid, true);
    // Deleted elsewhere after the form loaded it: the service refuses the mapping.
    store().dropList(refusedSid);
    // The second create meets a server error: not processed, outcome unknown to the client.
    FaultInjector::Rule fault;
    fault.kind = FaultInjector::Kind::ServerError;
    fault.count = 1;
    fault.method = "POST";
    fault.pathContains = u"Auth/Calls/CredentialListMappings"_s;
    // Added once the refused one (the first) is answered.

    QSignalSpy progress(auth.get(), &DomainAuthMappings::progress);
    QSignalSpy finished(auth.get(), &DomainAuthMappings::finished);
    connect(auth.get(), &DomainAuthMappings::progress, this, [this, fault](int answered) {
        if (answered == 1)
            m_server->faults().addRule(fault);
    });
    auth->apply(m_domainSid);
    QVERIFY(finished.wait(5000));
    QCOMPARE(progress.size(), 3);
    QCOMPARE(writes().size(), 3); // the failure did not stop the rest

    const QList<DomainAuthMappings::Result> results = auth->results();
    QCOMPARE(results.size(), 3);
    QCOMPARE(results.at(0).change.listSid, refusedSid);
    QCOMPARE(results.at(0).outcome, DomainAuthMappings::Outcome::Refused);
    QVERIFY2(
        results.at(0).message.contains(u"CredentialListSid"_s), qPrintable(results.at(0).message));
    QCOMPARE(results.at(1).change.listSid, failedSid);
    QCOMPARE(results.at(1).outcome, DomainAuthMappings::Outcome::Failed);
    QCOMPARE(results.at(2).change.listSid, doneSid);
    QCOMPARE(results.at(2).outcome, DomainAuthMappings::Outcome::Done);
    QCOMPARE(auth->failures().size(), 2);
    QVERIFY(auth->finalStateConfirmed());
    QVERIFY(auth->mapped(Mapping::CallsCredentialLists).isEmpty());
    QCOMPARE(auth->mapped(Mapping::CallsIpAccessControlLists), QSet<QString> { doneSid });
    QCOMPARE(auth->chosen(Mapping::CallsCredentialLists), QSet<QString> {});
}

void TestDomainAuthMappings::finalStateIsWhatTheServiceRelisted()
{
    std::unique_ptr<DomainAuthMappings> auth = loadedForNewDomain();
    QVERIFY(auth);
    const QString sid = listSid(*auth, u"cl0"_s);
    auth->setChosen(Mapping::RegistrationsCredentialLists, sid, true);
    // The mapping is made, but its answer is lost on the way.
    FaultInjector::Rule lost;
    lost.kind = FaultInjector::Kind::TruncatedJson;
    lost.count = 1;
    lost.method = "POST";
    m_server->faults().addRule(lost);
    QSignalSpy finished(auth.get(), &DomainAuthMappings::finished);
    auth->apply(m_domainSid);
    QVERIFY(finished.wait(5000));
    QCOMPARE(auth->results().constFirst().outcome, DomainAuthMappings::Outcome::Failed);
    // Re-listed: the three mapping sets, after the write.
    const QList<RequestLog::Entry> log = m_server->requestLog().entries();
    QVERIFY(log.size() >= 4);
    QStringList relisted;
    for (const RequestLog::Entry &entry : log.mid(log.size() - 3)) {
        QCOMPARE(entry.method, QByteArray("GET"));
        relisted.append(entry.path.section(u"/Auth/"_s, 1));
    }
    relisted.sort();
    QCOMPARE(relisted,
        (QStringList { u"Calls/CredentialListMappings.json"_s,
            u"Calls/IpAccessControlListMappings.json"_s,
            u"Registrations/CredentialListMappings.json"_s }));
    QVERIFY(auth->finalStateConfirmed());
    QCOMPARE(auth->mapped(Mapping::RegistrationsCredentialLists), QSet<QString> { sid });
    QCOMPARE(auth->chosen(Mapping::RegistrationsCredentialLists), QSet<QString> { sid });
}

void TestDomainAuthMappings::noRequestAfterDestruction()
{
    std::unique_ptr<DomainAuthMappings> auth = loadedForNewDomain();
    QVERIFY(auth);
    auth->setChosen(Mapping::CallsCredentialLists, listSid(*auth, u"cl0"_s), true);
    auth->setChosen(Mapping::CallsCredentialLists, listSid(*auth, u"cl1"_s), true);
    auth->setChosen(Mapping::CallsIpAccessControlLists, listSid(*auth, u"al0"_s), true);
    m_server->faults().latencyMs = 200;
    auth->apply(m_domainSid);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestLog().entries().size(), 1, 5000);
    auth.reset();
    QTest::qWait(800);
    QCOMPARE(m_server->requestLog().entries().size(), 1);

    // And after cancel(): nothing more is sent, nothing is emitted.
    auth = loadedForNewDomain();
    auth->setChosen(Mapping::CallsCredentialLists, listSid(*auth, u"cl0"_s), true);
    auth->setChosen(Mapping::CallsCredentialLists, listSid(*auth, u"cl1"_s), true);
    QSignalSpy finished(auth.get(), &DomainAuthMappings::finished);
    auth->apply(m_domainSid);
    QTRY_COMPARE_WITH_TIMEOUT(m_server->requestLog().entries().size(), 1, 5000);
    auth->cancel();
    QTest::qWait(800);
    QCOMPARE(m_server->requestLog().entries().size(), 1);
    QCOMPARE(finished.size(), 0);
}

QTEST_MAIN(TestDomainAuthMappings)
#include "tst_domainauthmappings.moc"
