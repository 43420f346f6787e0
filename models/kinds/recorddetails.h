#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

class QDateTime;

// One value of a record as a person reads it in the detail pane and in a
// ticket: "Voice" › "URL" = "https://…".
struct DetailField
{
    QString label;
    QString value; // already worded: "On", "Credential list", a local date with its zone
    // A SID or id: shown unbroken in a monospace font, with a copy link.
    bool identifier = false;
};

// The fields of one group, as the record's form groups them.
struct DetailGroup
{
    QString title;
    QList<DetailField> fields;
    // API version, URIs, account SID: rarely read, so collapsed in the pane
    // and last in a ticket.
    bool bookkeeping = false;
};

// How a kind describes its records' details (RecordKind::detailsOf()), and
// the wording every kind shares. No Widgets: the pane and the plain text for
// a ticket both render this.
namespace RecordDetails {

// "emergency_caller_sid" -> "Emergency caller SID": the abbreviations both
// APIs write in lower case (SID, URL, URI, IP, CIDR, API, BYOC, SIP…) upper case.
QString fieldLabel(const QString &key);
// A JSON value of a field nobody described: text, "On"/"Off", lists joined.
QString valueText(const QJsonValue &value);
// The one wording of a boolean setting, in the pane and in the tables.
QString flagText(bool on);
// In the user's locale and time zone, with the zone named: tickets are read
// by people in other zones. "—" for none.
QString dateText(const QDateTime &dateTime);
// "—" for empty text.
QString text(const QString &value);

// Every field of a JSON record, for a kind that describes nothing better:
// identity first, the rest in one group, bookkeeping keys last.
QList<DetailGroup> fromJson(const QJsonObject &json);
// The bookkeeping group of a Twilio record (account SID, API version, URI,
// subresource URIs, whichever the record has).
DetailGroup twilioBookkeeping(const QJsonObject &json);

// The record for a ticket: the heading, where it lives (account name and
// SID or project, as context), then each group with its fields, the
// bookkeeping last. Never holds a secret: records hold none (passwords and
// tokens are write-only or in the keychain).
QString plainText(
    const QString &heading, const QList<DetailField> &context, const QList<DetailGroup> &groups);

} // namespace RecordDetails
