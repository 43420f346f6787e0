#pragma once

#include "models/accounts/account.h"
#include "models/search/indexedrecord.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>

class ApiListJob;
class ProfileStore;
class QNetworkAccessManager;
class RecordKind;
class ServiceClient;

// One account's records for a search over every account, kept for this
// session only (never written anywhere). Loading reads the account's secret
// (a saved profile's, from its store) and lists every page of each kind of
// its service, the members of every parent record included, through a
// client of its own. The client, and with it the secret, exists only while
// the listing runs: it goes when the last page is in, on the first failure,
// and on cancel(), which with it aborts every request in flight.
class AccountIndex : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NotLoaded,
        Queued, // waits for a free place among the accounts loading at once
        Loading,
        Loaded,
        Failed, // failure() says why
        NoSecret, // a saved profile without a secret: not searched
        Cancelled,
    };
    Q_ENUM(State)

    // The account is kept without its secret.
    explicit AccountIndex(const Account &account, QObject *parent = nullptr);
    ~AccountIndex() override;

    // What tells an account apart across list changes: its profile and
    // connection (a changed connection is another account's records).
    static QString keyOf(const Account &account);

    const Account &account() const { return m_account; }
    State state() const { return m_state; }
    QString failure() const { return m_failure; }
    // When the last listing ended successfully; invalid before.
    QDateTime loadedAt() const { return m_loadedAt; }
    const QList<IndexedRecord> &records() const { return m_records; }
    // A listing is under way (the secret is being read, or requests are).
    bool isActive() const { return m_state == State::Loading; }
    // For tests: whether the account's client (which holds its secret) exists.
    bool holdsClient() const { return m_client != nullptr; }

    // The same account renamed or recoloured: its records stay.
    void setLabel(const Account &account);
    void setQueued();
    // Drops the records and lists them again. account: as listed now, with
    // its secret for an account that came with one (the sandbox's); a saved
    // profile's secret is read from profiles. Nothing is owned.
    void load(const Account &account, QNetworkAccessManager *network, ProfileStore *profiles);
    // Stops the listing (or the wait for it); the records loaded so far stay.
    void cancel();

    // How many lists of one account run at once (member lists included).
    static constexpr int kListsAtOnce = 3;
    static constexpr int kPageSize = 1000;

signals:
    void stateChanged();
    // records() grew from this index on.
    void recordsAdded(int from);
    // records() was emptied (a new listing starts).
    void recordsCleared();

private:
    struct ListTask
    {
        const RecordKind *kind = nullptr;
        QString parentId;
    };

    void startListing(const Account &withSecret, QNetworkAccessManager *network);
    void startNextLists();
    void onPage(const ListTask &task, const QJsonArray &items);
    void onListFinished(ApiListJob *job);
    void finish(State state, const QString &failure = {});
    void setState(State state);

    Account m_account;
    State m_state = State::NotLoaded;
    QString m_failure;
    QDateTime m_loadedAt;
    QList<IndexedRecord> m_records;
    std::unique_ptr<ServiceClient> m_client;
    QList<ListTask> m_waitingLists;
    QList<QPointer<ApiListJob>> m_runningLists;
    // Bumped by every load and cancel: a keychain answer for an earlier one is dropped.
    quint64 m_attempt = 0;
};
