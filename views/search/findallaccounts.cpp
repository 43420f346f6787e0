#include "views/search/findallaccounts.h"

#include "views/search/findallaccountswindow.h"

#include "models/accounts/accountsession.h"
#include "models/search/allaccountssearch.h"

#include <QLineEdit>

FindAllAccounts::FindAllAccounts(QNetworkAccessManager *network, AccountSession *session,
    SearchActivation::ShowPage showPage, QWidget *parentWindow)
    : QObject(parentWindow)
    , m_session(session)
    , m_parentWindow(parentWindow)
    , m_search(new AllAccountsSearch(network, this))
    , m_activation(new SearchActivation(session, std::move(showPage), this))
{
    m_search->setProfileStore(session->profileStore());
    m_search->setAccounts(session->accounts());
    connect(session, &AccountSession::accountsChanged, m_search, [this](const QList<Account> &accounts) {
        m_search->setProfileStore(m_session->profileStore());
        m_search->setAccounts(accounts);
    });
}

FindAllAccounts::~FindAllAccounts()
{
    delete m_window;
}

FindAllAccountsWindow *FindAllAccounts::window() const
{
    return m_window;
}

void FindAllAccounts::show()
{
    if (!m_window) {
        m_window = new FindAllAccountsWindow(m_search, m_parentWindow);
        connect(m_window, &FindAllAccountsWindow::activated, m_activation,
            &SearchActivation::activate);
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
    m_window->searchField()->setFocus();
    m_window->searchField()->selectAll();
}
