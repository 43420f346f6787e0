#include "sandbox/sandboxwire.h"

#include <QTcpSocket>

QByteArray headerBlock(const SandboxResponse &response, qsizetype contentLength, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' '
        + reasonPhrase(response.status) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (response.status != 204) {
        if (!response.contentType.isEmpty())
            head += "Content-Type: " + response.contentType + "; charset=utf-8\r\n";
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    }
    head += close ? "Connection: close\r\n\r\n" : "Connection: keep-alive\r\n\r\n";
    return head;
}

void writeAnswer(QTcpSocket *socket, SandboxResponse response,
    const std::optional<FaultInjector::Rule> &fault, bool close)
{
    using Kind = FaultInjector::Kind;
    // Status faults were answered in place of the request; only transport
    // faults change how the answer travels.
    auto send = [socket, close](const SandboxResponse &answer) {
        socket->write(headerBlock(answer, answer.body.size(), close) + answer.body);
        if (close)
            socket->disconnectFromHost();
    };
    if (!fault || FaultInjector::statusOf(fault->kind) != 0) {
        send(response);
        return;
    }
    if (response.status == 204) {
        // A bodiless answer has nothing to corrupt: send a 200 whose body
        // the fault can cut or garble, and never body bytes after a 204.
        response.status = 200;
        response.contentType = "application/json";
        response.body = "{}";
    }
    switch (fault->kind) {
    case Kind::NeverRespond:
        return;
    case Kind::CloseBeforeAnswer:
    case Kind::CloseUnprocessed:
        socket->disconnectFromHost();
        return;
    case Kind::CloseMidBody:
        socket->write(headerBlock(response, response.body.size(), true));
        socket->write(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    case Kind::TruncatedJson:
        response.body = response.body.left(response.body.size() / 2);
        break;
    case Kind::InvalidJson:
        response.body = "{\"data\": [ this is not JSON";
        break;
    case Kind::WrongContentType:
        response.status = 200;
        response.contentType = "text/html";
        response.body = "<!DOCTYPE html><html><body><h1>Proxy login required</h1></body></html>";
        break;
    default:
        break;
    }
    send(response);
}
