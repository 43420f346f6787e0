#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
constexpr auto kGeometryKey = "mainWindow/geometry";
constexpr auto kStateKey = "mainWindow/state";
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_placeholder(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    m_placeholder->setObjectName(u"welcomeLabel"_s);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextFormat(Qt::PlainText);
    m_placeholder->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_placeholder->setText(tr("No account is open.\n\n"
                              "Start SipDesk with --sandbox to try it on the built-in emulator."));
    setCentralWidget(m_placeholder);
    createMenus();
    updateTitle();
    restoreWindowState();
}

void MainWindow::setEnvironmentName(const QString &name)
{
    m_environmentName = name;
    updateTitle();
}

void MainWindow::setWelcomeText(const QString &text)
{
    m_placeholder->setText(text);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"quitAction"_s);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    QAction *about = helpMenu->addAction(tr("&About SipDesk"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::updateTitle()
{
    const QString app = QApplication::applicationDisplayName();
    setWindowTitle(m_environmentName.isEmpty() ? app : tr("%1 — %2").arg(m_environmentName, app));
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(QLatin1String(kGeometryKey)).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        const QSize available = screen() ? screen()->availableSize() : QSize(1280, 800);
        resize(available.boundedTo(QSize(1280, 800)) * 0.9);
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
