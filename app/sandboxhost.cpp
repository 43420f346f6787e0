#include "app/sandboxhost.h"

#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QThread>

SandboxHost::SandboxHost() = default;

SandboxHost::~SandboxHost()
{
    if (!m_thread)
        return;
    // The server must die in its own thread; deleteLater runs there once the
    // thread's event loop has finished.
    QObject::connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QList<Account> SandboxHost::demoAccounts() const
{
    const QJsonObject twilio = m_info.value(QLatin1String("twilio")).toObject();
    const QJsonObject signalWire = m_info.value(QLatin1String("signalwire")).toObject();
    auto text = [](const QJsonObject &object, const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    Account demoTwilio;
    demoTwilio.name = QCoreApplication::translate("SandboxHost", "Sandbox Twilio");
    demoTwilio.service = Account::Service::Twilio;
    demoTwilio.twilio.baseUrl = QUrl(text(twilio, "base_url"));
    demoTwilio.twilio.accountSid = demoTwilio.twilio.authUser = text(twilio, "account_sid");
    demoTwilio.twilio.secret = text(twilio, "auth_token");

    Account demoSignalWire;
    demoSignalWire.name = QCoreApplication::translate("SandboxHost", "Sandbox SignalWire");
    demoSignalWire.service = Account::Service::SignalWire;
    demoSignalWire.signalWire.baseUrl = QUrl(text(signalWire, "base_url"));
    demoSignalWire.signalWire.projectId = text(signalWire, "project_id");
    demoSignalWire.signalWire.apiToken = text(signalWire, "api_token");
    // The toolbar and forms show an account's colour: the demo accounts
    // share one no customer profile is likely to use, so that nobody takes
    // them for a customer's account.
    demoTwilio.color = demoSignalWire.color = QString::fromLatin1(kDemoColor);
    return { demoTwilio, demoSignalWire };
}

bool SandboxHost::start()
{
    // Listening happens here, before the move, so that the port and the
    // credentials are known at once; the sockets move with the server.
    auto server = std::make_unique<SandboxServer>();
    if (!server->listen()) {
        m_error = server->errorString();
        return false;
    }
    m_info = server->startupInfo();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("sandbox"));
    m_server = server.release();
    m_server->moveToThread(m_thread);
    m_thread->start();
    return true;
}
