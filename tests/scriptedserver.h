#pragma once

// A raw HTTP server on 127.0.0.1 for answers no real service (and not the
// sandbox) gives: each request gets the next scripted reply, the last one
// repeats. Header-only, for the tests that need one.

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

class ScriptedServer : public QTcpServer
{
public:
    explicit ScriptedServer(QList<QByteArray> replies)
        : m_replies(std::move(replies))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    received.append(socket->readAll());
                    const QByteArray reply =
                        m_replies.at(qMin(requests, int(m_replies.size()) - 1));
                    ++requests;
                    socket->write(reply);
                    socket->disconnectFromHost();
                });
            }
        });
    }
    QUrl baseUrl() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(serverPort())); }
    QUrl url() const { return QUrl(baseUrl().toString() + QStringLiteral("/x.json")); }
    int requests = 0;
    QList<QByteArray> received; // the raw requests, headers and body

private:
    QList<QByteArray> m_replies;
};

// A complete answer that closes the connection; headers end with "\r\n".
inline QByteArray httpReply(
    const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body)
{
    return "HTTP/1.1 " + statusLine + "\r\n" + headers + "Content-Length: "
        + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}
