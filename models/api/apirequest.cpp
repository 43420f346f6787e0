#include "models/api/apirequest.h"

#include "models/validation/rules.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThreadPool>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono;

Q_LOGGING_CATEGORY(lcApi, "sipdesk.api", QtInfoMsg)

namespace {

// Errors that mean the request never reached the service. (Qt documents
// TemporaryNetworkFailure and NetworkSessionFailed as a broken connection,
// which may come after sending, so they are not here.)
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError
        || error == QNetworkReply::HostNotFoundError
        || error == QNetworkReply::ProxyConnectionRefusedError
        || error == QNetworkReply::ProxyNotFoundError;
}

// 204 and 205 end at the headers (RFC 9110, 15.3.5 and 15.3.6): a body or
// a Content-Length that comes with them means nothing.
bool carriesNoBody(int status)
{
    return status == 204 || status == 205;
}

bool isErrorStatus(int status)
{
    return status >= 400;
}

bool isJsonContentType(const QByteArray &header)
{
    const QByteArray type = header.split(';').constFirst().trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}

// Secrets shorter than this are not redacted from texts: replacing a
// one-letter "secret" would garble every message and hide nothing.
constexpr qsizetype kShortestRedactedSecret = 6;

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
    m_retryTimer.setTimerType(Qt::PreciseTimer); // Retry-After is a promise to the server
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
        return tr("there is no valid address to send it to (check the account's settings)");
    if (!url.userInfo().isEmpty())
        return tr("the address must not carry a user name or password");
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
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    m_clock.start();
    if (const QString problem = urlProblem(m_call.url); !problem.isEmpty()) {
        // Finish from the event loop, so that callers can connect after start().
        QTimer::singleShot(0, this, [this, problem] {
            finish({ ApiError::Kind::Refused, problem });
        });
        return;
    }
    send();
}

void ApiRequest::refuse(const QString &why)
{
    if (m_state != State::Idle)
        return;
    m_state = State::Running;
    QTimer::singleShot(0, this, [this, why] { finish({ ApiError::Kind::Refused, why }); });
}

void ApiRequest::cancel()
{
    if (m_state != State::Running)
        return;
    m_state = State::Done;
    m_timeout.stop();
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply.clear();
    m_error = ApiError(ApiError::Kind::Cancelled, tr("cancelled"));
    qCDebug(lcApi).noquote() << m_call.method << m_call.url.path() << "cancelled";
    deleteLater();
}

