#pragma once

#include <QHash>
#include <QSortFilterProxyModel>
#include <QVariant>

// Free-text search and quick filters over a PagedTableModel, sorting by any
// column on its SortRole. The search looks through the source's cached
// SearchTextRole, so a keystroke over 100,000 rows builds no strings.
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QHash<int, QVariant> m_roleFilters;
};
