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
#include <QSettings>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>
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

// CPU time this process (every thread, not the sandbox or curl) has used:
// unlike the wall-clock ratios, it does not depend on what else the
// machine runs.
qint64 processCpuMs()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &time) {
        return qint64(time.tv_sec) * 1000 + time.tv_usec / 1000;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

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

struct ColdStart
{
    qint64 ms = -1;
    int keychainCalls = 0;
    int keychainKeys = 0;
};

// Starts the app with the environment given and waits for its first paint.
ColdStart coldStart(
    const QString &app, const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    QProcessEnvironment withProbe = environment;
    withProbe.insert(u"SIPDESK_BENCH_FIRST_PAINT"_s, u"1"_s);
    process.setProcessEnvironment(withProbe);
    QElapsedTimer timer;
    timer.start();
    process.start(app, arguments);
    QByteArray output;
    while (timer.elapsed() < 60000) {
        if (!process.waitForReadyRead(60000))
            break;
        output += process.readAll();
        const qsizetype at = output.indexOf("first-paint");
        if (at >= 0 && output.indexOf('\n', at) > at) {
            ColdStart result;
            result.ms = timer.elapsed();
            // "first-paint keychain-calls=N keychain-keys=K"
            const QList<QByteArray> words =
                output.mid(at, output.indexOf('\n', at) - at).split(' ');
            for (const QByteArray &word : words) {
                if (word.startsWith("keychain-calls="))
                    result.keychainCalls = word.mid(15).toInt();
                else if (word.startsWith("keychain-keys="))
                    result.keychainKeys = word.mid(14).toInt();
            }
            process.waitForFinished(10000);
            return result;
        }
    }
    process.kill();
    fail(u"the app did not paint its window"_s);
    return {};
}

qint64 coldStartMs(const QString &app)
{
    return coldStart(app, { u"--sandbox"_s }, QProcessEnvironment::systemEnvironment()).ms;
}

// Writes profileCount saved profiles (half Twilio, half SignalWire) where
// QSettings of an app "SipDesk" by "SipDesk" looks under configHome.
void writeProfiles(const QString &configHome, int profileCount)
{
    QSettings settings(configHome + u"/SipDesk/SipDesk.conf"_s, QSettings::IniFormat);
    QStringList order;
    for (int i = 0; i < profileCount; ++i) {
        const QString id = u"bench-%1"_s.arg(i, 4, 10, QChar(u'0'));
        order.append(id);
        settings.beginGroup(u"profiles/"_s + id);
        settings.setValue(u"name"_s, u"Customer %1"_s.arg(i));
        settings.setValue(u"color"_s, u"#3366cc"_s);
        if (i % 2 == 0) {
            settings.setValue(u"service"_s, u"twilio"_s);
            settings.setValue(u"accountSid"_s, u"AC%1"_s.arg(i, 32, 16, QChar(u'0')));
            settings.setValue(u"twilioAuth"_s, u"authToken"_s);
            settings.setValue(u"apiKeySid"_s, QString());
            settings.setValue(u"region"_s, QString());
            settings.setValue(u"edge"_s, QString());
        } else {
            settings.setValue(u"service"_s, u"signalwire"_s);
            settings.setValue(u"space"_s, u"customer%1"_s.arg(i));
            settings.setValue(
                u"projectId"_s, u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0')));
        }
        settings.setValue(u"baseUrl"_s, QString());
        settings.endGroup();
    }
    settings.setValue(u"profiles/order"_s, order);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        fail(u"cannot write the profiles"_s);
}

// Cold start to first paint with profileCount saved profiles in a settings
// directory of its own, without --sandbox, and with no D-Bus session: the
// app lists the profiles without their secrets, so it must not call the
// keychain for any profile but the one it opens at start.
ColdStart coldStartWithProfiles(const QString &app, int profileCount)
{
    QTemporaryDir home;
    if (!home.isValid())
        fail(u"cannot create a temporary directory"_s);
    const QString configHome = home.filePath(u"config"_s);
    writeProfiles(configHome, profileCount);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, configHome);
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
    const ColdStart result = coldStart(app, {}, environment);
    if (result.keychainKeys > 1)
        fail(u"the keychain was asked for %1 secrets before the first paint; at most the opened "
             "profile's may be read"_s.arg(result.keychainKeys));
    return result;
}

QString cpuModel()
{
    QFile cpuInfo(u"/proc/cpuinfo"_s);
    if (cpuInfo.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : cpuInfo.readAll().split('\n')) {
            if (line.startsWith("model name"))
                return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
        }
    }
    return QSysInfo::currentCpuArchitecture();
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
    const qint64 domainsCpuStart = processCpuMs();
    timer.restart();
    domains.refresh();
    domains.loadAll();
    runUntil(
        [&] { return domains.state() == PagedTableModel::State::Loaded && !domains.hasMore(); });
    const qint64 domainsMs = timer.elapsed();
    const qint64 domainsCpu = processCpuMs() - domainsCpuStart;
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
    const qint64 endpointsCpuStart = processCpuMs();
    timer.restart();
    endpoints.loadAll();
    runUntil([&] {
        return endpoints.state() == PagedTableModel::State::Loaded && !endpoints.hasMore();
    });
    const qint64 endpointsMs = timer.elapsed();
    const qint64 endpointsCpu = processCpuMs() - endpointsCpuStart;
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

    // 5. One click on the Username header: sort every endpoint, as the
    // window's proxy does, and the longest GUI-thread stall it causes
    // (the sort itself and the view's reaction).
    proxy.setSearchText(QString());
    runUntil([&] { return proxy.rowCount() == endpointCount; });
    StallProbe sortProbe;
    sortProbe.start();
    qint64 sortMs = -1;
    QTimer::singleShot(20, &proxy, [&] {
        QElapsedTimer sortTimer;
        sortTimer.start();
        proxy.sort(SipEndpointTableModel::Username, Qt::AscendingOrder);
        proxy.index(0, 0); // the mapping is rebuilt lazily: include it
        QCoreApplication::processEvents(); // and the view's reaction
        sortMs = sortTimer.elapsed();
    });
    runUntil([&] { return sortMs >= 0; });
    QElapsedTimer settle;
    settle.start();
    runUntil([&] { return settle.elapsed() >= 50; }); // the view repaints
    sortProbe.stop();
    const qint64 sortStall = sortProbe.longestMs();
    const QString firstSorted = proxy.index(0, SipEndpointTableModel::Username).data().toString();
    const QString lastSorted =
        proxy.index(endpointCount - 1, SipEndpointTableModel::Username).data().toString();
    if (firstSorted.compare(lastSorted, Qt::CaseInsensitive) > 0)
        fail(u"the sort put %1 before %2"_s.arg(firstSorted, lastSorted));
    const qint64 rss = peakRssMb();

    // 6. Cold start of the real app: with the sandbox's demo accounts, and
    // with 500 saved profiles and no keychain.
    const qint64 coldStart = parser.isSet(appOption) ? coldStartMs(parser.value(appOption)) : -1;
    constexpr int kProfileCount = 500;
    const ColdStart profilesStart = parser.isSet(appOption)
        ? coldStartWithProfiles(parser.value(appOption), kProfileCount)
        : ColdStart {};

    sandbox.process.terminate();
    sandbox.process.waitForFinished(10000);

    auto ratio = [](qint64 ours, qint64 theirs) {
        return theirs > 0 ? QString::number(double(ours) / double(theirs), 'f', 2) : u"-"_s;
    };
    std::printf("machine: %d cores, %s; Qt %s\n", QThread::idealThreadCount(),
        qPrintable(cpuModel()), qVersion());
    std::printf("%-42s %12s %s\n", "measure", "result", "target");
    std::printf("%-42s %9lld ms < 100 ms\n", "first 50 rows in the model", qlonglong(firstRows));
    std::printf("%-42s %9lld ms %s x curl (%lld ms), target <= 1.15x\n",
        qPrintable(u"full load, %L1 domains"_s.arg(domainCount)), qlonglong(domainsMs),
        qPrintable(ratio(domainsMs, curlDomains)), qlonglong(curlDomains));
    std::printf("%-42s %9lld ms %s x curl (%lld ms), target <= 1.15x\n",
        qPrintable(u"full load, %L1 endpoints"_s.arg(endpointCount)), qlonglong(endpointsMs),
        qPrintable(ratio(endpointsMs, curlEndpoints)), qlonglong(curlEndpoints));
    std::printf("%-42s %9lld ms (domains), %lld ms (endpoints)\n",
        "CPU time of the loads, all our threads", qlonglong(domainsCpu), qlonglong(endpointsCpu));
    std::printf("%-42s %9lld ms < 16 ms\n", "longest GUI-thread stall during the loads",
        qlonglong(maxStall));
    std::printf("%-42s %9lld ms < 16 ms\n",
        qPrintable(u"one search keystroke over %L1 rows"_s.arg(endpointCount)),
        qlonglong(filterMs));
    std::printf("%-42s %9lld MB < 100 MB\n", "peak RSS, all rows loaded", qlonglong(rss));
    std::printf("%-42s %9lld ms < 100 ms, stall %lld ms < 16 ms\n",
        qPrintable(u"sort %L1 rows by username"_s.arg(endpointCount)), qlonglong(sortMs),
        qlonglong(sortStall));
    std::printf(
        "%-42s %9lld ms < 300 ms\n", "cold start to first paint (sandbox)", qlonglong(coldStart));
    std::printf("%-42s %9lld ms < 150 ms, keychain calls %d (secrets %d) <= 1\n",
        qPrintable(u"cold start, %1 saved profiles"_s.arg(kProfileCount)),
        qlonglong(profilesStart.ms), profilesStart.keychainCalls, profilesStart.keychainKeys);

    const QJsonObject result {
        { u"first_rows_ms"_s, firstRows },
        { u"domains_10k_ms"_s, domainsMs },
        { u"curl_domains_10k_ms"_s, curlDomains },
        { u"endpoints_100k_ms"_s, endpointsMs },
        { u"curl_endpoints_100k_ms"_s, curlEndpoints },
        { u"domains_10k_cpu_ms"_s, domainsCpu },
        { u"endpoints_100k_cpu_ms"_s, endpointsCpu },
        { u"max_stall_ms"_s, maxStall },
        { u"filter_100k_ms"_s, filterMs },
        { u"peak_rss_mb"_s, rss },
        { u"cold_start_ms"_s, coldStart },
        { u"sort_100k_ms"_s, sortMs },
        { u"sort_stall_ms"_s, sortStall },
        { u"cold_start_500_profiles_ms"_s, profilesStart.ms },
        { u"cold_start_500_profiles_keychain_calls"_s, profilesStart.keychainCalls },
        { u"cores"_s, QThread::idealThreadCount() },
        { u"cpu"_s, cpuModel() },
        { u"qt"_s, QString::fromLatin1(qVersion()) },
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
