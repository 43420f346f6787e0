#include "models/search/allaccountssearch.h"

#include "models/search/accountindex.h"

AllAccountsSearch::AllAccountsSearch(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{ }

AllAccountsSearch::~AllAccountsSearch()
{
    // The indexes' clients go before the network they use.
    qDeleteAll(m_indexes);
}

void AllAccountsSearch::setAccounts(const QList<Account> &accounts)
{
    QList<AccountIndex *> kept;
    for (const Account &account : accounts) {
        const QString key = AccountIndex::keyOf(account);
        AccountIndex *index = nullptr;
        for (AccountIndex *candidate : std::as_const(m_indexes)) {
            if (!kept.contains(candidate) && AccountIndex::keyOf(candidate->account()) == key)
                index = candidate;
        }
        if (!index) {
            index = new AccountIndex(account, this);
            watch(index);
        }
        index->setLabel(account);
        kept.append(index);
    }
    for (AccountIndex *index : std::as_const(m_indexes)) {
        if (!kept.contains(index)) {
            m_queue.removeAll(index);
            delete index;
        }
    }
    m_accounts = accounts;
    m_indexes = kept;
    emit accountsReset();
    startQueued();
}

void AllAccountsSearch::watch(AccountIndex *index)
{
    connect(index, &AccountIndex::stateChanged, this, [this, index] {
        emit accountStateChanged(indexOf(index));
        if (!index->isActive() && index->state() != AccountIndex::State::Queued)
            startQueued();
    });
    connect(index, &AccountIndex::recordsAdded, this,
        [this, index](int from) { emit recordsAdded(indexOf(index), from); });
    connect(index, &AccountIndex::recordsCleared, this,
        [this, index] { emit recordsCleared(indexOf(index)); });
}

int AllAccountsSearch::loadingCount() const
{
    return int(std::count_if(m_indexes.cbegin(), m_indexes.cend(),
        [](const AccountIndex *index) { return index->isActive(); }));
}

bool AllAccountsSearch::isBusy() const
{
    return !m_queue.isEmpty() || loadingCount() > 0;
}

void AllAccountsSearch::loadMissing()
{
    for (AccountIndex *index : std::as_const(m_indexes)) {
        using State = AccountIndex::State;
        const State state = index->state();
        if (state == State::NotLoaded || state == State::Cancelled)
            queue(index);
    }
    startQueued();
}

void AllAccountsSearch::refresh()
{
    for (AccountIndex *index : std::as_const(m_indexes)) {
        if (!index->isActive())
            queue(index);
    }
    startQueued();
}

void AllAccountsSearch::cancel()
{
    const QList<AccountIndex *> queued = std::exchange(m_queue, {});
    for (AccountIndex *index : std::as_const(m_indexes)) {
        if (index->isActive() || queued.contains(index))
            index->cancel();
    }
}

void AllAccountsSearch::queue(AccountIndex *index)
{
    if (m_queue.contains(index))
        return;
    m_queue.append(index);
    m_busy = true;
    index->setQueued();
}

void AllAccountsSearch::startQueued()
{
    // An account may end inside load() (no secret): its stateChanged comes
    // back here, and this loop goes on with the next.
    if (m_starting)
        return;
    m_starting = true;
    while (!m_queue.isEmpty() && loadingCount() < kAccountsAtOnce) {
        AccountIndex *index = m_queue.takeFirst();
        // As listed now: a sandbox account with its secret, a profile without.
        index->load(m_accounts.at(indexOf(index)), m_network, m_profiles);
    }
    m_starting = false;
    const bool busy = isBusy();
    if (m_busy && !busy)
        emit idle();
    m_busy = busy;
}
