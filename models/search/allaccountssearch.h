#pragma once

#include "models/accounts/account.h"

#include <QList>
#include <QObject>

class AccountIndex;
class ProfileStore;
class QNetworkAccessManager;

// Find in All Accounts, headless: one AccountIndex per account SipDesk can
// open (the sandbox's demo accounts and the saved profiles), loaded when a
// search first needs it and kept for this session, a few accounts at a time
// so that a hundred profiles do not open a hundred connections at once. One
// account failing, or having no secret, never stops the others.
class AllAccountsSearch : public QObject
{
    Q_OBJECT

public:
    static constexpr int kAccountsAtOnce = 4;

    // The network and the profiles are not owned and must outlive the search.
    explicit AllAccountsSearch(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~AllAccountsSearch() override;

    void setProfileStore(ProfileStore *profiles) { m_profiles = profiles; }
    // The accounts to search, as AccountSession lists them (the sandbox's
    // with their secret, saved profiles without). An account listed before
    // keeps what was loaded of it; one no longer listed is forgotten.
    void setAccounts(const QList<Account> &accounts);

    // Parallel to the accounts set.
    const QList<AccountIndex *> &indexes() const { return m_indexes; }
    int indexOf(const AccountIndex *index) const { return int(m_indexes.indexOf(index)); }
    // How many accounts are loading now.
    int loadingCount() const;

    // Loads every account not loaded yet (nor failed, nor without a secret).
    void loadMissing();
    // Loads every account again.
    void refresh();
    // Stops every account loading or waiting to; what they loaded stays.
    void cancel();
    bool isBusy() const;

signals:
    // The list of accounts changed: indexes() are others now.
    void accountsReset();
    void accountStateChanged(int account);
    void recordsAdded(int account, int from);
    void recordsCleared(int account);
    // Every account queued has ended (loaded, failed, skipped or cancelled).
    void idle();

private:
    void queue(AccountIndex *index);
    void startQueued();
    void watch(AccountIndex *index);

    QNetworkAccessManager *m_network;
    ProfileStore *m_profiles = nullptr;
    QList<Account> m_accounts; // parallel to m_indexes
    QList<AccountIndex *> m_indexes; // children
    QList<AccountIndex *> m_queue;
    bool m_starting = false;
    bool m_busy = false; // as last reported: idle() marks the change to false
};
