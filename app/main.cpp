#include "app/commandline.h"
#include "app/sandboxhost.h"
#include "app/uilanguage.h"
#include "views/mainwindow.h"

#include "models/profiles/profilestore.h"
#include "models/profiles/secretstore.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SipDesk"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sipdesk.app"));
    QCoreApplication::setApplicationName(QStringLiteral("SipDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIPDESK_VERSION));
}

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

// For scripts/bench: with SIPDESK_BENCH_FIRST_PAINT set, print "first-paint"
// when the main window has painted once, and quit.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::fputs("first-paint\n", stdout);
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    setApplicationIdentity();
    const CommandLine commandLine = CommandLine::parse(argumentsOf(argc, argv));
    switch (commandLine.action) {
    case CommandLine::Action::ShowHelp:
    case CommandLine::Action::ShowVersion:
        std::fputs(qPrintable(commandLine.message), stdout);
        return 0;
    case CommandLine::Action::Fail:
        std::fputs(qPrintable(commandLine.message), stderr);
        return 2;
    case CommandLine::Action::Run:
        break;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("SipDesk"));
    // The installed theme icon when there is one, so that the window and the launcher agree.
    QApplication::setWindowIcon(QIcon::fromTheme(
        QStringLiteral(SIPDESK_APP_ID), QIcon(QStringLiteral(":/icons/sipdesk.svg"))));
    // Lets the desktop (Wayland in particular) match windows with the installed launcher.
    QGuiApplication::setDesktopFileName(QStringLiteral(SIPDESK_APP_ID));
    const QLocale language =
        UiLanguage::choose(commandLine.language, qgetenv("LANGUAGE"), QLocale::system());
    // Dates and numbers follow the chosen language too.
    QLocale::setDefault(language);
    UiLanguage::install(app, language, QStringLiteral(":/i18n"));

    SandboxHost sandbox;
    KeychainSecretStore keychain;
    ProfileStore profiles(&keychain);
    MainWindow window;
    window.setProfileStore(&profiles);
    if (commandLine.sandbox) {
        if (!sandbox.start()) {
            QMessageBox::critical(nullptr, QApplication::translate("main", "SipDesk"),
                QApplication::translate("main", "The sandbox could not start: %1")
                    .arg(sandbox.errorString()));
            return 1;
        }
        window.setEnvironmentName(QApplication::translate("main", "Sandbox"));
        window.setAccounts(sandbox.demoAccounts());
    } else if (!window.openStartupAccount(commandLine.profileName)) {
        std::fputs(qPrintable(QApplication::translate("main", "No saved profile is named \"%1\".\n")
                                  .arg(commandLine.profileName)),
            stderr);
    }
    if (qEnvironmentVariableIsSet("SIPDESK_BENCH_FIRST_PAINT"))
        window.installEventFilter(new FirstPaintProbe(&window));
    window.show();
    return app.exec();
}
