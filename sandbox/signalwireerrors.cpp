#include "sandbox/signalwireerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SignalWireErrors {

namespace {

constexpr QStringView kErrorDocs = u"https://developer.signalwire.com/rest/overview/error-codes#";

QJsonObject errorEntry(const Problem &problem, int status, bool legacy)
{
    if (!legacy) {
        return { { u"code"_s, problem.code }, { u"title"_s, problem.title },
            { u"detail"_s, problem.detail }, { u"status"_s, QString::number(status) } };
    }
    QJsonObject entry {
        { u"type"_s, status == 422 ? u"validation_error"_s : u"request_error"_s },
        { u"code"_s, problem.code },
        { u"message"_s, problem.detail },
        { u"url"_s, kErrorDocs.toString() + problem.code },
    };
    if (!problem.field.isEmpty())
        entry.insert(u"attribute"_s, problem.field);
    return entry;
}

} // namespace

Problem invalidParameter(const QString &field, const QString &problem)
{
    return { field, u"invalid_parameter"_s, u"Invalid Parameter"_s, field + u' ' + problem };
}

Problem missingParameter(const QString &field, const QString &detail)
{
    return { field, u"missing_required_parameter"_s, u"Missing Required Parameter"_s, detail };
}

bool hasProblemFor(const QList<Problem> &problems, const QString &field)
{
    return std::any_of(problems.begin(), problems.end(),
        [&](const Problem &problem) { return problem.field == field; });
}

SandboxResponse errorsResponse(int status, const QList<Problem> &problems, bool legacy)
{
    QJsonArray entries;
    for (const Problem &problem : problems)
        entries.append(errorEntry(problem, status, legacy));
    return SandboxResponse::json(status, { { u"errors"_s, entries } });
}

SandboxResponse invalidJson(const QString &detail, bool legacy)
{
    return errorsResponse(
        400, { { QString(), u"invalid_json"_s, u"Invalid JSON"_s, detail } }, legacy);
}

SandboxResponse methodNotAllowed(const QByteArray &allowed)
{
    SandboxResponse response = plainErrorResponse(405);
    response.headers.append({ QByteArray("Allow"), allowed });
    return response;
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *detail)
{
    if (body.trimmed().isEmpty()) {
        *detail = u"the request body is empty; send a JSON object"_s;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        *detail = u"the request body is not valid JSON (%1 at offset %2)"_s.arg(error.errorString())
                      .arg(error.offset);
        return {};
    }
    if (!document.isObject()) {
        *detail = u"the request body must be a JSON object"_s;
        return {};
    }
    return document.object();
}

} // namespace SignalWireErrors
