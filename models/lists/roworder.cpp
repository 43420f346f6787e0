#include "models/lists/roworder.h"

#include "models/lists/naturalorder.h"

#include <QtEndian>
#include <QElapsedTimer>

#include <algorithm>
#include <cstring>
#include <numeric>

namespace {

const QString &textOf(const QVariant &value)
{
    return *static_cast<const QString *>(value.constData());
}

bool isText(const QVariant &value)
{
    return value.metaType() == QMetaType::fromType<QString>();
}

// A row and eight bytes of its NaturalOrder key, from depth on (zeros past
// its end): rows are sorted by the first eight bytes, then each run of rows
// that agree there by the next eight, and so on; comparing two integers
// decides almost every step, without reading the keys.
struct KeyedRow
{
    quint64 chunk = 0;
    quint32 offset = 0; // of the key in the buffer of keys
    quint32 size = 0;
    int row = 0;
};

class TextSort
{
public:
    TextSort(const QList<QVariant> &values, Qt::SortOrder order)
        : m_values(values)
        , m_ascending(order == Qt::AscendingOrder)
    {
        m_keys.reserve(values.size() * 16);
        m_rows.resize(values.size());
        for (qsizetype row = 0; row < values.size(); ++row) {
            const quint32 offset = quint32(m_keys.size());
            NaturalOrder::appendKey(textOf(values.at(row)), m_keys);
            m_rows[row] = { 0, offset, quint32(m_keys.size()) - offset, int(row) };
        }
    }

    QList<int> rows()
    {
        sortFrom(m_rows.begin(), m_rows.end(), 0);
        QList<int> result;
        result.reserve(m_rows.size());
        for (const KeyedRow &row : std::as_const(m_rows))
            result.append(row.row);
        return result;
    }

private:
    using Iterator = QList<KeyedRow>::iterator;

    // Sorts rows whose keys agree before depth.
    void sortFrom(Iterator begin, Iterator end, quint32 depth)
    {
        for (Iterator row = begin; row != end; ++row)
            row->chunk = chunkOf(*row, depth);
        std::sort(begin, end, [this](const KeyedRow &a, const KeyedRow &b) {
            return m_ascending ? a.chunk < b.chunk : a.chunk > b.chunk;
        });
        for (Iterator run = begin; run != end;) {
            Iterator runEnd = run + 1;
            while (runEnd != end && runEnd->chunk == run->chunk)
                ++runEnd;
            if (runEnd - run > 1) {
                // Keys that agree this far have the same structure: they end together.
                if (run->size <= depth + 8)
                    sortEqualKeys(run, runEnd);
                else
                    sortFrom(run, runEnd, depth + 8);
            }
            run = runEnd;
        }
    }

    quint64 chunkOf(const KeyedRow &row, quint32 depth) const
    {
        char bytes[8] = {};
        if (row.size > depth)
            std::memcpy(bytes, m_keys.constData() + row.offset + depth, qMin(row.size - depth, 8u));
        return qFromBigEndian<quint64>(bytes);
    }

    // Equal keys: the texts differ at most in case or leading zeros.
    void sortEqualKeys(Iterator begin, Iterator end)
    {
        std::sort(begin, end, [this](const KeyedRow &a, const KeyedRow &b) {
            const int byText =
                NaturalOrder::compare(textOf(m_values.at(a.row)), textOf(m_values.at(b.row)));
            if (byText != 0)
                return m_ascending ? byText < 0 : byText > 0;
            return a.row < b.row;
        });
    }

    const QList<QVariant> &m_values;
    const bool m_ascending;
    QByteArray m_keys;
    QList<KeyedRow> m_rows;
};

} // namespace

int RowOrder::compareValues(const QVariant &a, const QVariant &b)
{
    if (isText(a) && isText(b))
        return NaturalOrder::compare(textOf(a), textOf(b));
    if (!a.isValid() || !b.isValid())
        return int(!a.isValid()) - int(!b.isValid());
    if (a.metaType() == b.metaType()) {
        const QPartialOrdering order = QVariant::compare(a, b);
        if (order == QPartialOrdering::Less)
            return -1;
        if (order == QPartialOrdering::Greater)
            return 1;
        if (order == QPartialOrdering::Equivalent)
            return 0;
    }
    return NaturalOrder::compare(a.toString(), b.toString());
}

QList<int> RowOrder::sorted(const QList<QVariant> &values, Qt::SortOrder order)
{
    if (std::all_of(values.cbegin(), values.cend(), isText))
        return TextSort(values, order).rows();
    QList<int> rows(values.size());
    std::iota(rows.begin(), rows.end(), 0);
    std::sort(rows.begin(), rows.end(), [&](int a, int b) {
        return RowOrder::before(values.at(a), a, values.at(b), b, order);
    });
    return rows;
}
