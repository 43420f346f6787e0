#pragma once

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QVariant>

#include <functional>

// One sort of a table's rows on a pool thread. It starts from the sort
// values of the rows as they were (a reader of a copy of the records, or
// the values themselves) and keeps track of what happens to the rows while
// it runs, so that its answer can be applied to the rows as they are then:
// removed rows are left out, and rows inserted or changed meanwhile are
// named apart, for the proxy to place one by one.
// Deleting the job drops its answer; the pool thread finishes unobserved.
class RowSortJob : public QObject
{
    Q_OBJECT

public:
    // Reads every row's sort value; called on a pool thread.
    using ValueReader = std::function<QList<QVariant>()>;

    RowSortJob(ValueReader values, int rows, Qt::SortOrder order, QObject *parent = nullptr);
    ~RowSortJob() override;

    Qt::SortOrder order() const { return m_order; }

    // The table's changes while the job runs.
    void rowsInserted(int first, int last);
    void rowsRemoved(int first, int last);
    void rowsChanged(int first, int last);

    // After finished(): the rows in order as the table numbers them now,
    // without those changedRows() lists (inserted or changed meanwhile).
    QList<int> sortedRows() const;
    QList<int> changedRows() const;

signals:
    void finished();

private:
    Qt::SortOrder m_order;
    QFutureWatcher<QList<int>> m_watcher;
    QList<int> m_rowNow; // by row as it was: its row now, or -1 when removed
    QList<bool> m_changed; // by row now
};
