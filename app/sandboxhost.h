#pragma once

#include "models/accounts/account.h"

#include <QJsonObject>
#include <QString>

class QThread;
class SandboxServer;

// Runs the built-in sandbox for `sipdesk --sandbox` in a worker thread, so
// that serving thousands of rows never stalls the window, and stops it
// cleanly when the application quits.
class SandboxHost
{
public:
    SandboxHost();
    ~SandboxHost();
    SandboxHost(const SandboxHost &) = delete;
    SandboxHost &operator=(const SandboxHost &) = delete;

    // Starts on a free loopback port. On failure returns false and sets
    // errorString().
    bool start();
    QString errorString() const { return m_error; }
    // Base URLs and demo credentials, as sipdesk-sandbox prints them.
    QJsonObject startupInfo() const { return m_info; }
    // The demo Twilio account and SignalWire project, ready to open, in the
    // sandbox's colour.
    QList<Account> demoAccounts() const;
    static constexpr const char *kDemoColor = "#8e24aa";

private:
    QThread *m_thread = nullptr;
    SandboxServer *m_server = nullptr;
    QJsonObject m_info;
    QString m_error;
};
