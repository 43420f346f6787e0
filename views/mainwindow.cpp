#include "views/mainwindow.h"

#include "views/accountswitcher.h"
#include "views/actionicons.h"
#include "views/forms/recordediting.h"
#include "views/forms/recordform.h"
#include "views/journal/journalwindow.h"
#include "views/kinds/recordkindview.h"
#include "views/profiles/profilemanagerdialog.h"
#include "views/recordlistpage.h"
#include "views/recordsection.h"
#include "views/search/findallaccounts.h"
#include "views/shortcutsdialog.h"

#include "models/journal/journalrecorder.h"
#include "models/kinds/recordkind.h"
#include "models/lists/pagedtablemodel.h"

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
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTabBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
constexpr auto kDetailPaneKey = "mainWindow/detailPaneVisible";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_network(new QNetworkAccessManager(this))
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

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(welcome);
    QList<PagedTableModel *> tables;
    QList<AccountPages::KindPage> kindPages;
    for (const RecordKindView *view : RecordKindView::all()) {
        PagedTableModel *table = view->kind().createModel(this);
        auto *page = new RecordListPage(table, view->kind(), this);
        if (RecordSection *section = sectionOfKind(view->kind().parentKind())) {
            section->addMemberPage(page);
        } else {
            section = new RecordSection(page, this);
            m_pages->addWidget(section);
            m_sections.append(section);
        }
        m_recordPages.append(page);
        tables.append(table);
        kindPages.append({ view, page });
    }
    m_sectionTabs = new QTabBar(this);
    m_sectionTabs->setObjectName(u"sectionTabs"_s);
    m_sectionTabs->setAccessibleName(tr("Pages"));
    m_sectionTabs->setDocumentMode(true);
    m_sectionTabs->setExpanding(false);
    m_sectionTabs->hide();
    connect(m_sectionTabs, &QTabBar::currentChanged, this, &MainWindow::showSectionTab);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_sectionTabs);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_session = std::make_unique<AccountSession>(m_network, tables);
    m_accountPages = std::make_unique<AccountPages>(m_session.get(), kindPages);
    connect(m_session.get(), &AccountSession::accountsChanged, this, &MainWindow::showAccounts);
    connect(m_session.get(), &AccountSession::currentChanged, this, &MainWindow::showCurrent);
    connect(m_accountPages.get(), &AccountPages::pageOpened, this, &MainWindow::showOpenedPage);
    connect(m_session.get(), &AccountSession::notice, this, &MainWindow::showWelcome);
    connect(m_session.get(), &AccountSession::opened, this, [this](const Account &account) {
        JournalRecorder::attach(m_journal, account, m_session->client());
    });
    m_findAll = std::make_unique<FindAllAccounts>(m_network, m_session.get(),
        [this](const RecordKind &kind) {
            RecordListPage *page = recordPage(kind.key());
            if (page)
                showOpenedPage(page);
            return page;
        },
        this);

    createToolBar();
    createMenus();
    showWelcome(tr("No account is open.\n\n"
                   "Add a credential profile, or start SipDesk with --sandbox to try it on the "
                   "built-in emulator."));
    updateTitle();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

RecordListPage *MainWindow::recordPage(QStringView kindKey) const
{
    for (RecordListPage *page : m_recordPages) {
        if (page->kind().key() == kindKey)
            return page;
    }
    return nullptr;
}

RecordEditing *MainWindow::editing() const
{
    return m_accountPages->editingFor(currentPage());
}

RecordListPage *MainWindow::currentPage() const
{
    const auto *section = qobject_cast<RecordSection *>(m_pages->currentWidget());
    return section ? section->activePage() : nullptr;
}

RecordSection *MainWindow::sectionOfKind(const RecordKind *kind) const
{
    for (RecordSection *section : m_sections) {
        if (kind && &section->mainPage()->kind() == kind)
            return section;
    }
    return nullptr;
}

