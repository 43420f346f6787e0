#include "models/lists/recordfilterproxymodel.h"

#include "models/lists/naturalorder.h"
#include "models/lists/pagedtablemodel.h"

#include <algorithm>
#include <numeric>

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PagedTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    connect(this, &QSortFilterProxyModel::sortRoleChanged, this, [this] { forgetSortValues(); });
}

void RecordFilterProxyModel::setSourceModel(QAbstractItemModel *source)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    forgetSortValues();
    if (source) {
        // Before QSortFilterProxyModel::setSourceModel() connects its own
        // handlers: ours run first, so inserted rows are sorted in with
        // their own values.
        const auto forget = [this] { forgetSortValues(); };
        m_sourceConnections = {
            connect(source, &QAbstractItemModel::rowsInserted, this,
                &RecordFilterProxyModel::sourceRowsInserted),
            connect(source, &QAbstractItemModel::rowsRemoved, this,
                &RecordFilterProxyModel::sourceRowsRemoved),
            connect(source, &QAbstractItemModel::dataChanged, this,
                &RecordFilterProxyModel::sourceDataChanged),
            connect(source, &QAbstractItemModel::modelReset, this, forget),
            connect(source, &QAbstractItemModel::layoutChanged, this, forget),
            connect(source, &QAbstractItemModel::rowsMoved, this, forget),
            connect(source, &QAbstractItemModel::columnsInserted, this, forget),
            connect(source, &QAbstractItemModel::columnsRemoved, this, forget),
        };
    }
    QSortFilterProxyModel::setSourceModel(source);
}

void RecordFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel() && column >= 0 && column < sourceModel()->columnCount())
        rankRows(column);
    QSortFilterProxyModel::sort(column, order);
}

void RecordFilterProxyModel::rankRows(int column)
{
    const int rows = sourceModel()->rowCount();
    for (int row = 0; row < rows; ++row)
        readSortValue(sourceModel()->index(row, column));
    QList<int> byOrder(rows);
    std::iota(byOrder.begin(), byOrder.end(), 0);
    std::stable_sort(byOrder.begin(), byOrder.end(),
        [this](int left, int right) { return cachedLessThan(left, right); });
    m_sortRanks.resize(rows);
    for (int place = 0, rank = 0; place < rows; ++place) {
        if (place > 0 && cachedLessThan(byOrder[place - 1], byOrder[place]))
            rank = place;
        m_sortRanks[byOrder[place]] = rank;
    }
}

bool RecordFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == m_sortValuesColumn && right.column() == m_sortValuesColumn
        && !left.parent().isValid() && left.row() < m_sortRanks.size()
        && right.row() < m_sortRanks.size())
        return m_sortRanks.at(left.row()) < m_sortRanks.at(right.row());
    readSortValue(left);
    readSortValue(right);
    return cachedLessThan(left.row(), right.row());
}

bool RecordFilterProxyModel::cachedLessThan(int leftRow, int rightRow) const
{
    const SortPrefix &leftPrefix = m_sortPrefixes.at(leftRow);
    const SortPrefix &rightPrefix = m_sortPrefixes.at(rightRow);
    if (leftPrefix.text && rightPrefix.text) {
        const std::optional<int> byPrefix =
            NaturalOrder::comparePrefixes(leftPrefix.prefix, rightPrefix.prefix);
        if (byPrefix)
            return *byPrefix < 0;
        return NaturalOrder::lessThan(
            *static_cast<const QString *>(m_sortValues.at(leftRow).constData()),
            *static_cast<const QString *>(m_sortValues.at(rightRow).constData()));
    }
    const QVariant &leftValue = m_sortValues.at(leftRow);
    const QVariant &rightValue = m_sortValues.at(rightRow);
    if (leftValue.metaType() == rightValue.metaType()) {
        const QPartialOrdering order = QVariant::compare(leftValue, rightValue);
        if (order != QPartialOrdering::Unordered)
            return order == QPartialOrdering::Less;
    }
    return QSortFilterProxyModel::lessThan(sourceModel()->index(leftRow, m_sortValuesColumn),
        sourceModel()->index(rightRow, m_sortValuesColumn));
}

