// ApiListJob: the prefetch of the next page (a hint taken from the raw body,
// kept only when the parsed page agrees), and what each page carries.

#include "models/api/apilistjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Serves fixed JSON bodies by path on 127.0.0.1 and records every path asked for.
class PathServer : public QTcpServer
{
public:
    explicit PathServer(QHash<QByteArray, QByteArray> bodies)
        : m_bodies(std::move(bodies))
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    const QByteArray request = socket->readAll();
                    const QByteArray path = request.split(' ').value(1);
                    requested.append(path);
                    const QByteArray body = m_bodies.value(path, R"({"error":"Not Found"})");
                    socket->write("HTTP/1.1 "
                        + QByteArray(m_bodies.contains(path) ? "200 OK" : "404 Not Found")
                        + "\r\nContent-Type: application/json\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                });
            }
        });
    }
    QUrl url(const QByteArray &path) const
    {
        return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort()) + QString::fromLatin1(path));
    }
    void setBody(const QByteArray &path, const QByteArray &body) { m_bodies.insert(path, body); }
    QList<QByteArray> requested;

private:
    QHash<QByteArray, QByteArray> m_bodies;
};

// Listens and counts connections, answering nothing: a host that must never
// be contacted.
class SilentServer : public QTcpServer
{
public:
    explicit SilentServer(const QHostAddress &address, quint16 port = 0)
    {
        listen(address, port);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                ++connections;
                socket->setParent(this);
            }
        });
    }
    int connections = 0;
};

QByteArray pageBody(int id, const QString &next)
{
    QJsonObject links;
    if (!next.isEmpty())
        links.insert(u"next"_s, next);
    return QJsonDocument(
        QJsonObject {
            { u"data"_s, QJsonArray { QJsonObject { { u"id"_s, id } } } }, { u"links"_s, links } })
        .toJson(QJsonDocument::Compact);
}

ApiListJob::Page readPage(const QJsonDocument &json)
{
    ApiListJob::Page page;
    page.items = json.object().value(u"data"_s).toArray();
    page.next = json.object().value(u"links"_s).toObject().value(u"next"_s).toString();
    return page;
}

} // namespace

class TestApiListJob : public QObject
{
    Q_OBJECT

private slots:
    void peekStringValue_data();
    void peekStringValue();
    void aWrongHintIsDroppedAndTheRealPageFollowed();
    void noPrefetchWhenPagingOnDemand();
    void nextLinkToAnotherOriginIsRefused_data();
    void nextLinkToAnotherOriginIsRefused();
    void nextLinkRepeatingAPageEndsTheList_data();
    void nextLinkRepeatingAPageEndsTheList();
    void decodedItemsTravelWithTheirPage_data();
    void decodedItemsTravelWithTheirPage();
    void rawPagesComeWithoutItems_data();
    void rawPagesComeWithoutItems();

private:
    static ApiListJob *makeJob(
        QNetworkAccessManager &network, const QUrl &url, bool peek, QObject *parent);
};

ApiListJob *TestApiListJob::makeJob(
    QNetworkAccessManager &network, const QUrl &url, bool peek, QObject *parent)
{
    ApiCall call;
    call.url = url;
    auto *job = new ApiListJob(&network, call, { u"u"_s, u"secret"_s }, readPage, {}, parent);
    // Short, so that a request wrongly sent to the silent host ends the test soon.
    job->setTimeout(std::chrono::milliseconds(3000));
    if (peek)
        job->setLinkPeeker(
            [](const QByteArray &body) { return ApiListJob::peekStringValue(body, "next"); });
    return job;
}

void TestApiListJob::peekStringValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("value");
    QTest::newRow("plain") << QByteArray(R"({"a":1,"next":"/p?x=2"})") << u"/p?x=2"_s;
    QTest::newRow("space after colon") << QByteArray(R"({"next": "/p"})") << u"/p"_s;
    QTest::newRow("escapes") << QByteArray(R"({"next":"\/p?a=1\u0026b=\"2\""})")
                             << u"/p?a=1&b=\"2\""_s;
    QTest::newRow("null") << QByteArray(R"({"next":null})") << QString();
    QTest::newRow("absent") << QByteArray(R"({"previous":"/p"})") << QString();
    QTest::newRow("longer key is not it") << QByteArray(R"({"next_page_uri":"/p"})") << QString();
    QTest::newRow("number") << QByteArray(R"({"next":5})") << QString();
    QTest::newRow("unterminated") << QByteArray(R"({"next":"/p)") << QString();
    QTest::newRow("inside a string")
        << QByteArray(R"({"note":"say \"next\":\"/x\"","next":null})") << QString();
}

