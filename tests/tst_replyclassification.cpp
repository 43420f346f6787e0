// ReplyClassifier: what a finished attempt leads to (retry after a delay,
// fail with an error, succeed), row by row, without a network.

#include "models/api/replyclassifier.h"
#include "models/api/signalwiresipendpointsclient.h"
#include "models/api/twilioclient.h"

#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Action = ReplyDecision::Action;
using Kind = ApiError::Kind;

namespace {

const QDateTime kNow(QDate(2026, 3, 1), QTime(12, 0), QTimeZone::utc());
// Puts a backoff at the top of its window, so that rows can name it.
constexpr double kTopOfWindow = 0.999999;

ReplyFacts answer(int status, const QByteArray &body = {},
    const QByteArray &contentType = "application/json", int attempt = 1)
{
    ReplyFacts facts;
    facts.attempt = attempt;
    facts.status = status;
    facts.body = body;
    facts.bodyBytes = body.size();
    facts.contentLength = body.size();
    facts.contentType = contentType;
    facts.now = kNow;
    facts.jitter = kTopOfWindow;
    return facts;
}

ReplyFacts withHeader(ReplyFacts facts, const QByteArray &name, const QByteArray &value)
{
    if (name == "Retry-After")
        facts.retryAfter = value;
    else if (name == "Location")
        facts.location = value;
    else if (name == "Content-Length")
        facts.contentLength = value.isEmpty() ? std::nullopt : std::optional(value.toLongLong());
    return facts;
}

ReplyFacts brokenOff(ReplyFacts facts)
{
    facts.transport = Transport::Failed;
    facts.transportText = u"Remote host closed"_s;
    return facts;
}

// Bytes that arrived but were not kept: the body passed a limit.
ReplyFacts dropped(int status, qint64 bytes)
{
    ReplyFacts facts = answer(status);
    facts.contentLength.reset();
    facts.bodyBytes = bytes;
    return facts;
}

ReplyFacts noAnswer(Transport transport, int attempt = 1)
{
    ReplyFacts facts;
    facts.attempt = attempt;
    facts.transport = transport;
    facts.transportText = u"what the network layer said"_s;
    facts.now = kNow;
    facts.jitter = kTopOfWindow;
    return facts;
}

ReplyRules rules(RequestIntent intent, bool expectsBody = false)
{
    ReplyRules rules;
    rules.intent = intent;
    rules.retry.maxRetries = 3;
    rules.retry.base = 100ms;
    rules.retry.cap = 3000ms;
    rules.retry.longestRetryAfter = 30000ms;
    rules.timeout = 30000ms;
    rules.maxBytes = 64 * 1024 * 1024;
    rules.expectsBody = expectsBody;
    rules.readError = &TwilioClient::readError;
    return rules;
}

ReplyRules signalWireRules(RequestIntent intent)
{
    ReplyRules result = rules(intent);
    result.readError = &SignalWireSipEndpointsClient::readError;
    return result;
}

// What a row expects; only the fields its action has are compared.
struct Expected
{
    Action action = Action::Succeed;
    bool parseBody = false; // Succeed
    qint64 delayMs = 0; // Retry
    Kind kind = Kind::None; // Fail, and the rest below
    bool outcomeUnknown = false;
    QString detailContains;
    int httpStatus = 0;
    QString serviceCode;
    int fieldErrors = 0;
};

Expected succeeding(bool parseBody)
{
    Expected expected;
    expected.action = Action::Succeed;
    expected.parseBody = parseBody;
    return expected;
}
Expected parse()
{
    return succeeding(true);
}
Expected noValue()
{
    return succeeding(false);
}
Expected retryIn(qint64 ms)
{
    Expected expected;
    expected.action = Action::Retry;
    expected.delayMs = ms;
    return expected;
}
Expected failure(Kind kind, bool outcomeUnknown, const QString &detail = {}, int httpStatus = 0)
{
    Expected expected;
    expected.action = Action::Fail;
    expected.kind = kind;
    expected.outcomeUnknown = outcomeUnknown;
    expected.detailContains = detail;
    expected.httpStatus = httpStatus;
    return expected;
}
Expected serviceFailure(Kind kind, int status, const QString &code, int fieldErrors = 0)
{
    Expected expected = failure(kind, false, {}, status);
    expected.serviceCode = code;
    expected.fieldErrors = fieldErrors;
    return expected;
}

const QByteArray kDomain = R"({"sid":"SD0123","domain_name":"a.sip.twilio.com"})";
const QByteArray kTwilioError =
    R"({"code":20007,"message":"Invalid PageSize",)"
    R"("more_info":"https://www.twilio.com/docs/errors/20007","status":400})";
const QByteArray kSignalWire422 =
    R"({"errors":[{"type":"validation_error","code":"invalid_parameter",)"
    R"("detail":"Username is already taken.","attribute":"username"},)"
    R"({"code":"invalid_parameter","detail":"Password is too short.","attribute":"password"}]})";

} // namespace

