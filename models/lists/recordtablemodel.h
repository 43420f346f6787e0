#pragma once

#include "models/lists/pagedtablemodel.h"
#include "models/records/recordstorage.h"

#include <QList>

// The record storage both tables share: a vector of records, in the form
// RecordStorage<Record> keeps them (the record itself, or a compact form of
// it), plus the lower-case text the search looks through, kept alongside so
// that a filter keystroke over 100,000 rows does no string building.
//
// Kind is the record kind's description (see TypedRecordKind), whose static
// id(), searchText(), decode() and newestFirst the table uses.
template<typename Record, typename Kind>
class RecordTableModel : public PagedTableModel
{
public:
    using PagedTableModel::PagedTableModel;

    using Storage = RecordStorage<Record>;
    using Stored = typename Storage::Stored;

    // The record itself (a reference) or, stored compactly, a copy of it.
    decltype(auto) recordAt(int row) const { return Storage::expanded(m_records.at(row)); }
    const Stored &storedAt(int row) const { return m_records.at(row); }
    const QList<Stored> &records() const { return m_records; }

    int rowForId(const QString &id) const override
    {
        return int(Storage::template indexOfId<Kind>(m_records, id));
    }

    // After a successful create or update: changes that row only
    // (dataChanged), or inserts the new record where the service lists it.
    void upsert(const Record &record)
    {
        const int row = rowForId(Kind::id(record));
        if (row >= 0) {
            m_records[row] = Storage::compact(record);
            m_search[row] = searchBytes(record);
            emit dataChanged(index(row, 0), index(row, columnCount() - 1));
            return;
        }
        const int at = Kind::newestFirst ? 0 : int(m_records.size());
        beginInsertRows({}, at, at);
        m_records.insert(at, Storage::compact(record));
        m_search.insert(at, searchBytes(record));
        endInsertRows();
    }

    void upsertRecord(const QVariant &record) override { upsert(record.value<Record>()); }

protected:
    int recordCount() const override { return int(m_records.size()); }
    QString idAt(int row) const override { return Kind::id(m_records.at(row)); }

    // Decodes a page off the GUI thread; see ApiListJob::ItemDecoder.
    static QVariant decodeItems(const QJsonArray &items)
    {
        return QVariant::fromValue(Storage::template decode<Kind>(items));
    }
    // decodeItems, and for a kind that can read its pages from their bytes
    // (a big list: Kind::readFastPage), that reader too.
    static ApiListJob::Decoders decoders()
    {
        if constexpr (requires(const QByteArray &body) { Kind::readFastPage(body); })
            return { &decodeItems, &readPageBytes };
        else
            return &decodeItems;
    }

    int stageRecords(const QJsonArray &items, const QVariant &decoded) override
    {
        // The list job ran decodeItems() with the page (on a pool thread for a
        // big page); a job started without it leaves the decoding to here.
        m_staged = decoded.metaType() == QMetaType::fromType<QList<Stored>>()
            ? decoded.value<QList<Stored>>()
            : Storage::template decode<Kind>(items);
        return int(m_staged.size());
    }

    void commitStaged() override
    {
        // No reserve() here: an exact reserve per page would move every
        // record on every page; QList grows geometrically by itself.
        for (Stored &record : m_staged) {
            m_search.append(searchBytes(record));
            m_records.append(std::move(record));
        }
        m_staged.clear();
    }

    void clearRecords() override
    {
        m_records.clear();
        m_search.clear();
        m_staged.clear();
    }

    void removeRecordAt(int row) override
    {
        m_records.removeAt(row);
        m_search.removeAt(row);
    }

    QByteArrayView searchBytesAt(int row) const override { return m_search.at(row); }

private:
    static std::optional<ApiListJob::RawPage> readPageBytes(const QByteArray &body)
    {
        auto page = Kind::readFastPage(body);
        if (!page)
            return std::nullopt;
        const qsizetype count = page->records.size();
        return ApiListJob::RawPage { std::move(page->next), count,
            QVariant::fromValue(Storage::store(std::move(page->records))) };
    }

    template<typename Any>
    static QByteArray searchBytes(const Any &record)
    {
        QByteArray bytes = Kind::searchText(record).toUtf8();
        bytes.squeeze();
        return bytes;
    }

    QList<Stored> m_records;
    QList<QByteArray> m_search;
    QList<Stored> m_staged;
};
