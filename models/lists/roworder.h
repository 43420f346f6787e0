#pragma once

#include <QList>
#include <QVariant>
#include <QtGlobal>

// The order of a table's rows by one column's sort values (SortRole): text
// in NaturalOrder, other values as QVariant compares them, rows without a
// value last; rows of equal value keep the table's order, whichever the
// direction. Pure functions: a sort runs on a pool thread with them, and
// the proxy places single rows with the same order on the GUI thread.
namespace RowOrder {

// Negative when a sorts before b (ascending), zero when equal, positive after.
int compareValues(const QVariant &a, const QVariant &b);

// Whether row a (value a) comes before row b (value b).
inline bool before(const QVariant &valueA, int rowA, const QVariant &valueB, int rowB,
    Qt::SortOrder order)
{
    const int byValue = compareValues(valueA, valueB);
    if (byValue != 0)
        return order == Qt::AscendingOrder ? byValue < 0 : byValue > 0;
    return rowA < rowB;
}

// The rows 0 … values.size() - 1 in order of values[row].
QList<int> sorted(const QList<QVariant> &values, Qt::SortOrder order);

} // namespace RowOrder
