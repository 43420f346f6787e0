// Find in All Accounts without a display: six accounts on two sandboxes, one
// of them slow, one refusing its secret, one without a secret.

#include "tests/builders.h"
#include "tests/sandboxfixture.h"

#include "models/kinds/recordkind.h"
#include "models/profiles/profilestore.h"
#include "models/search/accountindex.h"
#include "models/search/accountstatesmodel.h"
#include "models/search/allaccountssearch.h"
#include "models/search/searchresultsmodel.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace DemoCredentials;
using State = AccountIndex::State;

namespace {

constexpr int kFastDomains = 5;
constexpr int kFastEndpoints = 7;
constexpr int kSlowDomains = 4;
constexpr int kSlowLatencyMs = 250;
constexpr int kLoadTimeoutMs = 20000;

enum AccountRow {
    FastTwilio,
    FastSignalWire,
    Slow,
    Other,
    Broken,
    NoSecret,
    LostSecret,
    AccountCount
};

int countOfKind(const AccountIndex *index, QStringView kindKey)
{
    return int(std::count_if(index->records().cbegin(), index->records().cend(),
        [kindKey](const IndexedRecord &record) { return record.kind->key() == kindKey; }));
}

// Counts the requests sent and keeps their replies, to tell what was in
// flight when the search was cancelled.
class CountingNetwork : public QNetworkAccessManager
{
public:
    int sent = 0;
    QList<QPointer<QNetworkReply>> replies;
    // The most replies ever running at once to one port.
    QHash<int, int> mostRunning;

    int running() const
    {
        return int(std::count_if(replies.cbegin(), replies.cend(),
            [](const QPointer<QNetworkReply> &reply) { return reply && reply->isRunning(); }));
    }

protected:
    QNetworkReply *createRequest(
        Operation operation, const QNetworkRequest &request, QIODevice *data) override
    {
        ++sent;
        QNetworkReply *reply = QNetworkAccessManager::createRequest(operation, request, data);
        replies.append(reply);
        const int port = request.url().port();
        const int running = int(std::count_if(replies.cbegin(), replies.cend(),
            [port](const QPointer<QNetworkReply> &each) {
                return each && each->isRunning() && each->url().port() == port;
            }));
        mostRunning[port] = std::max(mostRunning.value(port), running);
        return reply;
    }
};

} // namespace

class TestAllAccountsSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyAccountEndsInItsOwnState();
    void resultsArriveWhileASlowAccountStillLoads();
    void atMostFourAccountsLoadAtOnce();
    void noClientAndNoSecretIsKeptAfterTheListing();
    void matchesNameTheirAccount();
    void aSecondSearchUsesWhatWasLoaded();
    void refreshLoadsEveryAccountAgain();
    void cancelStopsEveryRequest();
    void stateTexts();

private:
    QList<Account> accounts() const;
    void loadAll();
    AccountIndex *index(AccountRow row) const { return m_search->indexes().at(row); }
    qsizetype requestsLogged() const
    {
        return m_fast->requestLog().entries().size() + m_slow->requestLog().entries().size();
    }

    std::unique_ptr<SandboxServer> m_fast;
    std::unique_ptr<SandboxServer> m_slow;
    CountingNetwork m_network;
    MemorySecretStore m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<AllAccountsSearch> m_search;
    int m_mostLoadingAtOnce = 0;
};

void TestAllAccountsSearch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"SipDeskTests"_s);
    QCoreApplication::setApplicationName(u"tst_allaccountssearch"_s);
    QSettings().clear();
    m_fast = SandboxFixture::start(kFastDomains, kFastEndpoints);
    m_slow = SandboxFixture::start(kSlowDomains, 1, kSlowLatencyMs);
    QVERIFY(m_fast && m_slow);

    m_profiles = std::make_unique<ProfileStore>(&m_secrets);
    const QUrl fastUrl = m_fast->twilioBaseUrl();
    QVERIFY(Builders::saveWithSecret(*m_profiles,
        Builders::twilioProfile(u"Other"_s, kTwilioOtherAccountSid.toString(), fastUrl),
        kTwilioOtherAuthToken.toString()));
    // The right account, the wrong token: the service answers 401.
    QVERIFY(Builders::saveWithSecret(*m_profiles,
        Builders::twilioProfile(u"Broken"_s, kTwilioAccountSid.toString(), fastUrl),
        u"0000000000000000000000000000dead"_s));
    QVERIFY(m_profiles->save(Builders::twilioProfile(
        u"No Secret"_s, kTwilioOtherAccountSid.toString(), m_slow->twilioBaseUrl())));
    // Saved with a secret that the keychain lost since: known only by asking.
    const Profile lost = Builders::twilioProfile(
        u"Lost Secret"_s, kTwilioOtherAccountSid.toString(), m_slow->twilioBaseUrl());
    QVERIFY(Builders::saveWithSecret(*m_profiles, lost, kTwilioOtherAuthToken.toString()));
    bool removed = false;
    m_secrets.removeSecret(lost.id, this, [&removed](const SecretStore::Result &) { removed = true; });
    QTRY_VERIFY(removed);
}

