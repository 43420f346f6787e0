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
        return page<Compact>(items.size(), [&items](auto add) {
            for (const QJsonValue &item : items) {
                if (item.isObject())
                    add(Compact::Record::fromJson(item.toObject()));
            }
        });
    }

    // A page's records decoded elsewhere (FastListPage), into compact form.
    template<typename Compact>
    static QList<Compact> store(const QList<typename Compact::Record> &records)
    {
        return page<Compact>(records.size(), [&records](auto add) {
            for (const auto &record : records)
                add(record);
        });
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

private:
    // The rows of the records that forEach(add) adds, sharing a block and a pool.
    template<typename Compact, typename ForEach>
    static QList<Compact> page(qsizetype size, ForEach forEach)
    {
        QList<Compact> rows;
        rows.reserve(size);
        QList<quint32> starts;
        starts.reserve(size);
        typename Compact::Pool pool;
        PackedTexts::Writer writer;
        forEach([&](const typename Compact::Record &record) {
            Compact row;
            starts.append(row.write(record, pool, writer));
            rows.append(std::move(row));
        });
        writer.finish();
        for (qsizetype index = 0; index < rows.size(); ++index)
            rows[index].setTexts(writer.row(starts.at(index)));
        return rows;
    }
};
