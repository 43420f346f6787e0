#include "models/journal/journalexport.h"

#include "models/lists/csvexport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return u"null"_s;
    if (value.isString())
        return u'"' + value.toString() + u'"';
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

QByteArray csvLine(const QStringList &fields)
{
    QByteArray line;
    for (const QString &field : fields) {
        if (!line.isEmpty())
            line += ',';
        line += CsvExport::field(field);
    }
    return line + "\r\n";
}

} // namespace

namespace JournalExport {

QString changesText(const QList<FieldChange> &changes)
{
    QStringList parts;
    for (const FieldChange &change : changes) {
        if (change.secret)
            parts.append(
                QCoreApplication::translate("JournalExport", "%1: changed").arg(change.field));
        else if (change.before.isUndefined()) // a field of a new record, or a mapping added
            parts.append(u"%1: %2"_s.arg(change.field, valueText(change.after)));
        else
            parts.append(u"%1: %2 → %3"_s.arg(
                change.field, valueText(change.before), valueText(change.after)));
    }
    return parts.join(u"; "_s);
}

QByteArray toCsv(const QList<JournalEntry> &entries)
{
    QByteArray csv = csvLine({ u"time"_s, u"profile"_s, u"service"_s, u"account"_s, u"kind"_s,
        u"action"_s, u"id"_s, u"name"_s, u"changes"_s, u"outcome"_s, u"message"_s });
    for (const JournalEntry &entry : entries) {
        // Local time with its offset: readable, and still one instant.
        const QDateTime local = entry.time.toLocalTime();
        csv += csvLine({ local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate),
            entry.profile, entry.service, entry.account, entry.kind,
            JournalEntry::actionKey(entry.action), entry.recordId, entry.recordName,
            changesText(entry.changes), JournalEntry::outcomeKey(entry.outcome), entry.message });
    }
    return csv;
}

QByteArray toJson(const QList<JournalEntry> &entries)
{
    QJsonArray array;
    for (const JournalEntry &entry : entries)
        array.append(entry.toJson());
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace JournalExport
