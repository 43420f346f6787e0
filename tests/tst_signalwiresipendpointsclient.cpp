// The SignalWire SIP Endpoints client against the sandbox.

#include "models/api/signalwiresipendpointsclient.h"
#include "models/records/vocabulary.h"
#include "sandbox/democredentials.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/signalwiresipendpoints.h"
#include "tests/sandboxfixture.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace DemoCredentials;

class TestSignalWireSipEndpointsClient : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void listFollowsLinks_data();
    void listFollowsLinks();
    void listTenThousandEndpoints();
    void cancelInTheMiddleOfAList();
    void crud();
    void updateSendsOnlyChangedFields();
    void emptiedCodecsResetToDefaults();
    void unicodeUsernameRoundTrip();
    void validationErrorsNameTheField_data();
    void validationErrorsNameTheField();
    void otherProjectSeesNothingOfThisOne();
    void malformedIdIsNeverSent();
    void readErrorShapes();
    void manyErrorsShowTheFirstTwenty();
    void changedFields();
    void spaceBaseUrl_data();
    void spaceBaseUrl();

private:
    SignalWireSipEndpointsClient *start(int endpoints, int latencyMs = 0);
    static bool wait(ApiRequest *request);
    QList<SipEndpoint> listAll(SignalWireSipEndpointsClient *client, int pageSize);

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<SignalWireSipEndpointsClient> m_client;
};

void TestSignalWireSipEndpointsClient::cleanup()
{
    m_client.reset();
    m_server.reset();
}

SignalWireSipEndpointsClient *TestSignalWireSipEndpointsClient::start(int endpoints, int latencyMs)
{
    m_server = SandboxFixture::start(0, endpoints, latencyMs);
    if (!m_server)
        return nullptr;
    m_client = std::make_unique<SignalWireSipEndpointsClient>(
        &m_network, SandboxFixture::signalWire(*m_server));
    return m_client.get();
}

bool TestSignalWireSipEndpointsClient::wait(ApiRequest *request)
{
    QSignalSpy finished(request, &ApiRequest::finished);
    return finished.wait(10000);
}

QList<SipEndpoint> TestSignalWireSipEndpointsClient::listAll(
    SignalWireSipEndpointsClient *client, int pageSize)
{
    QList<SipEndpoint> all;
    ApiListJob *job = client->list(pageSize);
    connect(job, &ApiListJob::pageReceived, this, [&all](const QJsonArray &items) {
        all += SignalWireSipEndpointsClient::endpointsFrom(items);
    });
    QSignalSpy finished(job, &ApiListJob::finished);
    if (!finished.wait(60000) || job->error())
        return {};
    return all;
}

void TestSignalWireSipEndpointsClient::listFollowsLinks_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<bool>("absoluteLinks");
    QTest::newRow("empty") << 0 << 50 << false;
    QTest::newRow("one") << 1 << 50 << false;
    QTest::newRow("exactly full") << 50 << 50 << false;
    QTest::newRow("many, relative links") << 130 << 50 << false;
    QTest::newRow("many, absolute links") << 130 << 50 << true;
}

void TestSignalWireSipEndpointsClient::listFollowsLinks()
{
    QFETCH(int, total);
    QFETCH(int, pageSize);
    QFETCH(bool, absoluteLinks);
    SignalWireSipEndpointsClient *client = start(total);
    QVERIFY(client);
    m_server->signalWire().setAbsoluteLinks(absoluteLinks);
    const QList<SipEndpoint> all = listAll(client, pageSize);
    QCOMPARE(all.size(), total);
    QSet<QString> ids;
    for (const SipEndpoint &endpoint : all) {
        ids.insert(endpoint.id);
        QCOMPARE(*m_server->signalWire().endpoint(kSignalWireProjectId.toString(), endpoint.id),
            endpoint);
    }
    QCOMPARE(ids.size(), total);
    QCOMPARE(m_server->requestLog().entries().size(), qMax(1, (total + pageSize - 1) / pageSize));
}

void TestSignalWireSipEndpointsClient::listTenThousandEndpoints()
{
    SignalWireSipEndpointsClient *client = start(10000);
    QVERIFY(client);
    QCOMPARE(listAll(client, 1000).size(), 10000);
    QCOMPARE(m_server->requestLog().entries().size(), 10);
}

