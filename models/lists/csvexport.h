#pragma once

#include <QByteArray>
#include <QList>

class QAbstractItemModel;
class QDate;
class QDateTime;
class QIODevice;
class QString;

// RFC 4180 CSV of what a table shows: a header line, then one line per row
// of the given columns' display text; fields with a comma, a quote, CR or LF
// are quoted with quotes doubled; lines end with CRLF; UTF-8. A field a
// spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR)
// is neutralised as OWASP describes: a leading ' and quotes. A column whose
// PagedTableModel::SortRole is a date is written as ISO 8601 in local time
// with its offset ("2026-11-30T09:15:00+01:00"), not as the table's text.
namespace CsvExport {

QString dateText(const QDateTime &dateTime);
// "acme-prod-sip-domains-2026-11-30.csv": the account's and the list's names
// made safe for a file name (lower case, runs of other characters as '-').
QString defaultFileName(const QString &accountName, const QString &listName, const QDate &date);

bool startsLikeFormula(const QString &text);
QByteArray field(const QString &text);
QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns);
bool write(const QAbstractItemModel &model, const QList<int> &columns, QIODevice &device);
// Replaces the file at path only once all of it is written; false with the
// reason in error otherwise.
bool writeFile(const QString &path, const QAbstractItemModel &model, const QList<int> &columns,
    QString *error);

} // namespace CsvExport