void MainWindow::showOpenedPage(RecordListPage *page)
{
    // The tabs are the sections of the opened account's service.
    const QSignalBlocker blocker(m_sectionTabs);
    while (m_sectionTabs->count() > 0)
        m_sectionTabs->removeTab(0);
    m_tabSections.clear();
    const Account::Service service = page->kind().service();
    for (RecordSection *section : std::as_const(m_sections)) {
        if (section->mainPage()->kind().service() != service)
            continue;
        m_sectionTabs->addTab(section->title());
        m_tabSections.append(section);
        if (section->holds(page))
            m_sectionTabs->setCurrentIndex(m_sectionTabs->count() - 1);
    }
    m_sectionTabs->setVisible(m_tabSections.size() > 1);
    m_findAction->setEnabled(true);
    rebuildGoToActions();
    showSectionTab(m_sectionTabs->currentIndex());
}

void MainWindow::showSectionTab(int index)
{
    if (index >= 0 && index < m_tabSections.size())
        m_pages->setCurrentWidget(m_tabSections.at(index));
}

void MainWindow::rebuildGoToActions()
{
    qDeleteAll(m_goToActions);
    m_goToActions.clear();
    for (qsizetype i = 0; i < m_tabSections.size() && i < 9; ++i) {
        auto *action = new QAction(tr("Go to %1").arg(m_tabSections.at(i)->title()), this);
        action->setObjectName(u"goTo%1Action"_s.arg(i + 1));
        action->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        connect(action, &QAction::triggered, this,
            [this, i] { m_sectionTabs->setCurrentIndex(int(i)); });
        m_goToMenu->addAction(action);
        addAction(action); // its shortcut works while the menu was never opened
        m_goToActions.append(action);
    }
    m_goToMenu->setEnabled(!m_goToActions.isEmpty());
}

void MainWindow::showDetailPanes(bool visible)
{
    for (RecordListPage *page : std::as_const(m_recordPages))
        page->setDetailPaneVisible(visible);
}

void MainWindow::rebuildEditMenu()
{
    m_editMenu->clear();
    RecordListPage *page = currentPage();
    const QList<QAction *> pageActions = page ? page->editMenuActions() : QList<QAction *>();
    qsizetype separator = pageActions.indexOf(nullptr);
    if (separator < 0)
        separator = pageActions.size();
    // Copying, Find, then the record actions.
    for (qsizetype i = 0; i < separator; ++i)
        m_editMenu->addAction(pageActions.at(i));
    if (separator > 0)
        m_editMenu->addSeparator();
    m_findAction->setEnabled(page);
    m_editMenu->addAction(m_findAction);
    if (separator < pageActions.size())
        m_editMenu->addSeparator();
    for (qsizetype i = separator + 1; i < pageActions.size(); ++i)
        if (QAction *action = pageActions.at(i))
            m_editMenu->addAction(action);
}

void MainWindow::setEnvironmentName(const QString &name)
{
    m_environmentName = name;
    updateTitle();
}

void MainWindow::setProfileStore(ProfileStore *store)
{
    m_manageAction->setEnabled(store);
    m_manageButton->setVisible(store);
    m_session->setProfileStore(store);
}

void MainWindow::showAccounts(const QList<Account> &accounts, int current)
{
    m_switcher->setAccounts(accounts);
    rebuildAccountMenu();
    showCurrent(current);
}

void MainWindow::showCurrent(int current)
{
    // Copy details and the export's file name name the account the pages list.
    for (RecordListPage *page : std::as_const(m_recordPages))
        page->setAccount(current >= 0 ? m_session->openedAccount() : Account());
    m_switcher->setCurrent(current);
    updateTitle();
}

void MainWindow::showWelcome(const QString &text)
{
    m_welcome->setText(text);
    m_findAction->setEnabled(false);
    m_sectionTabs->hide();
    m_pages->setCurrentIndex(0); // the welcome page
}

