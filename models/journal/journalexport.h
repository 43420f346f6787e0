#pragma once

#include "models/journal/journalentry.h"

#include <QByteArray>
#include <QList>

// The journal for a ticket: CSV (as CsvExport writes tables: RFC 4180, formulas neutralised,
// times with their offset) or JSON (the entries as the journal file keeps them, in an array).
namespace JournalExport {

QByteArray toCsv(const QList<JournalEntry> &entries);
QByteArray toJson(const QList<JournalEntry> &entries);
// "voice_url: "https://a" → "https://b"; Password: changed"
QString changesText(const QList<FieldChange> &changes);

} // namespace JournalExport
