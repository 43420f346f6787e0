#pragma once

#include "models/journal/journalentry.h"

#include <QJsonObject>
#include <QList>

class ApiError;
struct ApiCall;
namespace TwilioCollections {
enum class Mapping;
}

// What a write sent and how it ended, in the journal's terms: pure functions, so that the
// entry a write makes is checked without a network.
namespace JournalWrites {

// The fields of a write's body under the service's JSON names (Twilio's form names such as
// "FriendlyName" become "friendly_name"), values as sent. A secret's value is replaced by
// null here already: it never travels further.
QJsonObject sentFields(const ApiCall &call);

// One change per sent field: before as the record had it (typesOf gives each field's JSON
// type, so that a sent "true" reads as the boolean it is), after as sent. With no record
// before (a create), before is left out.
QList<FieldChange> changesOf(
    const QJsonObject &sent, const QJsonObject &before, const QJsonObject &typesOf, bool creating);

// Done without an error; Unknown when the write may or may not have taken effect; else
// Refused.
JournalEntry::Outcome outcomeOf(const ApiError &error);
// The service's own message (with its code) when it gave one, else what the user was told.
QString messageOf(const ApiError &error);

// A list mapped to a domain's mapping set (after) or unmapped from it (before):
// "calls_credential_list_mappings": "Office (CL…)".
FieldChange mappingChange(
    TwilioCollections::Mapping mapping, const QString &listSid, const QString &listName, bool map);

// "FriendlyName" -> "friendly_name", "IpAddress" -> "ip_address".
QString snakeCase(const QString &formName);

} // namespace JournalWrites
