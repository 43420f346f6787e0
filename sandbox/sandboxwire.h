#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/sandboxhttp.h"

#include <QByteArray>

#include <optional>

class QTcpSocket;

// How an answer travels: the sandbox writes its answers to the socket by
// hand, so that latency and transport faults can be injected after a request
// was processed.

// The status line and headers of response, with Content-Length and Connection.
QByteArray headerBlock(const SandboxResponse &response, qsizetype contentLength, bool close);

// Writes the answer, or the injected transport fault, to the socket.
void writeAnswer(QTcpSocket *socket, SandboxResponse response,
    const std::optional<FaultInjector::Rule> &fault, bool close);
