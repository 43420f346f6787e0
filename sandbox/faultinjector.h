#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <random>

// Faults the sandbox injects, for tests and benchmarks. Each rule matches
// requests (by method and a path substring), fires with a probability, and
// may be limited to a number of firings. The first rule that fires wins.
//
// Status faults (429, 500, 502, 503, 504) answer *instead of* the request:
// the request is certainly not processed. Transport faults (close mid-body,
// truncated or invalid JSON, wrong content type, never respond) happen
// *after* the request was processed, as when a reply is lost on the way —
// the case in which a client cannot know whether a create took place —
// except close_unprocessed, which drops the request unprocessed.
class FaultInjector
{
public:
    enum class Kind {
        RateLimited, // 429 with Retry-After
        Unauthorized, // 401: as if the credentials had been revoked meanwhile
        Forbidden, // 403: as if the credentials had lost the right to this resource
        ServerError, // 500
        BadGateway, // 502
        Unavailable, // 503
        GatewayTimeout, // 504
        CloseMidBody, // headers and half the body, then the connection closes
        TruncatedJson, // a complete HTTP answer whose JSON body is cut short
        InvalidJson, // a complete HTTP answer whose body is not JSON
        WrongContentType, // an HTML page instead of JSON
        NeverRespond, // the connection stays open, no answer ever comes
        CloseBeforeAnswer, // the connection closes without a byte of answer
        // The connection closes before the request is processed, as when a
        // server closes an idle kept-alive connection just as a request arrives.
        CloseUnprocessed,
    };

    struct Rule
    {
        Kind kind = Kind::ServerError;
        double rate = 1.0; // probability per matching request
        int count = -1; // firings left; -1 = unlimited
        int retryAfterSeconds = 1; // for RateLimited; -1 = no Retry-After header
        QByteArray method; // empty = any
        QString pathContains; // empty = any
    };

    // Set from --latency-ms or the control route; applies to every answer.
    int latencyMs = 0;

    void addRule(const Rule &rule) { m_rules.append(rule); }
    void clear();
    bool isEmpty() const { return m_rules.isEmpty() && latencyMs == 0; }

    // The fault to inject into this request, if any (consumes a firing).
    std::optional<Rule> take(const QByteArray &method, const QString &path);

    // {"latency_ms":N, "faults":[{"kind":"rate_limit","rate":1,"count":2,
    //  "retry_after":1,"method":"GET","path":"/SIP/Domains"}]}; replaces
    // the current plan. Returns an error message, or nothing on success.
    QString setFromJson(const QJsonObject &plan);
    QJsonObject toJson() const;

    static std::optional<Kind> kindFromName(const QString &name);
    static QString nameOf(Kind kind);
    static int statusOf(Kind kind); // 0 for transport faults

private:
    QList<Rule> m_rules;
    std::mt19937 m_random { 20261123 };
};
