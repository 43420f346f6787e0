#include "models/api/apirequest.h"

#include "models/validation/rules.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QThreadPool>

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
    m_stallTimer.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    m_retryTimer.setTimerType(Qt::PreciseTimer); // Retry-After is a promise to the server
    connect(&m_stallTimer, &QTimer::timeout, this, &ApiRequest::onStalled);
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
    m_stallTimer.stop();
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
    m_bodyBytes = 0;
    m_status = 0;
    m_stalled = false;
    m_bodyDropped = false;
    m_uploadsFinished = 0;

    QNetworkReply *reply =
        m_network->sendCustomRequest(networkRequest(), m_call.method, m_call.body);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onFinished);
    connect(
        reply, &QNetworkReply::downloadProgress, this, [this] { m_stallTimer.start(m_timeout); });
    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_stallTimer.start(m_timeout);
        if (total > 0 && sent == total && ++m_uploadsFinished > 1)
            m_resent = true;
    });
    // TLS errors are never ignored: the reply then fails with
    // SslHandshakeFailedError, reported as ApiError::Kind::Tls.
    m_stallTimer.start(m_timeout);
}

QNetworkRequest ApiRequest::networkRequest() const
{
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
    return request;
}

void ApiRequest::onReadyRead()
{
    if (!m_reply || m_bodyDropped)
        return;
    const QByteArray chunk = m_reply->readAll();
    keepBody(chunk, m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt());
    if (m_bodyDropped)
        m_reply->abort(); // an endless answer must not be read until memory runs out
}

void ApiRequest::keepBody(const QByteArray &chunk, int status)
{
    if (ReplyClassifier::carriesNoBody(status))
        return;
    m_bodyBytes += chunk.size();
    if (ReplyClassifier::bodyOverLimit(status, m_bodyBytes, m_maxBytes)) {
        m_bodyDropped = true;
        m_body.clear();
        return;
    }
    m_body += chunk;
}

void ApiRequest::onStalled()
{
    if (!m_reply)
        return;
    m_stalled = true;
    m_reply->abort();
}

void ApiRequest::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply.clear();
    m_stallTimer.stop();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_bodyDropped && reply->isOpen())
        keepBody(reply->readAll(), m_status);
    const ReplyFacts facts = factsOf(*reply);
    reply->deleteLater();
    qCInfo(lcApi).noquote() << m_call.method << m_call.url.path() << "->"
                            << (m_status ? QString::number(m_status) : facts.transportText)
                            << m_clock.elapsed() << "ms, attempt" << m_attempts;
    const ReplyRules rules { m_call.intent, m_policy, m_timeout, m_maxBytes, bool(m_call.checkBody),
        m_call.readError };
    act(ReplyClassifier::classify(facts, rules));
}

ReplyFacts ApiRequest::factsOf(const QNetworkReply &reply) const
{
    ReplyFacts facts;
    facts.attempt = m_attempts;
    facts.status = m_status;
    const QNetworkReply::NetworkError error = reply.error();
    if (m_stalled)
        facts.transport = Transport::TimedOut;
    else if (error == QNetworkReply::NoError)
        facts.transport = Transport::Complete;
    else if (error == QNetworkReply::SslHandshakeFailedError)
        facts.transport = Transport::TlsFailed;
    else if (neverSent(error))
        facts.transport = Transport::NeverSent;
    else
        facts.transport = Transport::Failed;
    facts.transportText = reply.errorString();
    facts.body = m_body;
    facts.bodyBytes = m_bodyBytes;
    bool hasLength = false;
    const qint64 length = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong(&hasLength);
    if (hasLength)
        facts.contentLength = length;
    facts.contentType = reply.rawHeader("Content-Type");
    facts.retryAfter = reply.rawHeader("Retry-After");
    facts.location = reply.rawHeader("Location");
    facts.now = QDateTime::currentDateTimeUtc();
    facts.jitter = QRandomGenerator::global()->generateDouble();
    return facts;
}

void ApiRequest::act(const ReplyDecision &decision)
{
    switch (decision.action) {
    case ReplyDecision::Action::Retry:
        scheduleRetry(decision.delay);
        return;
    case ReplyDecision::Action::Fail:
        finish(decision.error);
        return;
    case ReplyDecision::Action::Succeed:
        if (!decision.parseBody) {
            finish({});
            return;
        }
        if (m_call.bodyArrived)
            m_call.bodyArrived(m_body);
        parseBody();
        return;
    }
}

void ApiRequest::parseBody()
{
    if (m_body.size() < kParseInBackgroundBytes) {
        Parsed parsed = parse(m_body, m_call.prepareRaw, m_call.prepare);
        onParsed(parsed);
        return;
    }
    // A page of 1000 records is a megabyte of JSON: parsing it here would
    // freeze the window, so a pool thread parses and hands the result back.
    // The QPointer is only read on this thread, once the result is back.
    QThreadPool::globalInstance()->start([self = QPointer<ApiRequest>(this), body = m_body,
                                             prepareRaw = m_call.prepareRaw,
                                             prepare = m_call.prepare] {
        auto parsed = std::make_shared<Parsed>(parse(body, prepareRaw, prepare));
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, parsed] {
                if (self)
                    self->onParsed(*parsed);
            },
            Qt::QueuedConnection);
    });
}

ApiRequest::Parsed ApiRequest::parse(const QByteArray &body,
    const std::function<std::optional<QVariant>(const QByteArray &)> &prepareRaw,
    const std::function<QVariant(const QJsonDocument &)> &prepare)
{
    Parsed parsed;
    if (prepareRaw) {
        if (std::optional<QVariant> prepared = prepareRaw(body)) {
            parsed.prepared = std::move(*prepared);
            parsed.readRaw = true;
            return parsed;
        }
    }
    parsed.json = QJsonDocument::fromJson(body, &parsed.error);
    if (parsed.error.error == QJsonParseError::NoError && prepare)
        parsed.prepared = prepare(parsed.json);
    return parsed;
}

void ApiRequest::onParsed(const Parsed &parsed)
{
    if (m_state != State::Running) // cancelled meanwhile
        return;
    m_json = parsed.json;
    m_prepared = parsed.prepared;
    // A body prepareRaw() read was a body of the shape it expects: nothing
    // is left for checkBody to find.
    finish(parsed.readRaw ? ApiError()
                          : ReplyClassifier::checkParsed(parsed.error, m_body.size(), m_json,
                              m_call.checkBody, m_call.intent));
}

void ApiRequest::scheduleRetry(milliseconds delay)
{
    m_retryTimer.start(delay);
    // The receiver may cancel or delete us: nothing may follow the emit.
    emit retrying(m_attempts, int(delay.count()));
}

void ApiRequest::finish(const ApiError &error)
{
    if (m_state != State::Running)
        return;
    m_state = State::Done;
    m_error = error;
    // A write that the network layer sent twice may have taken effect,
    // whatever the answer to the second sending says.
    if (m_error && m_call.intent != ApiCall::Intent::Read && m_resent)
        m_error.setOutcomeUnknown(true);
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
