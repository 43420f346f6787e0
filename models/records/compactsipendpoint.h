#pragma once

#include "models/records/packedtexts.h"
#include "models/records/recordstorage.h"
#include "models/records/sipendpoint.h"
#include "models/records/textshape.h"

#include <QExplicitlySharedDataPointer>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUuid>

// A SipEndpoint as a table of 100,000 keeps it: 48 bytes in place and no
// allocation of its own. The full record has 25 strings, most of them empty
// (only the chosen call handler's fields are ever set). Here the values that
// repeat from row to row (type, encryption, call handler, methods) are one
// shared, interned "shape"; a UUID id is 16 bytes; every other text field
// that is set, the codec and cipher lists too, sits in the page's block of
// packed texts (PackedTexts). expanded() gives back exactly the record it
// was made of, null and empty alike.
class CompactSipEndpoint
{
public:
    using Record = SipEndpoint;
    using Shape = TextShape<6>;
    using Pool = TextShapePool<6>;

    CompactSipEndpoint() = default;
    // pool, when given, shares shapes with the records made with the same pool.
    explicit CompactSipEndpoint(const SipEndpoint &endpoint, Pool *pool = nullptr);

    SipEndpoint expanded() const;

    QString id() const;
    QString username() const;
    QString callerId() const;
    const QString &callHandler() const;
    const QString &encryption() const;
    QStringList codecs() const;
    // Rows decoded from one page share their texts' block.
    bool sharesTextsWith(const CompactSipEndpoint &other) const
    {
        return m_texts.sharesBlockWith(other.m_texts);
    }

    // Every field of a page of the list, straight into compact form.
    static QList<CompactSipEndpoint> decode(const QJsonArray &items);
    // The row of the endpoint with this id, or -1.
    static qsizetype indexOfId(const QList<CompactSipEndpoint> &endpoints, const QString &id);

private:
    friend struct CompactPage;

    quint32 write(const SipEndpoint &endpoint, Pool &pool, PackedTexts::Writer &writer);
    void setTexts(PackedTexts texts) { m_texts = std::move(texts); }
    const Shape &shape() const { return m_shape ? *m_shape : Shape::empty(); }

    QExplicitlySharedDataPointer<const Shape> m_shape;
    QUuid m_uuid; // the id when it is a UUID in its canonical spelling; null otherwise
    PackedTexts m_texts; // the other text fields that are not null, and the lists
};

Q_DECLARE_TYPEINFO(CompactSipEndpoint, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(CompactSipEndpoint)

template<>
struct RecordStorage<SipEndpoint> : CompactRecordStorage<CompactSipEndpoint>
{ };
