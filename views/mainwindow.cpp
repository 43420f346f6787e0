#include "mainwindow.h"

#include "accountswitcher.h"
#include "forms/recordediting.h"
#include "forms/recordform.h"
#include "forms/sipediting.h"
#include "pagespecs.h"
#include "profiles/profilemanagerdialog.h"
#include "recordlistpage.h"

#include "lists/sipdomaintablemodel.h"
#include "lists/sipendpointtablemodel.h"
#include "profiles/profilestore.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

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

    auto *welcome = new QWidget(this);
    m_welcome = new QLabel(welcome);
    m_welcome->setObjectName(u"welcomeLabel"_s);
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setTextFormat(Qt::PlainText);
    m_welcome->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_manageButton = new QPushButton(tr("Manage Profiles…"), welcome);
    m_manageButton->setObjectName(u"manageProfilesButton"_s);
    m_manageButton->hide();
    connect(m_manageButton, &QPushButton::clicked, this, &MainWindow::openProfileManager);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addStretch();
    welcomeLayout->addWidget(m_welcome);
    welcomeLayout->addWidget(m_manageButton, 0, Qt::AlignHCenter);
    welcomeLayout->addStretch();

    m_domainsPage = new RecordListPage(m_domains, sipDomainsPageSpec(), this);
    m_endpointsPage = new RecordListPage(m_endpoints, sipEndpointsPageSpec(), this);
    for (RecordListPage *page : { m_domainsPage, m_endpointsPage }) {
        connect(page, &RecordListPage::createRequested, this, [this] {
            if (m_editing)
                m_editing->createRecord();
        });
        connect(page, &RecordListPage::editRequested, this, [this](const QModelIndex &row) {
            if (m_editing)
                m_editing->editRecord(row);
        });
        connect(
            page, &RecordListPage::deleteRequested, this, [this](const QList<QModelIndex> &rows) {
                if (m_editing)
                    m_editing->deleteRecords(rows);
            });
        connect(page, &RecordListPage::messageActionTriggered, this, [this] {
            if (m_editing)
                m_editing->stopDeleting();
        });
    }
    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(WelcomePage, welcome);
    m_pages->insertWidget(DomainsPage, m_domainsPage);
    m_pages->insertWidget(EndpointsPage, m_endpointsPage);
    setCentralWidget(m_pages);

    createToolBar();
    createMenus();
    showWelcome(tr("No account is open.\n\n"
                   "Add a credential profile, or start SipDesk with --sandbox to try it on the "
                   "built-in emulator."));
    updateTitle();
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    m_editing.reset();
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
    m_fixedAccounts = accounts;
    closeAccount();
    m_current = -1;
    rebuildAccounts();
    if (!m_accounts.isEmpty())
        openAccount(0);
}

void MainWindow::setProfileStore(ProfileStore *store)
{
    m_profiles = store;
    m_manageAction->setEnabled(store);
    m_manageButton->setVisible(store);
    connect(store, &ProfileStore::profilesChanged, this, &MainWindow::rebuildAccounts);
    connect(store, &ProfileStore::secretChanged, this, [this](const QString &id) {
        if (m_current >= 0 && m_open.profileId == id)
            QTimer::singleShot(0, this, [this, id] { reopenProfile(id); });
    });
    rebuildAccounts();
}

bool MainWindow::openStartupAccount(const QString &profileName)
{
    if (m_accounts.isEmpty())
        return profileName.isEmpty();
    QString id;
    if (m_profiles && !profileName.isEmpty()) {
        const std::optional<Profile> named = m_profiles->profileNamed(profileName);
        if (!named) {
            showWelcome(tr("There is no saved profile named \"%1\".").arg(profileName));
            return false;
        }
        id = named->id;
    } else if (m_profiles) {
        id = m_profiles->lastUsedId();
    }
    int index = 0;
    for (int candidate = 0; candidate < m_accounts.size(); ++candidate)
        if (!id.isEmpty() && m_accounts.at(candidate).profileId == id)
            index = candidate;
    openAccount(index);
    return true;
}

