#include "sandbox/sandboxserver.h"

#include "sandbox/democredentials.h"
#include "sandbox/requestlimits.h"
#include "sandbox/sandboxwire.h"
#include "sandbox/signalwiresipendpoints.h"
#include "sandbox/twiliocredentiallists.h"
#include "sandbox/twiliodomainauth.h"
#include "sandbox/twilioipaccesscontrollists.h"
#include "sandbox/twiliosipauthstore.h"
#include "sandbox/twiliosipdomains.h"

#include <QAbstractHttpServer>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int kOtherAccountRecords = 3;

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "UNKNOWN";
    }
}

SandboxRequest toSandboxRequest(
    const QHttpServerRequest &request, const QHostAddress &local, quint16 port)
{
    const SandboxRequestHeaders headers { request.value("content-type"), request.value("host"),
        request.value(SandboxServer::kControlTokenHeader), request.value("authorization") };
    return ::toSandboxRequest(methodName(request.method()), request.url(), headers, request.body(),
        u"http://%1:%2"_s.arg(local.toString()).arg(port));
}

// A name that a web page's own DNS points at 127.0.0.1 (DNS rebinding) shows
// in Host; the browser cannot send a loopback Host for such a name.
bool isLoopbackHost(const QByteArray &host)
{
    QByteArrayView name = host;
    QByteArrayView port;
    if (host.startsWith('[')) {
        const qsizetype close = host.indexOf(']');
        if (close < 0)
            return false;
        name = QByteArrayView(host).first(close + 1);
        port = QByteArrayView(host).sliced(close + 1);
    } else if (const qsizetype colon = host.indexOf(':'); colon >= 0) {
        name = QByteArrayView(host).first(colon);
        port = QByteArrayView(host).sliced(colon);
    }
    if (!port.isEmpty()
        && (port.size() < 2 || port.front() != ':'
            || !std::all_of(
                port.begin() + 1, port.end(), [](char c) { return c >= '0' && c <= '9'; })))
        return false;
    const QByteArray lower = name.toByteArray().toLower();
    return lower == "127.0.0.1" || lower == "localhost" || lower == "[::1]";
}

// Compares every byte, so that the time taken says nothing about how much
// of a guess was right.
bool sameToken(const QByteArray &sent, const QByteArray &expected)
{
    if (sent.size() != expected.size())
        return false;
    char difference = 0;
    for (qsizetype i = 0; i < sent.size(); ++i)
        difference |= char(sent.at(i) ^ expected.at(i));
    return difference == 0;
}

// 128 bits from the system's generator: unguessable by a web page that
// tries its luck against the port.
QByteArray newControlToken()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex();
}

} // namespace

// The socket side: QAbstractHttpServer (Qt 6.4) hands over each parsed
// request with its socket; answers are written by hand so that latency and
// transport faults can be injected.
class SandboxHttpFrontend : public QAbstractHttpServer
{
public:
    explicit SandboxHttpFrontend(SandboxServer *owner)
        : QAbstractHttpServer(owner)
        , m_owner(owner)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        SandboxRequest sandboxRequest =
            toSandboxRequest(request, socket->localAddress(), socket->localPort());
        if (!socket->peerAddress().isLoopback()) {
            socket->abort();
            return true;
        }
        SandboxServer::Answer answer = m_owner->answer(sandboxRequest);
        const bool close = request.value("connection").toLower() == "close";
        const int latency = m_owner->m_faults.latencyMs;
        if (latency <= 0) {
            writeAnswer(socket, std::move(answer.response), answer.fault, close);
            return true;
        }
        QPointer<QTcpSocket> target(socket);
        QTimer::singleShot(latency, Qt::PreciseTimer, socket, [target, answer, close]() {
            if (target)
                writeAnswer(target, answer.response, answer.fault, close);
        });
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    SandboxServer *m_owner;
};

