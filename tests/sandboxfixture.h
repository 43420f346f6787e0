#pragma once

// The in-process sandbox as the API, model and profile tests start it, and
// the demo account's connections to it. Header-only, like the other shared
// test helpers.

#include "models/api/signalwiresipendpointsclient.h"
#include "models/api/twilioclient.h"
#include "sandbox/democredentials.h"
#include "sandbox/sandboxserver.h"

#include <memory>

namespace SandboxFixture {

using namespace DemoCredentials;

// A sandbox listening on 127.0.0.1 with this many demo records in the demo
// account and project; nullptr when it cannot listen.
inline std::unique_ptr<SandboxServer> start(int domains, int endpoints, int latencyMs = 0)
{
    SandboxServer::Options options;
    options.domains = domains;
    options.endpoints = endpoints;
    options.latencyMs = latencyMs;
    auto server = std::make_unique<SandboxServer>(options);
    if (!server->listen())
        return nullptr;
    return server;
}

// The demo Twilio account, signing in with its auth token (or another secret).
inline TwilioConnection twilio(
    const SandboxServer &server, const QString &secret = kTwilioAuthToken.toString())
{
    TwilioConnection connection;
    connection.baseUrl = server.twilioBaseUrl();
    connection.accountSid = connection.authUser = kTwilioAccountSid.toString();
    connection.secret = secret;
    return connection;
}

// The demo SignalWire project.
inline SignalWireConnection signalWire(const SandboxServer &server)
{
    return { server.signalWireBaseUrl(), kSignalWireProjectId.toString(),
        kSignalWireApiToken.toString() };
}

} // namespace SandboxFixture
