#pragma once

#include "models/lists/naturalorder.h"

#include <QByteArrayMatcher>
#include <QHash>
#include <QList>
#include <QSortFilterProxyModel>
#include <QVariant>

// Free-text search and quick filters over a PagedTableModel, sorting by any
// column on its SortRole. The search looks through the source's cached
// search text (PagedTableModel::searchBytesAt()), so a keystroke over
// 100,000 rows builds no strings.
// Text sorts in NaturalOrder ("dispatch-8" before "dispatch-100", case
// ignored); other values (dates, numbers) as QVariant compares them.
class RecordFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

    // Keeps only rows whose data(role) equals value; an invalid value
    // removes the filter for that role.
    void setRoleFilter(int role, const QVariant &value);
    void clearRoleFilters();

    void setSourceModel(QAbstractItemModel *source) override;
    // Ranks every row by the column first, in one pass over the cached
    // values; the sort proper then compares two numbers per step.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    // The sort column's SortRole value of a source row, read once: a sort
    // compares each row about 2 log2(n) times. Text also keeps its
    // NaturalOrder prefix, in an array of its own that the sort reads.
    struct SortPrefix
    {
        NaturalOrder::Prefix prefix;
        bool read = false;
        bool text = false;
    };
    void readSortValue(const QModelIndex &sourceIndex) const;
    // The order of two source rows whose values readSortValue() has read.
    bool cachedLessThan(int leftRow, int rightRow) const;
    void rankRows(int column);
    void forgetSortValues() const;
    void forgetSortRanks() const;
    // Keeps the cached values in step with the source's rows; connected
    // before the base class's own handlers, which may sort inserted rows.
    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    QString m_search;
    QByteArrayMatcher m_searchBytes; // m_search in UTF-8
    QHash<int, QVariant> m_roleFilters;
    mutable int m_sortValuesColumn = -1;
    mutable QList<SortPrefix> m_sortPrefixes; // by source row
    mutable QList<QVariant> m_sortValues; // by source row
    // Each source row's place in the sort column's order (equal values,
    // equal ranks), while no row has changed since sort() made them.
    mutable QList<int> m_sortRanks;
    QList<QMetaObject::Connection> m_sourceConnections;
};
