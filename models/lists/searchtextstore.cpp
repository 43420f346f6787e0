#include "models/lists/searchtextstore.h"

#include <algorithm>

namespace {

constexpr char kSeparator = char(0xff); // never a byte of UTF-8

} // namespace

QByteArrayView SearchTextStore::at(qsizetype row) const
{
    const qsizetype start = startOf(row);
    return QByteArrayView(m_text.constData() + start, m_ends.at(row) - 1 - start);
}

void SearchTextStore::append(QByteArrayView text)
{
    m_text.append(text);
    m_text.append(kSeparator);
    m_ends.append(quint32(m_text.size()));
}

void SearchTextStore::insert(qsizetype row, QByteArrayView text)
{
    const qsizetype start = startOf(row);
    m_text.insert(start, text.toByteArray() + kSeparator);
    m_ends.insert(row, quint32(start));
    shiftEnds(row, text.size() + 1);
}

void SearchTextStore::replace(qsizetype row, QByteArrayView text)
{
    const qsizetype start = startOf(row);
    const qsizetype oldSize = m_ends.at(row) - 1 - start;
    m_text.replace(start, oldSize, text.toByteArray());
    shiftEnds(row, text.size() - oldSize);
}

void SearchTextStore::remove(qsizetype row)
{
    const qsizetype start = startOf(row);
    const qsizetype size = m_ends.at(row) - start;
    m_text.remove(start, size);
    m_ends.removeAt(row);
    shiftEnds(row, -size);
}

void SearchTextStore::clear()
{
    m_text.clear();
    m_ends.clear();
}

void SearchTextStore::shiftEnds(qsizetype fromRow, qsizetype by)
{
    for (qsizetype row = fromRow; row < m_ends.size(); ++row)
        m_ends[row] = quint32(m_ends.at(row) + by);
}

QList<bool> SearchTextStore::rowsContaining(const QByteArrayMatcher &matcher) const
{
    QList<bool> rows(size(), matcher.pattern().isEmpty());
    if (matcher.pattern().isEmpty())
        return rows;
    qsizetype from = 0;
    for (;;) {
        const qsizetype found = matcher.indexIn(m_text.constData(), m_text.size(), from);
        if (found < 0)
            break;
        const auto row = std::upper_bound(m_ends.cbegin(), m_ends.cend(), quint32(found));
        rows[row - m_ends.cbegin()] = true;
        from = *row; // one match is enough: on with the next row
    }
    return rows;
}
