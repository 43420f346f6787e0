#include "sandbox/sandboxroutes.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The route table both emulators dispatch through: which handler a method and
// path reach, what it captures, and what a miss tells the service to answer.
class TestSandboxRoutes : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void dispatchCallsTheMemberWithItsScope();
};

namespace {

SandboxRouteTable table()
{
    SandboxRouteTable routes;
    routes.add("GET", u"/things"_s);
    routes.add("POST", u"/things"_s);
    routes.add("GET", u"/things/([^/]+)"_s);
    routes.add("PUT", u"/things/([^/]+)"_s);
    routes.add("DELETE", u"/things/([^/]+)"_s);
    return routes;
}

} // namespace

void TestSandboxRoutes::find_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("index");
    QTest::addColumn<QStringList>("captures");
    QTest::addColumn<QByteArray>("allowed");

    const QByteArray collection = "GET, POST";
    const QByteArray item = "GET, PUT, DELETE";
    QTest::newRow("list") << QByteArray("GET") << u"/things"_s << 0 << QStringList() << collection;
    QTest::newRow("create") << QByteArray("POST") << u"/things"_s << 1 << QStringList()
                            << collection;
    QTest::newRow("fetch") << QByteArray("GET") << u"/things/a1"_s << 2 << QStringList { u"a1"_s }
                           << item;
    QTest::newRow("delete") << QByteArray("DELETE") << u"/things/a1"_s << 4
                            << QStringList { u"a1"_s } << item;
    QTest::newRow("other method: 405")
        << QByteArray("PATCH") << u"/things/a1"_s << -1 << QStringList() << item;
    QTest::newRow("methods are case-sensitive")
        << QByteArray("get") << u"/things"_s << -1 << QStringList() << collection;
    // Patterns match the whole path, not a prefix or a part of it.
    QTest::newRow("longer path: 404")
        << QByteArray("GET") << u"/things/a1/b"_s << -1 << QStringList() << QByteArray();
    QTest::newRow("prefix only: 404")
        << QByteArray("GET") << u"/thing"_s << -1 << QStringList() << QByteArray();
    QTest::newRow("trailing newline: 404")
        << QByteArray("GET") << u"/things\n"_s << -1 << QStringList() << QByteArray();
    QTest::newRow("inside a longer path: 404")
        << QByteArray("GET") << u"/v1/things"_s << -1 << QStringList() << QByteArray();
}

void TestSandboxRoutes::find()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, index);
    QFETCH(QStringList, captures);
    QFETCH(QByteArray, allowed);

    const SandboxRouteTable::Found found = table().find(method, path);
    QCOMPARE(found.index, index);
    QCOMPARE(found.captures, captures);
    QCOMPARE(found.allowed, allowed);
}

namespace {

struct Service
{
    SandboxResponse show(QString &scope, const SandboxCall &call)
    {
        return { 200, "text/plain", (scope + u':' + call.id()).toUtf8(), {} };
    }
    SandboxResponse rename(QString &scope, const SandboxCall &call)
    {
        scope = call.id();
        return SandboxResponse::empty(204);
    }
};

} // namespace

void TestSandboxRoutes::dispatchCallsTheMemberWithItsScope()
{
    const SandboxRoutes<Service, QString> routes {
        { "GET", u"/names/([^/]+)"_s, &Service::show },
        { "PUT", u"/names/([^/]+)"_s, &Service::rename },
    };
    Service service;
    QString scope = u"project"_s;
    QByteArray missed = "not called";
    auto unrouted = [&missed](const QByteArray &allowed) {
        missed = allowed;
        return SandboxResponse::empty(0);
    };
    SandboxRequest request;
    request.method = "GET";
    request.path = u"/names/x"_s;
    QCOMPARE(routes.dispatch(service, scope, request, unrouted).body, "project:x");
    request.method = "PUT";
    QCOMPARE(routes.dispatch(service, scope, request, unrouted).status, 204);
    QCOMPARE(scope, u"x"_s);
    QCOMPARE(missed, "not called");
    request.method = "POST";
    QCOMPARE(routes.dispatch(service, scope, request, unrouted).status, 0);
    QCOMPARE(missed, "GET, PUT");
    request.path = u"/other"_s;
    routes.dispatch(service, scope, request, unrouted);
    QCOMPARE(missed, QByteArray());
}

QTEST_GUILESS_MAIN(TestSandboxRoutes)
#include "tst_sandboxroutes.moc"