void TestSignalWireSipEndpointsClient::cancelInTheMiddleOfAList()
{
    SignalWireSipEndpointsClient *client = start(20, 100);
    QVERIFY(client);
    ApiListJob *job = client->list(5);
    QSignalSpy pages(job, &ApiListJob::pageReceived);
    QSignalSpy finished(job, &ApiListJob::finished);
    QVERIFY(pages.wait(5000));
    job->cancel();
    // A negative needs a window: a page or finished() that escaped the
    // cancel would arrive within it.
    QTest::qWait(400);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(finished.size(), 0);
    QVERIFY(m_server->requestLog().entries().size() <= 2);
}

void TestSignalWireSipEndpointsClient::crud()
{
    SignalWireSipEndpointsClient *client = start(0);
    QVERIFY(client);
    ApiRequest *created = client->create({ { u"username"_s, u"frontdesk"_s },
        { u"password"_s, u"correct horse battery"_s }, { u"caller_id"_s, u"Front Desk"_s } });
    QVERIFY(wait(created));
    QVERIFY2(!created->error(), qPrintable(created->error().userMessage()));
    QVERIFY(created->httpStatus() >= 200 && created->httpStatus() < 300);
    const SipEndpoint endpoint = SignalWireSipEndpointsClient::endpointFrom(*created);
    QCOMPARE(endpoint.username, u"frontdesk"_s);
    QVERIFY(!created->json().toJson().contains("correct horse"));

    ApiRequest *fetched = client->fetch(endpoint.id);
    QVERIFY(wait(fetched));
    QCOMPARE(SignalWireSipEndpointsClient::endpointFrom(*fetched), endpoint);

    SipEndpoint changed = endpoint;
    changed.callerId = u"Reception"_s;
    ApiRequest *updated =
        client->update(endpoint.id, SignalWireSipEndpointsClient::changedFields(endpoint, changed));
    QVERIFY(wait(updated));
    QCOMPARE(SignalWireSipEndpointsClient::endpointFrom(*updated).callerId, u"Reception"_s);

    ApiRequest *removed = client->remove(endpoint.id);
    QVERIFY(wait(removed));
    QVERIFY(!removed->error());
    QCOMPARE(removed->httpStatus(), 204);
    ApiRequest *gone = client->remove(endpoint.id);
    QVERIFY(wait(gone));
    QCOMPARE(gone->error().kind(), ApiError::Kind::NotFound);
}

void TestSignalWireSipEndpointsClient::updateSendsOnlyChangedFields()
{
    SignalWireSipEndpointsClient *client = start(1);
    QVERIFY(client);
    const SipEndpoint before = listAll(client, 50).constFirst();
    SipEndpoint after = before;
    after.callerId = before.callerId.isEmpty() ? u"Set"_s : QString(); // set, or cleared to null
    after.encryption = before.encryption == u"required"_s ? u"optional"_s : u"required"_s;
    m_server->requestLog().clear();
    const QJsonObject changed = SignalWireSipEndpointsClient::changedFields(before, after);
    ApiRequest *request = client->update(before.id, changed);
    QVERIFY(wait(request));
    QVERIFY2(!request->error(), qPrintable(request->error().userMessage()));
    QStringList fields = m_server->requestLog().entries().constFirst().fields;
    fields.sort();
    QCOMPARE(fields, (QStringList { u"caller_id"_s, u"encryption"_s }));
    const SipEndpoint stored =
        *m_server->signalWire().endpoint(kSignalWireProjectId.toString(), before.id);
    QCOMPARE(stored.callerId.isEmpty(), after.callerId.isEmpty());
    QCOMPARE(stored.encryption, after.encryption);
    QCOMPARE(stored.codecs, before.codecs);
    QCOMPARE(stored.username, before.username);
}

void TestSignalWireSipEndpointsClient::emptiedCodecsResetToDefaults()
{
    SignalWireSipEndpointsClient *client = start(0);
    QVERIFY(client);
    ApiRequest *created = client->create({ { u"username"_s, u"codecs"_s },
        { u"password"_s, u"pw"_s }, { u"codecs"_s, QJsonArray { u"PCMU"_s } } });
    QVERIFY(wait(created));
    const SipEndpoint before = SignalWireSipEndpointsClient::endpointFrom(*created);
    QCOMPARE(before.codecs, QStringList { u"PCMU"_s });
    SipEndpoint after = before;
    after.codecs.clear();
    const QJsonObject changed = SignalWireSipEndpointsClient::changedFields(before, after);
    QCOMPARE(changed.value(u"codecs"_s), QJsonValue(QJsonArray()));
    ApiRequest *updated = client->update(before.id, changed);
    QVERIFY(wait(updated));
    QCOMPARE(SignalWireSipEndpointsClient::endpointFrom(*updated).codecs,
        SignalWireVocabulary::defaultCodecs());
}

