#include "sandbox/twilioapi.h"

#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace TwilioApi {

namespace {

constexpr int kMaxPageSize = 1000;

QString formDecode(QByteArray part)
{
    // '+' means a space in form encoding; "%2B" stays a literal '+'.
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

// Plain ASCII digits up to kMaxPage: "+1", " 1" and "1.0" are not page numbers.
std::optional<int> parsePageNumber(const QString &text)
{
    const std::optional<qint64> number = parsePlainCount(text, 10);
    if (!number || *number > kMaxPage)
        return {};
    return int(*number);
}

} // namespace

SandboxResponse error(int status, int code, const QString &message)
{
    QJsonObject body {
        { u"code"_s, code },
        { u"message"_s, message },
        { u"more_info"_s, u"https://www.twilio.com/docs/errors/%1"_s.arg(code) },
        { u"status"_s, status },
    };
    return SandboxResponse::json(status, body);
}

SandboxResponse notFound(const SandboxRequest &request)
{
    return error(404, kNotFound, u"The requested resource %1 was not found"_s.arg(request.path));
}

SandboxResponse methodNotAllowed(const SandboxRequest &request)
{
    return error(405, kMethodNotAllowed,
        u"Method %1 not allowed on %2"_s.arg(QLatin1String(request.method), request.path));
}

SandboxResponse unrouted(const SandboxRequest &request, const QByteArray &allowed)
{
    return allowed.isEmpty() ? notFound(request) : methodNotAllowed(request);
}

SandboxResponse invalidParameter(QLatin1StringView name, const QString &problem)
{
    return error(400, kInvalidParameter, u"%1 %2"_s.arg(name, problem));
}

SandboxResponse missingParameter(QLatin1StringView name)
{
    return error(
        400, kInvalidParameter, u"Missing required parameter %1 in the post body"_s.arg(name));
}

SandboxResponse unauthorized()
{
    SandboxResponse response = error(401, kAuthenticationFailed, u"Authenticate"_s);
    response.headers.append(
        qMakePair(QByteArray("WWW-Authenticate"), QByteArray("Basic realm=\"Twilio API\"")));
    return response;
}

SandboxResponse faultResponse(int status)
{
    switch (status) {
    case 401:
        return error(401, kAuthenticationFailed, u"Authenticate"_s);
    case 403:
        return error(403, kForbidden, u"Forbidden"_s);
    case 429:
        return error(429, kTooManyRequests, u"Too Many Requests"_s);
    case 503:
        return error(503, kInternalError, u"Service Unavailable"_s);
    default:
        if (status < 500)
            return error(status, kInvalidParameter, QString::fromLatin1(reasonPhrase(status)));
        return error(status, kInternalError, u"Internal Server Error"_s);
    }
}

QHash<QString, QString> parseForm(const SandboxRequest &request)
{
    QHash<QString, QString> form;
    if (!request.contentType.isEmpty()
        && request.contentType != "application/x-www-form-urlencoded")
        return form;
    for (const QByteArray &pair : request.body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = formDecode(eq < 0 ? pair : pair.left(eq));
        if (!form.contains(name))
            form.insert(name, eq < 0 ? QString(u""_s) : formDecode(pair.mid(eq + 1)));
    }
    return form;
}

std::variant<PageRequest, SandboxResponse> parsePageRequest(const QUrlQuery &query)
{
    PageRequest request;
    const QString sizeText = query.queryItemValue(u"PageSize"_s);
    if (query.hasQueryItem(u"PageSize"_s)) {
        bool ok = false;
        request.size = sizeText.toInt(&ok);
        if (!ok || request.size < 1 || request.size > kMaxPageSize)
            return error(400, kInvalidPageSize,
                u"PageSize must be an integer between 1 and %1, not '%2'"_s.arg(kMaxPageSize)
                    .arg(sizeText));
    }
    // Page is only client state next to a PageToken, but without one it
    // counts whole pages, so it has to be a number whose offset cannot overflow.
    if (query.hasQueryItem(u"Page"_s)) {
        const QString pageText = query.queryItemValue(u"Page"_s);
        const std::optional<int> number = parsePageNumber(pageText);
        if (!number)
            return error(400, kInvalidParameter,
                u"Page must be an integer between 0 and %1, not '%2'"_s.arg(kMaxPage).arg(
                    pageText));
        request.page = *number;
    }
    request.token = query.queryItemValue(u"PageToken"_s);
    return request;
}

QString pageToken(char direction, quint64 sequence)
{
    return u"P"_s + QLatin1Char(direction) + QString::number(sequence, 16);
}

bool parsePageToken(const QString &token, char *direction, quint64 *sequence)
{
    if (token.size() < 3 || !token.startsWith(u'P') || (token[1] != u'A' && token[1] != u'B'))
        return false;
    bool ok = false;
    *sequence = QStringView(token).mid(2).toULongLong(&ok, 16);
    *direction = char(token[1].toLatin1());
    return ok;
}

} // namespace TwilioApi
