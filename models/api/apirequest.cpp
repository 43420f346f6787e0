#include "apirequest.h"

#include "validation/rules.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;
using namespace std::chrono;

Q_LOGGING_CATEGORY(lcApi, "sipdesk.api", QtInfoMsg)

namespace {

// Errors that mean the request never reached the service.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError
        || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::TemporaryNetworkFailureError
        || error == QNetworkReply::NetworkSessionFailedError;
}

bool isTlsError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::SslHandshakeFailedError;
}

bool isJsonContentType(const QByteArray &header)
{
    const QByteArray type = header.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

} // namespace

ApiRequest::ApiRequest(
    QNetworkAccessManager *network, ApiCall call, ApiCredentials credentials, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_call(std::move(call))
    , m_credentials(std::move(credentials))
{
    m_timeout.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &ApiRequest::onTimeout);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::send);
}

ApiRequest::~ApiRequest()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString ApiRequest::urlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("%1 is not a valid address").arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return {};
    if (scheme == u"http"_s && Rules::isLoopbackHost(url.host()))
        return {};
    if (scheme == u"http"_s)
        return tr("plain http:// is only allowed to this computer (the sandbox); use https://");
    return tr("only https:// addresses are supported");
}

void ApiRequest::start()
{
    if (m_running)
        return;
    m_running = true;
    m_clock.start();
    if (const QString problem = urlProblem(m_call.url); !problem.isEmpty()) {
        // Finish from the event loop, so that callers can connect after start().
        QTimer::singleShot(0, this, [this, problem] {
            finish({ ApiError::Kind::Refused, problem });
        });
        return;
    }
    if (!m_network) {
        QTimer::singleShot(0, this, [this] {
            finish({ ApiError::Kind::Network, u"no network access manager"_s });
        });
        return;
    }
    send();
}

void ApiRequest::refuse(const QString &why)
{
    if (m_running)
        return;
    m_running = true;
    QTimer::singleShot(0, this, [this, why] { finish({ ApiError::Kind::Refused, why }); });
}

void ApiRequest::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    m_timeout.stop();
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_error = ApiError(ApiError::Kind::Cancelled, tr("cancelled"));
    qCDebug(lcApi).noquote() << m_call.method << m_call.url.path() << "cancelled";
    deleteLater();
}