void RecordFilterProxyModel::readSortValue(const QModelIndex &sourceIndex) const
{
    const int row = sourceIndex.row();
    if (sourceIndex.column() != m_sortValuesColumn || sourceIndex.parent().isValid()) {
        forgetSortValues();
        m_sortValuesColumn = sourceIndex.column();
    }
    if (row >= m_sortPrefixes.size()) {
        const qsizetype rows = qMax(qsizetype(row) + 1, qsizetype(sourceModel()->rowCount()));
        m_sortPrefixes.resize(rows);
        m_sortValues.resize(rows);
    }
    SortPrefix &prefix = m_sortPrefixes[row];
    if (prefix.read)
        return;
    QVariant &value = m_sortValues[row];
    value = sourceIndex.data(sortRole());
    prefix.read = true;
    prefix.text = value.metaType() == QMetaType::fromType<QString>();
    if (prefix.text)
        prefix.prefix = NaturalOrder::prefixOf(*static_cast<const QString *>(value.constData()));
}

void RecordFilterProxyModel::forgetSortValues() const
{
    m_sortPrefixes.clear();
    m_sortPrefixes.squeeze();
    m_sortValues.clear();
    m_sortValues.squeeze();
    m_sortValuesColumn = -1;
    forgetSortRanks();
}

void RecordFilterProxyModel::forgetSortRanks() const
{
    m_sortRanks.clear();
    m_sortRanks.squeeze();
}

void RecordFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        forgetSortValues();
    } else if (first < m_sortPrefixes.size()) { // rows after the cached ones change nothing
        forgetSortRanks();
        m_sortPrefixes.insert(first, last - first + 1, SortPrefix());
        m_sortValues.insert(first, last - first + 1, QVariant());
    }
}

void RecordFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid()) {
        forgetSortValues();
    } else if (first < m_sortPrefixes.size()) {
        forgetSortRanks();
        const qsizetype count = qMin(qsizetype(last) + 1, m_sortPrefixes.size()) - first;
        m_sortPrefixes.remove(first, count);
        m_sortValues.remove(first, count);
    }
}

void RecordFilterProxyModel::sourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (topLeft.parent().isValid())
        return forgetSortValues();
    if (topLeft.row() < m_sortPrefixes.size())
        forgetSortRanks();
    for (int row = topLeft.row(); row <= bottomRight.row() && row < m_sortPrefixes.size(); ++row)
        m_sortPrefixes[row].read = false;
}

void RecordFilterProxyModel::setSearchText(const QString &text)
{
    const QString search = text.trimmed().toLower();
    if (search == m_search)
        return;
    m_search = search;
    m_searchBytes.setPattern(search.toUtf8());
    // A new search changes most rows at once: one layout change (mapping
    // rebuilt lazily) is far cheaper than row removals range by range.
    invalidate();
}

void RecordFilterProxyModel::setRoleFilter(int role, const QVariant &value)
{
    if (value.isValid())
        m_roleFilters.insert(role, value);
    else
        m_roleFilters.remove(role);
    if (auto *paged = qobject_cast<PagedTableModel *>(sourceModel()))
        paged->setRoleFiltered(role, value.isValid());
    invalidateFilter();
}

void RecordFilterProxyModel::clearRoleFilters()
{
    if (m_roleFilters.isEmpty())
        return;
    const QList<int> roles = m_roleFilters.keys();
    m_roleFilters.clear();
    if (auto *paged = qobject_cast<PagedTableModel *>(sourceModel())) {
        for (int role : roles)
            paged->setRoleFiltered(role, false);
    }
    invalidateFilter();
}

bool RecordFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_search.isEmpty()) {
        const auto *paged = qobject_cast<const PagedTableModel *>(sourceModel());
        const bool found = paged ? m_searchBytes.indexIn(paged->searchBytesAt(sourceRow)) >= 0
                                 : sourceModel()
                                       ->index(sourceRow, 0, sourceParent)
                                       .data(PagedTableModel::SearchTextRole)
                                       .toString()
                                       .contains(m_search);
        if (!found)
            return false;
    }
    if (m_roleFilters.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    for (auto it = m_roleFilters.cbegin(); it != m_roleFilters.cend(); ++it) {
        if (index.data(it.key()) != it.value())
            return false;
    }
    return true;
}
