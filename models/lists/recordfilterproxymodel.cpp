#include "models/lists/recordfilterproxymodel.h"

#include "models/lists/pagedtablemodel.h"
#include "models/lists/roworder.h"
#include "models/lists/rowsortjob.h"

#include <algorithm>
#include <numeric>

namespace {

QList<int> sourceOrder(int rows)
{
    QList<int> order(rows);
    std::iota(order.begin(), order.end(), 0);
    return order;
}

} // namespace

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

RecordFilterProxyModel::~RecordFilterProxyModel() = default;

void RecordFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    dropSortJob();
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QAbstractProxyModel::setSourceModel(source);
    m_paged = qobject_cast<PagedTableModel *>(source);
    if (source) {
        using Model = QAbstractItemModel;
        // As QSortFilterProxyModel does: no reset, which would also empty
        // the views' headers just before they save their state.
        const auto forgetSource = [this] {
            dropSortJob();
            m_order.clear();
            m_accepted.clear();
            m_rows.clear();
            m_proxyRowsStale = true;
            m_paged = nullptr;
        };
        m_sourceConnections = {
            connect(source, &Model::rowsInserted, this, &RecordFilterProxyModel::sourceRowsInserted),
            connect(source, &Model::rowsAboutToBeRemoved, this,
                &RecordFilterProxyModel::sourceRowsAboutToBeRemoved),
            connect(source, &Model::rowsRemoved, this, &RecordFilterProxyModel::sourceRowsRemoved),
            connect(source, &Model::dataChanged, this, &RecordFilterProxyModel::sourceDataChanged),
            connect(source, &Model::modelAboutToBeReset, this,
                [this] {
                    beginResetModel();
                    dropSortJob();
                }),
            connect(source, &Model::modelReset, this,
                [this] {
                    takeAllRows();
                    endResetModel();
                }),
            connect(source, &Model::layoutAboutToBeChanged, this,
                &RecordFilterProxyModel::sourceLayoutAboutToBeChanged),
            connect(source, &Model::layoutChanged, this,
                &RecordFilterProxyModel::sourceLayoutChanged),
            connect(source, &Model::rowsAboutToBeMoved, this,
                &RecordFilterProxyModel::sourceLayoutAboutToBeChanged),
            connect(source, &Model::rowsMoved, this, &RecordFilterProxyModel::sourceLayoutChanged),
            connect(source, &Model::columnsAboutToBeInserted, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        beginInsertColumns({}, first, last);
                }),
            connect(source, &Model::columnsInserted, this,
                [this](const QModelIndex &parent) {
                    if (!parent.isValid())
                        endInsertColumns();
                }),
            connect(source, &Model::columnsAboutToBeRemoved, this,
                [this](const QModelIndex &parent, int first, int last) {
                    if (!parent.isValid())
                        beginRemoveColumns({}, first, last);
                }),
            connect(source, &Model::columnsRemoved, this,
                [this](const QModelIndex &parent) {
                    if (!parent.isValid())
                        endRemoveColumns();
                }),
            connect(source, &Model::headerDataChanged, this,
                [this](Qt::Orientation orientation, int first, int last) {
                    if (orientation == Qt::Horizontal)
                        emit headerDataChanged(orientation, first, last);
                }),
            connect(source, &QObject::destroyed, this, forgetSource),
        };
    }
    takeAllRows();
    endResetModel();
}

// Within a reset or a layout change of the source: every row again, in the
// order asked for (the source's until a sort on a pool thread is applied).
void RecordFilterProxyModel::takeAllRows()
{
    dropSortJob();
    const int rows = sourceModel() ? sourceModel()->rowCount() : 0;
    if (m_sortColumn >= columnCount())
        m_sortColumn = -1;
    m_order = sourceOrder(rows);
    m_appliedColumn = -1;
    m_accepted.resize(rows);
    for (int row = 0; row < rows; ++row)
        m_accepted[row] = acceptsRow(row);
    if (m_sortColumn >= 0 && rows == 0) {
        m_appliedColumn = m_sortColumn;
        m_appliedOrder = m_sortOrder;
    } else if (m_sortColumn >= 0 && rows < m_backgroundSortRows) {
        m_order = RowOrder::sorted(readSortValues(m_sortColumn)(), m_sortOrder);
        m_appliedColumn = m_sortColumn;
        m_appliedOrder = m_sortOrder;
    } else if (m_sortColumn >= 0) {
        startSortJob();
    }
    rebuildRows();
}

QModelIndex RecordFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= m_rows.size()
        || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex RecordFilterProxyModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child)
    return {};
}

QModelIndex RecordFilterProxyModel::sibling(int row, int column, const QModelIndex &index) const
{
    return index.isValid() ? this->index(row, column) : QModelIndex();
}

int RecordFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !sourceModel() ? 0 : sourceModel()->columnCount();
}

bool RecordFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex RecordFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !sourceModel() || proxyIndex.model() != this)
        return {};
    return sourceModel()->index(m_rows.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex RecordFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != sourceModel()
        || sourceIndex.parent().isValid())
        return {};
    ensureProxyRows();
    const int row = m_proxyRowOf.value(sourceIndex.row(), -1);
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

void RecordFilterProxyModel::ensureProxyRows() const
{
    if (!m_proxyRowsStale)
        return;
    m_proxyRowOf.fill(-1, m_accepted.size());
    for (qsizetype row = 0; row < m_rows.size(); ++row)
        m_proxyRowOf[m_rows.at(row)] = int(row);
    m_proxyRowsStale = false;
}