void ApiRequest::send()
{
    if (m_state != State::Running)
        return;
    if (!m_network) {
        finish({ ApiError::Kind::Network, tr("the application is shutting down") });
        return;
    }
    ++m_attempts;
    m_body.clear();
    m_status = 0;
    m_timedOut = false;
    m_tooLarge = false;
    m_errorBodyTooLarge = false;
    m_uploadsFinished = 0;

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
    // One access manager, and so one cookie jar, serves every account: a
    // cookie set for one account must never ride along with another's.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);

    QNetworkReply *reply = m_network->sendCustomRequest(request, m_call.method, m_call.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
    connect(
        reply, &QNetworkReply::downloadProgress, this, [this] { m_timeout.start(m_timeoutMs); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_timeout.start(m_timeoutMs);
        if (total > 0 && sent == total && ++m_uploadsFinished > 1)
            m_resent = true;
    });
    // TLS errors are never ignored: the reply then fails with
    // SslHandshakeFailedError, reported as ApiError::Kind::Tls.
    m_timeout.start(m_timeoutMs);
}

void ApiRequest::onReadyRead()
{
    if (!m_reply || m_tooLarge || m_errorBodyTooLarge)
        return;
    const QByteArray chunk = m_reply->readAll();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (carriesNoBody(status))
        return;
    m_body += chunk;
    if (isErrorStatus(status) && m_body.size() > kMaxErrorBodyBytes) {
        m_errorBodyTooLarge = true;
        m_body.clear();
        m_reply->abort();
    } else if (m_body.size() > m_maxBytes) {
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
    m_reply.clear();
    m_timeout.stop();
    if (!m_tooLarge && !m_errorBodyTooLarge && reply->isOpen())
        m_body += reply->readAll();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isErrorStatus(m_status) && m_body.size() > kMaxErrorBodyBytes) {
        m_errorBodyTooLarge = true;
        m_body.clear();
    }
    m_tooLarge = m_tooLarge || m_body.size() > m_maxBytes;
    m_contentType = reply->rawHeader("Content-Type");
    m_retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"), m_policy.longestRetryAfter,
        QDateTime::currentDateTimeUtc());
    const QString redirectHost = QUrl(QString::fromLatin1(reply->rawHeader("Location"))).host();
    QNetworkReply::NetworkError networkError = reply->error();
    QString networkErrorText = reply->errorString();
    const bool noBody = carriesNoBody(m_status);
    if (noBody)
        m_body.clear();
    // A body cut short of its Content-Length is a broken connection, even
    // when the socket closed in a way QNetworkReply took for the end. Qt
    // drops the header of a compressed answer (its length is the compressed
    // one), and never reads the body of a 204, whatever length it declares.
    bool hasLength = false;
    const qint64 expected =
        reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    if (hasLength && !noBody && !m_tooLarge && !m_errorBodyTooLarge
        && networkError == QNetworkReply::NoError && m_body.size() < expected) {
        networkError = QNetworkReply::RemoteHostClosedError;
        networkErrorText =
            tr("the connection closed after %1 of %2 bytes").arg(m_body.size()).arg(expected);
    }
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
        if (networkError == QNetworkReply::SslHandshakeFailedError) {
            finish({ ApiError::Kind::Tls, networkErrorText });
            return;
        }
        if ((neverSent(networkError) || isRead) && retryAfter(backoff()))
            return;
        ApiError error(ApiError::Kind::Network, networkErrorText);
        error.setOutcomeUnknown(!isRead && !neverSent(networkError));
        finish(error);
        return;
    }
    // A proxy may answer 503 after it forwarded the request, so a create is
    // not resent on it; changes and deletes may be repeated harmlessly.
    const bool isCreate = m_call.intent == ApiCall::Intent::Create;
    if (m_status == 429 || (m_status == 503 && !isCreate)
        || (isRead && (m_status == 502 || m_status == 504))) {
        if (m_retryAfter && *m_retryAfter > m_policy.longestRetryAfter) {
            finish(errorFromStatus());
            return;
        }
        if (retryAfter(m_retryAfter.value_or(backoff())))
            return;
    }
    if (m_status >= 300 && m_status < 400) {
        // An answer came, so a write may have been processed: not "refused".
        finish({ ApiError::Kind::BadResponse,
            tr("the service redirected to %1, and redirects are not followed")
                .arg(redirectHost.isEmpty() ? tr("another address") : redirectHost) });
        return;
    }
    // The status line of a 204 or 205 is the whole answer: nothing that
    // follows it can make a done delete "outcome unknown".
    if (m_status >= 200 && m_status < 300 && (networkError == QNetworkReply::NoError || noBody)) {
        if (m_call.bodyArrived)
            m_call.bodyArrived(m_body);
        succeed();
        return;
    }
    if (m_status >= 200 && m_status < 300) { // an HTTP answer whose body broke off
        if (isRead && retryAfter(backoff()))
            return;
        ApiError error(ApiError::Kind::Network, networkErrorText);
        error.setOutcomeUnknown(!isRead);
        finish(error);
        return;
    }
    finish(errorFromStatus());
}

void ApiRequest::succeed()
{
    if (m_body.isEmpty()) {
        // 204 No Content is an answer; an empty 200 where a record was
        // expected is not.
        if (m_call.checkBody && !carriesNoBody(m_status))
            finish({ ApiError::Kind::BadResponse, tr("the answer is empty") });
        else
            finish({});
        return;
    }
    if (!isJsonContentType(m_contentType)) {
        finish({ ApiError::Kind::BadResponse,
            tr("expected JSON but the answer is \"%1\"")
                .arg(QString::fromLatin1(m_contentType.left(60))) });
        return;
    }
    if (m_body.size() < kParseInBackgroundBytes) {
        QJsonParseError parseError;
        const QJsonDocument json = QJsonDocument::fromJson(m_body, &parseError);
        const bool parsed = parseError.error == QJsonParseError::NoError;
        onParsed(json, parseError, parsed && m_call.prepare ? m_call.prepare(json) : QVariant());
        return;
    }
    // A page of 1000 records is a megabyte of JSON: parsing it here would
    // freeze the window, so a pool thread parses and hands the result back.
    // The QPointer is only read on this thread, once the result is back.
    struct Result
    {
        QJsonDocument json;
        QJsonParseError error;
        QVariant prepared;
    };
    QThreadPool::globalInstance()->start(
        [self = QPointer<ApiRequest>(this), body = m_body, prepare = m_call.prepare] {
            auto result = std::make_shared<Result>();
            result->json = QJsonDocument::fromJson(body, &result->error);
            if (result->error.error == QJsonParseError::NoError && prepare)
                result->prepared = prepare(result->json);
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [self, result] {
                    if (self)
                        self->onParsed(result->json, result->error, result->prepared);
                },
                Qt::QueuedConnection);
        });
}

