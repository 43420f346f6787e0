#pragma once

#include "sandbox/sandboxhttp.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// What the SignalWire REST API answers when a request is at fault, for every
// emulated SignalWire resource.
namespace SignalWireErrors {

struct Problem
{
    QString field; // empty when the request as a whole is at fault
    QString code;
    QString title;
    QString detail; // starts with the field name, as the real service's do
};

Problem invalidParameter(const QString &field, const QString &problem);
Problem missingParameter(const QString &field, const QString &detail);
bool hasProblemFor(const QList<Problem> &problems, const QString &field);

// {"errors": [...]} in the current {code,title,detail,status} entry shape, or
// with legacy in the older {type,code,message,attribute,url} one.
SandboxResponse errorsResponse(int status, const QList<Problem> &problems, bool legacy);
SandboxResponse invalidJson(const QString &detail, bool legacy);
// {"error": "Method Not Allowed"} with an Allow header.
SandboxResponse methodNotAllowed(const QByteArray &allowed);

// The request body as a JSON object, or nothing and the problem in detail.
std::optional<QJsonObject> parseObject(const QByteArray &body, QString *detail);

} // namespace SignalWireErrors
