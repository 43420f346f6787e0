#pragma once

#include "accounts/account.h"

#include <QMainWindow>

#include <memory>

class AccountSwitcher;
class ProfileStore;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class RecordEditing;
class RecordListPage;
class SignalWireSipEndpointsClient;
class SipDomainTableModel;
class SipEndpointTableModel;
class TwilioSipDomainsClient;

// The application window: the account switcher, the SIP Domains page for
// Twilio accounts and the SIP Endpoints page for SignalWire projects, menus,
// shortcuts and the persisted window geometry. Accounts come from the
// sandbox's demo accounts and from saved credential profiles, whose secret
// is read from the keychain only when the account is opened.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shown in the window title next to the demo accounts, e.g. "Sandbox".
    void setEnvironmentName(const QString &name);
    // Accounts that are not saved profiles (the sandbox's); opens the first.
    void setAccounts(const QList<Account> &accounts);
    // Saved profiles join the switcher after those accounts, and can be
    // managed from the Account menu. Not owned.
    void setProfileStore(ProfileStore *store);
    // Opens the profile with this name, or (empty name) the last used one,
    // or the first account. False, with a message in the window, when no
    // profile has that name.
    bool openStartupAccount(const QString &profileName = {});

    // Opens an account, after closing the open form (which asks first when
    // it has unsaved edits: then the switch waits for the answer, and does
    // not happen if the user keeps editing).
    void openAccount(int index);
    int currentAccount() const { return m_current; }
    // The account open now, as it was opened (never with its secret).
    const Account &openedAccount() const { return m_open; }
    const QList<Account> &accounts() const { return m_accounts; }
    // The create/edit/delete actions of the open account.
    RecordEditing *editing() const { return m_editing.get(); }

    RecordListPage *sipDomainsPage() const { return m_domainsPage; }
    RecordListPage *sipEndpointsPage() const { return m_endpointsPage; }
    RecordListPage *currentPage() const;

    void openProfileManager();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void rebuildAccounts();
    void showAccountList();
    int indexOfProfile(const QString &profileId) const;
    void reopenProfile(const QString &profileId);
    void openProfileRemoved();
    void switchToAccount(int index);
    void closeAccount();
    void openClients(const Account &account);
    void showWelcome(const QString &text);
    QString accountText(const Account &account) const;
    void createMenus();
    void rebuildAccountMenu();
    void createToolBar();
    void updateTitle();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

    QString m_environmentName;
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
    std::unique_ptr<TwilioSipDomainsClient> m_twilioClient;
    std::unique_ptr<SignalWireSipEndpointsClient> m_signalWireClient;
    std::unique_ptr<RecordEditing> m_editing;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcome = nullptr;
    QPushButton *m_manageButton = nullptr;
    RecordListPage *m_domainsPage = nullptr;
    RecordListPage *m_endpointsPage = nullptr;
    AccountSwitcher *m_switcher = nullptr;
    QMenu *m_accountMenu = nullptr;
    QAction *m_manageAction = nullptr;
};
