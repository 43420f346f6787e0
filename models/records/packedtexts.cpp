#include "models/records/packedtexts.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

// The top bits of an entry's field byte: its bytes are UTF-16, not UTF-8;
// its bytes are elsewhere in the block (a size and an offset follow).
constexpr quint8 kUtf16 = 0x80;
constexpr quint8 kShared = 0x40;
constexpr int kMaxField = 0x3f;
// A reference costs up to 5 bytes more than the entry's size: shorter
// values are written again.
constexpr qsizetype kMinShared = 8;

// Sizes in 7-bit groups, low first: one byte for a value under 128 bytes.
void appendSize(QByteArray &bytes, quint32 size)
{
    while (size >= 0x80) {
        bytes.append(char(0x80 | (size & 0x7f)));
        size >>= 7;
    }
    bytes.append(char(size));
}

quint32 readSize(const char *&at)
{
    quint32 size = 0;
    int shift = 0;
    uchar byte = 0;
    do {
        byte = uchar(*at++);
        size |= quint32(byte & 0x7f) << shift;
        shift += 7;
    } while (byte & 0x80);
    return size;
}

QString fromBytes(const char *bytes, quint32 size, bool utf16)
{
    if (!utf16)
        return size ? QString::fromUtf8(bytes, qsizetype(size)) : u""_s;
    QString text(qsizetype(size / 2), Qt::Uninitialized);
    std::memcpy(text.data(), bytes, size);
    return text;
}

} // namespace

void PackedTexts::Writer::beginRow()
{
    Q_ASSERT(m_rowStart < 0);
    m_rowStart = m_bytes.size();
    m_rowFields = 0;
    m_bytes.append('\0'); // the number of fields, set by endRow()
}

void PackedTexts::Writer::appendEntry(quint8 field, bool utf16, QByteArrayView bytes)
{
    Q_ASSERT(m_rowStart >= 0 && field <= kMaxField && m_rowFields < 0xff);
    ++m_rowFields;
    const quint8 tag = field | (utf16 ? kUtf16 : 0);
    if (m_sharesValues && bytes.size() >= kMinShared) {
        const QByteArray key = bytes.toByteArray();
        const auto written = m_written.constFind(key);
        if (written != m_written.cend()) {
            m_bytes.append(char(tag | kShared));
            appendSize(m_bytes, quint32(bytes.size()));
            appendSize(m_bytes, *written);
            return;
        }
        m_bytes.append(char(tag));
        appendSize(m_bytes, quint32(bytes.size()));
        m_written.insert(key, quint32(m_bytes.size()));
        m_bytes.append(bytes);
        return;
    }
    m_bytes.append(char(tag));
    appendSize(m_bytes, quint32(bytes.size()));
    m_bytes.append(bytes);
}

void PackedTexts::Writer::add(quint8 field, const QString &text)
{
    if (text.isNull())
        return;
    // UTF-8 cannot carry a lone surrogate: such text is kept as it is.
    if (QStringView(text).isValidUtf16())
        appendEntry(field, false, text.toUtf8());
    else
        appendEntry(field, true,
            QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
}

void PackedTexts::Writer::addList(quint8 field, const QStringList &list)
{
    if (list.isEmpty())
        return;
    // The items as a row of their own: each with its length, so that no
    // separator inside an item can split it.
    Writer items;
    items.m_sharesValues = false; // its offsets would be into its own bytes
    items.beginRow();
    for (const QString &item : list)
        items.add(0, item.isNull() ? u""_s : item);
    items.endRow();
    appendEntry(field, false, items.m_bytes);
}

quint32 PackedTexts::Writer::endRow()
{
    Q_ASSERT(m_rowStart >= 0);
    m_bytes[m_rowStart] = char(m_rowFields);
    const auto start = quint32(m_rowStart);
    m_rowStart = -1;
    return start;
}

void PackedTexts::Writer::finish()
{
    auto *block = new Block;
    m_bytes.squeeze();
    block->bytes = std::move(m_bytes);
    m_block.reset(block);
    m_written = {};
}

PackedTexts::Reader::Reader(const PackedTexts &texts)
    : Reader(texts.m_block ? texts.m_block->bytes.constData() : nullptr,
          texts.m_block ? texts.m_block->bytes.constData() + texts.m_start : nullptr)
{ }

PackedTexts::Reader::Reader(const char *base, const char *row)
    : m_base(base)
    , m_at(row)
{
    if (m_at)
        m_left = uchar(*m_at++);
}

bool PackedTexts::Reader::next()
{
    if (m_left == 0)
        return false;
    --m_left;
    const auto tag = uchar(*m_at++);
    m_field = quint8(tag & kMaxField);
    m_utf16 = tag & kUtf16;
    m_size = readSize(m_at);
    if (tag & kShared) {
        m_value = m_base + readSize(m_at);
    } else {
        m_value = m_at;
        m_at += m_size;
    }
    return true;
}

QString PackedTexts::Reader::text() const
{
    return fromBytes(m_value, m_size, m_utf16);
}

QStringList PackedTexts::Reader::list() const
{
    PackedTexts::Reader items(nullptr, m_value);
    QStringList list;
    while (items.next())
        list.append(items.text());
    return list;
}

bool PackedTexts::find(quint8 field, Reader &reader) const
{
    while (reader.next()) {
        if (reader.field() == field)
            return true;
    }
    return false;
}

QString PackedTexts::text(quint8 field) const
{
    Reader reader(*this);
    return find(field, reader) ? reader.text() : QString();
}

bool PackedTexts::contains(quint8 field) const
{
    Reader reader(*this);
    return find(field, reader);
}

QStringList PackedTexts::list(quint8 field) const
{
    Reader reader(*this);
    return find(field, reader) ? reader.list() : QStringList();
}
