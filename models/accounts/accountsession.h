#pragma once

#include "models/accounts/account.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>

class ProfileStore;
class QNetworkAccessManager;
class PagedTableModel;
class ServiceClient;

// Which account is open, headless: the accounts to switch between (the
// sandbox's demo accounts, then the saved profiles, whose secret is read only
// when the account opens), and the open one's client, which exists exactly
// as long as the account is open and is the only way its requests go out.
// Every table is handed the open client; a table of another service's
// records lists nothing.
//
// The order that keeps accounts apart lives here: the close guard first (an
// open form may keep the account open), then closing() so that everything
// using the old client lets go, then the client and with it every request in
// flight, and only then the next account's secret and client. A keychain
// answer for an earlier switch is dropped; a change of the open profile's
// connection or secret opens it again; its read-only setting applies to the
// open client at once; removing the open profile closes it once the guard allows.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    // The network and the tables are not owned and must outlive the session.
    AccountSession(QNetworkAccessManager *network, const QList<PagedTableModel *> &tables,
        QObject *parent = nullptr);
    ~AccountSession() override;

    // Accounts that are not saved profiles (the sandbox's); opens the first.
    void setAccounts(const QList<Account> &accounts);
    // Saved profiles join the list after those accounts. Not owned.
    void setProfileStore(ProfileStore *store);
    ProfileStore *profileStore() const { return m_profiles; }
    // Opens the profile with this name, or (empty name) the last used one,
    // or the first account. False, with a notice, when no profile has that name.
    bool openStartupAccount(const QString &profileName = {});

    // Opens an account once the close guard allows (it may ask the user and
    // answer later; a "no" keeps the open account).
    void openAccount(int index);
    void openProfile(const QString &profileId);
    int currentAccount() const { return m_current; }
    // The account open now, as it was opened (never with its secret).
    const Account &openedAccount() const { return m_open; }
    const QList<Account> &accounts() const { return m_accounts; }
    // The open account's client; null while none is open.
    ServiceClient *client() const { return m_client.get(); }

    // Asked before the open account closes: calls done(true) to let it
    // close, done(false) to keep it. Without a guard it always closes.
    using CloseGuard = std::function<void(std::function<void(bool closed)> done)>;
    // hasUnsavedWork tells whether the guard would ask the user at all.
    void setCloseGuard(CloseGuard guard, std::function<bool()> hasUnsavedWork);

    // How the title and the forms name an account.
    static QString accountText(const Account &account);

signals:
    // The list was rebuilt (or the open account renamed); current is the
    // open account's row, -1 when none is.
    void accountsChanged(const QList<Account> &accounts, int current);
    // The row to show as open: also when it did not change, to undo the
    // user's choice of an account that is not open yet.
    void currentChanged(int current);
    // The open account's client goes next: drop everything that uses it.
    void closing();
    // The account's client exists and the tables of its service use it (the account as
    // opened, without its secret).
    void opened(const Account &account);
    // The open profile's colour or read-only setting changed: it stays open,
    // and its client already refuses or allows writes accordingly.
    void openAccountChanged(const Account &account);
    // Instead of an account: opening, a secret that could not be read, none.
    void notice(const QString &text);

private:
    void rebuildAccounts();
    int indexOfProfile(const QString &profileId) const;
    void reopenProfile(const QString &profileId);
    void openProfileRemoved();
    void switchToAccount(int index);
    void closeAccount();
    void openClient(const Account &account);
    void whenClosable(std::function<void(bool closed)> done);

    QList<Account> m_fixedAccounts;
    QList<Account> m_accounts; // m_fixedAccounts, then the saved profiles
    int m_current = -1;
    // The account actually open, as it was opened (without its secret): what
    // the title, forms and requests name, even while its profile is edited.
    Account m_open;
    bool m_isOpen = false; // a client exists for m_open
    // Bumped on every close: a keychain answer for an earlier switch is dropped.
    quint64 m_openAttempt = 0;
    ProfileStore *m_profiles = nullptr;
    CloseGuard m_closeGuard;
    std::function<bool()> m_hasUnsavedWork;

    QNetworkAccessManager *m_network;
    QList<PagedTableModel *> m_tables;
    std::unique_ptr<ServiceClient> m_client;
};
