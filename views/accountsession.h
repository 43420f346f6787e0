#pragma once

#include "accounts/account.h"

#include <QList>
#include <QObject>

#include <memory>

class ProfileStore;
class QNetworkAccessManager;
class RecordEditing;
class RecordListPage;
class SignalWireSipEndpointsClient;
class SipDomainTableModel;
class SipEndpointTableModel;
class TwilioSipDomainsClient;

// The accounts to switch between (the sandbox's demo accounts, then the saved
// profiles, whose secret is read from the keychain only when the account is
// opened) and the one open now, with its client and its RecordEditing, which
// exist exactly as long as it is open. It drives the two models and their
// pages; what the window should show instead it signals.
class AccountSession : public QObject
{
    Q_OBJECT

public:
    // The models, pages and network are not owned and must outlive the session.
    AccountSession(QNetworkAccessManager *network, SipDomainTableModel *domains,
        RecordListPage *domainsPage, SipEndpointTableModel *endpoints,
        RecordListPage *endpointsPage, QObject *parent = nullptr);
    ~AccountSession() override;

    // Accounts that are not saved profiles (the sandbox's); opens the first.
    void setAccounts(const QList<Account> &accounts);
    // Saved profiles join the list after those accounts. Not owned.
    void setProfileStore(ProfileStore *store);
    ProfileStore *profileStore() const { return m_profiles; }
    // Opens the profile with this name, or (empty name) the last used one,
    // or the first account. False, with a notice, when no profile has that name.
    bool openStartupAccount(const QString &profileName = {});

    // Opens an account, after closing the open form (which asks first when
    // it has unsaved edits: then the switch waits for the answer, and does
    // not happen if the user keeps editing).
    void openAccount(int index);
    void openProfile(const QString &profileId);
    int currentAccount() const { return m_current; }
    // The account open now, as it was opened (never with its secret).
    const Account &openedAccount() const { return m_open; }
    const QList<Account> &accounts() const { return m_accounts; }
    // The create/edit/delete actions of the open account.
    RecordEditing *editing() const { return m_editing.get(); }

    // How the title and the forms name an account.
    static QString accountText(const Account &account);

signals:
    // The list was rebuilt (or the open account renamed); current is the
    // open account's row, -1 when none is.
    void accountsChanged(const QList<Account> &accounts, int current);
    // The row to show as open: also when it did not change, to undo the
    // user's choice of an account that is not open yet.
    void currentChanged(int current);
    // The open account's page, editable and loading its first rows.
    void pageOpened(RecordListPage *page);
    // Instead of a page: opening, a secret that could not be read, no account.
    void notice(const QString &text);

private:
    void rebuildAccounts();
    int indexOfProfile(const QString &profileId) const;
    void reopenProfile(const QString &profileId);
    void openProfileRemoved();
    void switchToAccount(int index);
    void closeAccount();
    void openClients(const Account &account);

    QList<Account> m_fixedAccounts;
    QList<Account> m_accounts; // m_fixedAccounts, then the saved profiles
    int m_current = -1;
    // The account actually open, as it was opened (without its secret): what
    // the title, forms and requests name, even while its profile is edited.
    Account m_open;
    // Bumped on every switch: a keychain answer for an earlier switch is dropped.
    quint64 m_openAttempt = 0;
    ProfileStore *m_profiles = nullptr;

    QNetworkAccessManager *m_network;
    SipDomainTableModel *m_domains;
    SipEndpointTableModel *m_endpoints;
    RecordListPage *m_domainsPage;
    RecordListPage *m_endpointsPage;
    std::unique_ptr<TwilioSipDomainsClient> m_twilioClient;
    std::unique_ptr<SignalWireSipEndpointsClient> m_signalWireClient;
    std::unique_ptr<RecordEditing> m_editing;
};