SandboxServer::SandboxServer(const Options &options, QObject *parent)
    : QObject(parent)
    , m_twilioAuth(std::make_unique<TwilioSipAuthStore>())
    , m_twilio(std::make_unique<TwilioSipDomains>(m_twilioAccounts, *m_twilioAuth))
    , m_twilioCredentialLists(
          std::make_unique<TwilioCredentialLists>(m_twilioAccounts, *m_twilioAuth))
    , m_twilioIpAccessControlLists(
          std::make_unique<TwilioIpAccessControlLists>(m_twilioAccounts, *m_twilioAuth))
    , m_twilioDomainAuth(
          std::make_unique<TwilioDomainAuth>(m_twilioAccounts, *m_twilioAuth, *m_twilio))
    , m_signalWire(std::make_unique<SignalWireSipEndpoints>())
    , m_frontend(new SandboxHttpFrontend(this))
    , m_options(options)
    , m_controlToken(newControlToken())
{
    using namespace DemoCredentials;
    const QString accountSid = kTwilioAccountSid.toString();
    m_twilioAccounts.add({ accountSid, kTwilioAuthToken.toString(), kTwilioApiKeySid.toString(),
        kTwilioApiKeySecret.toString() });
    m_twilio->addDemoDomains(accountSid, options.domains, options.seed);
    const QString otherSid = kTwilioOtherAccountSid.toString();
    m_twilioAccounts.add({ otherSid, kTwilioOtherAuthToken.toString(), {}, {} });
    m_twilio->addDemoDomains(otherSid, kOtherAccountRecords, options.seed + 1);

    const QString projectId = kSignalWireProjectId.toString();
    m_signalWire->addProject(
        { kSignalWireSpace.toString(), projectId, kSignalWireApiToken.toString() });
    m_signalWire->addDemoEndpoints(projectId, options.endpoints, options.seed);
    const QString otherProject = kSignalWireOtherProjectId.toString();
    m_signalWire->addProject(
        { kSignalWireSpace.toString(), otherProject, kSignalWireOtherApiToken.toString() });
    m_signalWire->addDemoEndpoints(otherProject, kOtherAccountRecords, options.seed + 1);

    m_faults.latencyMs = options.latencyMs;
    if (!options.requestLogPath.isEmpty() && !m_log.openFile(options.requestLogPath, &m_error))
        qWarning("sandbox: cannot write the request log: %s", qPrintable(m_error));
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    auto *tcpServer =
        new LimitedTcpServer([this](int status, const QByteArray &method,
                                 const QString &path) { return refusal(status, method, path); },
            m_frontend);
    if (tcpServer->listen(QHostAddress::LocalHost, port)) {
        m_frontend->bind(tcpServer);
        return true;
    }
    delete tcpServer;
    m_error = u"cannot listen on 127.0.0.1:%1"_s.arg(port);
    return false;
}

quint16 SandboxServer::port() const
{
    const QList<quint16> ports = m_frontend->serverPorts();
    return ports.isEmpty() ? 0 : ports.constFirst();
}

QUrl SandboxServer::twilioBaseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port()));
}

QUrl SandboxServer::signalWireBaseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(port()).arg(SignalWireSipEndpoints::kBasePath));
}

QJsonObject SandboxServer::startupInfo() const
{
    using namespace DemoCredentials;
    QJsonObject info {
        { u"twilio"_s,
            QJsonObject {
                { u"base_url"_s, twilioBaseUrl().toString() },
                { u"account_sid"_s, kTwilioAccountSid.toString() },
                { u"auth_token"_s, kTwilioAuthToken.toString() },
                { u"api_key_sid"_s, kTwilioApiKeySid.toString() },
                { u"api_key_secret"_s, kTwilioApiKeySecret.toString() },
            } },
        { u"signalwire"_s,
            QJsonObject {
                { u"base_url"_s, signalWireBaseUrl().toString() },
                { u"space"_s, kSignalWireSpace.toString() },
                { u"project_id"_s, kSignalWireProjectId.toString() },
                { u"api_token"_s, kSignalWireApiToken.toString() },
            } },
    };
    if (m_options.control)
        info.insert(u"control"_s,
            QJsonObject {
                { u"header"_s, QLatin1String(kControlTokenHeader) },
                { u"token"_s, QString::fromLatin1(m_controlToken) },
            });
    return info;
}

SandboxService *SandboxServer::serviceFor(const QString &path)
{
    if (m_signalWire->handles(path))
        return m_signalWire.get();
    // Before TwilioSipDomains, which claims the whole /2010-04-01/ tree.
    if (m_twilioCredentialLists->handles(path))
        return m_twilioCredentialLists.get();
    if (m_twilioIpAccessControlLists->handles(path))
        return m_twilioIpAccessControlLists.get();
    if (m_twilioDomainAuth->handles(path))
        return m_twilioDomainAuth.get();
    if (m_twilio->handles(path))
        return m_twilio.get();
    return nullptr;
}