Q_DECLARE_METATYPE(ReplyFacts)
Q_DECLARE_METATYPE(ReplyRules)
Q_DECLARE_METATYPE(Expected)

class TestReplyClassification : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void parsedBodies_data();
    void parsedBodies();
    void bodyOverLimit_data();
    void bodyOverLimit();
    void backoffStaysInItsWindow();

private:
    static void successRows();
    static void errorStatusRows();
    static void retryRows();
    static void noAnswerRows();
};

void TestReplyClassification::classify_data()
{
    QTest::addColumn<ReplyFacts>("facts");
    QTest::addColumn<ReplyRules>("rules");
    QTest::addColumn<Expected>("expected");
    successRows();
    errorStatusRows();
    retryRows();
    noAnswerRows();
}

void TestReplyClassification::successRows()
{
    using I = RequestIntent;
    QTest::newRow("200 JSON") << answer(200, kDomain) << rules(I::Read, true) << parse();
    QTest::newRow("201 JSON to a create")
        << answer(201, kDomain) << rules(I::Create, true) << parse();
    QTest::newRow("+json with parameters")
        << answer(200, kDomain, "Application/Problem+JSON; charset=utf-8") << rules(I::Read)
        << parse();
    QTest::newRow("204 to a delete") << answer(204) << rules(I::Delete) << noValue();
    QTest::newRow("204 declaring a length")
        << withHeader(answer(204), "Content-Length", "10") << rules(I::Delete) << noValue();
    QTest::newRow("205 carrying a body")
        << answer(205, "garbage", "text/plain") << rules(I::Change, true) << noValue();
    QTest::newRow("204 broken off after the status line")
        << brokenOff(answer(204)) << rules(I::Delete) << noValue();
    QTest::newRow("empty 200 where a record is expected") << answer(
        200) << rules(I::Read, true) << failure(Kind::BadResponse, false, u"the answer is empty"_s);
    QTest::newRow("empty 200 to a create")
        << answer(200) << rules(I::Create, true) << failure(Kind::BadResponse, true, u"empty"_s);
    QTest::newRow("empty 200 where nothing is expected")
        << answer(200) << rules(I::Read, false) << noValue();
    QTest::newRow("200 HTML") << answer(200, "<html></html>", "text/html") << rules(I::Read)
                              << failure(Kind::BadResponse, false, u"\"text/html\""_s);
    QTest::newRow("200 HTML to a change") << answer(200, "<html></html>", "text/html")
                                          << rules(I::Change) << failure(Kind::BadResponse, true);
    QTest::newRow("200 without a content type")
        << answer(200, kDomain, {}) << rules(I::Read) << failure(Kind::BadResponse, false);
    // Qt drops the Content-Length of a compressed answer.
    QTest::newRow("compressed: no length to check")
        << withHeader(answer(200, kDomain), "Content-Length", {}) << rules(I::Read) << parse();
    QTest::newRow("longer than declared")
        << withHeader(answer(200, kDomain), "Content-Length", "4") << rules(I::Read) << parse();
    QTest::newRow("cut short of its length, read") << withHeader(answer(200, "{\"a\""),
        "Content-Length", "10") << rules(I::Read) << retryIn(100);
    QTest::newRow("cut short of its length, create")
        << withHeader(answer(201, "{\"a\""), "Content-Length", "10") << rules(I::Create)
        << failure(Kind::Network, true, u"closed after 4 of 10 bytes"_s);
    QTest::newRow("cut short, read, retries used up")
        << withHeader(answer(200, "{\"a\"", "application/json", 4), "Content-Length", "10")
        << rules(I::Read) << failure(Kind::Network, false, u"closed after 4 of 10 bytes"_s);
    QTest::newRow("200 broken off, read")
        << brokenOff(answer(200, "{")) << rules(I::Read) << retryIn(100);
    QTest::newRow("200 broken off, delete")
        << brokenOff(answer(200, "{")) << rules(I::Delete)
        << failure(Kind::Network, true, u"Remote host closed"_s);
    QTest::newRow("over the size cap") << dropped(200, 64 * 1024 * 1024 + 1) << rules(I::Read)
                                       << failure(Kind::BadResponse, false, u"larger than 64 MB"_s);
    QTest::newRow("over the size cap, create")
        << dropped(201, 64 * 1024 * 1024 + 1) << rules(I::Create)
        << failure(Kind::BadResponse, true, u"larger than 64 MB"_s);
}

