#include "app/commandline.h"
#include "app/sandboxhost.h"
#include "app/uilanguage.h"
#include "views/mainwindow.h"

#include "models/journal/changejournal.h"
#include "models/profiles/profilestore.h"
#include "models/profiles/secretstore.h"

#include <QApplication>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
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

// For scripts/bench: passes every call on to the keychain and counts them,
// so that the bench can check that listing the saved profiles reads no
// secret (only opening one may).
class CountingSecretStore : public SecretStore
{
public:
    explicit CountingSecretStore(SecretStore *inner, QObject *parent = nullptr)
        : SecretStore(parent)
        , m_inner(inner)
    { }

    void readSecret(const QString &key, QObject *context, Callback done) override
    {
        count(key);
        m_inner->readSecret(key, context, std::move(done));
    }
    void writeSecret(
        const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        count(key);
        m_inner->writeSecret(key, secret, context, std::move(done));
    }
    void removeSecret(const QString &key, QObject *context, Callback done) override
    {
        count(key);
        m_inner->removeSecret(key, context, std::move(done));
    }
    QString displayName() const override { return m_inner->displayName(); }

    int calls() const { return m_calls; }
    qsizetype keys() const { return m_keys.size(); }

private:
    void count(const QString &key)
    {
        ++m_calls;
        m_keys.insert(key);
    }

    SecretStore *m_inner;
    int m_calls = 0;
    QSet<QString> m_keys;
};

// For scripts/bench: with SIPDESK_BENCH_FIRST_PAINT set, print "first-paint"
// and the keychain calls made so far when the main window has painted once,
// and quit.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(const CountingSecretStore *secrets, QObject *parent)
        : QObject(parent)
        , m_secrets(secrets)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("first-paint keychain-calls=%d keychain-keys=%lld\n", m_secrets->calls(),
                qlonglong(m_secrets->keys()));
            std::fflush(stdout);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    const CountingSecretStore *m_secrets;
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
    CountingSecretStore countedKeychain(&keychain);
    const bool benchProbe = qEnvironmentVariableIsSet("SIPDESK_BENCH_FIRST_PAINT");
    ProfileStore profiles(benchProbe ? static_cast<SecretStore *>(&countedKeychain) : &keychain);
    ChangeJournal journal(ChangeJournal::defaultPath());
    MainWindow window;
    window.setProfileStore(&profiles);
    window.setJournal(&journal);
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
    if (benchProbe)
        window.installEventFilter(new FirstPaintProbe(&countedKeychain, &window));
    window.show();
    return app.exec();
}
