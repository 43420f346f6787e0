#include "sandbox/faultinjector.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

struct KindName
{
    FaultInjector::Kind kind;
    const char *name;
    int status;
};

constexpr KindName kKinds[] = {
    { FaultInjector::Kind::RateLimited, "rate_limit", 429 },
    { FaultInjector::Kind::Unauthorized, "unauthorized", 401 },
    { FaultInjector::Kind::Forbidden, "forbidden", 403 },
    { FaultInjector::Kind::ServerError, "server_error", 500 },
    { FaultInjector::Kind::BadGateway, "bad_gateway", 502 },
    { FaultInjector::Kind::Unavailable, "unavailable", 503 },
    { FaultInjector::Kind::GatewayTimeout, "gateway_timeout", 504 },
    { FaultInjector::Kind::CloseMidBody, "close_mid_body", 0 },
    { FaultInjector::Kind::TruncatedJson, "truncated_json", 0 },
    { FaultInjector::Kind::InvalidJson, "invalid_json", 0 },
    { FaultInjector::Kind::WrongContentType, "wrong_content_type", 0 },
    { FaultInjector::Kind::NeverRespond, "never_respond", 0 },
    { FaultInjector::Kind::CloseBeforeAnswer, "close_before_answer", 0 },
    { FaultInjector::Kind::CloseUnprocessed, "close_unprocessed", 0 },
};

} // namespace

std::optional<FaultInjector::Kind> FaultInjector::kindFromName(const QString &name)
{
    for (const KindName &entry : kKinds) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

QString FaultInjector::nameOf(Kind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

int FaultInjector::statusOf(Kind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return entry.status;
    }
    return 0;
}

void FaultInjector::clear()
{
    m_rules.clear();
    latencyMs = 0;
}

std::optional<FaultInjector::Rule> FaultInjector::take(
    const QByteArray &method, const QString &path)
{
    for (Rule &rule : m_rules) {
        if (rule.count == 0 || (!rule.method.isEmpty() && rule.method != method)
            || (!rule.pathContains.isEmpty() && !path.contains(rule.pathContains)))
            continue;
        if (rule.rate < 1.0 && std::uniform_real_distribution<double>(0, 1)(m_random) >= rule.rate)
            continue;
        if (rule.count > 0)
            --rule.count;
        return rule;
    }
    return std::nullopt;
}

QString FaultInjector::setFromJson(const QJsonObject &plan)
{
    QList<Rule> rules;
    const QJsonValue latency = plan.value(u"latency_ms"_s);
    if (!latency.isUndefined() && (!latency.isDouble() || latency.toInt(-1) < 0))
        return u"latency_ms must be a non-negative integer"_s;
    const QJsonValue faults = plan.value(u"faults"_s);
    if (!faults.isUndefined() && !faults.isArray())
        return u"faults must be an array"_s;
    for (const QJsonValue &value : faults.toArray()) {
        const QJsonObject object = value.toObject();
        const auto kind = kindFromName(object.value(u"kind"_s).toString());
        if (!kind)
            return u"unknown fault kind '%1'"_s.arg(object.value(u"kind"_s).toString());
        Rule rule;
        rule.kind = *kind;
        rule.rate = object.value(u"rate"_s).toDouble(1.0);
        rule.count = object.value(u"count"_s).toInt(-1);
        rule.retryAfterSeconds = object.value(u"retry_after"_s).toInt(1);
        rule.method = object.value(u"method"_s).toString().toUpper().toLatin1();
        rule.pathContains = object.value(u"path"_s).toString();
        if (rule.rate < 0 || rule.rate > 1)
            return u"rate must be between 0 and 1"_s;
        rules.append(rule);
    }
    m_rules = rules;
    latencyMs = latency.toInt(0);
    return {};
}

QJsonObject FaultInjector::toJson() const
{
    QJsonArray faults;
    for (const Rule &rule : m_rules) {
        faults.append(QJsonObject {
            { u"kind"_s, nameOf(rule.kind) },
            { u"rate"_s, rule.rate },
            { u"count"_s, rule.count },
            { u"retry_after"_s, rule.retryAfterSeconds },
            { u"method"_s, QString::fromLatin1(rule.method) },
            { u"path"_s, rule.pathContains },
        });
    }
    return { { u"latency_ms"_s, latencyMs }, { u"faults"_s, faults } };
}
