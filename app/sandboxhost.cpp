#include "sandboxhost.h"

#include "sandboxserver.h"

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
