// sipdesk-bench: measures SipDesk's list loading against sipdesk-sandbox on
// this machine, and curl fetching the same pages for comparison. Prints a
// table, then one JSON line (the last line of stdout). See scripts/bench.

#include "models/api/signalwiresipendpointsclient.h"
#include "models/api/twilioclient.h"
#include "models/lists/recordfilterproxymodel.h"
#include "models/lists/sipdomaintablemodel.h"
#include "models/lists/sipendpointtablemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 600000;

void fail(const QString &message)
{
    std::fprintf(stderr, "sipdesk-bench: %s\n", qPrintable(message));
    std::exit(1);
}

// Runs the event loop until done() is true (or the time runs out).
template<typename Predicate>
qint64 runUntil(Predicate done)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > kWaitMs)
            loop.quit();
    });
    poll.start(1);
    if (!done())
        loop.exec();
    if (!done())
        fail(u"timed out"_s);
    return timer.elapsed();
}

// Measures the longest gap between 5 ms ticks of the event loop: how long
// the GUI thread was busy in one go.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = qMax(m_longest, (now - m_last) / 1000000 - 5);
            m_last = now;
        });
    }
    // Only while our own loads run: the bench itself blocks while curl runs.
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start(5);
    }
    void stop() { m_timer.stop(); }
    qint64 longestMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

qint64 peakRssMb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() / 1024;
    }
    return -1;
}

struct Sandbox
{
    QProcess process;
    QJsonObject info;
    QUrl origin;
    // From the start line's "control" object: the sandbox refuses control
    // requests without it.
    QByteArray controlHeader;
    QByteArray controlToken;
};

void startSandbox(Sandbox &sandbox, const QString &program, int domains, int endpoints)
{
    sandbox.process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    sandbox.process.start(program,
        { u"--port"_s, u"0"_s, u"--domains"_s, QString::number(domains), u"--endpoints"_s,
            QString::number(endpoints), u"--control"_s });
    if (!sandbox.process.waitForStarted(10000) || !sandbox.process.waitForReadyRead(120000))
        fail(u"the sandbox did not start: "_s + program);
    sandbox.info = QJsonDocument::fromJson(sandbox.process.readLine()).object();
    sandbox.origin =
        QUrl(sandbox.info.value(u"twilio"_s).toObject().value(u"base_url"_s).toString());
    const QJsonObject control = sandbox.info.value(u"control"_s).toObject();
    sandbox.controlHeader = control.value(u"header"_s).toString().toLatin1();
    sandbox.controlToken = control.value(u"token"_s).toString().toLatin1();
    if (sandbox.controlHeader.isEmpty() || sandbox.controlToken.isEmpty())
        fail(u"the sandbox's start line has no control token"_s);
}

// The pages the client fetched, from the sandbox's request log, in order.
QStringList requestedUrls(QNetworkAccessManager &network, const Sandbox &sandbox, bool clear)
{
    const QUrl &origin = sandbox.origin;
    QNetworkRequest request(QUrl(origin.toString() + u"/__sandbox/requests"_s));
    request.setRawHeader(sandbox.controlHeader, sandbox.controlToken);
    QNetworkReply *reply = network.sendCustomRequest(request, clear ? "DELETE" : "GET");
    runUntil([reply] { return reply->isFinished(); });
    QStringList urls;
    for (const QJsonValue &entry :
        QJsonDocument::fromJson(reply->readAll()).object().value(u"requests"_s).toArray()) {
        const QJsonObject object = entry.toObject();
        QString url = origin.toString() + object.value(u"path"_s).toString();
        if (!object.value(u"query"_s).toString().isEmpty())
            url += u'?' + object.value(u"query"_s).toString();
        urls.append(url);
    }
    reply->deleteLater();
    return urls;
}

