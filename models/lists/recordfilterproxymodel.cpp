#include "models/lists/recordfilterproxymodel.h"

#include "models/lists/pagedtablemodel.h"

RecordFilterProxyModel::RecordFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(PagedTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void RecordFilterProxyModel::setSearchText(const QString &text)
{
    const QString search = text.trimmed().toLower();
    if (search == m_search)
        return;
    m_search = search;
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
        const bool found = paged ? paged->searchTextAt(sourceRow).contains(m_search)
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
