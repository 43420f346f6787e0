#pragma once

#include "models/api/apierror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

#include <chrono>
#include <functional>
#include <optional>

// What a request does decides what may be retried: a read may be repeated
// freely, a write only when it certainly was not processed.
enum class RequestIntent { Read, Create, Change, Delete };

// Safe by construction: a create is retried only on answers that mean "not
// processed" (429, a connection that never opened); changes and deletes,
// which may be repeated, also on 503; reads also on 502, 504, timeouts and
// broken connections.
struct RetryPolicy
{
    int maxRetries = 3;
    std::chrono::milliseconds base { 100 };
    std::chrono::milliseconds cap { 3000 };
    // A longer Retry-After than this is not waited for: the request fails.
    std::chrono::milliseconds longestRetryAfter { 30000 };
};

// How the transfer of one attempt ended, apart from its HTTP status.
enum class Transport {
    Complete, // the network layer reported no error
    TimedOut, // nothing moved within the timeout, and the request gave up
    NeverSent, // refused, or no such host or proxy: the service never saw it
    TlsFailed, // certificate or handshake problem; never ignored
    // Any other error, perhaps after the request went out. (Qt reports an
    // HTTP error status this way too; the status decides those.)
    Failed,
};

// What one finished attempt brought, read off the reply.
struct ReplyFacts
{
    int attempt = 1; // counting from 1
    int status = 0; // 0: no HTTP answer at all
    Transport transport = Transport::Complete;
    QString transportText; // the network layer's words for a failure
    QByteArray body; // the body as kept (nothing once it passed a limit)
    qint64 bodyBytes = 0; // body bytes that arrived, kept or not
    std::optional<qint64> contentLength;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray location;
    QDateTime now; // what a Retry-After date is measured from
    double jitter = 0; // in [0, 1): where in the backoff window a retry falls
};

// What the request allows and expects.
struct ReplyRules
{
    RequestIntent intent = RequestIntent::Read;
    RetryPolicy retry;
    std::chrono::milliseconds timeout { 30000 };
    qint64 maxBytes = 64 * 1024 * 1024;
    // An empty 200 is no answer where a record was expected.
    bool expectsBody = false;
    // Fills the service's code, message and field errors from an error body.
    std::function<void(ApiError &, const QJsonDocument &)> readError;
};

struct ReplyDecision
{
    enum class Action { Retry, Fail, Succeed };
    Action action = Action::Succeed;
    std::chrono::milliseconds delay { 0 }; // Retry: the wait before the next attempt
    ApiError error; // Fail
    bool parseBody = false; // Succeed: the body is JSON still to be parsed

    static ReplyDecision retryAfter(std::chrono::milliseconds delay)
    {
        return { Action::Retry, delay, {}, false };
    }
    static ReplyDecision fail(const ApiError &error) { return { Action::Fail, {}, error, false }; }
    static ReplyDecision succeed(bool parseBody) { return { Action::Succeed, {}, {}, parseBody }; }
};

// Turns a finished attempt into what the request does next. Pure functions:
// no network, no clock, no randomness beyond what the facts carry.
class ReplyClassifier
{
    Q_DECLARE_TR_FUNCTIONS(ReplyClassifier)

public:
    // An error answer larger than this is not read (it would be parsed on
    // the GUI thread); the error keeps its HTTP status.
    static constexpr qint64 kMaxErrorBodyBytes = 1024 * 1024;

    static ReplyDecision classify(const ReplyFacts &facts, const ReplyRules &rules);
    // The verdict on a body that classify() let through once it is parsed:
    // malformed, the wrong shape (checkBody's problem), or nothing.
    static ApiError checkParsed(const QJsonParseError &parseError, qsizetype bodySize,
        const QJsonDocument &json, const std::function<QString(const QJsonDocument &)> &checkBody,
        RequestIntent intent);

    // 204 and 205 end at the headers (RFC 9110, 15.3.5 and 15.3.6): a body or
    // a Content-Length that comes with them means nothing.
    static bool carriesNoBody(int status) { return status == 204 || status == 205; }
    // Reading stops once this is true: the answer is too large to keep.
    static bool bodyOverLimit(int status, qint64 bytes, qint64 maxBytes);
    // Full jitter: uniform in [0, min(cap, base * 2^retry)], retry counting
    // from 0, with jitter in [0, 1) choosing the point.
    static std::chrono::milliseconds backoff(const RetryPolicy &policy, int attempt, double jitter);
    // A Retry-After value (seconds or an HTTP date, relative to now); a wait
    // longer than longest comes back as longest + 1 ms. Nothing when absent
    // or unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(
        const QByteArray &value, std::chrono::milliseconds longest, const QDateTime &now);

private:
    static ReplyDecision classifyAnswer(const ReplyFacts &facts, const ReplyRules &rules);
    static ReplyDecision classifySuccess(const ReplyFacts &facts, const ReplyRules &rules);
    static ApiError errorFromStatus(const ReplyFacts &facts, const ReplyRules &rules);
    static ReplyDecision failed(ApiError error, RequestIntent intent);
};