QList<int> RecordFilterProxyModel::acceptedRows(const QList<int> &order) const
{
    QList<int> rows;
    rows.reserve(order.size());
    for (int row : order) {
        if (m_accepted.at(row))
            rows.append(row);
    }
    return rows;
}

void RecordFilterProxyModel::rebuildRows()
{
    m_rows = acceptedRows(m_order);
    m_proxyRowsStale = true;
}

void RecordFilterProxyModel::relayout(const std::function<void()> &change)
{
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<std::pair<int, int>> sources; // source row, column
    sources.reserve(before.size());
    for (const QModelIndex &index : before)
        sources.append({ m_rows.at(index.row()), index.column() });
    change();
    rebuildRows();
    ensureProxyRows();
    QModelIndexList after;
    after.reserve(before.size());
    for (const auto &[sourceRow, column] : std::as_const(sources)) {
        const int row = m_proxyRowOf.value(sourceRow, -1);
        after.append(row < 0 ? QModelIndex() : createIndex(row, column));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void RecordFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    dropSortJob();
    const bool byColumn = sourceModel() && column >= 0 && column < sourceModel()->columnCount();
    m_sortColumn = byColumn ? column : -1;
    m_sortOrder = order;
    const int rows = int(m_order.size());
    if (byColumn && rows >= m_backgroundSortRows) {
        startSortJob();
        return;
    }
    const QList<int> sorted = byColumn ? RowOrder::sorted(readSortValues(column)(), order)
                                       : sourceOrder(rows);
    applySort(sorted, {});
}

PagedTableModel::SortValueReader RecordFilterProxyModel::readSortValues(int column) const
{
    if (m_paged) {
        if (PagedTableModel::SortValueReader reader = m_paged->sortValueReader(column))
            return reader;
    }
    // Only data() can tell: read here, once, and sort elsewhere.
    QList<QVariant> values;
    const int rows = sourceModel()->rowCount();
    values.reserve(rows);
    for (int row = 0; row < rows; ++row)
        values.append(sourceModel()->index(row, column).data(PagedTableModel::SortRole));
    return [values] { return values; };
}

void RecordFilterProxyModel::startSortJob()
{
    m_sortJob = new RowSortJob(
        readSortValues(m_sortColumn), int(m_order.size()), m_sortOrder, this);
    connect(m_sortJob, &RowSortJob::finished, this, &RecordFilterProxyModel::applySortJob);
}

void RecordFilterProxyModel::applySortJob()
{
    RowSortJob *job = std::exchange(m_sortJob, nullptr);
    job->deleteLater();
    applySort(job->sortedRows(), job->changedRows());
}

// sorted: rows in the order asked for; placeLater: rows it does not hold
// (inserted or changed while it was made), placed by their own values.
void RecordFilterProxyModel::applySort(QList<int> sorted, const QList<int> &placeLater)
{
    relayout([&] {
        m_appliedColumn = m_sortColumn;
        m_appliedOrder = m_sortOrder;
        m_order = placeAmong(std::move(sorted), placeLater);
    });
    emit sortFinished();
}

QList<int> RecordFilterProxyModel::placeAmong(QList<int> sorted, const QList<int> &rows) const
{
    if (rows.isEmpty())
        return sorted;
    const QList<std::pair<qsizetype, int>> places = placesAmong(sorted, rows);
    QList<int> merged;
    merged.reserve(sorted.size() + rows.size());
    qsizetype next = 0;
    for (const auto &[place, row] : std::as_const(places)) {
        merged.append(sorted.mid(next, place - next));
        merged.append(row);
        next = place;
    }
    merged.append(sorted.mid(next));
    return merged;
}

QList<std::pair<qsizetype, int>> RecordFilterProxyModel::placesAmong(
    const QList<int> &sorted, const QList<int> &rows) const
{
    QList<std::pair<qsizetype, int>> places;
    places.reserve(rows.size());
    for (int row : rows)
        places.append({ sortedPlace(sorted, row), row });
    std::sort(places.begin(), places.end(), [this](const auto &a, const auto &b) {
        if (a.first != b.first)
            return a.first < b.first;
        return sortsBefore(a.second, sortValue(a.second), b.second, sortValue(b.second));
    });
    return places;
}

void RecordFilterProxyModel::dropSortJob()
{
    delete std::exchange(m_sortJob, nullptr);
}

QVariant RecordFilterProxyModel::sortValue(int sourceRow) const
{
    if (m_appliedColumn < 0)
        return {};
    return sourceModel()->index(sourceRow, m_appliedColumn).data(PagedTableModel::SortRole);
}

bool RecordFilterProxyModel::sortsBefore(
    int rowA, const QVariant &valueA, int rowB, const QVariant &valueB) const
{
    if (m_appliedColumn < 0)
        return rowA < rowB;
    return RowOrder::before(valueA, rowA, valueB, rowB, m_appliedOrder);
}

qsizetype RecordFilterProxyModel::sortedPlace(const QList<int> &rows, int sourceRow) const
{
    const QVariant value = sortValue(sourceRow);
    const auto place = std::partition_point(rows.cbegin(), rows.cend(),
        [&](int row) { return sortsBefore(row, sortValue(row), sourceRow, value); });
    return place - rows.cbegin();
}
