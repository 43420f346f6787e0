#pragma once

#include "views/search/searchactivation.h"

#include <QObject>
#include <QPointer>

class AccountSession;
class AllAccountsSearch;
class FindAllAccountsWindow;
class QNetworkAccessManager;
class QWidget;

// Account › Find in All Accounts for the main window: the search over the
// session's accounts (what it loaded stays for the session, in memory
// only), its one window, and opening a result in the main window.
class FindAllAccounts : public QObject
{
    Q_OBJECT

public:
    // Nothing is owned; the session and network must outlive this object,
    // the window is made a child of parentWindow.
    FindAllAccounts(QNetworkAccessManager *network, AccountSession *session,
        SearchActivation::ShowPage showPage, QWidget *parentWindow);
    ~FindAllAccounts() override;

    // Shows the window (made on first use) and puts the focus in its search.
    void show();
    // Null until first shown.
    FindAllAccountsWindow *window() const;
    AllAccountsSearch *search() const { return m_search; }

private:
    AccountSession *m_session;
    QWidget *m_parentWindow;
    AllAccountsSearch *m_search;
    SearchActivation *m_activation;
    QPointer<FindAllAccountsWindow> m_window;
};
