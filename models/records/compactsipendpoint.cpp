#include "models/records/compactsipendpoint.h"

#include <algorithm>

namespace {

using Shape = CompactSipEndpoint::Shape;

// The fields of the shape, by their member in the full record and in the shape.
struct ShapeText
{
    QString SipEndpoint::*record;
    QString Shape::*shape;
};
const ShapeText kShapeTexts[] = {
    { &SipEndpoint::type, &Shape::type },
    { &SipEndpoint::encryption, &Shape::encryption },
    { &SipEndpoint::callHandler, &Shape::callHandler },
    { &SipEndpoint::callRequestMethod, &Shape::callRequestMethod },
    { &SipEndpoint::callFallbackMethod, &Shape::callFallbackMethod },
    { &SipEndpoint::callStatusCallbackMethod, &Shape::callStatusCallbackMethod },
};

bool inShape(QString SipEndpoint::*member)
{
    return std::any_of(std::begin(kShapeTexts), std::end(kShapeTexts),
        [member](const ShapeText &text) { return text.record == member; });
}

// Equal as the full record compares them: null and "" differ.
bool sameText(const QString &a, const QString &b)
{
    return a.isNull() == b.isNull() && a == b;
}

bool sameShape(const Shape &a, const Shape &b)
{
    return std::all_of(std::begin(kShapeTexts), std::end(kShapeTexts),
        [&](const ShapeText &text) { return sameText(a.*text.shape, b.*text.shape); });
}

size_t hashOf(const Shape &shape)
{
    size_t hash = 0;
    for (const ShapeText &text : kShapeTexts)
        hash = qHashMulti(hash, shape.*text.shape);
    return hash;
}

const Shape &emptyShape()
{
    static const Shape shape;
    return shape;
}

int fieldIndex(QString SipEndpoint::*member)
{
    const auto fields = SipEndpoint::textFields();
    const auto it = std::find_if(fields.begin(), fields.end(),
        [member](const SipEndpoint::TextField &field) { return field.member == member; });
    return int(it - fields.begin());
}

} // namespace

QExplicitlySharedDataPointer<const Shape> CompactSipEndpointPool::intern(const Shape &shape)
{
    const size_t hash = hashOf(shape);
    for (auto it = m_shapes.constFind(hash); it != m_shapes.cend() && it.key() == hash; ++it) {
        if (sameShape(**it, shape))
            return *it;
    }
    QExplicitlySharedDataPointer<const Shape> pointer(new Shape(shape));
    m_shapes.insert(hash, pointer);
    return pointer;
}

CompactSipEndpoint::CompactSipEndpoint(const SipEndpoint &endpoint, CompactSipEndpointPool *pool)
    : m_username(endpoint.username)
    , m_ciphers(endpoint.ciphers)
    , m_codecs(endpoint.codecs)
{
    Shape shape;
    for (const ShapeText &text : kShapeTexts)
        shape.*text.shape = endpoint.*text.record;
    if (pool) {
        m_shape = pool->intern(shape);
        pool->intern(m_ciphers);
        pool->intern(m_codecs);
    }
    else if (!sameShape(shape, emptyShape()))
        m_shape = new Shape(shape);

    const QUuid uuid = QUuid::fromString(endpoint.id);
    if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == endpoint.id)
        m_uuid = uuid;

    const auto fields = SipEndpoint::textFields();
    for (size_t index = 0; index < fields.size(); ++index) {
        const auto member = fields[index].member;
        if (member == &SipEndpoint::username || inShape(member)
            || (member == &SipEndpoint::id && !m_uuid.isNull()))
            continue;
        QString value = endpoint.*member;
        if (value.isNull())
            continue;
        if (pool)
            pool->intern(value);
        m_values.append({ std::move(value), quint8(index) });
    }
    m_values.squeeze();
}

SipEndpoint CompactSipEndpoint::expanded() const
{
    SipEndpoint endpoint;
    const Shape &shape = m_shape ? *m_shape : emptyShape();
    for (const ShapeText &text : kShapeTexts)
        endpoint.*text.record = shape.*text.shape;
    endpoint.ciphers = m_ciphers;
    endpoint.codecs = m_codecs;
    endpoint.username = m_username;
    if (!m_uuid.isNull())
        endpoint.id = m_uuid.toString(QUuid::WithoutBraces);
    const auto fields = SipEndpoint::textFields();
    for (const Value &value : m_values)
        endpoint.*fields[value.field].member = value.text;
    return endpoint;
}

QString CompactSipEndpoint::text(QString SipEndpoint::*member) const
{
    const int field = fieldIndex(member);
    for (const Value &value : m_values) {
        if (value.field == field)
            return value.text;
    }
    return {};
}

QString CompactSipEndpoint::id() const
{
    return m_uuid.isNull() ? text(&SipEndpoint::id) : m_uuid.toString(QUuid::WithoutBraces);
}

qsizetype CompactSipEndpoint::indexOfId(const QList<CompactSipEndpoint> &endpoints, const QString &id)
{
    // Parsed once rather than spelling out every row's UUID.
    const QUuid uuid = QUuid::fromString(id);
    const bool canonical = !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id;
    const auto it = std::find_if(endpoints.cbegin(), endpoints.cend(),
        [&](const CompactSipEndpoint &endpoint) {
            return canonical ? endpoint.m_uuid == uuid
                             : endpoint.m_uuid.isNull()
                    && sameText(endpoint.text(&SipEndpoint::id), id);
        });
    return it == endpoints.cend() ? -1 : it - endpoints.cbegin();
}

const QString &CompactSipEndpoint::callHandler() const
{
    return (m_shape ? *m_shape : emptyShape()).callHandler;
}

const QString &CompactSipEndpoint::encryption() const
{
    return (m_shape ? *m_shape : emptyShape()).encryption;
}

QList<CompactSipEndpoint> CompactSipEndpoint::compactAll(const QList<SipEndpoint> &endpoints)
{
    QList<CompactSipEndpoint> compact;
    compact.reserve(endpoints.size());
    CompactSipEndpointPool pool;
    for (const SipEndpoint &endpoint : endpoints)
        compact.append(CompactSipEndpoint(endpoint, &pool));
    return compact;
}

QList<CompactSipEndpoint> CompactSipEndpoint::decode(const QJsonArray &items)
{
    QList<CompactSipEndpoint> endpoints;
    endpoints.reserve(items.size());
    CompactSipEndpointPool pool;
    for (const QJsonValue &item : items) {
        if (item.isObject())
            endpoints.append(CompactSipEndpoint(SipEndpoint::fromJson(item.toObject()), &pool));
    }
    return endpoints;
}
