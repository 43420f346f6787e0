#include "models/lists/rowsortjob.h"

#include "models/lists/roworder.h"

#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <numeric>

RowSortJob::RowSortJob(ValueReader values, int rows, Qt::SortOrder order, QObject *parent)
    : QObject(parent)
    , m_order(order)
    , m_rowNow(rows)
    , m_changed(rows, false)
{
    std::iota(m_rowNow.begin(), m_rowNow.end(), 0);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RowSortJob::finished);
    auto promise = std::make_shared<QPromise<QList<int>>>();
    m_watcher.setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, values = std::move(values), order] {
        promise->addResult(RowOrder::sorted(values(), order));
        promise->finish();
    });
}

RowSortJob::~RowSortJob()
{
    // The pool thread may still be sorting: it owns the promise and ends by itself.
    m_watcher.disconnect(this);
}

void RowSortJob::rowsInserted(int first, int last)
{
    const int count = last - first + 1;
    for (int &row : m_rowNow) {
        if (row >= first)
            row += count;
    }
    m_changed.insert(first, count, true);
}

void RowSortJob::rowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    for (int &row : m_rowNow) {
        if (row > last)
            row -= count;
        else if (row >= first)
            row = -1;
    }
    m_changed.remove(first, qMin(count, int(m_changed.size()) - first));
}

void RowSortJob::rowsChanged(int first, int last)
{
    for (int row = first; row <= last && row < m_changed.size(); ++row)
        m_changed[row] = true;
}

QList<int> RowSortJob::sortedRows() const
{
    QList<int> rows;
    if (!m_watcher.isFinished() || m_watcher.future().resultCount() == 0)
        return rows;
    const QList<int> sorted = m_watcher.future().result();
    rows.reserve(sorted.size());
    for (int was : sorted) {
        const int now = m_rowNow.at(was);
        if (now >= 0 && !m_changed.at(now))
            rows.append(now);
    }
    return rows;
}

QList<int> RowSortJob::changedRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_changed.size(); ++row) {
        if (m_changed.at(row))
            rows.append(row);
    }
    return rows;
}
