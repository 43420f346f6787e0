#pragma once

#include "accounts/account.h"

#include <QMainWindow>

#include <memory>

class QComboBox;
class QLabel;
class QNetworkAccessManager;
class QStackedWidget;
class RecordListPage;
class SignalWireSipEndpointsClient;
class SipDomainTableModel;
class SipEndpointTableModel;
class TwilioSipDomainsClient;

// The application window: the account switcher, the SIP Domains page for
// Twilio accounts and the SIP Endpoints page for SignalWire projects, menus,
// shortcuts and the persisted window geometry.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Shown in the window title, e.g. "Sandbox".
    void setEnvironmentName(const QString &name);
    // The accounts to switch between; opens the first.
    void setAccounts(const QList<Account> &accounts);
    void openAccount(int index);
    int currentAccount() const { return m_current; }

    RecordListPage *sipDomainsPage() const { return m_domainsPage; }
    RecordListPage *sipEndpointsPage() const { return m_endpointsPage; }
    RecordListPage *currentPage() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createToolBar();
    void updateTitle();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();

    QString m_environmentName;
    QList<Account> m_accounts;
    int m_current = -1;

    QNetworkAccessManager *m_network;
    SipDomainTableModel *m_domains;
    SipEndpointTableModel *m_endpoints;
    std::unique_ptr<TwilioSipDomainsClient> m_twilioClient;
    std::unique_ptr<SignalWireSipEndpointsClient> m_signalWireClient;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_welcome = nullptr;
    RecordListPage *m_domainsPage = nullptr;
    RecordListPage *m_endpointsPage = nullptr;
    QComboBox *m_accountBox = nullptr;
    QLabel *m_accountId = nullptr;
};