void TestSignalWireSipEndpointsClient::unicodeUsernameRoundTrip()
{
    SignalWireSipEndpointsClient *client = start(0);
    QVERIFY(client);
    ApiRequest *created =
        client->create({ { u"username"_s, u"zoë.müller-東京"_s }, { u"password"_s, u"pw"_s } });
    QVERIFY(wait(created));
    QVERIFY2(!created->error(), qPrintable(created->error().userMessage()));
    QCOMPARE(SignalWireSipEndpointsClient::endpointFrom(*created).username, u"zoë.müller-東京"_s);
}

void TestSignalWireSipEndpointsClient::validationErrorsNameTheField_data()
{
    QTest::addColumn<bool>("legacy");
    QTest::newRow("current errors[] shape") << false;
    QTest::newRow("older errors[] shape") << true;
}

void TestSignalWireSipEndpointsClient::validationErrorsNameTheField()
{
    QFETCH(bool, legacy);
    SignalWireSipEndpointsClient *client = start(0);
    QVERIFY(client);
    m_server->signalWire().setLegacyErrorShape(legacy);
    ApiRequest *request = client->create({ { u"username"_s, u"has space"_s },
        { u"password"_s, u"pw"_s }, { u"encryption"_s, u"sometimes"_s } });
    QVERIFY(wait(request));
    const ApiError &error = request->error();
    QCOMPARE(error.kind(), ApiError::Kind::Validation);
    QCOMPARE(error.httpStatus(), 422);
    QStringList fields;
    for (const ApiError::FieldError &fieldError : error.fieldErrors())
        fields.append(fieldError.field);
    fields.sort();
    QCOMPARE(fields, (QStringList { u"encryption"_s, u"username"_s }));
    QVERIFY(!error.serviceMessage().isEmpty());
}

void TestSignalWireSipEndpointsClient::otherProjectSeesNothingOfThisOne()
{
    QVERIFY(start(5));
    SignalWireSipEndpointsClient other(&m_network,
        SignalWireConnection { m_server->signalWireBaseUrl(), kSignalWireOtherProjectId.toString(),
            kSignalWireOtherApiToken.toString() });
    const QList<SipEndpoint> theirs = listAll(&other, 50);
    for (const SipEndpoint &endpoint : theirs)
        QVERIFY(!m_server->signalWire().endpoint(kSignalWireProjectId.toString(), endpoint.id));
    const QList<SipEndpoint> ours = listAll(m_client.get(), 50);
    QCOMPARE(ours.size(), 5);
    ApiRequest *crossFetch = other.fetch(ours.constFirst().id);
    QVERIFY(wait(crossFetch));
    QCOMPARE(crossFetch->error().kind(), ApiError::Kind::NotFound);
}

void TestSignalWireSipEndpointsClient::malformedIdIsNeverSent()
{
    SignalWireSipEndpointsClient *client = start(1);
    QVERIFY(client);
    for (const QString &id : { u"../../../fabric"_s, u"123"_s, QString() }) {
        ApiRequest *request = client->remove(id);
        QVERIFY(wait(request));
        QCOMPARE(request->error().kind(), ApiError::Kind::Refused);
    }
    QCOMPARE(m_server->requestLog().entries().size(), 0);
}

