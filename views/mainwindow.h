#pragma once

#include "models/accounts/accountsession.h"
#include "views/accountpages.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class AccountSwitcher;
class ChangeJournal;
class JournalWindow;
class FindAllAccounts;
class ProfileStore;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QPushButton;
class QStackedWidget;
class QAction;
class QTabBar;
class RecordKind;
class RecordListPage;
class RecordSection;

// The application window: the account switcher, one page per record kind
// (the open account's pages are those of its service), menus,
// shortcuts and the persisted window geometry. Which accounts there are and
// which one is open is the AccountSession's; the window shows what it says.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shown in the window title next to the demo accounts, e.g. "Sandbox".
    void setEnvironmentName(const QString &name);
    // Accounts that are not saved profiles (the sandbox's); opens the first.
    void setAccounts(const QList<Account> &accounts) { m_session->setAccounts(accounts); }
    // Saved profiles join the switcher after those accounts, and can be
    // managed from the Account menu. Not owned.
    void setProfileStore(ProfileStore *store);
    // Opens the profile with this name, or (empty name) the last used one,
    // or the first account. False, with a message in the window, when no
    // profile has that name.
    bool openStartupAccount(const QString &profileName = {})
    {
        return m_session->openStartupAccount(profileName);
    }

    // The session's, see AccountSession.
    void openAccount(int index) { m_session->openAccount(index); }
    int currentAccount() const { return m_session->currentAccount(); }
    const Account &openedAccount() const { return m_session->openedAccount(); }
    const QList<Account> &accounts() const { return m_session->accounts(); }
    // The create/edit/delete actions of the page shown, while its account is open.
    RecordEditing *editing() const;
    // The create/edit/delete actions of any page, while its account is open.
    RecordEditing *editingFor(const RecordListPage *page) const
    {
        return m_accountPages->editingFor(page);
    }

    // The page of a record kind ("sipDomains", see RecordKind::key()).
    RecordListPage *recordPage(QStringView kindKey) const;
    RecordListPage *currentPage() const;

    void openProfileManager();
    // Where every write of the open account, and of each one opened later, is recorded (not
    // owned); none: nothing is.
    void setJournal(ChangeJournal *journal);
    // View › Journal: the one journal window, shown and raised.
    JournalWindow *openJournal();

    // The Edit menu: its entries are the current page's own actions, so that
    // they show the shortcuts that work and are enabled exactly when the
    // page can act. Rebuilt whenever it opens.
    QMenu *editMenu() const { return m_editMenu; }
    void rebuildEditMenu();
    // Account › Find in All Accounts.
    FindAllAccounts *findAllAccounts() const { return m_findAll.get(); }
    // View › Details Pane, remembered.
    QAction *detailPaneAction() const { return m_detailPaneAction; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showAccounts(const QList<Account> &accounts, int current);
    void showCurrent(int current);
    void showWelcome(const QString &text);
    void createMenus();
    void rebuildAccountMenu();
    void createToolBar();
    void updateTitle();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();
    RecordSection *sectionOfKind(const RecordKind *kind) const;
    void showOpenedPage(RecordListPage *page);
    void showSectionTab(int index);
    void rebuildGoToActions();
    void showDetailPanes(bool visible);

    QString m_environmentName;
    QNetworkAccessManager *m_network;

    QStackedWidget *m_pages = nullptr;
    QTabBar *m_sectionTabs = nullptr;
    QList<RecordSection *> m_sections; // every kind's, in the stack
    QList<RecordSection *> m_tabSections; // the open service's, one per tab
    QMenu *m_goToMenu = nullptr;
    QList<QAction *> m_goToActions;
    QLabel *m_welcome = nullptr;
    QPushButton *m_manageButton = nullptr;
    QList<RecordListPage *> m_recordPages; // one per record kind
    AccountSwitcher *m_switcher = nullptr;
    QMenu *m_accountMenu = nullptr;
    QAction *m_manageAction = nullptr;
    QAction *m_findAllAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_detailPaneAction = nullptr;
    ChangeJournal *m_journal = nullptr;
    QPointer<JournalWindow> m_journalWindow;
    // Goes after the session: its clients before the network.
    std::unique_ptr<FindAllAccounts> m_findAll;
    // Declared last so that they go first, pages' wiring before the session:
    // the RecordEditing uses the session's client, both use pages and models.
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<AccountPages> m_accountPages;
};
