// sipdesk-sandbox: the emulator of both APIs as a program of its own.
// Prints one JSON line (base URLs, demo credentials and, with --control, the
// control token) and serves until SIGINT or SIGTERM.

#include "sandbox/faultinjector.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

// Quits the event loop on SIGINT/SIGTERM: the handler only writes to a
// socket pair (async-signal-safe); the event loop does the rest.
void quitOnTerminationSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

// "rate_limit,rate=0.1,count=3,retry_after=2,method=GET,path=/SIP" -> a rule
QJsonObject faultSpec(const QString &spec)
{
    const QStringList parts = spec.split(u',');
    QJsonObject rule { { u"kind"_s, parts.constFirst() } };
    for (const QString &part : parts.mid(1)) {
        const QString key = part.section(u'=', 0, 0);
        const QString value = part.section(u'=', 1);
        bool isNumber = false;
        const double number = value.toDouble(&isNumber);
        rule.insert(key, isNumber ? QJsonValue(number) : QJsonValue(value));
    }
    return rule;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "sipdesk-sandbox: %s\n", qPrintable(message));
    return 2;
}

// What the command line asks for; ok is false if it was refused (and said why).
struct CommandLine
{
    SandboxServer::Options options;
    int port = 0;
    QStringList faults;
    bool ok = true;
};

CommandLine parseCommandLine(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Local emulator of the Twilio SIP Domain and SignalWire SIP Endpoint REST APIs. "
        "Listens on 127.0.0.1 only and prints one JSON line with the base URLs and the demo "
        "credentials."_s);
    parser.addHelpOption();
    const QCommandLineOption port(
        u"port"_s, u"Port to listen on; 0 picks a free one."_s, u"N"_s, u"0"_s);
    const QCommandLineOption domains(
        u"domains"_s, u"Demo SIP domains (default 120)."_s, u"N"_s, u"120"_s);
    const QCommandLineOption endpoints(
        u"endpoints"_s, u"Demo SIP endpoints (default 300)."_s, u"M"_s, u"300"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the demo data."_s, u"N"_s, u"20261123"_s);
    const QCommandLineOption latency(u"latency-ms"_s, u"Delay every answer."_s, u"MS"_s, u"0"_s);
    const QCommandLineOption fault(u"fault"_s,
        u"Inject a fault; repeatable. KIND[,rate=R][,count=N][,retry_after=S][,method=M][,path=P]"
        " with KIND one of rate_limit, unauthorized, forbidden, server_error, bad_gateway, "
        "unavailable, gateway_timeout, "
        "close_mid_body, close_before_answer, close_unprocessed, truncated_json, invalid_json, wrong_content_type, never_respond."_s,
        u"SPEC"_s);
    const QCommandLineOption control(u"control"_s,
        u"Serve /__sandbox/faults and /__sandbox/requests to requests that carry the start "
        "line's control token in an X-Sandbox-Control-Token header."_s);
    const QCommandLineOption requestLog(
        u"request-log"_s, u"Append one JSON line per request to FILE."_s, u"FILE"_s);
    parser.addOptions({ port, domains, endpoints, seed, latency, fault, control, requestLog });
    parser.process(app);

    CommandLine result;
    auto number = [&](const QCommandLineOption &option, int min, int max) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < min || value > max) {
            result.ok = false;
            fail(u"--%1 must be a number from %2 to %3"_s.arg(option.names().constFirst())
                     .arg(min)
                     .arg(max));
        }
        return value;
    };
    SandboxServer::Options &options = result.options;
    result.port = number(port, 0, 65535);
    options.domains = number(domains, 0, 1000000);
    options.endpoints = number(endpoints, 0, 1000000);
    options.seed = quint32(parser.value(seed).toUInt());
    options.latencyMs = number(latency, 0, 600000);
    options.control = parser.isSet(control);
    options.requestLogPath = parser.value(requestLog);
    result.faults = parser.values(fault);
    return result;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sipdesk-sandbox"_s);
    const CommandLine commandLine = parseCommandLine(app);
    if (!commandLine.ok)
        return 2;

    SandboxServer server(commandLine.options);
    QJsonArray rules;
    for (const QString &spec : commandLine.faults)
        rules.append(faultSpec(spec));
    if (const QString problem = server.faults().setFromJson(
            { { u"latency_ms"_s, commandLine.options.latencyMs }, { u"faults"_s, rules } });
        !problem.isEmpty())
        return fail(problem);
    if (!server.listen(quint16(commandLine.port)))
        return fail(server.errorString());

    quitOnTerminationSignals(app);
    std::fputs(
        QJsonDocument(server.startupInfo()).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    return app.exec();
}