void TestSignalWireSipEndpointsClient::readErrorShapes()
{
    ApiError current(ApiError::Kind::Validation, {});
    SignalWireSipEndpointsClient::readError(
        current, QJsonDocument::fromJson(R"({"errors":[{"code":"taken","title":"Invalid",
            "detail":"username has already been taken","status":"422"},
            {"code":"required","title":"Invalid",
            "detail":"call_relay_topic_status_callback_url is required","status":"422"}]})"));
    QCOMPARE(current.serviceCode(), u"taken"_s);
    QCOMPARE(current.fieldErrors().size(), 2);
    QCOMPARE(current.fieldErrors().at(0).field, u"username"_s);
    // The longest matching name wins over its prefix "call_relay_topic".
    QCOMPARE(current.fieldErrors().at(1).field, u"call_relay_topic_status_callback_url"_s);

    ApiError older(ApiError::Kind::Validation, {});
    SignalWireSipEndpointsClient::readError(
        older, QJsonDocument::fromJson(R"({"errors":[{"type":"validation_error","code":"invalid",
            "message":"is not valid","attribute":"codecs",
            "url":"https://developer.signalwire.com/rest/overview/error-codes"}]})"));
    QCOMPARE(
        older.fieldErrors(), (QList<ApiError::FieldError> { { u"codecs"_s, u"is not valid"_s } }));
    QCOMPARE(older.moreInfo().host(), u"developer.signalwire.com"_s);

    ApiError plain(ApiError::Kind::NotFound, {});
    SignalWireSipEndpointsClient::readError(
        plain, QJsonDocument::fromJson(R"({"error":"Not Found"})"));
    QCOMPARE(plain.serviceMessage(), u"Not Found"_s);
    QVERIFY(plain.fieldErrors().isEmpty());

    ApiError hostile(ApiError::Kind::Validation, {});
    SignalWireSipEndpointsClient::readError(hostile,
        QJsonDocument::fromJson(R"({"errors":[1,"x",null,{"detail":42,"url":"javascript:x"}]})"));
    QVERIFY(hostile.fieldErrors().isEmpty());
    QVERIFY(hostile.moreInfo().isEmpty());
}

void TestSignalWireSipEndpointsClient::manyErrorsShowTheFirstTwenty()
{
    QJsonArray errors;
    for (int i = 1; i <= 50; ++i)
        errors.append(QJsonObject {
            { u"code"_s, u"invalid"_s }, { u"detail"_s, u"problem number %1"_s.arg(i) } });
    ApiError error(ApiError::Kind::Validation, {});
    SignalWireSipEndpointsClient::readError(
        error, QJsonDocument(QJsonObject { { u"errors"_s, errors } }));
    const QString message = error.serviceMessage();
    QVERIFY2(message.contains(u"problem number 1;"_s), qPrintable(message));
    QVERIFY2(message.contains(u"problem number 20"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"problem number 21"_s), qPrintable(message));
    QVERIFY2(message.endsWith(u"and 30 more"_s), qPrintable(message));
    QCOMPARE(error.serviceCode(), u"invalid"_s);

    // Exactly twenty are all shown, with nothing added.
    errors = {};
    for (int i = 1; i <= 20; ++i)
        errors.append(QJsonObject { { u"detail"_s, u"problem number %1"_s.arg(i) } });
    ApiError twenty(ApiError::Kind::Validation, {});
    SignalWireSipEndpointsClient::readError(
        twenty, QJsonDocument(QJsonObject { { u"errors"_s, errors } }));
    QVERIFY(twenty.serviceMessage().endsWith(u"problem number 20"_s));
}

void TestSignalWireSipEndpointsClient::changedFields()
{
    SipEndpoint before;
    before.username = u"alice"_s;
    before.callerId = u"Alice"_s;
    before.codecs = { u"PCMU"_s };
    SipEndpoint after = before;
    QVERIFY(SignalWireSipEndpointsClient::changedFields(before, after).isEmpty());
    after.callerId.clear();
    after.callRelayTopic = u"office"_s;
    after.codecs.clear();
    after.id = u"ignored"_s; // read-only
    const QJsonObject changed = SignalWireSipEndpointsClient::changedFields(before, after);
    QCOMPARE(changed,
        (QJsonObject { { u"caller_id"_s, QJsonValue::Null }, { u"call_relay_topic"_s, u"office"_s },
            { u"codecs"_s, QJsonArray() } }));
}

void TestSignalWireSipEndpointsClient::spaceBaseUrl_data()
{
    QTest::addColumn<QString>("space");
    QTest::addColumn<QString>("url");
    QTest::newRow("plain") << u"acme"_s << u"https://acme.signalwire.com/api/relay/rest"_s;
    QTest::newRow("upper case") << u"Acme-2"_s << u"https://acme-2.signalwire.com/api/relay/rest"_s;
    QTest::newRow("dot") << u"acme.evil.com"_s << QString();
    QTest::newRow("slash") << u"acme/x"_s << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestSignalWireSipEndpointsClient::spaceBaseUrl()
{
    QFETCH(QString, space);
    QFETCH(QString, url);
    QCOMPARE(SignalWireConnection::spaceBaseUrl(space), url.isEmpty() ? QUrl() : QUrl(url));
}

QTEST_GUILESS_MAIN(TestSignalWireSipEndpointsClient)
#include "tst_signalwiresipendpointsclient.moc"
