// RecordFilterProxyModel: the search and quick filters, and how the rows
// follow the source's inserts, removals, changes and layout changes.

#include "models/lists/pagedtablemodel.h"
#include "models/lists/recordfilterproxymodel.h"
#include "models/lists/rowsortjob.h"
#include "models/lists/searchtextstore.h"

#include <algorithm>

void RecordFilterProxyModel::setSearchText(const QString &text)
{
    const QString search = text.trimmed().toLower();
    if (search == m_search)
        return;
    m_search = search;
    m_searchBytes.setPattern(search.toUtf8());
    refilterAll();
}

void RecordFilterProxyModel::setRoleFilter(int role, const QVariant &value)
{
    if (value.isValid())
        m_roleFilters.insert(role, value);
    else
        m_roleFilters.remove(role);
    if (m_paged)
        m_paged->setRoleFiltered(role, value.isValid());
    refilterAll();
}

void RecordFilterProxyModel::clearRoleFilters()
{
    if (m_roleFilters.isEmpty())
        return;
    const QList<int> roles = m_roleFilters.keys();
    m_roleFilters.clear();
    if (m_paged) {
        for (int role : roles)
            m_paged->setRoleFiltered(role, false);
    }
    refilterAll();
}

// A new search changes most rows at once: one layout change is far cheaper
// than row removals range by range. The search looks through every row's
// text in one pass where the source keeps it in one buffer.
void RecordFilterProxyModel::refilterAll()
{
    relayout([this] {
        const SearchTextStore *texts = m_paged ? m_paged->searchTexts() : nullptr;
        const bool allAtOnce =
            !m_search.isEmpty() && texts && texts->size() == m_accepted.size();
        const QList<bool> found = allAtOnce ? texts->rowsContaining(m_searchBytes) : QList<bool>();
        for (qsizetype row = 0; row < m_accepted.size(); ++row) {
            m_accepted[row] = allAtOnce ? found.at(row) && matchesRoleFilters(int(row))
                                        : acceptsRow(int(row));
        }
    });
}

bool RecordFilterProxyModel::acceptsRow(int sourceRow) const
{
    return (m_search.isEmpty() || matchesSearch(sourceRow)) && matchesRoleFilters(sourceRow);
}

bool RecordFilterProxyModel::matchesRoleFilters(int sourceRow) const
{
    if (m_roleFilters.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0);
    for (auto it = m_roleFilters.cbegin(); it != m_roleFilters.cend(); ++it) {
        if (index.data(it.key()) != it.value())
            return false;
    }
    return true;
}

bool RecordFilterProxyModel::matchesSearch(int sourceRow) const
{
    if (m_paged)
        return m_searchBytes.indexIn(m_paged->searchBytesAt(sourceRow)) >= 0;
    return sourceModel()
        ->index(sourceRow, 0)
        .data(PagedTableModel::SearchTextRole)
        .toString()
        .contains(m_search);
}

void RecordFilterProxyModel::sourceRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (m_sortJob)
        m_sortJob->rowsInserted(first, last);
    for (QList<int> *rows : { &m_order, &m_rows }) {
        for (int &row : *rows) {
            if (row >= first)
                row += count;
        }
    }
    m_accepted.insert(first, count, false);
    m_proxyRowsStale = true;
    QList<int> inserted;
    for (int row = first; row <= last; ++row)
        inserted.append(row);
    m_order = placeAmong(std::move(m_order), inserted);
    QList<int> shown;
    for (int row : std::as_const(inserted)) {
        if (acceptsRow(row))
            shown.append(row);
    }
    insertProxyRows(shown);
}

// Inserts accepted source rows that m_order holds, each where the order puts
// it, in as few ranges as the order allows.
void RecordFilterProxyModel::insertProxyRows(const QList<int> &sourceRows)
{
    const QList<std::pair<qsizetype, int>> places = placesAmong(m_rows, sourceRows);
    qsizetype inserted = 0;
    for (qsizetype at = 0; at < places.size();) {
        qsizetype end = at + 1;
        while (end < places.size() && places.at(end).first == places.at(at).first)
            ++end;
        const int proxyRow = int(places.at(at).first + inserted);
        beginInsertRows({}, proxyRow, proxyRow + int(end - at) - 1);
        for (qsizetype k = at; k < end; ++k) {
            m_rows.insert(proxyRow + (k - at), places.at(k).second);
            m_accepted[places.at(k).second] = true;
        }
        m_proxyRowsStale = true;
        endInsertRows();
        inserted += end - at;
        at = end;
    }
}

