#include "recordfilterproxymodel.h"

#include "pagedtablemodel.h"

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
    invalidateFilter();
}

void RecordFilterProxyModel::setRoleFilter(int role, const QVariant &value)
{
    if (value.isValid())
        m_roleFilters.insert(role, value);
    else
        m_roleFilters.remove(role);
    invalidateFilter();
}

void RecordFilterProxyModel::clearRoleFilters()
{
    if (m_roleFilters.isEmpty())
        return;
    m_roleFilters.clear();
    invalidateFilter();
}

bool RecordFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_search.isEmpty()
        && !index.data(PagedTableModel::SearchTextRole).toString().contains(m_search))
        return false;
    for (auto it = m_roleFilters.cbegin(); it != m_roleFilters.cend(); ++it) {
        if (index.data(it.key()) != it.value())
            return false;
    }
    return true;
}
