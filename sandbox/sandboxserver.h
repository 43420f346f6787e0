#pragma once

#include "sandbox/faultinjector.h"
#include "sandbox/requestlog.h"
#include "sandbox/sandboxhttp.h"
#include "sandbox/twilioaccounts.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <memory>
#include <optional>

class SandboxHttpFrontend;
class SignalWireSipEndpoints;
class TwilioCredentialLists;
class TwilioDomainAuth;
class TwilioIpAccessControlLists;
class TwilioSipAuthStore;
class TwilioSipDomains;

struct SandboxOptions
{
    int domains = 120;
    int endpoints = 300;
    quint32 seed = 20261123;
    int latencyMs = 0;
    // Serve /__sandbox/* (faults, request log, reset) on loopback.
    bool control = false;
    QString requestLogPath;
};

// The local emulator of both APIs: one HTTP server on 127.0.0.1 that serves
// Twilio SIP Domains at / and SignalWire SIP Endpoints at /api/relay/rest,
// with demo accounts and deterministic demo data. Lives in one thread; the
// app runs it in a worker thread so that its work never stalls the GUI.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    using Options = SandboxOptions;

    explicit SandboxServer(const Options &options = Options(), QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1 only; port 0 picks a free one.
    bool listen(quint16 port = 0);
    quint16 port() const;
    QString errorString() const { return m_error; }

    QUrl twilioBaseUrl() const;
    QUrl signalWireBaseUrl() const;
    // The line sipdesk-sandbox prints on start: base URLs, demo credentials
    // and, with Options::control, the control token.
    QJsonObject startupInfo() const;
    // Required in kControlTokenHeader by every /__sandbox/ request; new each run.
    QByteArray controlToken() const { return m_controlToken; }
    static constexpr char kControlTokenHeader[] = "X-Sandbox-Control-Token";

    TwilioSipDomains &twilio() { return *m_twilio; }
    // Credential lists, IP ACLs and domain mappings of every Twilio account.
    TwilioSipAuthStore &twilioAuth() { return *m_twilioAuth; }
    SignalWireSipEndpoints &signalWire() { return *m_signalWire; }
    FaultInjector &faults() { return m_faults; }
    RequestLog &requestLog() { return m_log; }

    // The answer to one parsed request, and the transport fault to inject
    // into it, if any: the whole request path without sockets or latency
    // (the frontend calls it for every request; so does the fuzz target).
    struct Answer
    {
        SandboxResponse response;
        std::optional<FaultInjector::Rule> fault;
    };
    Answer answer(const SandboxRequest &request);

signals:
    void requestHandled(const QByteArray &method, const QString &path, int status);

private:
    friend class SandboxHttpFrontend;

    SandboxResponse control(const SandboxRequest &request);
    // The answer to a request refused before it was read (body too large…),
    // in the error shape of the service its path belongs to.
    SandboxResponse refusal(int status, const QByteArray &method, const QString &path);
    SandboxService *serviceFor(const QString &path);

    TwilioAccounts m_twilioAccounts; // before the Twilio services, which keep a reference
    std::unique_ptr<TwilioSipAuthStore> m_twilioAuth; // likewise
    std::unique_ptr<TwilioSipDomains> m_twilio;
    std::unique_ptr<TwilioCredentialLists> m_twilioCredentialLists;
    std::unique_ptr<TwilioIpAccessControlLists> m_twilioIpAccessControlLists;
    std::unique_ptr<TwilioDomainAuth> m_twilioDomainAuth;
    std::unique_ptr<SignalWireSipEndpoints> m_signalWire;
    SandboxHttpFrontend *m_frontend; // a child, so that moveToThread() takes it along
    FaultInjector m_faults;
    RequestLog m_log;
    Options m_options;
    QByteArray m_controlToken;
    QString m_error;
};