void RecordFilterProxyModel::removeProxyRows(QList<int> proxyRows)
{
    std::sort(proxyRows.begin(), proxyRows.end(), std::greater<int>());
    for (qsizetype at = 0; at < proxyRows.size();) {
        qsizetype end = at + 1;
        while (end < proxyRows.size() && proxyRows.at(end) == proxyRows.at(end - 1) - 1)
            ++end;
        const int firstRow = proxyRows.at(end - 1), lastRow = proxyRows.at(at);
        beginRemoveRows({}, firstRow, lastRow);
        for (int row = firstRow; row <= lastRow; ++row)
            m_accepted[m_rows.at(row)] = false;
        m_rows.remove(firstRow, lastRow - firstRow + 1);
        m_proxyRowsStale = true;
        endRemoveRows();
        at = end;
    }
}

void RecordFilterProxyModel::sourceRowsAboutToBeRemoved(
    const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    ensureProxyRows();
    QList<int> proxyRows;
    for (int row = first; row <= last && row < m_proxyRowOf.size(); ++row) {
        if (m_proxyRowOf.at(row) >= 0)
            proxyRows.append(m_proxyRowOf.at(row));
    }
    removeProxyRows(proxyRows);
}

void RecordFilterProxyModel::sourceRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int count = last - first + 1;
    if (m_sortJob)
        m_sortJob->rowsRemoved(first, last);
    m_order.removeIf([&](int row) { return row >= first && row <= last; });
    for (QList<int> *rows : { &m_order, &m_rows }) {
        for (int &row : *rows) {
            if (row > last)
                row -= count;
        }
    }
    m_accepted.remove(first, count);
    m_proxyRowsStale = true;
}

// A changed row may leave the filter, enter it, or move in the order.
void RecordFilterProxyModel::sourceDataChanged(
    const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles)
{
    Q_UNUSED(roles) // a sort value may follow from any role (a check's result)
    if (!topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int first = topLeft.row(), last = bottomRight.row();
    if (m_sortJob)
        m_sortJob->rowsChanged(first, last);
    ensureProxyRows();
    QList<int> leaving, entering;
    for (int row = first; row <= last; ++row) {
        const bool accepted = acceptsRow(row);
        if (m_accepted.at(row) && !accepted)
            leaving.append(m_proxyRowOf.at(row));
        else if (!m_accepted.at(row) && accepted)
            entering.append(row);
    }
    removeProxyRows(leaving);
    if (m_appliedColumn >= topLeft.column() && m_appliedColumn <= bottomRight.column())
        placeAgain(first, last);
    insertProxyRows(entering);
    ensureProxyRows();
    int top = int(m_rows.size()), bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int proxyRow = m_proxyRowOf.at(row);
        if (proxyRow >= 0) {
            top = qMin(top, proxyRow);
            bottom = qMax(bottom, proxyRow);
        }
    }
    if (bottom >= 0)
        emit dataChanged(index(top, topLeft.column()), index(bottom, bottomRight.column()), roles);
}

// Rows first … last by their values again; a layout change only when a row
// on show moves.
void RecordFilterProxyModel::placeAgain(int first, int last)
{
    // One row changed, as after an edit or a check's result: most stay where they are.
    constexpr int kFewRows = 8;
    if (last - first < kFewRows) {
        bool inPlace = true;
        for (int row = first; row <= last && inPlace; ++row)
            inPlace = isInPlace(row);
        if (inPlace)
            return;
    }
    QList<int> rest = m_order;
    rest.removeIf([&](int row) { return row >= first && row <= last; });
    QList<int> changed;
    for (int row = first; row <= last; ++row)
        changed.append(row);
    QList<int> order = placeAmong(std::move(rest), changed);
    if (order == m_order)
        return;
    if (acceptedRows(order) == m_rows) { // only rows not on show moved
        m_order = std::move(order);
        return;
    }
    relayout([&] { m_order = std::move(order); });
}

bool RecordFilterProxyModel::isInPlace(int sourceRow) const
{
    const qsizetype at = m_order.indexOf(sourceRow);
    const QVariant value = sortValue(sourceRow);
    const bool afterPrevious = at == 0
        || sortsBefore(m_order.at(at - 1), sortValue(m_order.at(at - 1)), sourceRow, value);
    return afterPrevious
        && (at + 1 == m_order.size()
            || sortsBefore(sourceRow, value, m_order.at(at + 1), sortValue(m_order.at(at + 1))));
}

void RecordFilterProxyModel::sourceLayoutAboutToBeChanged()
{
    emit layoutAboutToBeChanged();
    m_layoutProxies = persistentIndexList();
    m_layoutSources.clear();
    for (const QModelIndex &index : std::as_const(m_layoutProxies))
        m_layoutSources.append(QPersistentModelIndex(mapToSource(index)));
}

void RecordFilterProxyModel::sourceLayoutChanged()
{
    takeAllRows();
    QModelIndexList after;
    for (const QPersistentModelIndex &source : std::as_const(m_layoutSources))
        after.append(mapFromSource(source));
    changePersistentIndexList(m_layoutProxies, after);
    m_layoutProxies.clear();
    m_layoutSources.clear();
    emit layoutChanged();
}