void MainWindow::openProfileManager()
{
    if (!m_session->profileStore())
        return;
    auto *dialog = new ProfileManagerDialog(m_session->profileStore(), m_network, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileManagerDialog::openRequested, m_session.get(),
        &AccountSession::openProfile);
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_accountPages->hasUnsavedForm()) {
        event->ignore();
        m_accountPages->closeForms([this](bool closed) {
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
        if (action != m_manageAction && action != m_findAllAction)
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
    exportCsv->setIcon(ActionIcons::icon(ActionIcons::Icon::Export));
    exportCsv->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(u"editMenu"_s);
    connect(m_editMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildEditMenu);
    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    auto addPageAction = [this, viewMenu](const QString &text, const QKeySequence &shortcut,
                             const char *name, void (RecordListPage::*slot)(),
                             ActionIcons::Icon icon) {
        QAction *action = viewMenu->addAction(text, this, [this, slot] {
            if (RecordListPage *page = currentPage())
                (page->*slot)();
        });
        action->setIcon(ActionIcons::icon(icon));
        action->setShortcut(shortcut);
        action->setObjectName(QLatin1String(name));
        return action;
    };
    // In the Edit menu (rebuildEditMenu()); the window holds it for its shortcut.
    m_findAction = addPageAction(tr("&Find"), QKeySequence::Find, "findAction",
        &RecordListPage::focusSearch, ActionIcons::Icon::Find);
    viewMenu->removeAction(m_findAction);
    addAction(m_findAction);
    addPageAction(tr("&Refresh"), QKeySequence(Qt::Key_F5), "refreshAction",
        &RecordListPage::refresh, ActionIcons::Icon::Refresh);
    addPageAction(tr("&Stop Loading"), QKeySequence(Qt::Key_Escape), "stopAction",
        &RecordListPage::cancelLoading, ActionIcons::Icon::Stop);
    addPageAction(tr("&Load Everything"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L),
        "loadAllAction", &RecordListPage::loadEverything, ActionIcons::Icon::LoadEverything);
    viewMenu->addSeparator();
    m_detailPaneAction = viewMenu->addAction(tr("&Details Pane"));
    m_detailPaneAction->setObjectName(u"detailPaneAction"_s);
    m_detailPaneAction->setCheckable(true);
    m_detailPaneAction->setShortcut(QKeySequence(Qt::Key_F9));
    m_detailPaneAction->setChecked(QSettings().value(QLatin1String(kDetailPaneKey), true).toBool());
    showDetailPanes(m_detailPaneAction->isChecked());
    connect(m_detailPaneAction, &QAction::toggled, this, [this](bool visible) {
        showDetailPanes(visible);
        QSettings().setValue(QLatin1String(kDetailPaneKey), visible);
    });
    m_goToMenu = viewMenu->addMenu(tr("&Go To"));
    m_goToMenu->setObjectName(u"goToMenu"_s);
    m_goToMenu->setEnabled(false);
    viewMenu->addSeparator();
    QAction *journal = viewMenu->addAction(tr("&Journal…"), this, &MainWindow::openJournal);
    journal->setObjectName(u"journalAction"_s);
    journal->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_J));

    m_accountMenu = menuBar()->addMenu(tr("&Account"));
    m_accountMenu->setObjectName(u"accountMenu"_s);
    m_manageAction =
        m_accountMenu->addAction(tr("&Manage Profiles…"), this, &MainWindow::openProfileManager);
    m_manageAction->setObjectName(u"manageProfilesAction"_s);
    m_manageAction->setIcon(ActionIcons::icon(ActionIcons::Icon::Profiles));
    m_manageAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_manageAction->setEnabled(false);
    m_findAllAction = m_accountMenu->addAction(
        tr("&Find in All Accounts…"), this, [this] { m_findAll->show(); });
    m_findAllAction->setObjectName(u"findAllAccountsAction"_s);
    m_findAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    QAction *shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    shortcuts->setObjectName(u"keyboardShortcutsAction"_s);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Question));
    QAction *about = helpMenu->addAction(tr("&About SipDesk"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::setJournal(ChangeJournal *journal)
{
    m_journal = journal;
    if (m_session->client())
        JournalRecorder::attach(journal, m_session->openedAccount(), m_session->client());
}

JournalWindow *MainWindow::openJournal()
{
    if (!m_journalWindow)
        m_journalWindow = new JournalWindow(m_journal, this);
    m_journalWindow->show();
    m_journalWindow->raise();
    m_journalWindow->activateWindow();
    return m_journalWindow;
}

void MainWindow::updateTitle()
{
    QStringList parts;
    const bool open = m_session->currentAccount() >= 0;
    const Account &account = m_session->openedAccount();
    if (open)
        parts.append(AccountSession::accountText(account));
    if (open && account.readOnly)
        parts.append(tr("read-only"));
    // The environment belongs to the accounts it came with, not to profiles.
    if (!m_environmentName.isEmpty() && (!open || account.profileId.isEmpty()))
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
