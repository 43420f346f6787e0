#include "models/api/replyclassifier.h"

#include <QLocale>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace {

bool isErrorStatus(int status)
{
    return status >= 400;
}

bool isSuccessStatus(int status)
{
    return status >= 200 && status < 300;
}

bool isJsonContentType(const QByteArray &header)
{
    const QByteArray type = header.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

bool errorBodyTooLarge(int status, qint64 bytes)
{
    return isErrorStatus(status) && bytes > ReplyClassifier::kMaxErrorBodyBytes;
}

bool mayRetry(const ReplyFacts &facts, const ReplyRules &rules)
{
    return facts.attempt <= rules.retry.maxRetries;
}

} // namespace

bool ReplyClassifier::bodyOverLimit(int status, qint64 bytes, qint64 maxBytes)
{
    return !carriesNoBody(status) && (errorBodyTooLarge(status, bytes) || bytes > maxBytes);
}

ReplyDecision ReplyClassifier::classify(const ReplyFacts &facts, const ReplyRules &rules)
{
    const bool noBody = carriesNoBody(facts.status);
    if (!noBody && !errorBodyTooLarge(facts.status, facts.bodyBytes)
        && facts.bodyBytes > rules.maxBytes)
        return failed(
            { ApiError::Kind::BadResponse,
                tr("the answer is larger than %1 MB").arg(rules.maxBytes / (1024 * 1024)) },
            rules.intent);
    const bool isRead = rules.intent == RequestIntent::Read;
    if (facts.transport == Transport::TimedOut) {
        if (isRead && mayRetry(facts, rules))
            return ReplyDecision::retryAfter(backoff(rules.retry, facts.attempt, facts.jitter));
        ApiError error(ApiError::Kind::Timeout,
            tr("no answer within %1 s").arg(double(rules.timeout.count()) / 1000.0));
        error.setOutcomeUnknown(!isRead);
        return ReplyDecision::fail(error);
    }
    if (facts.status == 0) { // no HTTP answer at all
        if (facts.transport == Transport::TlsFailed)
            return ReplyDecision::fail({ ApiError::Kind::Tls, facts.transportText });
        const bool neverSent = facts.transport == Transport::NeverSent;
        if ((neverSent || isRead) && mayRetry(facts, rules))
            return ReplyDecision::retryAfter(backoff(rules.retry, facts.attempt, facts.jitter));
        ApiError error(ApiError::Kind::Network, facts.transportText);
        error.setOutcomeUnknown(!isRead && !neverSent);
        return ReplyDecision::fail(error);
    }
    // A body cut short of its Content-Length is a broken connection, even
    // when the socket closed in a way the network layer took for the end.
    // (Qt drops the header of a compressed answer, whose length is the
    // compressed one.)
    if (facts.contentLength && !noBody && !errorBodyTooLarge(facts.status, facts.bodyBytes)
        && facts.transport == Transport::Complete && facts.body.size() < *facts.contentLength) {
        ReplyFacts cutShort = facts;
        cutShort.transport = Transport::Failed;
        cutShort.transportText = tr("the connection closed after %1 of %2 bytes")
                                     .arg(facts.body.size())
                                     .arg(*facts.contentLength);
        return classifyAnswer(cutShort, rules);
    }
    return classifyAnswer(facts, rules);
}

ReplyDecision ReplyClassifier::classifyAnswer(const ReplyFacts &facts, const ReplyRules &rules)
{
    const int status = facts.status;
    const bool isRead = rules.intent == RequestIntent::Read;
    // A proxy may answer 503 after it forwarded the request, so a create is
    // not resent on it; changes and deletes may be repeated harmlessly.
    const bool isCreate = rules.intent == RequestIntent::Create;
    if (status == 429 || (status == 503 && !isCreate)
        || (isRead && (status == 502 || status == 504))) {
        const auto wait =
            parseRetryAfter(facts.retryAfter, rules.retry.longestRetryAfter, facts.now);
        if (wait && *wait > rules.retry.longestRetryAfter)
            return ReplyDecision::fail(errorFromStatus(facts, rules));
        if (mayRetry(facts, rules))
            return ReplyDecision::retryAfter(
                wait.value_or(backoff(rules.retry, facts.attempt, facts.jitter)));
    }
    if (status >= 300 && status < 400) {
        // An answer came, so a write may have been processed: not "refused".
        const QString host = QUrl(QString::fromLatin1(facts.location)).host();
        return failed({ ApiError::Kind::BadResponse,
                          tr("the service redirected to %1, and redirects are not followed")
                              .arg(host.isEmpty() ? tr("another address") : host) },
            rules.intent);
    }
    // The status line of a 204 or 205 is the whole answer: nothing that
    // follows it can make a done delete "outcome unknown".
    if (isSuccessStatus(status)
        && (facts.transport == Transport::Complete || carriesNoBody(status)))
        return classifySuccess(facts, rules);
    if (isSuccessStatus(status)) { // an HTTP answer whose body broke off
        if (isRead && mayRetry(facts, rules))
            return ReplyDecision::retryAfter(backoff(rules.retry, facts.attempt, facts.jitter));
        ApiError error(ApiError::Kind::Network, facts.transportText);
        error.setOutcomeUnknown(!isRead);
        return ReplyDecision::fail(error);
    }
    return ReplyDecision::fail(errorFromStatus(facts, rules));
}

