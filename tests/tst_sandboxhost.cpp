// The sandbox embedded by `sipdesk --sandbox`: served from a worker thread,
// reachable with the credentials it announces, gone when the host is.

#include "app/sandboxhost.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;

class TestSandboxHost : public QObject
{
    Q_OBJECT

private slots:
    void servesTheDemoAccountsFromAWorkerThread();
};

void TestSandboxHost::servesTheDemoAccountsFromAWorkerThread()
{
    std::optional<SandboxHost> host(std::in_place);
    QVERIFY2(host->start(), qPrintable(host->errorString()));
    const QJsonObject twilio = host->startupInfo().value(u"twilio"_s).toObject();
    const QUrl base(twilio.value(u"base_url"_s).toString());
    QCOMPARE(base.host(), u"127.0.0.1"_s);
    // Both demo accounts wear the sandbox's colour, never a customer's.
    for (const Account &account : host->demoAccounts()) {
        QCOMPARE(account.color, QString::fromLatin1(SandboxHost::kDemoColor));
        QVERIFY(account.name.contains(u"Sandbox"_s));
    }

    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(base.toString()
        + u"/2010-04-01/Accounts/%1/SIP/Domains.json?PageSize=1000"_s.arg(
            twilio.value(u"account_sid"_s).toString())));
    request.setRawHeader("Authorization",
        "Basic "
            + (twilio.value(u"account_sid"_s).toString() + u':'
                + twilio.value(u"auth_token"_s).toString())
                  .toUtf8()
                  .toBase64());
    QNetworkReply *reply = network.get(request);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const QJsonArray domains =
        QJsonDocument::fromJson(reply->readAll()).object().value(u"domains"_s).toArray();
    QCOMPARE(domains.size(), 120); // the realistic default mix
    reply->deleteLater();

    host.reset(); // stops the thread and the server with it
    QTcpSocket socket;
    socket.connectToHost(base.host(), quint16(base.port()));
    QVERIFY(!socket.waitForConnected(1000));
}

QTEST_GUILESS_MAIN(TestSandboxHost)
#include "tst_sandboxhost.moc"
