#include "mainwindow.h"

#include "pagespecs.h"
#include "recordlistpage.h"

#include "lists/sipdomaintablemodel.h"
#include "lists/sipendpointtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace {
constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
enum Page { WelcomePage, DomainsPage, EndpointsPage };
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_domains(new SipDomainTableModel(this))
    , m_endpoints(new SipEndpointTableModel(this))
{
    setObjectName(u"mainWindow"_s);

    m_welcome = new QLabel(this);
    m_welcome->setObjectName(u"welcomeLabel"_s);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setTextFormat(Qt::PlainText);
    m_welcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_welcome->setText(tr("No account is open.\n\n"
                          "Start SipDesk with --sandbox to try it on the built-in emulator."));
    m_domainsPage = new RecordListPage(m_domains, sipDomainsPageSpec(), this);
    m_endpointsPage = new RecordListPage(m_endpoints, sipEndpointsPageSpec(), this);
    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(WelcomePage, m_welcome);
    m_pages->insertWidget(DomainsPage, m_domainsPage);
    m_pages->insertWidget(EndpointsPage, m_endpointsPage);
    setCentralWidget(m_pages);

    createToolBar();
    createMenus();
    updateTitle();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The models must let go of the clients before those are destroyed.
    m_domains->setClient(nullptr);
    m_endpoints->setClient(nullptr);
}

RecordListPage *MainWindow::currentPage() const
{
    return qobject_cast<RecordListPage *>(m_pages->currentWidget());
}

void MainWindow::setEnvironmentName(const QString &name)
{
    m_environmentName = name;
    updateTitle();
}

void MainWindow::setAccounts(const QList<Account> &accounts)
{
    m_accounts = accounts;
    const QSignalBlocker blocker(m_accountBox);
    m_accountBox->clear();
    for (const Account &account : accounts)
        m_accountBox->addItem(account.name);
    m_accountBox->setEnabled(!accounts.isEmpty());
    if (!accounts.isEmpty())
        openAccount(0);
}

void MainWindow::openAccount(int index)
{
    if (index < 0 || index >= m_accounts.size())
        return;
    // Cancel every request of the previous account first: its clients go,
    // and with them every job they own, so no late answer can land here.
    m_domains->setClient(nullptr);
    m_endpoints->setClient(nullptr);
    m_twilioClient.reset();
    m_signalWireClient.reset();

    m_current = index;
    const Account &account = m_accounts.at(index);
    if (account.service == Account::Service::Twilio) {
        m_twilioClient = std::make_unique<TwilioSipDomainsClient>(m_network, account.twilio);
        m_domains->setClient(m_twilioClient.get());
        m_pages->setCurrentIndex(DomainsPage);
    } else {
        m_signalWireClient =
            std::make_unique<SignalWireSipEndpointsClient>(m_network, account.signalWire);
        m_endpoints->setClient(m_signalWireClient.get());
        m_pages->setCurrentIndex(EndpointsPage);
    }
    {
        const QSignalBlocker blocker(m_accountBox);
        m_accountBox->setCurrentIndex(index);
    }
    m_accountId->setText(account.identifier());
    updateTitle();
    currentPage()->refresh();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Account"));
    bar->setObjectName(u"accountToolBar"_s);
    bar->setMovable(false);
    auto *label = new QLabel(tr("&Account:"), bar);
    m_accountBox = new QComboBox(bar);
    m_accountBox->setObjectName(u"accountSwitcher"_s);
    m_accountBox->setAccessibleName(tr("Account"));
    m_accountBox->setMinimumContentsLength(20);
    m_accountBox->setEnabled(false);
    label->setBuddy(m_accountBox);
    m_accountId = new QLabel(bar);
    m_accountId->setObjectName(u"accountIdentifier"_s);
    m_accountId->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accountId->setToolTip(tr("Account SID or project id of the open account"));
    bar->addWidget(label);
    bar->addWidget(m_accountBox);
    bar->addSeparator();
    bar->addWidget(m_accountId);
    connect(m_accountBox, &QComboBox::activated, this, &MainWindow::openAccount);
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    QAction *exportCsv = fileMenu->addAction(tr("&Export Shown Rows as CSV…"), this, [this] {
        if (RecordListPage *page = currentPage())
            page->exportCsv();
    });
    exportCsv->setObjectName(u"exportAction"_s);
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    auto addPageAction = [this, viewMenu](const QString &text, const QKeySequence &shortcut,
                             const char *name, void (RecordListPage::*slot)()) {
        QAction *action = viewMenu->addAction(text, this, [this, slot] {
            if (RecordListPage *page = currentPage())
                (page->*slot)();
        });
        action->setShortcut(shortcut);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    addPageAction(tr("&Find"), QKeySequence::Find, "findAction", &RecordListPage::focusSearch);
    addPageAction(
        tr("&Refresh"), QKeySequence(Qt::Key_F5), "refreshAction", &RecordListPage::refresh);
    addPageAction(tr("&Stop Loading"), QKeySequence(Qt::Key_Escape), "stopAction",
        &RecordListPage::cancelLoading);
    addPageAction(tr("&Load Everything"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        "loadAllAction", &RecordListPage::loadEverything);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    QAction *about = helpMenu->addAction(tr("&About SipDesk"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateTitle()
{
    QStringList parts;
    if (m_current >= 0) {
        const Account &account = m_accounts.at(m_current);
        parts.append(tr("%1 (%2)").arg(account.name, account.identifier()));
    }
    if (!m_environmentName.isEmpty())
        parts.append(m_environmentName);
    parts.append(QApplication::applicationDisplayName());
    setWindowTitle(parts.join(u" — "_s));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QLatin1String(kGeometryKey)).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(available.boundedTo(QSize(1400, 860)) * 0.9);
    }
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SipDesk"),
        tr("<h3>SipDesk %1</h3>"
           "<p>Administer Twilio SIP Domains and SignalWire SIP Endpoints across many accounts.</p>"
           "<p>Built with Qt %2, running on Qt %3.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped(), QLatin1String(QT_VERSION_STR),
                QLatin1String(qVersion())));
}
