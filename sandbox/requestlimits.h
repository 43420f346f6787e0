#pragma once

#include "sandbox/sandboxhttp.h"

#include <QTcpServer>

#include <functional>

// The answer to a request refused before it was read, in the error shape of
// the service its path belongs to.
using RequestRefusal =
    std::function<SandboxResponse(int status, const QByteArray &method, const QString &path)>;

// A QTcpServer whose every socket is guarded by the sandbox's request limits
// (docs/sandbox.md, "Request size limits"): QAbstractHttpServer binds to it
// and never sees a request whose body is too large or cannot be measured.
class LimitedTcpServer : public QTcpServer
{
public:
    LimitedTcpServer(RequestRefusal refusal, QObject *parent);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RequestRefusal m_refusal;
};
