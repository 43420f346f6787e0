#pragma once

#include "models/lists/pagedtablemodel.h"

#include <QAbstractProxyModel>
#include <QByteArrayMatcher>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QVariant>

#include <functional>

class RowSortJob;

// Free-text search and quick filters over a table (a PagedTableModel),
// sorting by any column on its SortRole: text in NaturalOrder ("dispatch-8"
// before "dispatch-100", case ignored), other values as QVariant compares
// them (RowOrder). A flat proxy of its own rather than a
// QSortFilterProxyModel, whose sort compares rows through two model
// indexes and a virtual call each time: too slow for 100,000 rows in a frame.
//
// It keeps every source row in sort order, and the accepted ones of that
// order as its rows: a search filters the sorted rows again, without
// sorting. A sort of many rows runs on a pool thread (RowSortJob); the rows
// stay as they are until it is applied in one layout change, and the
// header shows the new column at once (sortColumn()). A newer sort, a
// reset or another source drops a running one; rows inserted, changed or
// removed meanwhile are placed by their own values when it is applied.
class RecordFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT

public:
    explicit RecordFilterProxyModel(QObject *parent = nullptr);
    ~RecordFilterProxyModel() override;

    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);

    // Keeps only rows whose data(role) equals value; an invalid value
    // removes the filter for that role.
    void setRoleFilter(int role, const QVariant &value);
    void clearRoleFilters();

    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The sort asked for last (column -1: the source's order), applied or
    // still running.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    bool isSorting() const { return m_sortJob != nullptr; }
    // From how many rows a sort runs on a pool thread (below, at once).
    void setBackgroundSortRows(int rows) { m_backgroundSortRows = rows; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &index) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;

signals:
    // The rows are in the order sort() asked for (at once, or when the
    // sort on the pool thread was applied).
    void sortFinished();

private:
    bool acceptsRow(int sourceRow) const;
    bool matchesSearch(int sourceRow) const;
    bool matchesRoleFilters(int sourceRow) const;
    void refilterAll();
    QList<int> acceptedRows(const QList<int> &order) const;
    void rebuildRows(); // m_rows from m_order and m_accepted
    void ensureProxyRows() const;
    void takeAllRows();
    // Applies a change of order or filter as one layout change, keeping
    // persistent indexes on their source rows (invalid when filtered out).
    void relayout(const std::function<void()> &change);

    PagedTableModel::SortValueReader readSortValues(int column) const;
    void startSortJob();
    void applySortJob();
    void dropSortJob();
    void applySort(QList<int> sorted, const QList<int> &placeLater);
    // The applied sort's order of two source rows, and a row's value in it.
    bool sortsBefore(int rowA, const QVariant &valueA, int rowB, const QVariant &valueB) const;
    QVariant sortValue(int sourceRow) const;
    // Where sourceRow belongs among rows (in the applied order, without it).
    qsizetype sortedPlace(const QList<int> &rows, int sourceRow) const;
    // Each of rows with its place in sorted, in the order they go there.
    QList<std::pair<qsizetype, int>> placesAmong(
        const QList<int> &sorted, const QList<int> &rows) const;
    // rows merged into sorted, each at its place.
    QList<int> placeAmong(QList<int> sorted, const QList<int> &rows) const;
    void placeAgain(int first, int last);
    bool isInPlace(int sourceRow) const;

    void sourceRowsInserted(const QModelIndex &parent, int first, int last);
    void sourceRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void sourceRowsRemoved(const QModelIndex &parent, int first, int last);
    void sourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
        const QList<int> &roles);
    void sourceLayoutAboutToBeChanged();
    void sourceLayoutChanged();
    void insertProxyRows(const QList<int> &sourceRows);
    void removeProxyRows(QList<int> proxyRows);

    PagedTableModel *m_paged = nullptr; // the source, when it is one
    QString m_search;
    QByteArrayMatcher m_searchBytes; // m_search in UTF-8
    QHash<int, QVariant> m_roleFilters;

    QList<int> m_order; // every source row, in the applied order
    QList<bool> m_accepted; // by source row
    QList<int> m_rows; // the accepted rows of m_order: this model's rows
    mutable QList<int> m_proxyRowOf; // by source row: its row here, or -1
    mutable bool m_proxyRowsStale = true;

    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    int m_appliedColumn = -1; // the order m_order is in
    Qt::SortOrder m_appliedOrder = Qt::AscendingOrder;
    int m_backgroundSortRows = 20000;
    RowSortJob *m_sortJob = nullptr;

    QList<QMetaObject::Connection> m_sourceConnections;
    QList<QPersistentModelIndex> m_layoutSources; // across a layout change of the source
    QModelIndexList m_layoutProxies;
};
