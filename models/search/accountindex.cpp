#include "models/search/accountindex.h"

#include "models/accounts/accountclient.h"
#include "models/api/apilistjob.h"
#include "models/api/serviceclient.h"
#include "models/kinds/recordkind.h"
#include "models/kinds/recordkinds.h"
#include "models/profiles/profilestore.h"

AccountIndex::AccountIndex(const Account &account, QObject *parent)
    : QObject(parent)
    , m_account(account.withoutSecret())
{ }

AccountIndex::~AccountIndex() = default;

QString AccountIndex::keyOf(const Account &account)
{
    return account.profileId + u'\n' + account.credentialScope();
}

void AccountIndex::setLabel(const Account &account)
{
    m_account.name = account.name;
    m_account.color = account.color;
}

void AccountIndex::setQueued()
{
    setState(State::Queued);
}

void AccountIndex::load(
    const Account &account, QNetworkAccessManager *network, ProfileStore *profiles)
{
    cancel();
    m_account = account.withoutSecret();
    m_failure.clear();
    m_records.clear();
    emit recordsCleared();
    setState(State::Loading);
    if (account.profileId.isEmpty() || !profiles) {
        startListing(account, network); // an account that came with its secret
        return;
    }
    const std::optional<Profile> profile = profiles->profile(account.profileId);
    if (profile && profiles->secretState(*profile) == ProfileStore::SecretState::Missing) {
        finish(State::NoSecret); // known without asking the keychain
        return;
    }
    const quint64 attempt = m_attempt;
    QPointer<QNetworkAccessManager> guardedNetwork(network);
    profiles->readSecret(m_account, this,
        [this, attempt, guardedNetwork](const SecretStore::Result &result) {
            if (attempt != m_attempt)
                return; // cancelled or loaded again meanwhile
            if (result.status == SecretStore::Status::NotFound) {
                finish(State::NoSecret);
                return;
            }
            if (result.status != SecretStore::Status::Ok || !guardedNetwork) {
                finish(State::Failed, result.errorText);
                return;
            }
            Account opened = m_account;
            opened.twilio.secret = opened.signalWire.apiToken = result.secret;
            startListing(opened, guardedNetwork);
        });
}

void AccountIndex::startListing(const Account &withSecret, QNetworkAccessManager *network)
{
    m_client = makeAccountClient(network, withSecret);
    m_waitingLists.clear();
    for (const RecordKind *kind : RecordKinds::all()) {
        if (kind->service() == m_account.service && !kind->parentKind())
            m_waitingLists.append(ListTask { kind, {} });
    }
    startNextLists();
}

void AccountIndex::startNextLists()
{
    m_runningLists.removeAll(nullptr);
    while (m_client && m_runningLists.size() < kListsAtOnce && !m_waitingLists.isEmpty()) {
        const ListTask task = m_waitingLists.takeFirst();
        ApiListJob *job = task.kind->list(m_client.get(), kPageSize, task.parentId);
        if (!job)
            continue;
        m_runningLists.append(job);
        connect(job, &ApiListJob::pageReceived, this,
            [this, task](const QJsonArray &items) { onPage(task, items); });
        connect(job, &ApiListJob::finished, this, [this, job] { onListFinished(job); });
        // Every page, without waiting for a view to ask for the next one.
        job->setFollowAll(true);
        job->fetchNext();
    }
    if (m_client && m_runningLists.isEmpty() && m_waitingLists.isEmpty())
        finish(State::Loaded);
}

void AccountIndex::onPage(const ListTask &task, const QJsonArray &items)
{
    const QVariantList decoded = task.kind->decodePage(items);
    QList<const RecordKind *> memberKinds;
    for (const RecordKind *kind : RecordKinds::all()) {
        if (kind->parentKind() == task.kind)
            memberKinds.append(kind);
    }
    const int from = int(m_records.size());
    m_records.reserve(m_records.size() + decoded.size());
    for (const QVariant &record : decoded) {
        const QString id = task.kind->idOf(record);
        m_records.append(IndexedRecord { task.kind, id, task.kind->nameOf(record), task.parentId,
            task.kind->searchTextOf(record) });
        for (const RecordKind *member : std::as_const(memberKinds))
            m_waitingLists.append(ListTask { member, id });
    }
    if (!decoded.isEmpty())
        emit recordsAdded(from);
}

void AccountIndex::onListFinished(ApiListJob *job)
{
    if (job->error().isError()) {
        finish(State::Failed, job->error().userMessage());
        return;
    }
    m_runningLists.removeAll(job);
    startNextLists();
}

void AccountIndex::cancel()
{
    ++m_attempt;
    if (m_state == State::Loading || m_state == State::Queued)
        finish(State::Cancelled);
}

void AccountIndex::finish(State state, const QString &failure)
{
    ++m_attempt;
    m_waitingLists.clear();
    m_runningLists.clear();
    // The client holds the secret; destroying it aborts every request it
    // still has in flight. A job may be emitting right now: the client's
    // jobs delete themselves later, and touch nothing after their signal.
    m_client.reset();
    m_failure = failure;
    if (state == State::Loaded)
        m_loadedAt = QDateTime::currentDateTimeUtc();
    setState(state);
}

void AccountIndex::setState(State state)
{
    m_state = state;
    emit stateChanged();
}
