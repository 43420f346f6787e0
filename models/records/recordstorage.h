#pragma once

#include "models/records/compactpage.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <algorithm>

// How a table keeps its records in memory. By default as they are; a kind
// with many rows and a wide record specialises this to keep a compact form
// (see CompactSipEndpoint) and expand a record only when one is asked for.
template<typename Record>
struct RecordStorage
{
    using Stored = Record;

    template<typename Kind>
    static QList<Stored> decode(const QJsonArray &items)
    {
        return Kind::decode(items);
    }
    // A page's records, decoded elsewhere (see FastListPage), as kept.
    static QList<Stored> store(QList<Record> records) { return records; }
    static Stored compact(const Record &record) { return record; }
    static const Record &expanded(const Stored &stored) { return stored; }
    template<typename Kind>
    static qsizetype indexOfId(const QList<Stored> &records, const QString &id)
    {
        const auto it = std::find_if(records.cbegin(), records.cend(),
            [&id](const Stored &record) { return Kind::id(record) == id; });
        return it == records.cend() ? -1 : it - records.cbegin();
    }
};

// The storage of a kind kept in a compact form: Compact is made from the
// record, gives it back with expanded(), and decodes pages and finds rows
// by id itself. A specialisation derives from it:
// template<> struct RecordStorage<SipDomain> : CompactRecordStorage<CompactSipDomain> {};
template<typename Compact>
struct CompactRecordStorage
{
    using Stored = Compact;
    using Record = typename Compact::Record;

    template<typename Kind>
    static QList<Stored> decode(const QJsonArray &items)
    {
        return Compact::decode(items);
    }
    static QList<Stored> store(const QList<Record> &records)
    {
        return CompactPage::store<Compact>(records);
    }
    static Stored compact(const Record &record) { return Compact(record); }
    static Record expanded(const Stored &stored) { return stored.expanded(); }
    template<typename Kind>
    static qsizetype indexOfId(const QList<Stored> &records, const QString &id)
    {
        return Compact::indexOfId(records, id);
    }
};