void TestReplyClassification::errorStatusRows()
{
    using I = RequestIntent;
    QTest::newRow("400 Twilio error") << answer(400, kTwilioError) << rules(I::Read)
                                      << serviceFailure(Kind::Validation, 400, u"20007"_s);
    QTest::newRow("422 SignalWire field errors")
        << answer(422, kSignalWire422) << signalWireRules(I::Create)
        << serviceFailure(Kind::Validation, 422, u"invalid_parameter"_s, 2);
    QTest::newRow("400 unreadable error body") << answer(400, "oops",
        "text/plain") << rules(I::Read) << serviceFailure(Kind::Validation, 400, {});
    QTest::newRow("401") << answer(401, R"({"code":20003})") << rules(I::Read)
                         << serviceFailure(Kind::Unauthorized, 401, u"20003"_s);
    QTest::newRow("403") << answer(403) << rules(I::Change)
                         << serviceFailure(Kind::Forbidden, 403, {});
    QTest::newRow("404 to a delete") << answer(404, R"({"code":20404})") << rules(I::Delete)
                                     << serviceFailure(Kind::NotFound, 404, u"20404"_s);
    QTest::newRow("408") << answer(408) << rules(I::Read) << serviceFailure(Kind::Timeout, 408, {});
    QTest::newRow("409") << answer(409) << rules(I::Create)
                         << serviceFailure(Kind::Validation, 409, {});
    QTest::newRow("error body over 1 MB is not read")
        << dropped(404, ReplyClassifier::kMaxErrorBodyBytes + 1) << rules(I::Read)
        << failure(Kind::NotFound, false, u"not read"_s, 404);
    QTest::newRow("error body over a cap below 1 MB") << dropped(400, 600 * 1024) << [] {
        ReplyRules small = rules(RequestIntent::Read);
        small.maxBytes = 512 * 1024;
        return small;
    }() << failure(Kind::BadResponse, false, u"larger than"_s);
    QTest::newRow("500 read") << answer(500) << rules(I::Read)
                              << failure(Kind::Server, false, u"HTTP 500"_s, 500);
    QTest::newRow("500 create") << answer(500) << rules(I::Create)
                                << failure(Kind::Server, true, {}, 500);
    QTest::newRow("500 change") << answer(500) << rules(I::Change)
                                << failure(Kind::Server, true, {}, 500);
    QTest::newRow("302 with a Location")
        << withHeader(answer(302), "Location", "https://evil.example/x") << rules(I::Read)
        << failure(Kind::BadResponse, false, u"redirected to evil.example"_s);
    QTest::newRow("301 without a Location")
        << answer(301) << rules(I::Read) << failure(Kind::BadResponse, false, u"another address"_s);
    QTest::newRow("307 to a create")
        << answer(307) << rules(I::Create) << failure(Kind::BadResponse, true, u"redirect"_s);
}