ReplyDecision ReplyClassifier::classifySuccess(const ReplyFacts &facts, const ReplyRules &rules)
{
    if (carriesNoBody(facts.status))
        return ReplyDecision::succeed(false);
    if (facts.body.isEmpty()) {
        // 204 No Content is an answer; an empty 200 where a record was
        // expected is not.
        if (rules.expectsBody)
            return failed({ ApiError::Kind::BadResponse, tr("the answer is empty") }, rules.intent);
        return ReplyDecision::succeed(false);
    }
    if (!isJsonContentType(facts.contentType))
        return failed({ ApiError::Kind::BadResponse,
                          tr("expected JSON but the answer is \"%1\"")
                              .arg(QString::fromLatin1(facts.contentType.left(60))) },
            rules.intent);
    return ReplyDecision::succeed(true);
}

ApiError ReplyClassifier::checkParsed(const QJsonParseError &parseError, qsizetype bodySize,
    const QJsonDocument &json, const std::function<QString(const QJsonDocument &)> &checkBody,
    RequestIntent intent)
{
    if (parseError.error != QJsonParseError::NoError)
        return failed({ ApiError::Kind::BadResponse,
                          tr("malformed JSON (%1 at byte %2 of %3)")
                              .arg(parseError.errorString())
                              .arg(parseError.offset)
                              .arg(bodySize) },
            intent)
            .error;
    if (checkBody) {
        if (const QString problem = checkBody(json); !problem.isEmpty())
            return failed({ ApiError::Kind::BadResponse, problem }, intent).error;
    }
    return {};
}

ApiError ReplyClassifier::errorFromStatus(const ReplyFacts &facts, const ReplyRules &rules)
{
    using Kind = ApiError::Kind;
    const int status = facts.status;
    Kind kind = Kind::Validation;
    if (status == 401)
        kind = Kind::Unauthorized;
    else if (status == 403)
        kind = Kind::Forbidden;
    else if (status == 404)
        kind = Kind::NotFound;
    else if (status == 408)
        kind = Kind::Timeout;
    else if (status == 429)
        kind = Kind::RateLimited;
    else if (status >= 500)
        kind = Kind::Server;
    ApiError error(kind, tr("HTTP %1").arg(status));
    error.setHttpStatus(status);
    if (errorBodyTooLarge(status, facts.bodyBytes)) {
        const QString reason =
            tr("the error answer is larger than %1 MB").arg(kMaxErrorBodyBytes / (1024 * 1024));
        error = ApiError(kind, tr("HTTP %1; %2, not read").arg(status).arg(reason));
        error.setHttpStatus(status);
        error.setUnreadReason(reason);
    } else if (rules.readError) {
        const QJsonDocument body = QJsonDocument::fromJson(facts.body);
        if (!body.isNull())
            rules.readError(error, body);
    }
    // A 5xx on a write leaves its outcome open, a 503 too for a create (see
    // the retries); a change or delete that still gets 503 after its retries
    // is taken as not processed.
    error.setOutcomeUnknown(rules.intent != RequestIntent::Read && status >= 500
        && (status != 503 || rules.intent == RequestIntent::Create));
    return error;
}

// An answer that cannot be read may still mean that a write took place.
ReplyDecision ReplyClassifier::failed(ApiError error, RequestIntent intent)
{
    if (intent != RequestIntent::Read && error.kind() == ApiError::Kind::BadResponse)
        error.setOutcomeUnknown(true);
    return ReplyDecision::fail(error);
}

milliseconds ReplyClassifier::backoff(const RetryPolicy &policy, int attempt, double jitter)
{
    const int retry = qBound(0, attempt - 1, 20);
    const qint64 ceiling = qMin<qint64>(policy.cap.count(), policy.base.count() << retry);
    const qint64 point = qint64(qBound(0.0, jitter, 1.0) * double(ceiling + 1));
    return milliseconds(qMin(point, ceiling));
}

// Retry-After is a number of seconds or an HTTP date. Anything longer than
// the policy allows comes back as just over that limit, so that no hostile
// value can overflow a timer.
std::optional<milliseconds> ReplyClassifier::parseRetryAfter(
    const QByteArray &value, milliseconds longest, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const milliseconds tooLong = longest + milliseconds(1);
    const qint64 longestSeconds = duration_cast<seconds>(longest).count();
    bool ok = false;
    const qint64 wait = text.toLongLong(&ok);
    if (ok) {
        if (wait < 0)
            return std::nullopt;
        return wait > longestSeconds ? tooLong : milliseconds(wait * 1000);
    }
    // IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"), which Qt's RFC 2822
    // parser does not take because of "GMT".
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    when.setTimeZone(QTimeZone::utc());
    if (!when.isValid())
        when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    const qint64 waitMs = now.msecsTo(when);
    if (waitMs > duration_cast<milliseconds>(longest).count())
        return tooLong;
    return milliseconds(qMax<qint64>(0, waitMs));
}