namespace {

// Where requests go and as whom: when this changes, the open account must
// be opened again.
bool sameConnection(const Account &a, const Account &b)
{
    return a.service == b.service && a.twilio.baseUrl == b.twilio.baseUrl
        && a.twilio.accountSid == b.twilio.accountSid && a.twilio.authUser == b.twilio.authUser
        && a.signalWire.baseUrl == b.signalWire.baseUrl
        && a.signalWire.projectId == b.signalWire.projectId;
}

} // namespace

int MainWindow::indexOfProfile(const QString &profileId) const
{
    for (int index = 0; index < m_accounts.size(); ++index)
        if (m_accounts.at(index).profileId == profileId)
            return index;
    return -1;
}

void MainWindow::rebuildAccounts()
{
    const QString openProfile = m_current >= 0 ? m_open.profileId : QString();
    QList<Account> accounts = m_fixedAccounts;
    if (m_profiles) {
        // Without their secrets: those are read when an account opens.
        for (const Profile &profile : m_profiles->profiles())
            accounts.append(profile.toAccount(QString()));
    }
    m_accounts = accounts;
    if (!openProfile.isEmpty()) {
        m_current = indexOfProfile(openProfile);
        if (m_current < 0) {
            openProfileRemoved();
            return;
        }
        const Account &saved = m_accounts.at(m_current);
        if (!sameConnection(saved, m_open)) {
            // Until the reopen (which may wait for the form's guard) the old
            // connection stays what the title, forms and requests name.
            QTimer::singleShot(0, this, [this, openProfile] { reopenProfile(openProfile); });
        } else {
            m_open.name = saved.name;
            m_open.color = saved.color;
        }
    }
    showAccountList();
}

void MainWindow::showAccountList()
{
    m_switcher->setAccounts(m_accounts);
    rebuildAccountMenu();
    m_switcher->setCurrent(m_current);
    updateTitle();
}

void MainWindow::reopenProfile(const QString &profileId)
{
    if (m_current >= 0 && m_open.profileId == profileId)
        openAccount(indexOfProfile(profileId));
}

void MainWindow::openProfileRemoved()
{
    const auto closeIt = [this] {
        closeAccount();
        m_current = -1;
        m_open = Account();
        showWelcome(tr("The open profile was removed."));
        rebuildAccounts();
    };
    RecordForm *form = m_editing ? m_editing->openForm() : nullptr;
    if (!form || !form->hasUnsavedChanges()) {
        closeIt();
        return;
    }
    // Its form still holds unsaved edits: the account stays open, listed as
    // removed, until the user has decided about them.
    Account ghost = m_open;
    ghost.name = tr("%1 (removed)").arg(m_open.name);
    m_accounts.append(ghost);
    m_current = int(m_accounts.size()) - 1;
    showAccountList();
    m_editing->closeForm([closeIt](bool closed) {
        if (closed)
            closeIt();
    });
}

void MainWindow::openAccount(int index)
{
    if (index < 0 || index >= m_accounts.size())
        return;
    // The switcher shows what is open, not what was asked for, until the
    // switch happens.
    m_switcher->setCurrent(m_current);
    if (!m_editing) {
        switchToAccount(index);
        return;
    }
    // The list may change while the guard waits: remember the account, not the row.
    const QString profileId = m_accounts.at(index).profileId;
    m_editing->closeForm([this, index, profileId](bool closed) {
        if (!closed)
            return;
        const int now = profileId.isEmpty() ? index : indexOfProfile(profileId);
        if (now >= 0 && now < m_accounts.size())
            switchToAccount(now);
    });
}

QString MainWindow::accountText(const Account &account) const
{
    return tr("%1 (%2)").arg(account.name, account.identifier());
}

void MainWindow::closeAccount()
{
    // Cancel every request of the previous account first: its forms, its
    // clients and with them every job they own go, so no late answer can
    // land in the next account.
    ++m_openAttempt;
    m_editing.reset();
    for (RecordListPage *page : { m_domainsPage, m_endpointsPage }) {
        page->hideMessage();
        page->setEditingEnabled(false);
    }
    m_domains->setClient(nullptr);
    m_endpoints->setClient(nullptr);
    m_twilioClient.reset();
    m_signalWireClient.reset();
}

