#include "models/lists/csvexport.h"

#include "models/lists/pagedtablemodel.h"

#include <QAbstractItemModel>
#include <QBuffer>
#include <QDate>
#include <QDateTime>
#include <QIODevice>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QByteArray line(const QStringList &fields)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ',';
        out += CsvExport::field(fields.at(i));
    }
    return out + "\r\n";
}

QStringList rowTexts(const QAbstractItemModel &model, int row, const QList<int> &columns)
{
    QStringList texts;
    texts.reserve(columns.size());
    for (int column : columns) {
        const QModelIndex index = model.index(row, column);
        // A date as the table shows it has no zone, and a spreadsheet cannot
        // read the locale's short format back: ISO 8601 with the offset.
        const QVariant sortValue = index.data(PagedTableModel::SortRole);
        texts.append(sortValue.typeId() == QMetaType::QDateTime
                ? CsvExport::dateText(sortValue.toDateTime())
                : index.data(Qt::DisplayRole).toString());
    }
    return texts;
}

} // namespace

namespace CsvExport {

QString dateText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

QString defaultFileName(const QString &accountName, const QString &listName, const QDate &date)
{
    // Letters and digits of any script stay; every run of anything else
    // (slashes, dots, spaces, quotes) becomes one '-', so the name is one
    // file name on every system and cannot climb out of the folder.
    const auto slug = [](const QString &text) {
        QString out;
        for (const QChar c : text.toLower()) {
            if (c.isLetterOrNumber())
                out += c;
            else if (!out.isEmpty() && !out.endsWith(u'-'))
                out += u'-';
        }
        while (out.endsWith(u'-'))
            out.chop(1);
        return out;
    };
    QStringList parts;
    for (const QString &part :
        { slug(accountName).left(60), slug(listName), date.toString(Qt::ISODate) })
        if (!part.isEmpty())
            parts.append(part);
    return parts.join(u'-') + u".csv"_s;
}

bool startsLikeFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QChar first = text.front();
    return first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
        || first == u'\r';
}

QByteArray field(const QString &text)
{
    // A friendly name or username is the customer's text: a spreadsheet
    // must show it, never evaluate it (OWASP "CSV Injection").
    const bool formula = startsLikeFormula(text);
    QByteArray utf8 = formula ? "'" + text.toUtf8() : text.toUtf8();
    if (!formula && !utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\r')
        && !utf8.contains('\n'))
        return utf8;
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

bool write(const QAbstractItemModel &model, const QList<int> &columns, QIODevice &device)
{
    QStringList header;
    for (int column : columns)
        header.append(model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
    if (device.write(line(header)) < 0)
        return false;
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        if (device.write(line(rowTexts(model, row, columns))) < 0)
            return false;
    }
    return true;
}

QByteArray toCsv(const QAbstractItemModel &model, const QList<int> &columns)
{
    QByteArray csv;
    QBuffer buffer(&csv);
    buffer.open(QIODevice::WriteOnly);
    write(model, columns, buffer);
    return csv;
}

bool writeFile(
    const QString &path, const QAbstractItemModel &model, const QList<int> &columns, QString *error)
{
    // A failed export leaves the file that was there before, not half a new one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !write(model, columns, file) || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace CsvExport