void TestApiListJob::peekStringValue()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, value);
    QCOMPARE(ApiListJob::peekStringValue(json, "next"), value);
}

void TestApiListJob::aWrongHintIsDroppedAndTheRealPageFollowed()
{
    // A record holds a "next" key before the page's own links: the peek
    // prefetches the decoy, the parsed page says otherwise.
    PathServer server({
        { "/list", R"({"data":[{"id":1,"next":"/decoy"}],"links":{"next":"/page2"}})" },
        { "/decoy", R"({"data":[{"id":666}],"links":{}})" },
        { "/page2", R"({"data":[{"id":2}],"links":{}})" },
    });
    QNetworkAccessManager network;
    ApiCall call;
    call.url = server.url("/list");
    auto *job = new ApiListJob(&network, call, { u"u"_s, u"secret"_s }, readPage, {}, this);
    job->setLinkPeeker(
        [](const QByteArray &body) { return ApiListJob::peekStringValue(body, "next"); });
    QList<int> ids;
    connect(job, &ApiListJob::pageReceived, this, [&ids](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(u"id"_s).toInt());
    });
    QSignalSpy finished(job, &ApiListJob::finished);
    job->start();
    QVERIFY(finished.wait(5000));
    QVERIFY(!job->error());
    QCOMPARE(ids, (QList<int> { 1, 2 })); // never the decoy's rows
    QVERIFY(server.requested.contains("/page2"));
    QCOMPARE(server.requested.count("/page2"), 1);
}

void TestApiListJob::noPrefetchWhenPagingOnDemand()
{
    PathServer server({
        { "/list", R"({"data":[{"id":1}],"links":{"next":"/page2"}})" },
        { "/page2", R"({"data":[{"id":2}],"links":{}})" },
    });
    QNetworkAccessManager network;
    ApiCall call;
    call.url = server.url("/list");
    auto *job = new ApiListJob(&network, call, { u"u"_s, u"secret"_s }, readPage, {}, this);
    job->setFollowAll(false);
    job->setLinkPeeker(
        [](const QByteArray &body) { return ApiListJob::peekStringValue(body, "next"); });
    QSignalSpy pages(job, &ApiListJob::pageReceived);
    job->start();
    QVERIFY(pages.wait(5000));
    // A prefetch would have started before pageReceived; this window lets
    // it reach the server, where nothing else marks its absence.
    QTest::qWait(200);
    QCOMPARE(server.requested, QList<QByteArray> { "/list" }); // nothing until fetchNext()
    QVERIFY(job->fetchNext());
    QVERIFY(pages.wait(5000));
    QCOMPARE(server.requested, (QList<QByteArray> { "/list", "/page2" }));
}

void TestApiListJob::nextLinkToAnotherOriginIsRefused_data()
{
    QTest::addColumn<bool>("peek");
    QTest::addColumn<bool>("otherHost"); // else the same host on another port
    // Without a peeker only the parsed page's link is followed; with one, the
    // prefetch from the raw body would go first.
    QTest::newRow("parsed link, other port") << false << false;
    QTest::newRow("parsed link, other host") << false << true;
    QTest::newRow("prefetch, other port") << true << false;
    QTest::newRow("prefetch, other host") << true << true;
}