void ApiRequest::onParsed(
    const QJsonDocument &json, const QJsonParseError &parseError, const QVariant &prepared)
{
    if (m_state != State::Running) // cancelled meanwhile
        return;
    m_json = json;
    m_prepared = prepared;
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
    else if (m_status == 408)
        kind = Kind::Timeout;
    else if (m_status == 429)
        kind = Kind::RateLimited;
    else if (m_status >= 500)
        kind = Kind::Server;
    ApiError error(kind, tr("HTTP %1").arg(m_status));
    error.setHttpStatus(m_status);
    if (m_errorBodyTooLarge) {
        const QString reason =
            tr("the error answer is larger than %1 MB").arg(kMaxErrorBodyBytes / (1024 * 1024));
        error = ApiError(kind, tr("HTTP %1; %2, not read").arg(m_status).arg(reason));
        error.setHttpStatus(m_status);
        error.setUnreadReason(reason);
    } else if (m_call.readError) {
        const QJsonDocument body = QJsonDocument::fromJson(m_body);
        if (!body.isNull())
            m_call.readError(error, body);
    }
    // A 5xx on a write leaves its outcome open, a 503 too for a create (see
    // the retries); a change or delete that still gets 503 after its retries
    // is taken as not processed.
    const ApiCall::Intent intent = m_call.intent;
    error.setOutcomeUnknown(intent != ApiCall::Intent::Read && m_status >= 500
        && (m_status != 503 || intent == ApiCall::Intent::Create));
    return error;
}

bool ApiRequest::retryAfter(milliseconds delay)
{
    if (m_attempts > m_policy.maxRetries)
        return false;
    m_retryTimer.start(delay);
    // The receiver may cancel or delete us: nothing may follow the emit.
    emit retrying(m_attempts, int(delay.count()));
    return true;
}

milliseconds ApiRequest::backoff() const
{
    // Full jitter: uniform in [0, min(cap, base * 2^retry)], retry counting from 0.
    const int retry = qBound(0, m_attempts - 1, 20);
    const qint64 ceiling = qMin<qint64>(m_policy.cap.count(), m_policy.base.count() << retry);
    return milliseconds(QRandomGenerator::global()->bounded(ceiling + 1));
}

// Retry-After is a number of seconds or an HTTP date. Anything longer than
// the policy allows comes back as just over that limit, so that no hostile
// value can overflow a timer.
std::optional<milliseconds> ApiRequest::parseRetryAfter(
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

void ApiRequest::finish(const ApiError &error)
{
    if (m_state != State::Running)
        return;
    m_state = State::Done;
    m_error = error;
    if (m_error && m_call.intent != ApiCall::Intent::Read) {
        // An answer we cannot read may still mean the write took place, and
        // Qt may have sent the write twice on a reused connection.
        if ((m_error.kind() == ApiError::Kind::BadResponse && m_attempts > 0) || m_resent)
            m_error.setOutcomeUnknown(true);
    }
    if (m_resent)
        qCWarning(lcApi).noquote()
            << m_call.method << m_call.url.path() << "was sent again by the network layer";
    m_error.redact(secretsToRedact());
    if (m_error && m_error.kind() != ApiError::Kind::Cancelled)
        qCInfo(lcApi).noquote() << m_call.method << m_call.url.path()
                                << "failed:" << ApiError::kindName(m_error.kind())
                                << m_error.detail();
    // Receivers may delete this request (or its owner) in their slot: the
    // deferred delete is queued first and nothing touches a member after
    // the emit.
    deleteLater();
    emit finished();
}

QStringList ApiRequest::secretsToRedact() const
{
    const QString &secret = m_credentials.secret;
    if (secret.size() < kShortestRedactedSecret)
        return {};
    const QByteArray pair = (m_credentials.user + u':' + secret).toUtf8();
    return { secret, QString::fromLatin1(pair.toBase64()),
        QString::fromLatin1(secret.toUtf8().toBase64()),
        QString::fromLatin1(secret.toUtf8().toPercentEncoding()) };
}
