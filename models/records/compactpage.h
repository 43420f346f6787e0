#pragma once

#include "models/records/packedtexts.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>

// Decodes a page of a list straight into compact records (CompactSipDomain,
// CompactSipEndpoint): the page's rows share one block of text and one pool
// of repeated values. Compact names its full record (Record, with
// fromJson()), its Pool, and write(record, pool, writer) that writes a
// row's texts and returns where the row begins; setTexts() gives each row
// its texts once the block is complete.
template<typename Compact>
QList<Compact> decodeCompactPage(const QJsonArray &items)
{
    QList<Compact> rows;
    rows.reserve(items.size());
    QList<quint32> starts;
    starts.reserve(items.size());
    typename Compact::Pool pool;
    PackedTexts::Writer writer;
    for (const QJsonValue &item : items) {
        if (!item.isObject())
            continue;
        Compact row;
        starts.append(row.write(Compact::Record::fromJson(item.toObject()), pool, writer));
        rows.append(std::move(row));
    }
    writer.finish();
    for (qsizetype index = 0; index < rows.size(); ++index)
        rows[index].setTexts(writer.row(starts.at(index)));
    return rows;
}

// A record compacted on its own (an upsert): its texts in a block of its own.
template<typename Compact>
void compactAlone(Compact &row, const typename Compact::Record &record,
    typename Compact::Pool &pool)
{
    PackedTexts::Writer writer;
    const quint32 start = row.write(record, pool, writer);
    writer.finish();
    row.setTexts(writer.row(start));
}
