#pragma once

#include <QJsonObject>
#include <QString>

// Every field of a record as an HTML table for the detail pane: selectable,
// copyable, and escaped (values come from the service).
namespace DetailHtml {

// "emergency_caller_sid" -> "Emergency caller sid"
QString fieldLabel(const QString &key);
QString valueText(const QJsonValue &value);
QString render(const QString &title, const QString &warning, const QJsonObject &record);

} // namespace DetailHtml
