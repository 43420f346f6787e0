#pragma once

#include "models/records/packedtexts.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QList>

// How compact records (CompactSipDomain, CompactSipEndpoint) are made: the
// rows of a page share one block of packed texts and one pool of shapes.
// Compact names its full record (Record, with fromJson()) and its Pool, and
// befriends CompactPage for write(record, pool, writer), which writes a
// row's texts and returns where the row begins, and setTexts(), which gives
// each row its texts once the block is complete.
struct CompactPage
{
    // Every object of a page of the list, straight into compact form.
    template<typename Compact>
    static QList<Compact> decode(const QJsonArray &items)
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

    // A record on its own (an upsert): its texts in a block of their own,
    // its shape from pool when one is given.
    template<typename Compact>
    static void make(Compact &row, const typename Compact::Record &record,
        typename Compact::Pool *pool)
    {
        typename Compact::Pool own;
        PackedTexts::Writer writer;
        const quint32 start = row.write(record, pool ? *pool : own, writer);
        writer.finish();
        row.setTexts(writer.row(start));
    }
};