void TestApiListJob::nextLinkToAnotherOriginIsRefused()
{
    QFETCH(bool, peek);
    QFETCH(bool, otherHost);
    // The credentials go with every request of the job: a page must not
    // send them to whatever host its next link names.
    PathServer pages({});
    QVERIFY(pages.isListening());
    SilentServer other(otherHost ? QHostAddress(u"127.0.0.2"_s) : QHostAddress::LocalHost,
        otherHost ? pages.serverPort() : 0);
    QVERIFY2(other.isListening(), qPrintable(other.errorString()));
    const QString elsewhere = u"http://%1:%2/page2"_s.arg(
        other.serverAddress().toString(), QString::number(other.serverPort()));
    pages.setBody("/list", pageBody(1, elsewhere));
    QNetworkAccessManager network;
    ApiListJob *job = makeJob(network, pages.url("/list"), peek, this);
    QSignalSpy received(job, &ApiListJob::pageReceived);
    QSignalSpy finished(job, &ApiListJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->error().kind(), ApiError::Kind::Refused);
    QVERIFY2(job->error().detail().contains(other.serverAddress().toString()),
        qPrintable(job->error().detail()));
    QCOMPARE(received.size(), 0);
    QCOMPARE(pages.requested, QList<QByteArray> { "/list" });
    // No positive event marks "nothing connected": a connection started
    // before the refusal would be accepted within this window.
    QTest::qWait(100);
    QCOMPARE(other.connections, 0);
}

void TestApiListJob::nextLinkRepeatingAPageEndsTheList_data()
{
    QTest::addColumn<bool>("peek");
    QTest::newRow("parsed link") << false;
    QTest::newRow("prefetch") << true;
}

void TestApiListJob::nextLinkRepeatingAPageEndsTheList()
{
    QFETCH(bool, peek);
    PathServer pages({
        { "/list", pageBody(1, u"/page2"_s) },
        { "/page2", pageBody(2, u"/list"_s) }, // back to the start: a circle
    });
    QNetworkAccessManager network;
    ApiListJob *job = makeJob(network, pages.url("/list"), peek, this);
    QList<int> ids;
    connect(job, &ApiListJob::pageReceived, this, [&ids](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(u"id"_s).toInt());
    });
    QSignalSpy finished(job, &ApiListJob::finished);
    job->start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job->error().kind(), ApiError::Kind::BadResponse);
    QVERIFY2(job->error().detail().contains(u"repeats"_s), qPrintable(job->error().detail()));
    QCOMPARE(ids, (QList<int> { 1 })); // the page that names the circle is not shown
    // A prefetch of the repeated page would start before the refusal and
    // reach the server within this window; nothing else marks its absence.
    QTest::qWait(100);
    QCOMPARE(pages.requested, (QList<QByteArray> { "/list", "/page2" }));
}

void TestApiListJob::decodedItemsTravelWithTheirPage_data()
{
    QTest::addColumn<bool>("peek");
    QTest::addColumn<bool>("decode");
    // With a peeker the later pages are prefetched: taken over while still
    // loading, or handed over after they arrived.
    QTest::newRow("parsed links") << false << true;
    QTest::newRow("prefetched") << true << true;
    QTest::newRow("no decoder") << true << false;
}

void TestApiListJob::decodedItemsTravelWithTheirPage()
{
    QFETCH(bool, peek);
    QFETCH(bool, decode);
    PathServer pages({
        { "/list", pageBody(1, u"/page2"_s) },
        { "/page2", pageBody(2, u"/page3"_s) },
        { "/page3", pageBody(3, {}) },
    });
    QNetworkAccessManager network;
    ApiCall call;
    call.url = pages.url("/list");
    ApiListJob::ItemDecoder decoder;
    if (decode)
        decoder = [](const QJsonArray &items) {
            QList<int> ids;
            for (const QJsonValue &item : items)
                ids.append(item.toObject().value(u"id"_s).toInt() * 10);
            return QVariant::fromValue(ids);
        };
    auto *job = new ApiListJob(&network, call, { u"u"_s, u"secret"_s }, readPage, decoder, this);
    if (peek)
        job->setLinkPeeker(
            [](const QByteArray &body) { return ApiListJob::peekStringValue(body, "next"); });
    QList<int> fromItems;
    QList<int> decoded;
    int invalid = 0;
    connect(job, &ApiListJob::pageReceived, this,
        [&](const QJsonArray &items, bool, const QVariant &decodedItems) {
            for (const QJsonValue &item : items)
                fromItems.append(item.toObject().value(u"id"_s).toInt() * 10);
            if (!decodedItems.isValid())
                ++invalid;
            decoded += decodedItems.value<QList<int>>();
        });
    QSignalSpy finished(job, &ApiListJob::finished);
    job->start();
    QVERIFY(finished.wait(5000));
    QVERIFY(!job->error());
    QCOMPARE(fromItems, (QList<int> { 10, 20, 30 }));
    QCOMPARE(decoded, decode ? fromItems : QList<int>());
    QCOMPARE(invalid, decode ? 0 : 3);
    QCOMPARE(pages.requested, (QList<QByteArray> { "/list", "/page2", "/page3" }));
}

