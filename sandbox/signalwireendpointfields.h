#pragma once

#include "sandbox/signalwireerrors.h"

#include "models/records/sipendpoint.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// A SIP endpoint as the SignalWire emulator keeps it, and the request fields
// that change it: which exist, where each is kept, and how each is checked.

struct StoredEndpoint
{
    quint64 sequence = 0; // creation order within the project; 0 until stored
    SipEndpoint record;
    // Accepted on requests, never returned by the API.
    QString password;
    QString callFlowId;
    QString callFlowVersion;
    QString callAiAgentId;
};

// A new endpoint with the service's defaults for everything a create may leave out.
StoredEndpoint newEndpoint(const QString &id);

// calling_handler_resource_id: the value of the handler's resource field
// (SignalWireCallHandlers::Handler::resourceField), null for other handlers.
void refreshDerivedFields(StoredEndpoint &endpoint);

enum class FieldCheck {
    None,
    Username,
    NotBlank,
    Url,
    Method,
    Uuid,
    Encryption,
    Handler,
    FlowVersion
};

// A text field a request may set, and where it is kept.
struct RequestField
{
    QString key;
    FieldCheck check = FieldCheck::None;
    bool nullable = true;
    QString SipEndpoint::*recordMember = nullptr;
    QString StoredEndpoint::*extraMember = nullptr;

    QString &slot(StoredEndpoint &endpoint) const
    {
        return recordMember ? endpoint.record.*recordMember : endpoint.*extraMember;
    }
    const QString &value(const StoredEndpoint &endpoint) const
    {
        return recordMember ? endpoint.record.*recordMember : endpoint.*extraMember;
    }
};

// The text field of a request named key, or null if requests cannot set it.
const RequestField *requestField(const QString &key);

// Applies every field body sends to endpoint and checks the call handler's
// own fields on the result; the problems of the fields that could not be
// applied. Whether the username is free is the project's to say.
QList<SignalWireErrors::Problem> applyRequest(StoredEndpoint &endpoint, const QJsonObject &body);

// A problem for each of required that body does not contain.
QList<SignalWireErrors::Problem> presenceProblems(
    const QJsonObject &body, const QStringList &required);