QList<Account> TestAllAccountsSearch::accounts() const
{
    // As AccountSession lists them: the sandbox's with their secrets, then
    // the saved profiles without.
    QList<Account> accounts {
        Builders::twilioAccount(u"Fast Twilio"_s, kTwilioAccountSid.toString(),
            kTwilioAuthToken.toString(), m_fast->twilioBaseUrl()),
        Builders::signalWireAccount(u"Fast SignalWire"_s, kSignalWireProjectId.toString(),
            kSignalWireApiToken.toString(), m_fast->signalWireBaseUrl()),
        Builders::twilioAccount(u"Slow"_s, kTwilioAccountSid.toString(),
            kTwilioAuthToken.toString(), m_slow->twilioBaseUrl()),
    };
    for (const Profile &profile : m_profiles->profiles())
        accounts.append(profile.toAccount(QString()));
    return accounts;
}

void TestAllAccountsSearch::init()
{
    m_fast->requestLog().clear();
    m_slow->requestLog().clear();
    m_search = std::make_unique<AllAccountsSearch>(&m_network);
    m_search->setProfileStore(m_profiles.get());
    m_search->setAccounts(accounts());
    QCOMPARE(m_search->indexes().size(), AccountCount);
    m_mostLoadingAtOnce = 0;
    connect(m_search.get(), &AllAccountsSearch::accountStateChanged, this,
        [this] { m_mostLoadingAtOnce = std::max(m_mostLoadingAtOnce, m_search->loadingCount()); });
}

void TestAllAccountsSearch::cleanup()
{
    m_search.reset();
}

void TestAllAccountsSearch::loadAll()
{
    m_search->loadMissing();
    QTRY_VERIFY_WITH_TIMEOUT(!m_search->isBusy(), kLoadTimeoutMs);
}

void TestAllAccountsSearch::everyAccountEndsInItsOwnState()
{
    loadAll();
    QCOMPARE(index(FastTwilio)->state(), State::Loaded);
    QCOMPARE(countOfKind(index(FastTwilio), u"sipDomains"), kFastDomains);
    // Member kinds too: every credential list's credentials, every ACL's addresses.
    QVERIFY(countOfKind(index(FastTwilio), u"sipCredentials") > 0);
    QVERIFY(countOfKind(index(FastTwilio), u"ipAddresses") > 0);
    QCOMPARE(index(FastSignalWire)->state(), State::Loaded);
    QCOMPARE(countOfKind(index(FastSignalWire), u"sipEndpoints"), kFastEndpoints);
    QCOMPARE(index(Slow)->state(), State::Loaded);
    QCOMPARE(countOfKind(index(Slow), u"sipDomains"), kSlowDomains);
    QCOMPARE(index(Other)->state(), State::Loaded);
    QVERIFY(countOfKind(index(Other), u"sipDomains") > 0);

    QCOMPARE(index(Broken)->state(), State::Failed);
    QVERIFY2(!index(Broken)->failure().isEmpty(), "a failure says why");
    QVERIFY(index(Broken)->records().isEmpty());
    QCOMPARE(index(NoSecret)->state(), State::NoSecret);
    QCOMPARE(index(LostSecret)->state(), State::NoSecret);
    // Nothing was sent for the account without a secret (the slow sandbox
    // serves only the slow account).
    for (const RequestLog::Entry &entry : m_slow->requestLog().entries())
        QCOMPARE(entry.authUser, kTwilioAccountSid.toString());
}

