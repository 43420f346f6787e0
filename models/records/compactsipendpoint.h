#pragma once

#include "models/records/recordstorage.h"
#include "models/records/sipendpoint.h"
#include "models/records/stringpool.h"

#include <QExplicitlySharedDataPointer>
#include <QMultiHash>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QSharedData>
#include <QString>
#include <QStringList>
#include <QUuid>

class CompactSipEndpointPool;

// A SipEndpoint as a table of 100,000 keeps it: a fifth of the size. The
// full record has 25 strings, most of them empty (only the chosen call
// handler's fields are ever set). Here the values that repeat from row to
// row (type, encryption, call handler, methods) are one shared, interned
// "shape"; codec and cipher lists are interned on their own (random
// subsets in any order rarely repeat as a whole); a UUID id is 16 bytes;
// every other text field that is set sits in a short list of (field,
// value) pairs, its repeated values interned. expanded()
// gives back exactly the record it was made of, null and empty alike.
class CompactSipEndpoint
{
public:
    CompactSipEndpoint() = default;
    // pool, when given, shares shapes and values with the records made
    // with the same pool.
    explicit CompactSipEndpoint(const SipEndpoint &endpoint, CompactSipEndpointPool *pool = nullptr);

    SipEndpoint expanded() const;

    QString id() const;
    const QString &username() const { return m_username; }
    QString callerId() const { return text(&SipEndpoint::callerId); }
    const QString &callHandler() const;
    const QString &encryption() const;
    const QStringList &codecs() const { return m_codecs; }

    // Every field of a page of the list, straight into compact form.
    static QList<CompactSipEndpoint> decode(const QJsonArray &items);
    // A page of endpoints, sharing one pool.
    static QList<CompactSipEndpoint> compactAll(const QList<SipEndpoint> &endpoints);
    // The row of the endpoint with this id, or -1.
    static qsizetype indexOfId(const QList<CompactSipEndpoint> &endpoints, const QString &id);

    struct Shape;
    struct Value
    {
        QString text;
        quint8 field = 0; // index into SipEndpoint::textFields()
    };

private:
    QString text(QString SipEndpoint::*member) const;

    QExplicitlySharedDataPointer<const Shape> m_shape;
    QUuid m_uuid; // the id when it is a UUID in its canonical spelling; null otherwise
    QString m_username;
    QStringList m_ciphers;
    QStringList m_codecs;
    QList<Value> m_values; // the other text fields that are not null, in schema order
};

// The fields every row is likely to share with many others.
struct CompactSipEndpoint::Shape : QSharedData
{
    QString type;
    QString encryption;
    QString callHandler;
    QString callRequestMethod;
    QString callFallbackMethod;
    QString callStatusCallbackMethod;
};

// Shares equal shapes and values between the records of one page: one pool
// per decoded page, as StringPool, so no state is shared between threads.
class CompactSipEndpointPool
{
public:
    QExplicitlySharedDataPointer<const CompactSipEndpoint::Shape> intern(
        const CompactSipEndpoint::Shape &shape);
    void intern(QString &text) { m_strings.intern(text); }
    void intern(QStringList &list) { m_strings.intern(list); }

private:
    StringPool m_strings;
    QMultiHash<size_t, QExplicitlySharedDataPointer<const CompactSipEndpoint::Shape>> m_shapes;
};

Q_DECLARE_TYPEINFO(CompactSipEndpoint::Value, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(CompactSipEndpoint, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(CompactSipEndpoint)

template<>
struct RecordStorage<SipEndpoint>
{
    using Stored = CompactSipEndpoint;

    template<typename Kind>
    static QList<Stored> decode(const QJsonArray &items)
    {
        return CompactSipEndpoint::decode(items);
    }
    static QList<Stored> store(const QList<SipEndpoint> &records)
    {
        return CompactSipEndpoint::compactAll(records);
    }
    static Stored compact(const SipEndpoint &record) { return CompactSipEndpoint(record); }
    static SipEndpoint expanded(const Stored &stored) { return stored.expanded(); }
    template<typename Kind>
    static qsizetype indexOfId(const QList<Stored> &records, const QString &id)
    {
        return CompactSipEndpoint::indexOfId(records, id);
    }
};