void TestApiListJob::rawPagesComeWithoutItems_data()
{
    QTest::addColumn<bool>("peek");
    QTest::addColumn<QByteArray>("lastBody");
    QTest::addColumn<QList<int>>("expectedDecoded");
    QTest::addColumn<int>("expectedItemPages");
    QTest::addColumn<bool>("fails");
    // The raw reader here reads pages whose body has no "plain" in it; the
    // others take the ordinary path (items, and the ItemDecoder's x10).
    const QByteArray plainLast = R"({"data":[{"id":3}],"links":{},"plain":1})";
    QTest::newRow("all read raw") << false << pageBody(3, {}) << QList<int> { 100, 200, 300 } << 0
                                  << false;
    QTest::newRow("all read raw, prefetched")
        << true << pageBody(3, {}) << QList<int> { 100, 200, 300 } << 0 << false;
    QTest::newRow("last page declined")
        << true << plainLast << QList<int> { 100, 200, 30 } << 1 << false;
    QTest::newRow("malformed: the parser says so")
        << true << QByteArray("{\"data\": [") << QList<int> { 100, 200 } << 0 << true;
}

void TestApiListJob::rawPagesComeWithoutItems()
{
    QFETCH(bool, peek);
    QFETCH(QByteArray, lastBody);
    QFETCH(QList<int>, expectedDecoded);
    QFETCH(int, expectedItemPages);
    QFETCH(bool, fails);
    PathServer pages({
        { "/list", pageBody(1, u"/page2"_s) },
        { "/page2", pageBody(2, u"/page3"_s) },
        { "/page3", lastBody },
    });
    QNetworkAccessManager network;
    ApiCall call;
    call.url = pages.url("/list");
    const auto idsTimes = [](const QJsonArray &items, int factor) {
        QList<int> ids;
        for (const QJsonValue &item : items)
            ids.append(item.toObject().value(u"id"_s).toInt() * factor);
        return ids;
    };
    ApiListJob::Decoders decoders(
        [&](const QJsonArray &items) { return QVariant::fromValue(idsTimes(items, 10)); },
        [&](const QByteArray &body) -> std::optional<ApiListJob::RawPage> {
            const QJsonDocument json = QJsonDocument::fromJson(body);
            if (body.contains("plain") || !json.isObject())
                return std::nullopt;
            const ApiListJob::Page page = readPage(json);
            return ApiListJob::RawPage { page.next, page.items.size(),
                QVariant::fromValue(idsTimes(page.items, 100)) };
        });
    auto *job = new ApiListJob(&network, call, { u"u"_s, u"secret"_s }, readPage, decoders, this);
    if (peek)
        job->setLinkPeeker(
            [](const QByteArray &body) { return ApiListJob::peekStringValue(body, "next"); });
    QList<int> decoded;
    int itemPages = 0;
    connect(job, &ApiListJob::pageReceived, this,
        [&](const QJsonArray &items, bool, const QVariant &decodedItems) {
            itemPages += items.isEmpty() ? 0 : 1;
            decoded += decodedItems.value<QList<int>>();
        });
    QSignalSpy finished(job, &ApiListJob::finished);
    job->start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(decoded, expectedDecoded);
    QCOMPARE(itemPages, expectedItemPages);
    QCOMPARE(job->itemsLoaded(), qint64(expectedDecoded.size()));
    QCOMPARE(bool(job->error()), fails);
    if (fails) {
        QCOMPARE(job->error().kind(), ApiError::Kind::BadResponse);
        QVERIFY2(job->error().detail().contains(u"malformed JSON"_s),
            qPrintable(job->error().detail()));
    }
}

QTEST_GUILESS_MAIN(TestApiListJob)
#include "tst_apilistjob.moc"