SandboxResponse SandboxServer::refusal(int status, const QByteArray &method, const QString &path)
{
    SandboxService *service = path.startsWith(u"/__sandbox/"_s) ? nullptr : serviceFor(path);
    const SandboxResponse response =
        service ? service->faultResponse(status) : plainErrorResponse(status);
    if (!path.startsWith(u"/__sandbox/"_s)) {
        RequestLog::Entry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.method = method;
        entry.path = path;
        entry.status = status;
        m_log.append(entry);
    }
    emit requestHandled(method, path, status);
    return response;
}

SandboxServer::Answer SandboxServer::answer(const SandboxRequest &request)
{
    Answer answer;
    const bool isControl = request.path.startsWith(u"/__sandbox/"_s);
    SandboxService *service = isControl ? nullptr : serviceFor(request.path);
    if (isControl && m_options.control) {
        answer.response = control(request);
    } else if (!service) {
        answer.response = plainErrorResponse(404);
    } else {
        answer.fault = m_faults.take(request.method, request.path);
        const int faultStatus = answer.fault ? FaultInjector::statusOf(answer.fault->kind) : 0;
        if (faultStatus != 0) {
            // Refused before any processing, as a real 429/5xx front end would.
            answer.response = service->faultResponse(faultStatus);
            if (faultStatus == 429 && answer.fault->retryAfterSeconds >= 0)
                answer.response.headers.append(qMakePair(QByteArray("Retry-After"),
                    QByteArray::number(answer.fault->retryAfterSeconds)));
        } else if (answer.fault && answer.fault->kind == FaultInjector::Kind::CloseUnprocessed) {
            answer.response.status = 0; // nothing is answered; the log shows the fault
        } else {
            answer.response = service->handle(request);
        }
    }

    if (!isControl) {
        RequestLog::Entry entry;
        entry.time = QDateTime::currentDateTimeUtc();
        entry.method = request.method;
        entry.path = request.path;
        entry.query = RequestLog::loggedQuery(request.query);
        entry.fields = RequestLog::fieldNames(request.contentType, request.body);
        entry.authUser = request.authUser;
        entry.status = answer.response.status;
        if (answer.fault)
            entry.fault = FaultInjector::nameOf(answer.fault->kind);
        m_log.append(entry);
    }
    emit requestHandled(request.method, request.path, answer.response.status);
    return answer;
}

SandboxResponse SandboxServer::control(const SandboxRequest &request)
{
    auto error = [](int status, const QString &message) {
        return SandboxResponse::json(status, { { u"error"_s, message } });
    };
    // Checked before anything else, so that a refused request changes nothing
    // and learns nothing: the fault plan and request log are for the test or
    // benchmark that started the sandbox, not for a web page in a browser.
    if (!isLoopbackHost(request.host))
        return error(403, u"control requests must name 127.0.0.1, localhost or [::1] in Host"_s);
    if (!sameToken(request.controlToken, m_controlToken))
        return error(403,
            u"control requests need the %1 header from the start line"_s.arg(
                QLatin1String(kControlTokenHeader)));
    if ((request.method == "POST" || request.method == "PUT")
        && request.contentType != "application/json")
        return error(415, u"control request bodies must be application/json"_s);
    if (request.path == u"/__sandbox/faults"_s) {
        if (request.method == "GET")
            return SandboxResponse::json(200, m_faults.toJson());
        if (request.method == "DELETE") {
            m_faults.clear();
            return SandboxResponse::empty(204);
        }
        if (request.method == "POST") {
            QJsonParseError parseError;
            const QJsonDocument plan = QJsonDocument::fromJson(request.body, &parseError);
            if (!plan.isObject())
                return error(400, u"the body must be a JSON object"_s);
            if (const QString problem = m_faults.setFromJson(plan.object()); !problem.isEmpty())
                return error(400, problem);
            return SandboxResponse::json(200, m_faults.toJson());
        }
    } else if (request.path == u"/__sandbox/requests"_s) {
        if (request.method == "GET") {
            QJsonArray entries;
            for (const RequestLog::Entry &entry : m_log.entries())
                entries.append(entry.toJson());
            return SandboxResponse::json(200, { { u"requests"_s, entries } });
        }
        if (request.method == "DELETE") {
            m_log.clear();
            return SandboxResponse::empty(204);
        }
    } else {
        return error(404, u"Not Found"_s);
    }
    return error(405, u"Method Not Allowed"_s);
}
