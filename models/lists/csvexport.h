#pragma once

#include <QByteArray>
#include <QList>

class QAbstractItemModel;
class QIODevice;

// RFC 4180 CSV of what a table shows: a header line, then one line per row
// of the given columns' display text; fields with a comma, a quote, CR or LF
// are quoted with quotes doubled; lines end with CRLF; UTF-8.
namespace CsvExport {

QByteArray field(const QString &text);
QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns);
bool write(const QAbstractItemModel &model, const QList<int> &columns, QIODevice &device);

} // namespace CsvExport