void TestAllAccountsSearch::resultsArriveWhileASlowAccountStillLoads()
{
    SearchResultsModel results(m_search.get());
    results.setSearchText(u"SD"_s); // every domain's SID
    m_search->loadMissing();
    QTRY_COMPARE_WITH_TIMEOUT(index(FastTwilio)->state(), State::Loaded, kLoadTimeoutMs);
    QCOMPARE(index(Slow)->state(), State::Loading);
    QVERIFY(results.rowCount() >= kFastDomains);
    QTRY_VERIFY_WITH_TIMEOUT(!m_search->isBusy(), kLoadTimeoutMs);
    QCOMPARE(index(Slow)->state(), State::Loaded);
}

void TestAllAccountsSearch::atMostFourAccountsLoadAtOnce()
{
    m_search->loadMissing();
    // Five to search: the fifth waits for one of the first four.
    QCOMPARE(m_search->loadingCount(), AllAccountsSearch::kAccountsAtOnce);
    QCOMPARE(index(Broken)->state(), State::Queued);
    QTRY_VERIFY_WITH_TIMEOUT(!m_search->isBusy(), kLoadTimeoutMs);
    QCOMPARE(m_mostLoadingAtOnce, AllAccountsSearch::kAccountsAtOnce);
    QCOMPARE(index(Broken)->state(), State::Failed);
    // Within one account (the slow sandbox serves only one), a few lists at
    // a time, though its credential lists and ACLs wait to be listed.
    QCOMPARE(m_network.mostRunning.value(m_slow->port()), AccountIndex::kListsAtOnce);
}

void TestAllAccountsSearch::noClientAndNoSecretIsKeptAfterTheListing()
{
    const auto noSecretKept = [this] {
        for (const AccountIndex *each : m_search->indexes()) {
            QVERIFY(!each->holdsClient());
            QVERIFY(each->account().twilio.secret.isEmpty());
            QVERIFY(each->account().signalWire.apiToken.isEmpty());
        }
    };
    // Not even the sandbox accounts' secrets, which come with the list.
    noSecretKept();
    m_search->loadMissing();
    QTRY_COMPARE_WITH_TIMEOUT(index(FastTwilio)->state(), State::Loaded, kLoadTimeoutMs);
    QVERIFY(!index(FastTwilio)->holdsClient());
    QVERIFY(index(Slow)->holdsClient()); // still listing
    QTRY_VERIFY_WITH_TIMEOUT(!m_search->isBusy(), kLoadTimeoutMs);
    noSecretKept();
}

void TestAllAccountsSearch::matchesNameTheirAccount()
{
    loadAll();
    SearchResultsModel results(m_search.get());
    const IndexedRecord endpoint = index(FastSignalWire)->records().constFirst();
    results.setSearchText(u"  "_s + endpoint.name.toUpper() + u" "_s);
    QVERIFY(results.rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < results.rowCount(); ++row) {
        const SearchResultsModel::Target target = results.targetAt(row);
        if (target.id != endpoint.id)
            continue;
        found = true;
        QCOMPARE(target.account.name, u"Fast SignalWire"_s);
        QCOMPARE(target.kind->key(), u"sipEndpoints"_s);
        QCOMPARE(results.index(row, SearchResultsModel::AccountColumn).data().toString(),
            u"Fast SignalWire"_s);
        QCOMPARE(results.index(row, SearchResultsModel::IdColumn).data().toString(), endpoint.id);
    }
    QVERIFY(found);

    // Every domain SID of every loaded Twilio account, each with its account.
    results.setSearchText(u"sd"_s);
    int domains = 0;
    QSet<QString> accountsFound;
    for (int row = 0; row < results.rowCount(); ++row) {
        const SearchResultsModel::Target target = results.targetAt(row);
        if (target.kind->key() == u"sipDomains") {
            ++domains;
            accountsFound.insert(target.account.name);
        }
    }
    QCOMPARE(domains, kFastDomains + kSlowDomains + countOfKind(index(Other), u"sipDomains"));
    QCOMPARE(accountsFound, (QSet<QString> { u"Fast Twilio"_s, u"Slow"_s, u"Other"_s }));

    results.setSearchText(QString());
    QCOMPARE(results.rowCount(), 0);
}

