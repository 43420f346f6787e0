#include "sandbox/requestlimits.h"

#include "sandbox/sandboxwire.h"

#include <QTcpSocket>

#include <cctype>

namespace {

constexpr qint64 kMaxBodyBytes = 1024 * 1024;
constexpr qsizetype kMaxHeadBytes = 64 * 1024;
// A body over the limit but at most this long is read and dropped before the
// 413 goes out (see RequestLimits::refuse).
constexpr qint64 kMaxDrainBytes = 16 * 1024 * 1024;

// Qt 6.4's QAbstractHttpServer reads a whole request body into memory before
// handleRequest() runs, whatever its Content-Length or chunk sizes, and has
// no limit to set (docs/sandbox.md). This guard sees every socket's bytes
// first — its readyRead connection is made before the server's — and takes
// a request away from the server, with an answer of its own, as soon as the
// headers show that its body is too large or cannot be measured.
class RequestLimits : public QObject
{
public:
    RequestLimits(QTcpSocket *socket, RequestRefusal refusal)
        : QObject(socket)
        , m_socket(socket)
        , m_refusal(std::move(refusal))
    {
        connect(socket, &QIODevice::readyRead, this, &RequestLimits::check);
    }

private:
    void check()
    {
        if (m_bodyLeft > 0) {
            // The server reads all of a body that has arrived, so these bytes
            // are new; what lies past this body waits for the next readyRead.
            m_bodyLeft -= qMin(m_bodyLeft, m_socket->bytesAvailable());
            return;
        }
        const QByteArray data = m_socket->peek(m_socket->bytesAvailable());
        qsizetype skipped = 0;
        if (m_head.isEmpty()) {
            // The server skips blank characters before a request line.
            while (skipped < data.size() && std::isspace(uchar(data.at(skipped))))
                ++skipped;
        }
        const qsizetype before = m_head.size();
        m_head += QByteArrayView(data).sliced(skipped);
        const qsizetype end = sandboxHeadEnd(m_head, qMax<qsizetype>(0, before - 2));
        if (end < 0) {
            if (m_head.size() > kMaxHeadBytes) {
                m_method.clear();
                m_path.clear();
                refuse(431, -1);
            }
            return;
        }
        const qsizetype headBytesInData = skipped + end - before;
        m_head.truncate(end);
        const SandboxRequestHead head = parseSandboxHead(m_head);
        m_head.clear();
        m_method = head.method;
        m_path = head.path;
        if (head.chunked)
            return refuse(411, -1);
        if (head.contentLength > kMaxBodyBytes) {
            return refuse(413,
                head.contentLength <= kMaxDrainBytes ? headBytesInData + head.contentLength : -1);
        }
        m_bodyLeft = qMax<qint64>(0, head.contentLength);
        m_bodyLeft -= qMin<qint64>(m_bodyLeft, data.size() - headBytesInData);
    }

    // Answers in place of the server, which never sees this request. With
    // drainBytes >= 0, that many bytes are read and dropped first, so that
    // the client hears the answer after its upload rather than a reset in
    // the middle of it; otherwise the answer goes out at once and the
    // connection closes.
    void refuse(int status, qint64 drainBytes)
    {
        QObject::disconnect(m_socket, &QIODevice::readyRead, nullptr, nullptr);
        // The server keeps what it read of an unfinished request for a
        // rollback: commit to let the bytes go.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_answer = m_refusal(status, m_method, m_path);
        m_drainLeft = drainBytes;
        connect(m_socket, &QIODevice::readyRead, this, &RequestLimits::drain);
        if (m_drainLeft < 0)
            answer();
        drain();
    }

    void drain()
    {
        const qint64 available = m_socket->bytesAvailable();
        if (m_drainLeft < 0) {
            m_socket->skip(available);
            return;
        }
        const qint64 dropped = m_socket->skip(qMin(available, m_drainLeft));
        m_drainLeft -= qMax<qint64>(0, dropped);
        if (m_drainLeft == 0) {
            m_drainLeft = -1;
            answer();
            m_socket->skip(m_socket->bytesAvailable());
        }
    }

    void answer()
    {
        m_socket->write(headerBlock(m_answer, m_answer.body.size(), true) + m_answer.body);
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    RequestRefusal m_refusal;
    QByteArray m_head; // the header block so far, as the server has read it
    qint64 m_bodyLeft = 0;
    qint64 m_drainLeft = -1;
    QByteArray m_method;
    QString m_path;
    SandboxResponse m_answer;
};

} // namespace

LimitedTcpServer::LimitedTcpServer(RequestRefusal refusal, QObject *parent)
    : QTcpServer(parent)
    , m_refusal(std::move(refusal))
{ }

void LimitedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    new RequestLimits(socket, m_refusal);
    addPendingConnection(socket);
}
