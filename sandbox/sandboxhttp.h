#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <optional>

// One HTTP exchange as the sandbox's API services see it: no sockets, no
// faults, no latency. SandboxServer turns sockets into these and back.
struct SandboxRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded path, no query
    QUrlQuery query;
    QByteArray contentType; // lower case, without parameters: "application/json"
    QByteArray body;
    // "http://127.0.0.1:P", from the Host header: for absolute links.
    QString origin;
    QByteArray host; // the Host header as sent
    QByteArray controlToken; // the X-Sandbox-Control-Token header
    // Basic credentials, if an Authorization: Basic header was sent and decodes.
    bool hasBasicAuth = false;
    QString authUser;
    QString authPassword;
};

struct SandboxResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    static SandboxResponse json(int status, const QJsonObject &object)
    {
        return { status, "application/json", QJsonDocument(object).toJson(QJsonDocument::Compact),
            {} };
    }
    static SandboxResponse empty(int status) { return { status, QByteArray(), QByteArray(), {} }; }
};

// The header fields of a request that the sandbox reads, as sent, before
// they are interpreted.
struct SandboxRequestHeaders
{
    QByteArray contentType;
    QByteArray host;
    QByteArray controlToken;
    QByteArray authorization;
};

// A parsed HTTP request as the services see it: the content type without
// parameters, the origin from Host (or fallbackOrigin without one), Basic
// credentials if they decode. A pure function of its arguments.
SandboxRequest toSandboxRequest(const QByteArray &method, const QUrl &url,
    const SandboxRequestHeaders &headers, const QByteArray &body, const QString &fallbackOrigin);

// What the sandbox's request limits read from a header block before the
// server does: the request line's method and path, Content-Length (the first
// one; -1 without a readable one) and whether the body is chunked.
struct SandboxRequestHead
{
    QByteArray method;
    QString path;
    qint64 contentLength = -1;
    bool chunked = false;
};
// Where a header block ends, by the rule of QHttpServerRequest: after the
// first "\n\r\n" or "\n\n" found from `from` on; -1 if it does not end yet.
qsizetype sandboxHeadEnd(const QByteArray &bytes, qsizetype from);
SandboxRequestHead parseSandboxHead(const QByteArray &bytes);

// "Not Found" for 404: the status line's phrase, also the text of the
// services' plain {"error": …} bodies.
QByteArray reasonPhrase(int status);
// {"error": "Not Found"}: the plain error body of SignalWire and the sandbox's own routes.
SandboxResponse plainErrorResponse(int status);

// A count from a query parameter: plain ASCII digits only, at most maxDigits
// of them ("+5", " 5", "5.0" and "" are not counts), so that it cannot overflow.
std::optional<qint64> parsePlainCount(const QString &text, qsizetype maxDigits);

// One emulated API: claims a path prefix and answers requests under it.
class SandboxService
{
public:
    virtual ~SandboxService() = default;
    virtual bool handles(const QString &path) const = 0;
    virtual SandboxResponse handle(const SandboxRequest &request) = 0;
    // The body the service sends for an injected fault status (429, 500, 503),
    // in the service's own error shape.
    virtual SandboxResponse faultResponse(int status) const = 0;
};