void TestAllAccountsSearch::aSecondSearchUsesWhatWasLoaded()
{
    loadAll();
    const qsizetype records = index(FastTwilio)->records().size();
    const qsizetype logged = requestsLogged();
    QVERIFY(logged > 0);
    m_search->loadMissing();
    QVERIFY(!m_search->isBusy());
    QTest::qWait(50);
    QCOMPARE(requestsLogged(), logged);
    QCOMPARE(index(FastTwilio)->records().size(), records);
    // A renamed account keeps them too, under its new name.
    QList<Account> renamed = accounts();
    renamed[FastTwilio].name = u"Fast Twilio, renamed"_s;
    m_search->setAccounts(renamed);
    QCOMPARE(index(FastTwilio)->state(), State::Loaded);
    QCOMPARE(index(FastTwilio)->records().size(), records);
    QCOMPARE(index(FastTwilio)->account().name, u"Fast Twilio, renamed"_s);
}

void TestAllAccountsSearch::refreshLoadsEveryAccountAgain()
{
    loadAll();
    const qsizetype records = index(FastTwilio)->records().size();
    const QDateTime firstLoad = index(FastTwilio)->loadedAt();
    m_fast->requestLog().clear();
    m_search->refresh();
    QCOMPARE(index(FastTwilio)->records().size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_search->isBusy(), kLoadTimeoutMs);
    QVERIFY(!m_fast->requestLog().entries().isEmpty());
    QCOMPARE(index(FastTwilio)->records().size(), records);
    QVERIFY(index(FastTwilio)->loadedAt() >= firstLoad);
    QCOMPARE(index(NoSecret)->state(), State::NoSecret);
}

void TestAllAccountsSearch::cancelStopsEveryRequest()
{
    m_search->loadMissing();
    QTRY_VERIFY_WITH_TIMEOUT(!m_slow->requestLog().entries().isEmpty(), kLoadTimeoutMs);
    QCOMPARE(index(Slow)->state(), State::Loading);
    QVERIFY(m_network.running() > 0);
    m_search->cancel();
    QVERIFY(!m_search->isBusy());
    // Every reply in flight was aborted, and nothing is sent afterwards.
    QCOMPARE(m_network.running(), 0);
    const int sent = m_network.sent;
    QCOMPARE(index(Slow)->state(), State::Cancelled);
    for (const AccountIndex *each : m_search->indexes()) {
        QVERIFY(!each->holdsClient());
        QVERIFY(each->state() != State::Loading && each->state() != State::Queued);
    }
    // Long enough for the slow sandbox's answers and any next page.
    QTest::qWait(kSlowLatencyMs * 4);
    QCOMPARE(m_network.sent, sent);
    // The sandbox, in this thread, may still read a request sent just before.
    const qsizetype logged = requestsLogged();
    QTest::qWait(kSlowLatencyMs * 2);
    QCOMPARE(requestsLogged(), logged);
    QCOMPARE(index(Slow)->state(), State::Cancelled);

    // A later search goes on with the cancelled accounts only.
    const QDateTime fastLoaded = index(FastTwilio)->loadedAt();
    loadAll();
    QCOMPARE(index(Slow)->state(), State::Loaded);
    if (fastLoaded.isValid())
        QCOMPARE(index(FastTwilio)->loadedAt(), fastLoaded);
}

void TestAllAccountsSearch::stateTexts()
{
    QCOMPARE(AccountStatesModel::ageText(0), u"just now"_s);
    QCOMPARE(AccountStatesModel::ageText(59), u"just now"_s);
    QCOMPARE(AccountStatesModel::ageText(180), u"3 min ago"_s);
    QCOMPARE(AccountStatesModel::ageText(2 * 3600 + 5), u"2 h ago"_s);

    loadAll();
    const QDateTime now = index(FastSignalWire)->loadedAt().addSecs(3 * 60);
    QCOMPARE(AccountStatesModel::stateText(*index(FastSignalWire), now),
        u"done: %1 record(s), loaded 3 min ago"_s.arg(index(FastSignalWire)->records().size()));
    QCOMPARE(AccountStatesModel::stateText(*index(NoSecret), now), u"skipped: no secret saved"_s);
    QVERIFY(AccountStatesModel::stateText(*index(Broken), now).startsWith(u"failed: "_s));
    AccountStatesModel states(m_search.get());
    QCOMPARE(states.rowCount(), AccountCount);
    QCOMPARE(states.index(Broken, AccountStatesModel::AccountColumn).data().toString(), u"Broken"_s);
    QCOMPARE(states.index(NoSecret, AccountStatesModel::StateColumn).data().toString(),
        u"skipped: no secret saved"_s);
}

QTEST_GUILESS_MAIN(TestAllAccountsSearch)
#include "tst_allaccountssearch.moc"
