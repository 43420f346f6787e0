// The sandbox's request path end to end, without sockets: raw HTTP request
// bytes -> the header block rules of its request limits (parseSandboxHead)
// -> toSandboxRequest (content type, origin, Basic credentials, query) ->
// SandboxServer::answer (routing, the services' form, JSON and query
// parsing, paging tokens, the control routes and their fault-plan JSON).
//
// An input holds one or more requests separated by a line "##", all sent to
// one fresh sandbox (so that a create can be followed by an update). In a
// request, the header value TOKEN stands for this run's control token.
// SIPDESK_FUZZ_VERBOSE=1 prints each answer's status.

#include "tests/fuzz/fuzzcommon.h"

#include "sandbox/sandboxserver.h"

#include <QUrl>

namespace {

QByteArray headerValue(const QList<QByteArray> &lines, QByteArrayView name)
{
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return line.mid(colon + 1).trimmed();
    }
    return {};
}

void send(SandboxServer &server, const QByteArray &raw)
{
    qsizetype end = sandboxHeadEnd(raw, 0);
    const QByteArray head = end < 0 ? raw : raw.left(end);
    const QByteArray body = end < 0 ? QByteArray() : raw.mid(end);
    const SandboxRequestHead limits = parseSandboxHead(head);
    FUZZ_CHECK(limits.contentLength >= -1, QString::number(limits.contentLength));

    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    const QByteArray method = requestLine.constFirst().toUpper();
    const QUrl url = QUrl::fromEncoded(requestLine.value(1));
    SandboxRequestHeaders headers { headerValue(lines, "content-type"), headerValue(lines, "host"),
        headerValue(lines, SandboxServer::kControlTokenHeader),
        headerValue(lines, "authorization") };
    if (headers.controlToken == "TOKEN")
        headers.controlToken = server.controlToken();
    const SandboxRequest request =
        toSandboxRequest(method, url, headers, body, QStringLiteral("http://127.0.0.1:8080"));
    const SandboxServer::Answer answer = server.answer(request);
    const int status = answer.response.status;
    // SIPDESK_FUZZ_VERBOSE=1: what each request got (to check that seeds get past
    // authentication and routing).
    static const bool verbose = qEnvironmentVariableIsSet("SIPDESK_FUZZ_VERBOSE");
    if (verbose)
        std::fprintf(stderr, "%s %s -> %d %s\n", method.constData(), qPrintable(request.path),
            status, answer.response.body.constData());
    FUZZ_CHECK(status >= 200 && status < 600, QString::number(status));
    FUZZ_CHECK(status != 500 || answer.fault, QString::fromUtf8(answer.response.body));
    FUZZ_CHECK(!reasonPhrase(status).isEmpty(), QString::number(status));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Fuzz::ensureApplication();
    SandboxServer::Options options;
    options.domains = 3;
    options.endpoints = 3;
    options.control = true;
    SandboxServer server(options);
    const QByteArray input = Fuzz::bytes(data, size);
    int sent = 0;
    qsizetype from = 0;
    while (from <= input.size() && sent < 16) {
        qsizetype separator = input.indexOf("\n##\n", from);
        if (separator < 0)
            separator = input.size();
        send(server, input.mid(from, separator - from));
        ++sent;
        from = separator + 4;
    }
    return 0;
}
