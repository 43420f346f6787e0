#pragma once

#include "sandbox/sandboxhttp.h"

#include <QHash>
#include <QLatin1StringView>
#include <QString>

#include <limits>
#include <optional>
#include <variant>

// What every emulated resource of the Twilio REST API (2010-04-01) shares:
// error codes and bodies, form decoding, and the paging parameters.
namespace TwilioApi {

// Codes the documents name; where they are silent the sandbox answers with
// kInvalidParameter and a message that starts with the parameter's name.
constexpr int kAuthenticationFailed = 20003;
constexpr int kNotFound = 20404;
constexpr int kMethodNotAllowed = 20004;
constexpr int kInvalidPageSize = 20007;
constexpr int kInvalidPageToken = 21481;
constexpr int kInvalidParameter = 20001;
constexpr int kTooManyRequests = 20429;
constexpr int kInternalError = 20500;
constexpr int kForbidden = 20403;

// {"code", "message", "more_info", "status"}.
SandboxResponse error(int status, int code, const QString &message);
SandboxResponse notFound(const SandboxRequest &request);
SandboxResponse methodNotAllowed(const SandboxRequest &request);
// The answer when no route has this method and path: 404 if no route has the
// path at all (allowed empty, as SandboxRouteTable::Found gives it), else 405.
SandboxResponse unrouted(const SandboxRequest &request, const QByteArray &allowed);
// 400 kInvalidParameter, "Name problem".
SandboxResponse invalidParameter(QLatin1StringView name, const QString &problem);
// 400 kInvalidParameter, "Missing required parameter Name in the post body".
SandboxResponse missingParameter(QLatin1StringView name);
// 401 with a WWW-Authenticate challenge.
SandboxResponse unauthorized();
// The answer to an injected fault status or a refused request.
SandboxResponse faultResponse(int status);

// application/x-www-form-urlencoded, UTF-8. The first value of a repeated
// name wins.
QHash<QString, QString> parseForm(const SandboxRequest &request);

// Page is a 32-bit integer in Twilio's helper libraries; Page × PageSize then
// stays far inside qint64 and exact in a JSON number.
constexpr int kMaxPage = std::numeric_limits<int>::max();

// PageSize, Page and PageToken of a list request.
struct PageRequest
{
    int size = 50;
    int page = 0;
    QString token;
};
// The request's paging parameters, or the 400 that refuses them.
std::variant<PageRequest, SandboxResponse> parsePageRequest(const QUrlQuery &query);

// Keyset page tokens: "PA" (after) or "PB" (before) and the creation
// sequence number in hex, so paging stays stable across inserts and deletes.
QString pageToken(char direction, quint64 sequence);
bool parsePageToken(const QString &token, char *direction, quint64 *sequence);

} // namespace TwilioApi
