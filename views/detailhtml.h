#pragma once

#include "models/kinds/recorddetails.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

// A record's details (RecordKind::detailsOf()) as HTML for the detail pane:
// a heading per group, a table of labels and values, selectable and
// copyable, and escaped (values come from the service). An identifier's
// value is unbroken, in a monospace font, with a "Copy" link "copy:<n>" (n:
// its place in identifiers()); the bookkeeping group's heading is the link
// "toggle:bookkeeping" and its fields are shown only when asked.
namespace DetailHtml {

inline constexpr char kToggleBookkeeping[] = "toggle:bookkeeping";
inline constexpr char kCopyPrefix[] = "copy:";

// "emergency_caller_sid" -> "Emergency caller SID"
QString fieldLabel(const QString &key);
QString valueText(const QJsonValue &value);
// The identifier values of the groups, in the order of their copy links.
QStringList identifiers(const QList<DetailGroup> &groups);
// extraHtml (already escaped) goes after the groups, before the bookkeeping.
QString render(const QString &title, const QString &warning, const QList<DetailGroup> &groups,
    bool bookkeepingShown, const QString &extraHtml = {});
// Every field of a JSON record (RecordDetails::fromJson()), bookkeeping shown.
QString render(const QString &title, const QString &warning, const QJsonObject &record);

} // namespace DetailHtml
