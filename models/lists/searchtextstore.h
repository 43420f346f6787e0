#pragma once

#include <QByteArray>
#include <QByteArrayMatcher>
#include <QByteArrayView>
#include <QList>

// The lower-case search text of every row of a table, in UTF-8, one row
// after the other in one buffer: no string object per row (about 40 bytes
// each), and a search finds every row that matches in one pass over the
// buffer instead of one search per row. Rows are separated by a byte that
// UTF-8 never holds, so that no match runs from one row into the next.
class SearchTextStore
{
public:
    qsizetype size() const { return m_ends.size(); }
    QByteArrayView at(qsizetype row) const;

    void append(QByteArrayView text);
    void insert(qsizetype row, QByteArrayView text);
    void replace(qsizetype row, QByteArrayView text);
    void remove(qsizetype row);
    void clear();

    // By row: whether its text contains the matcher's pattern (UTF-8).
    QList<bool> rowsContaining(const QByteArrayMatcher &matcher) const;

private:
    qsizetype startOf(qsizetype row) const { return row == 0 ? 0 : m_ends.at(row - 1); }
    void shiftEnds(qsizetype fromRow, qsizetype by);

    QByteArray m_text; // each row's text, then kSeparator
    QList<quint32> m_ends; // by row: where the next row's text starts
};
