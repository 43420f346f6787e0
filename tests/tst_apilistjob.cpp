// ApiListJob's prefetch of the next page: a hint taken from the raw body,
// kept only when the parsed page agrees.

#include "api/apilistjob.h"

#include <QJsonArray>
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
    QList<QByteArray> requested;

private:
    QHash<QByteArray, QByteArray> m_bodies;
};

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
};

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
    QTest::qWait(200);
    QCOMPARE(server.requested, QList<QByteArray> { "/list" }); // nothing until fetchNext()
    QVERIFY(job->fetchNext());
    QVERIFY(pages.wait(5000));
    QCOMPARE(server.requested, (QList<QByteArray> { "/list", "/page2" }));
}

QTEST_GUILESS_MAIN(TestApiListJob)
#include "tst_apilistjob.moc"
