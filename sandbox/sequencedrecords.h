#pragma once

#include <QHash>
#include <QString>

#include <map>

// Records of one collection in creation order, found by SID: the shape every
// Twilio collection of the sandbox pages over (keyset paging on the creation
// sequence, O(log n) per page, stable across inserts and deletes).
template<typename Record>
struct SequencedRecords
{
    std::map<quint64, Record> rows; // by creation sequence
    QHash<QString, quint64> sequenceBySid;
    quint64 nextSequence = 1;

    int size() const { return int(rows.size()); }
    bool contains(const QString &sid) const { return sequenceBySid.contains(sid); }
    Record *find(const QString &sid)
    {
        const auto it = sequenceBySid.constFind(sid);
        return it == sequenceBySid.constEnd() ? nullptr : &rows.at(*it);
    }
    const Record *find(const QString &sid) const
    {
        const auto it = sequenceBySid.constFind(sid);
        return it == sequenceBySid.constEnd() ? nullptr : &rows.at(*it);
    }
    Record &insert(const QString &sid, Record record)
    {
        const quint64 sequence = nextSequence++;
        sequenceBySid.insert(sid, sequence);
        return rows.emplace(sequence, std::move(record)).first->second;
    }
    bool remove(const QString &sid)
    {
        const auto it = sequenceBySid.constFind(sid);
        if (it == sequenceBySid.constEnd())
            return false;
        rows.erase(*it);
        sequenceBySid.erase(it);
        return true;
    }
};
