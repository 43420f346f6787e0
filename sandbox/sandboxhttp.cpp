#include "sandbox/sandboxhttp.h"

#include <QJsonObject>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

SandboxRequest toSandboxRequest(const QByteArray &method, const QUrl &url,
    const SandboxRequestHeaders &headers, const QByteArray &body, const QString &fallbackOrigin)
{
    SandboxRequest result;
    result.method = method;
    result.path = url.path();
    result.query = QUrlQuery(url.query()); // as QHttpServerRequest::query() does
    result.body = body;
    result.contentType = headers.contentType.split(';').constFirst().trimmed().toLower();
    result.host = headers.host;
    result.controlToken = headers.controlToken;
    result.origin =
        headers.host.isEmpty() ? fallbackOrigin : u"http://"_s + QString::fromLatin1(headers.host);
    const QByteArray &authorization = headers.authorization;
    if (authorization.size() > 6 && authorization.left(6).toLower() == "basic ") {
        const QByteArray decoded = QByteArray::fromBase64(
            authorization.mid(6).trimmed(), QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded.indexOf(':');
        if (colon > 0) {
            result.hasBasicAuth = true;
            result.authUser = QString::fromUtf8(decoded.left(colon));
            result.authPassword = QString::fromUtf8(decoded.mid(colon + 1));
        }
    }
    return result;
}

qsizetype sandboxHeadEnd(const QByteArray &bytes, qsizetype from)
{
    for (qsizetype i = bytes.indexOf('\n', from); i >= 0; i = bytes.indexOf('\n', i + 1)) {
        if (i + 1 < bytes.size() && bytes.at(i + 1) == '\n')
            return i + 2;
        if (i + 2 < bytes.size() && bytes.at(i + 1) == '\r' && bytes.at(i + 2) == '\n')
            return i + 3;
    }
    return -1;
}

SandboxRequestHead parseSandboxHead(const QByteArray &bytes)
{
    SandboxRequestHead head;
    const QList<QByteArray> lines = bytes.split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    head.method = requestLine.constFirst();
    if (requestLine.size() >= 2)
        head.path = QUrl::fromEncoded(requestLine.at(1)).path();
    for (const QByteArray &line : lines.mid(1)) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        // The first Content-Length counts, as in QHttpServerRequest.
        if (name == "content-length" && head.contentLength < 0) {
            bool ok = false;
            const qulonglong length = value.toULongLong(&ok);
            if (ok)
                head.contentLength =
                    qint64(qMin<qulonglong>(length, std::numeric_limits<qint64>::max()));
        } else if (name == "transfer-encoding" && value.toLower().contains("chunked")) {
            head.chunked = true;
        }
    }
    return head;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

SandboxResponse plainErrorResponse(int status)
{
    return SandboxResponse::json(
        status, { { u"error"_s, QString::fromLatin1(reasonPhrase(status)) } });
}

std::optional<qint64> parsePlainCount(const QString &text, qsizetype maxDigits)
{
    Q_ASSERT(maxDigits <= 18); // any such number fits in qint64
    if (text.isEmpty() || text.size() > maxDigits)
        return {};
    if (!std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return {};
    return text.toLongLong();
}
