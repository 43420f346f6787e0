#pragma once

#include "models/api/apierror.h"
#include "models/api/replyclassifier.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkReply;

// Basic credentials of one account. Kept in memory only; the request builds
// the Authorization header from them and never logs either.
struct ApiCredentials
{
    QString user; // account SID, API key SID or project id: not secret
    QString secret; // auth token, API key secret or API token
};

// What one request sends, and how its failures read.
struct ApiCall
{
    using Intent = RequestIntent;

    QByteArray method = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    Intent intent = Intent::Read;
    // Fills the service's code, message and field errors from an error body.
    std::function<void(ApiError &, const QJsonDocument &)> readError;
    // Checks a successful body's shape; returns a problem or nothing.
    std::function<QString(const QJsonDocument &)> checkBody;
    // Turns a successful body into what the caller wants (e.g. records).
    // Runs on a pool thread for big bodies: it must be a pure function.
    std::function<QVariant(const QJsonDocument &)> prepare;
    // Reads a successful body straight from its bytes instead, where a big
    // list is read faster than through a QJsonDocument. Nothing: the body
    // is not one it reads, and the JSON parser, checkBody and prepare take
    // it as usual (so their errors stay the errors). Same thread rules as
    // prepare; json() stays empty when it answers.
    std::function<std::optional<QVariant>(const QByteArray &)> prepareRaw;
    // Sees a successful body as soon as it is complete, before it is parsed
    // (on the GUI thread). It must not delete the request.
    std::function<void(const QByteArray &)> bodyArrived;
};

// One HTTP request to a service: owns its QNetworkReply, its timeout
// (restarted on progress), its retries and its cancellation, and turns the
// answer into JSON or an ApiError. Emits finished() once — never after
// cancel() — and then deletes itself later.
class ApiRequest : public QObject
{
    Q_OBJECT

public:
    ApiRequest(QNetworkAccessManager *network, ApiCall call, ApiCredentials credentials,
        QObject *parent = nullptr);
    ~ApiRequest() override;

    static constexpr std::chrono::milliseconds kDefaultTimeout { 30000 };
    static constexpr qint64 kDefaultMaxResponseBytes = 64 * 1024 * 1024;
    // Bodies from this size on are parsed on a pool thread.
    static constexpr qsizetype kParseInBackgroundBytes = 64 * 1024;

    // How long the transfer may stall: restarted on every sign of progress.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setMaxResponseBytes(qint64 bytes) { m_maxBytes = bytes; }

    void start();
    void cancel();
    // Finishes with a Refused error without sending anything (from the
    // event loop, so that callers can still connect).
    void refuse(const QString &why);

    const ApiCall &call() const { return m_call; }
    const ApiError &error() const { return m_error; }
    QJsonDocument json() const { return m_json; }
    // ApiCall::prepare's result for a successful body, if there is one.
    QVariant prepared() const { return m_prepared; }
    int httpStatus() const { return m_status; }
    int attempts() const { return m_attempts; }
    // The network layer sent one attempt more than once by itself (Qt does
    // so when a kept-alive connection closes before the answer). A
    // successful create that was resent may have created its record twice.
    bool wasResent() const { return m_resent; }
    bool isRunning() const { return m_state == State::Running; }

    // http:// only to loopback; https anywhere. Returns a problem or nothing.
    static QString urlProblem(const QUrl &url);

signals:
    void finished();
    // A retry is scheduled after delayMs (for a status line).
    void retrying(int attempt, int delayMs);

private:
    void send();
    QNetworkRequest networkRequest() const;
    void onReadyRead();
    void keepBody(const QByteArray &chunk, int status);
    void onFinished();
    ReplyFacts factsOf(const QNetworkReply &reply) const;
    void act(const ReplyDecision &decision);
    void onStalled();
    void finish(const ApiError &error);
    // A body read by the JSON parser (or by prepareRaw), on any thread.
    struct Parsed
    {
        QJsonDocument json;
        QJsonParseError error {};
        QVariant prepared;
        bool readRaw = false;
    };
    static Parsed parse(const QByteArray &body,
        const std::function<std::optional<QVariant>(const QByteArray &)> &prepareRaw,
        const std::function<QVariant(const QJsonDocument &)> &prepare);
    void parseBody();
    void onParsed(const Parsed &parsed);
    void scheduleRetry(std::chrono::milliseconds delay);
    QStringList secretsToRedact() const;

    QPointer<QNetworkAccessManager> m_network;
    ApiCall m_call;
    ApiCredentials m_credentials;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
    qint64 m_maxBytes = kDefaultMaxResponseBytes;

    // The access manager owns its replies and may delete them first.
    QPointer<QNetworkReply> m_reply;
    // Fires when nothing has moved for m_timeout.
    QTimer m_stallTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QByteArray m_body;
    qint64 m_bodyBytes = 0; // arrived in this attempt, kept or not
    QJsonDocument m_json;
    QVariant m_prepared;
    ApiError m_error;
    int m_status = 0;
    int m_attempts = 0;
    enum class State { Idle, Running, Done };
    State m_state = State::Idle;
    // Qt re-sends a request on its own when a kept-alive connection closes
    // before the answer; counting finished uploads of each attempt tells a
    // write was sent twice (a retry after a refused connection is not one).
    int m_uploadsFinished = 0;
    bool m_resent = false;
    bool m_stalled = false;
    // The body passed a size limit: the rest is not read.
    bool m_bodyDropped = false;
};
