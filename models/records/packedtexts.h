#pragma once

#include <QByteArray>
#include <QHash>
#include <QExplicitlySharedDataPointer>
#include <QSharedData>
#include <QString>
#include <QStringList>
#include <QStringView>

// The text fields of many records in one block of memory. A table of
// 100,000 rows that keeps every value as a QString pays a heap allocation,
// a 16-byte header and two bytes a character for each; here a decoded page
// writes the values of all its rows into one buffer (UTF-8, each value with
// its field number and length) and every row keeps a pointer to that block
// and where its values begin: no allocation per row, and nothing scattered
// between the page's temporary allocations. A value the page already holds
// (the usual cipher list, a shared fallback URL) is written once; later rows
// refer to it.
//
// A field that is not written reads back as a null QString; one written
// empty reads back empty, not null. Text that is not valid UTF-16 (a lone
// surrogate) is kept as UTF-16, so every value reads back exactly.
class PackedTexts
{
    struct Block : QSharedData
    {
        QByteArray bytes;
    };

public:
    // Writes the rows of one page, one after another, then hands them out.
    class Writer
    {
    public:
        void beginRow();
        // A null text is skipped: it reads back null.
        void add(quint8 field, const QString &text);
        // An empty list is skipped: it reads back empty.
        void addList(quint8 field, const QStringList &list);
        // Returns where the row begins, for row() after finish().
        quint32 endRow();
        void finish();
        PackedTexts row(quint32 start) const { return PackedTexts(m_block, start); }

    private:
        void appendEntry(quint8 field, bool utf16, QByteArrayView bytes);

        QByteArray m_bytes;
        // Where each value of the page long enough to be worth a reference is.
        QHash<QByteArray, quint32> m_written;
        bool m_sharesValues = true;
        qsizetype m_rowStart = -1;
        int m_rowFields = 0;
        QExplicitlySharedDataPointer<const Block> m_block;
    };

    PackedTexts() = default;

    // The field's text; null when the field was not written.
    QString text(quint8 field) const;
    bool contains(quint8 field) const;
    QStringList list(quint8 field) const;
    // Calls visit(field, text) for each field written, in the order written.
    template<typename Visit>
    void forEach(Visit visit) const
    {
        Reader reader(*this);
        while (reader.next())
            visit(reader.field(), reader.text());
    }
    // Rows written by one Writer share one block.
    bool sharesBlockWith(const PackedTexts &other) const { return m_block == other.m_block; }

    // The values of one row, for the compact records' own fields.
    class Reader
    {
    public:
        explicit Reader(const PackedTexts &texts);
        bool next();
        quint8 field() const { return m_field; }
        QString text() const;
        QStringList list() const;

    private:
        // base: the block the row refers to; null for a list's items.
        Reader(const char *base, const char *row);

        const char *m_base = nullptr;
        const char *m_at = nullptr;
        int m_left = 0;
        quint8 m_field = 0;
        bool m_utf16 = false;
        const char *m_value = nullptr;
        quint32 m_size = 0;
    };

private:
    // Moves reader to the field's entry; false when the row has none.
    bool find(quint8 field, Reader &reader) const;

    PackedTexts(QExplicitlySharedDataPointer<const Block> block, quint32 start)
        : m_block(std::move(block))
        , m_start(start)
    { }

    QExplicitlySharedDataPointer<const Block> m_block;
    quint32 m_start = 0;
};

Q_DECLARE_TYPEINFO(PackedTexts, Q_RELOCATABLE_TYPE);