void TestReplyClassification::retryRows()
{
    using I = RequestIntent;
    QTest::newRow("429 read, backoff") << answer(429) << rules(I::Read) << retryIn(100);
    QTest::newRow("429 create, Retry-After seconds")
        << withHeader(answer(429), "Retry-After", "2") << rules(I::Create) << retryIn(2000);
    QTest::newRow("429, Retry-After date")
        << withHeader(answer(429), "Retry-After", "Sun, 01 Mar 2026 12:00:05 GMT") << rules(I::Read)
        << retryIn(5000);
    QTest::newRow("429, Retry-After in the past")
        << withHeader(answer(429), "Retry-After", "Sun, 01 Mar 2026 11:00:00 GMT") << rules(I::Read)
        << retryIn(0);
    QTest::newRow("429, unreadable Retry-After")
        << withHeader(answer(429), "Retry-After", "soon") << rules(I::Read) << retryIn(100);
    QTest::newRow("429, Retry-After too long") << withHeader(answer(429), "Retry-After",
        "31") << rules(I::Read) << serviceFailure(Kind::RateLimited, 429, {});
    QTest::newRow("429, retries used up") << answer(429, {}, "application/json",
        4) << rules(I::Create) << failure(Kind::RateLimited, false, {}, 429);
    QTest::newRow("503 read") << answer(503) << rules(I::Read) << retryIn(100);
    QTest::newRow("503 change") << answer(503) << rules(I::Change) << retryIn(100);
    QTest::newRow("503 delete, Retry-After")
        << withHeader(answer(503), "Retry-After", "1") << rules(I::Delete) << retryIn(1000);
    QTest::newRow("503 create is not resent") << withHeader(answer(503), "Retry-After",
        "1") << rules(I::Create) << failure(Kind::Server, true, {}, 503);
    QTest::newRow("503 change, retries used up") << answer(503, {}, "application/json",
        4) << rules(I::Change) << failure(Kind::Server, false, {}, 503);
    QTest::newRow("503 read, second retry")
        << answer(503, {}, "application/json", 2) << rules(I::Read) << retryIn(200);
    QTest::newRow("503 read, third retry")
        << answer(503, {}, "application/json", 3) << rules(I::Read) << retryIn(400);
    QTest::newRow("backoff capped") << answer(503, {}, "application/json", 3) << [] {
        ReplyRules slow = rules(RequestIntent::Read);
        slow.retry.base = 1000ms;
        return slow;
    }() << retryIn(3000);
    QTest::newRow("backoff at the bottom of its window") << [] {
        ReplyFacts facts = answer(503);
        facts.jitter = 0;
        return facts;
    }() << rules(I::Read) << retryIn(0);
    QTest::newRow("502 read") << answer(502) << rules(I::Read) << retryIn(100);
    QTest::newRow("504 read") << answer(504) << rules(I::Read) << retryIn(100);
    QTest::newRow("502 change") << answer(502) << rules(I::Change)
                                << failure(Kind::Server, true, {}, 502);
    QTest::newRow("504 delete") << answer(504) << rules(I::Delete)
                                << failure(Kind::Server, true, {}, 504);
}

void TestReplyClassification::noAnswerRows()
{
    using I = RequestIntent;
    QTest::newRow("timeout, read")
        << noAnswer(Transport::TimedOut) << rules(I::Read) << retryIn(100);
    QTest::newRow("timeout, read, retries used up") << noAnswer(Transport::TimedOut,
        4) << rules(I::Read) << failure(Kind::Timeout, false, u"no answer within 30 s"_s);
    QTest::newRow("timeout, create")
        << noAnswer(Transport::TimedOut) << rules(I::Create) << failure(Kind::Timeout, true);
    QTest::newRow("timeout, delete")
        << noAnswer(Transport::TimedOut) << rules(I::Delete) << failure(Kind::Timeout, true);
    QTest::newRow("timeout after the headers of a 200, create") << [] {
        ReplyFacts facts = answer(200, "{");
        facts.transport = Transport::TimedOut;
        return facts;
    }() << rules(I::Create) << failure(Kind::Timeout, true);
    QTest::newRow("refused, create")
        << noAnswer(Transport::NeverSent) << rules(I::Create) << retryIn(100);
    QTest::newRow("refused, create, retries used up") << noAnswer(Transport::NeverSent,
        4) << rules(I::Create) << failure(Kind::Network, false, u"what the network layer said"_s);
    QTest::newRow("broken, read") << noAnswer(Transport::Failed) << rules(I::Read) << retryIn(100);
    QTest::newRow("broken, read, retries used up")
        << noAnswer(Transport::Failed, 4) << rules(I::Read) << failure(Kind::Network, false);
    QTest::newRow("broken, create")
        << noAnswer(Transport::Failed) << rules(I::Create) << failure(Kind::Network, true);
    QTest::newRow("broken, change")
        << noAnswer(Transport::Failed) << rules(I::Change) << failure(Kind::Network, true);
    QTest::newRow("TLS, read: not retried")
        << noAnswer(Transport::TlsFailed) << rules(I::Read) << failure(Kind::Tls, false);
}