// One curl process fetching the URLs one after the other on one connection.
qint64 curlMs(const QStringList &urls, const QString &user, const QString &secret)
{
    QTemporaryDir dir;
    QFile config(dir.filePath(u"urls.curl"_s));
    if (!config.open(QIODevice::WriteOnly))
        fail(u"cannot write the curl config"_s);
    config.write("silent\nfail\nuser = \"" + (user + u':' + secret).toUtf8() + "\"\n");
    for (const QString &url : urls)
        config.write("url = \"" + url.toUtf8() + "\"\noutput = \"/dev/null\"\n");
    config.close();
    QProcess curl;
    QElapsedTimer timer;
    timer.start();
    curl.start(u"curl"_s, { u"-K"_s, config.fileName() });
    if (!curl.waitForFinished(kWaitMs) || curl.exitCode() != 0)
        fail(u"curl failed"_s);
    return timer.elapsed();
}

qint64 coldStartMs(const QString &app)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SIPDESK_BENCH_FIRST_PAINT"_s, u"1"_s);
    process.setProcessEnvironment(environment);
    QElapsedTimer timer;
    timer.start();
    process.start(app, { u"--sandbox"_s });
    while (timer.elapsed() < 60000) {
        if (!process.waitForReadyRead(60000))
            break;
        if (process.readAll().contains("first-paint")) {
            const qint64 elapsed = timer.elapsed();
            process.waitForFinished(10000);
            return elapsed;
        }
    }
    process.kill();
    fail(u"the app did not paint its window"_s);
    return -1;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sipdesk.api.info=false"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption sandboxOption(u"sandbox"_s, u"sipdesk-sandbox program"_s, u"PATH"_s);
    const QCommandLineOption appOption(u"app"_s, u"sipdesk program (cold start)"_s, u"PATH"_s);
    const QCommandLineOption quick(u"quick"_s, u"2,000 domains and 10,000 endpoints"_s);
    parser.addOptions({ sandboxOption, appOption, quick });
    parser.process(app);
    const int domainCount = parser.isSet(quick) ? 2000 : 10000;
    const int endpointCount = parser.isSet(quick) ? 10000 : 100000;

    Sandbox sandbox;
    startSandbox(sandbox, parser.value(sandboxOption), domainCount, endpointCount);
    const QJsonObject twilio = sandbox.info.value(u"twilio"_s).toObject();
    const QJsonObject signalWire = sandbox.info.value(u"signalwire"_s).toObject();
    QNetworkAccessManager network;

    TwilioConnection twilioConnection;
    twilioConnection.baseUrl = sandbox.origin;
    twilioConnection.accountSid = twilioConnection.authUser =
        twilio.value(u"account_sid"_s).toString();
    twilioConnection.secret = twilio.value(u"auth_token"_s).toString();
    TwilioClient domainsClient(&network, twilioConnection);
    SignalWireSipEndpointsClient endpointsClient(&network,
        { QUrl(signalWire.value(u"base_url"_s).toString()),
            signalWire.value(u"project_id"_s).toString(),
            signalWire.value(u"api_token"_s).toString() });

    // The models as the window uses them: behind the filter proxy, in a view.
    SipDomainTableModel domains;
    SipEndpointTableModel endpoints;
    RecordFilterProxyModel proxy;
    QTableView view;
    view.resize(1200, 800);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&proxy);
    view.show();
    StallProbe probe;

    // 1. First rows.
    domains.setClient(&domainsClient);
    proxy.setSourceModel(&domains);
    QElapsedTimer timer;
    probe.start();
    timer.start();
    domains.refresh();
    runUntil([&] { return domains.rowCount() >= 50; });
    const qint64 firstRows = timer.elapsed();
    runUntil([&] { return domains.state() != PagedTableModel::State::Loading; });

    // 2. All domains.
    requestedUrls(network, sandbox, true);
    timer.restart();
    domains.refresh();
    domains.loadAll();
    runUntil(
        [&] { return domains.state() == PagedTableModel::State::Loaded && !domains.hasMore(); });
    const qint64 domainsMs = timer.elapsed();
    probe.stop();
    if (domains.rowCount() != domainCount)
        fail(u"loaded %1 domains, expected %2"_s.arg(domains.rowCount()).arg(domainCount));
    const QStringList domainUrls = requestedUrls(network, sandbox, false);
    const qint64 curlDomains =
        curlMs(domainUrls, twilioConnection.authUser, twilioConnection.secret);

    // 3. All endpoints.
    endpoints.setClient(&endpointsClient);
    proxy.setSourceModel(&endpoints);
    requestedUrls(network, sandbox, true);
    probe.start();
    timer.restart();
    endpoints.loadAll();
    runUntil([&] {
        return endpoints.state() == PagedTableModel::State::Loaded && !endpoints.hasMore();
    });
    const qint64 endpointsMs = timer.elapsed();
    probe.stop();
    if (endpoints.rowCount() != endpointCount)
        fail(u"loaded %1 endpoints, expected %2"_s.arg(endpoints.rowCount()).arg(endpointCount));
    const QStringList endpointUrls = requestedUrls(network, sandbox, false);
    const qint64 curlEndpoints = curlMs(endpointUrls, signalWire.value(u"project_id"_s).toString(),
        signalWire.value(u"api_token"_s).toString());
    const qint64 maxStall = probe.longestMs();

    // 4. One keystroke of search over every endpoint.
    timer.restart();
    proxy.setSearchText(u"ali"_s);
    const int matches = proxy.rowCount(); // the mapping is rebuilt lazily: include it
    QCoreApplication::processEvents(); // and the view's reaction
    const qint64 filterMs = timer.elapsed();
    if (matches == 0 || matches == endpointCount)
        fail(u"the search matched %1 rows"_s.arg(matches));
    const qint64 rss = peakRssMb();

    // 5. Cold start of the real app.
    const qint64 coldStart = parser.isSet(appOption) ? coldStartMs(parser.value(appOption)) : -1;

    sandbox.process.terminate();
    sandbox.process.waitForFinished(10000);

    auto ratio = [](qint64 ours, qint64 theirs) {
        return theirs > 0 ? QString::number(double(ours) / double(theirs), 'f', 2) : u"-"_s;
    };
    std::printf("%-42s %12s %s\n", "measure", "result", "target");
    std::printf("%-42s %9lld ms < 150 ms\n", "first 50 rows in the model", qlonglong(firstRows));
    std::printf("%-42s %9lld ms %s x curl (%lld ms), target <= 1.3x\n",
        qPrintable(u"full load, %L1 domains"_s.arg(domainCount)), qlonglong(domainsMs),
        qPrintable(ratio(domainsMs, curlDomains)), qlonglong(curlDomains));
    std::printf("%-42s %9lld ms %s x curl (%lld ms), target <= 1.3x\n",
        qPrintable(u"full load, %L1 endpoints"_s.arg(endpointCount)), qlonglong(endpointsMs),
        qPrintable(ratio(endpointsMs, curlEndpoints)), qlonglong(curlEndpoints));
    std::printf("%-42s %9lld ms < 50 ms\n", "longest GUI-thread stall during the loads",
        qlonglong(maxStall));
    std::printf("%-42s %9lld ms < 50 ms\n",
        qPrintable(u"one search keystroke over %L1 rows"_s.arg(endpointCount)),
        qlonglong(filterMs));
    std::printf("%-42s %9lld MB < 150 MB\n", "peak RSS, all rows loaded", qlonglong(rss));
    std::printf(
        "%-42s %9lld ms < 300 ms\n", "cold start to first paint (sandbox)", qlonglong(coldStart));

    const QJsonObject result {
        { u"first_rows_ms"_s, firstRows },
        { u"domains_10k_ms"_s, domainsMs },
        { u"curl_domains_10k_ms"_s, curlDomains },
        { u"endpoints_100k_ms"_s, endpointsMs },
        { u"curl_endpoints_100k_ms"_s, curlEndpoints },
        { u"max_stall_ms"_s, maxStall },
        { u"filter_100k_ms"_s, filterMs },
        { u"peak_rss_mb"_s, rss },
        { u"cold_start_ms"_s, coldStart },
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