void ApiRequest::send()
{
    ++m_attempts;
    m_body.clear();
    m_status = 0;
    m_timedOut = false;
    m_tooLarge = false;

    QNetworkRequest request(m_call.url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader(
        "User-Agent", "SipDesk/" + QCoreApplication::applicationVersion().toLatin1());
    request.setRawHeader("Authorization",
        "Basic " + (m_credentials.user + u':' + m_credentials.secret).toUtf8().toBase64());
    if (!m_call.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_call.contentType);
    // Redirects are refused: following one could carry the credentials to
    // another host, and neither API redirects its REST calls.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    m_reply = m_network->sendCustomRequest(request, m_call.method, m_call.body);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
    auto restartTimeout = [this] { m_timeout.start(m_timeoutMs); };
    connect(m_reply, &QNetworkReply::downloadProgress, this, restartTimeout);
    connect(m_reply, &QNetworkReply::uploadProgress, this, restartTimeout);
    // TLS errors are never ignored: the reply then fails with
    // SslHandshakeFailedError, reported as ApiError::Kind::Tls.
    m_timeout.start(m_timeoutMs);
}

void ApiRequest::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    m_body += m_reply->readAll();
    if (m_body.size() > m_maxBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiRequest::onTimeout()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_timeout.stop();
    if (!m_tooLarge)
        m_body += reply->readAll();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_contentType = reply->rawHeader("Content-Type");
    m_retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
    const QString redirectHost = QUrl(QString::fromLatin1(reply->rawHeader("Location"))).host();
    QNetworkReply::NetworkError networkError = reply->error();
    QString networkErrorText = reply->errorString();
    // A body cut short of its Content-Length is a broken connection, even
    // when the socket closed in a way QNetworkReply took for the end.
    bool hasLength = false;
    const qint64 expected =
        reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    if (hasLength && !m_tooLarge && networkError == QNetworkReply::NoError
        && m_body.size() < expected) {
        networkError = QNetworkReply::RemoteHostClosedError;
        networkErrorText =
            tr("the connection closed after %1 of %2 bytes").arg(m_body.size()).arg(expected);
    }
    m_reply = nullptr;
    reply->deleteLater();

    qCInfo(lcApi).noquote() << m_call.method << m_call.url.path() << "->"
                            << (m_status ? QString::number(m_status) : networkErrorText)
                            << m_clock.elapsed() << "ms, attempt" << m_attempts;

    const bool isRead = m_call.intent == ApiCall::Intent::Read;
    if (m_tooLarge) {
        finish({ ApiError::Kind::BadResponse,
            tr("the answer is larger than %1 MB").arg(m_maxBytes / (1024 * 1024)) });
        return;
    }
    if (m_timedOut) {
        if (isRead && retryAfter(backoff()))
            return;
        ApiError error(ApiError::Kind::Timeout,
            tr("no answer within %1 s").arg(double(m_timeoutMs.count()) / 1000.0));
        error.setOutcomeUnknown(!isRead);
        finish(error);
        return;
    }
    if (m_status == 0) { // no HTTP answer at all
        if (isTlsError(networkError)) {
            finish({ ApiError::Kind::Tls, scrub(networkErrorText) });
            return;
        }
        if ((neverSent(networkError) || isRead) && retryAfter(backoff()))
            return;
        ApiError error(ApiError::Kind::Network, scrub(networkErrorText));
        error.setOutcomeUnknown(!isRead && !neverSent(networkError));
        finish(error);
        return;
    }
    if (m_status == 429 || m_status == 503 || (isRead && (m_status == 502 || m_status == 504))) {
        const auto serverDelay = m_retryAfter;
        if (serverDelay && *serverDelay > m_policy.longestRetryAfter) {
            ApiError error = errorFromStatus();
            finish(error);
            return;
        }
        if (retryAfter(serverDelay.value_or(backoff())))
            return;
    }
    if (m_status >= 300 && m_status < 400) {
        finish({ ApiError::Kind::Refused,
            tr("the service redirected to %1; redirects are not followed")
                .arg(redirectHost.isEmpty() ? tr("another address") : redirectHost) });
        return;
    }
    if (m_status >= 200 && m_status < 300 && networkError == QNetworkReply::NoError) {
        succeed();
        return;
    }
    if (m_status >= 200 && m_status < 300) { // an HTTP answer whose body broke off
        if (isRead && retryAfter(backoff()))
            return;
        ApiError error(ApiError::Kind::Network, scrub(networkErrorText));
        error.setOutcomeUnknown(!isRead);
        finish(error);
        return;
    }
    finish(errorFromStatus());
}

void ApiRequest::succeed()
{
    if (m_body.isEmpty()) { // 204 No Content, or an empty 200
        finish({});
        return;
    }
    if (!isJsonContentType(m_contentType)) {
        finish({ ApiError::Kind::BadResponse,
            tr("expected JSON but the answer is \"%1\"")
                .arg(QString::fromLatin1(m_contentType.left(60))) });
        return;
    }
    QJsonParseError parseError;
    m_json = QJsonDocument::fromJson(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        finish({ ApiError::Kind::BadResponse,
            tr("malformed JSON (%1 at byte %2 of %3)")
                .arg(parseError.errorString())
                .arg(parseError.offset)
                .arg(m_body.size()) });
        return;
    }
    if (m_call.checkBody) {
        if (const QString problem = m_call.checkBody(m_json); !problem.isEmpty()) {
            finish({ ApiError::Kind::BadResponse, problem });
            return;
        }
    }
    finish({});
}

ApiError ApiRequest::errorFromStatus() const
{
    using Kind = ApiError::Kind;
    Kind kind = Kind::Validation;
    if (m_status == 401)
        kind = Kind::Unauthorized;
    else if (m_status == 403)
        kind = Kind::Forbidden;
    else if (m_status == 404)
        kind = Kind::NotFound;
    else if (m_status == 429)
        kind = Kind::RateLimited;
    else if (m_status >= 500)
        kind = Kind::Server;
    ApiError error(kind, tr("HTTP %1").arg(m_status));
    error.setHttpStatus(m_status);
    const QJsonDocument body = QJsonDocument::fromJson(m_body);
    if (m_call.readError && !body.isNull())
        m_call.readError(error, body);
    error.setServiceMessage(scrub(error.serviceMessage()));
    // A 5xx on a write leaves its outcome open; 429 and 503 were not processed.
    error.setOutcomeUnknown(
        m_call.intent != ApiCall::Intent::Read && m_status >= 500 && m_status != 503);
    return error;
}

bool ApiRequest::retryAfter(milliseconds delay)
{
    if (m_attempts > m_policy.maxRetries)
        return false;
    emit retrying(m_attempts, int(delay.count()));
    m_retryTimer.start(delay);
    return true;
}

milliseconds ApiRequest::backoff() const
{
    // Full jitter: uniform in [0, min(cap, base * 2^attempt)].
    const qint64 ceiling =
        qMin<qint64>(m_policy.cap.count(), m_policy.base.count() << qMin(m_attempts, 20));
    return milliseconds(QRandomGenerator::global()->bounded(ceiling + 1));
}

// Retry-After is either a number of seconds or an HTTP date.
std::optional<milliseconds> ApiRequest::parseRetryAfter(const QByteArray &value)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 secondsToWait = text.toLongLong(&ok);
    if (ok)
        return secondsToWait < 0 ? std::nullopt : std::optional(milliseconds(secondsToWait * 1000));
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(text), Qt::RFC2822Date);
    if (!when.isValid())
        return std::nullopt;
    return milliseconds(qMax<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

void ApiRequest::finish(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_error = error;
    if (error && error.kind() != ApiError::Kind::Cancelled)
        qCInfo(lcApi).noquote() << m_call.method << m_call.url.path()
                                << "failed:" << ApiError::kindName(error.kind()) << error.detail();
    emit finished();
    deleteLater();
}

QString ApiRequest::scrub(QString text) const
{
    if (!m_credentials.secret.isEmpty())
        text.replace(m_credentials.secret, u"•••"_s);
    return text;
}