void TestReplyClassification::classify()
{
    QFETCH(ReplyFacts, facts);
    QFETCH(ReplyRules, rules);
    QFETCH(Expected, expected);
    const ReplyDecision decision = ReplyClassifier::classify(facts, rules);
    QCOMPARE(decision.action, expected.action);
    switch (expected.action) {
    case Action::Succeed:
        QCOMPARE(decision.parseBody, expected.parseBody);
        QVERIFY(!decision.error);
        return;
    case Action::Retry:
        QCOMPARE(decision.delay.count(), expected.delayMs);
        return;
    case Action::Fail:
        break;
    }
    const ApiError &error = decision.error;
    QCOMPARE(error.kind(), expected.kind);
    QCOMPARE(error.outcomeUnknown(), expected.outcomeUnknown);
    QVERIFY2(error.detail().contains(expected.detailContains), qPrintable(error.detail()));
    QCOMPARE(error.httpStatus(), expected.httpStatus);
    QCOMPARE(error.serviceCode(), expected.serviceCode);
    QCOMPARE(error.fieldErrors().size(), expected.fieldErrors);
}

void TestReplyClassification::parsedBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("checked");
    QTest::addColumn<RequestIntent>("intent");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("outcomeUnknown");
    QTest::addColumn<QString>("detailContains");
    const QByteArray good = kDomain;
    const QByteArray wrongShape = R"({"domain_name":"a.sip.twilio.com"})";
    QTest::newRow("good") << good << true << RequestIntent::Read << Kind::None << false
                          << QString();
    QTest::newRow("truncated, read") << QByteArray(R"({"sid":)") << false << RequestIntent::Read
                                     << Kind::BadResponse << false << u"malformed JSON"_s;
    QTest::newRow("invalid, create") << QByteArray("{sid}") << false << RequestIntent::Create
                                     << Kind::BadResponse << true << u"of 5)"_s;
    QTest::newRow("wrong shape, read")
        << wrongShape << true << RequestIntent::Read << Kind::BadResponse << false << u"no sid"_s;
    QTest::newRow("wrong shape, change")
        << wrongShape << true << RequestIntent::Change << Kind::BadResponse << true << u"no sid"_s;
    QTest::newRow("wrong shape, unchecked")
        << wrongShape << false << RequestIntent::Read << Kind::None << false << QString();
}

void TestReplyClassification::parsedBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, checked);
    QFETCH(RequestIntent, intent);
    QFETCH(Kind, kind);
    QFETCH(bool, outcomeUnknown);
    QFETCH(QString, detailContains);
    std::function<QString(const QJsonDocument &)> checkBody;
    if (checked)
        checkBody = [](const QJsonDocument &json) {
            return json.object().contains(u"sid"_s) ? QString() : u"no sid"_s;
        };
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(body, &parseError);
    const ApiError error =
        ReplyClassifier::checkParsed(parseError, body.size(), json, checkBody, intent);
    QCOMPARE(error.kind(), kind);
    QCOMPARE(error.outcomeUnknown(), outcomeUnknown);
    QVERIFY2(error.detail().contains(detailContains), qPrintable(error.detail()));
}

void TestReplyClassification::bodyOverLimit_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<bool>("over");
    constexpr qint64 mb = 1024 * 1024;
    QTest::newRow("200 within") << 200 << qint64(1000) << qint64(1000) << false;
    QTest::newRow("200 over") << 200 << qint64(1001) << qint64(1000) << true;
    QTest::newRow("200 of 2 MB") << 200 << 2 * mb << 64 * mb << false;
    QTest::newRow("404 of 1 MB") << 404 << mb << 64 * mb << false;
    QTest::newRow("404 over 1 MB") << 404 << mb + 1 << 64 * mb << true;
    QTest::newRow("404 over a smaller cap") << 404 << qint64(1001) << qint64(1000) << true;
    QTest::newRow("204 is never read") << 204 << 2 * mb << qint64(1000) << false;
}

void TestReplyClassification::bodyOverLimit()
{
    QFETCH(int, status);
    QFETCH(qint64, bytes);
    QFETCH(qint64, maxBytes);
    QFETCH(bool, over);
    QCOMPARE(ReplyClassifier::bodyOverLimit(status, bytes, maxBytes), over);
}

void TestReplyClassification::backoffStaysInItsWindow()
{
    RetryPolicy policy;
    for (int attempt = 1; attempt <= 30; ++attempt) {
        const qint64 ceiling = qMin<qint64>(3000, 100LL << qMin(attempt - 1, 20));
        for (const double jitter : { 0.0, 0.5, 0.999999, 1.0 }) {
            const auto delay = ReplyClassifier::backoff(policy, attempt, jitter);
            QVERIFY(delay.count() >= 0);
            QVERIFY2(delay.count() <= ceiling, qPrintable(QString::number(delay.count())));
        }
    }
}

QTEST_GUILESS_MAIN(TestReplyClassification)
#include "tst_replyclassification.moc"