void MainWindow::switchToAccount(int index)
{
    closeAccount();
    m_current = index;
    m_open = m_accounts.at(index);
    m_switcher->setCurrent(index);
    updateTitle();
    if (m_open.profileId.isEmpty() || !m_profiles) {
        openClients(m_open);
        return;
    }
    showWelcome(tr("Opening %1…").arg(accountText(m_open)));
    const quint64 attempt = m_openAttempt;
    m_profiles->readSecret(
        m_open.profileId, this, [this, attempt](const SecretStore::Result &result) {
            // Another switch, or a change to this profile, has happened meanwhile.
            if (attempt != m_openAttempt)
                return;
            if (result.status != SecretStore::Status::Ok) {
                showWelcome(tr("The secret of %1 could not be read: %2")
                                .arg(accountText(m_open), result.errorText));
                return;
            }
            Account opened = m_open;
            opened.twilio.secret = opened.signalWire.apiToken = result.secret;
            m_profiles->setLastUsedId(opened.profileId);
            openClients(opened);
        });
}

void MainWindow::openClients(const Account &account)
{
    if (account.service == Account::Service::Twilio) {
        m_twilioClient = std::make_unique<TwilioSipDomainsClient>(m_network, account.twilio);
        m_domains->setClient(m_twilioClient.get());
        m_editing.reset(makeSipDomainEditing(
            m_twilioClient.get(), m_domains, m_domainsPage, accountText(account), nullptr));
        m_pages->setCurrentIndex(DomainsPage);
    } else {
        m_signalWireClient =
            std::make_unique<SignalWireSipEndpointsClient>(m_network, account.signalWire);
        m_endpoints->setClient(m_signalWireClient.get());
        m_editing.reset(makeSipEndpointEditing(
            m_signalWireClient.get(), m_endpoints, m_endpointsPage, accountText(account), nullptr));
        m_pages->setCurrentIndex(EndpointsPage);
    }
    currentPage()->setEditingEnabled(true);
    currentPage()->refresh();
}

void MainWindow::showWelcome(const QString &text)
{
    m_welcome->setText(text);
    m_pages->setCurrentIndex(WelcomePage);
}

void MainWindow::openProfileManager()
{
    if (!m_profiles)
        return;
    auto *dialog = new ProfileManagerDialog(m_profiles, m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileManagerDialog::openRequested, this, [this](const QString &id) {
        for (int index = 0; index < m_accounts.size(); ++index)
            if (m_accounts.at(index).profileId == id)
                openAccount(index);
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_editing && m_editing->openForm() && m_editing->openForm()->hasUnsavedChanges()) {
        event->ignore();
        m_editing->closeForm([this](bool closed) {
            if (closed)
                close();
        });
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Account"));
    bar->setObjectName(u"accountToolBar"_s);
    bar->setMovable(false);
    m_switcher = new AccountSwitcher(bar);
    bar->addWidget(m_switcher);
    connect(m_switcher, &AccountSwitcher::accountChosen, this, &MainWindow::openAccount);
}

void MainWindow::rebuildAccountMenu()
{
    for (QAction *action : m_accountMenu->actions())
        if (action != m_manageAction)
            m_accountMenu->removeAction(action);
    m_accountMenu->addSeparator();
    m_accountMenu->addActions(m_switcher->switchActions());
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

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(u"accountMenu"_s);
    m_manageAction =
        m_accountMenu->addAction(tr("&Manage Profiles…"), this, &MainWindow::openProfileManager);
    m_manageAction->setObjectName(u"manageProfilesAction"_s);
    m_manageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_manageAction->setEnabled(false);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    QAction *about = helpMenu->addAction(tr("&About SipDesk"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateTitle()
{
    QStringList parts;
    const bool open = m_current >= 0;
    if (open)
        parts.append(accountText(m_open));
    // The environment belongs to the accounts it came with, not to profiles.
    if (!m_environmentName.isEmpty() && (!open || m_open.profileId.isEmpty()))
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
