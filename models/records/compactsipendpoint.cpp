#include "models/records/compactsipendpoint.h"

#include "models/records/compactpage.h"

#include <algorithm>

namespace {

// The fields of the shape, by their place in it.
enum ShapeField { Type, Encryption, CallHandler, RequestMethod, FallbackMethod, StatusMethod };
QString SipEndpoint::*const kShapeTexts[] = {
    &SipEndpoint::type,
    &SipEndpoint::encryption,
    &SipEndpoint::callHandler,
    &SipEndpoint::callRequestMethod,
    &SipEndpoint::callFallbackMethod,
    &SipEndpoint::callStatusCallbackMethod,
};

bool inShape(QString SipEndpoint::*member)
{
    return std::find(std::begin(kShapeTexts), std::end(kShapeTexts), member)
        != std::end(kShapeTexts);
}

// A text field's number in the packed texts is its place in textFields();
// the lists come after them.
constexpr quint8 kFirstList = 32;

quint8 fieldNumber(QString SipEndpoint::*member)
{
    const auto fields = SipEndpoint::textFields();
    const auto it = std::find_if(fields.begin(), fields.end(),
        [member](const SipEndpoint::TextField &field) { return field.member == member; });
    return quint8(it - fields.begin());
}

quint8 listNumber(QStringList SipEndpoint::*member)
{
    const auto lists = SipEndpoint::listFields();
    const auto it = std::find_if(lists.begin(), lists.end(),
        [member](const SipEndpoint::ListField &field) { return field.member == member; });
    return quint8(kFirstList + (it - lists.begin()));
}

// The canonical spelling of a UUID, or a null QUuid when text is not one.
QUuid canonicalUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text);
    return !uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == text ? uuid : QUuid();
}

} // namespace

CompactSipEndpoint::CompactSipEndpoint(const SipEndpoint &endpoint, Pool *pool)
{
    CompactPage::make(*this, endpoint, pool);
}

quint32 CompactSipEndpoint::write(
    const SipEndpoint &endpoint, Pool &pool, PackedTexts::Writer &writer)
{
    m_shape = pool.shapeOf(endpoint, kShapeTexts);
    m_uuid = canonicalUuid(endpoint.id);

    writer.beginRow();
    const auto fields = SipEndpoint::textFields();
    Q_ASSERT(fields.size() < kFirstList);
    for (size_t index = 0; index < fields.size(); ++index) {
        const auto member = fields[index].member;
        if (inShape(member) || (member == &SipEndpoint::id && !m_uuid.isNull()))
            continue;
        writer.add(quint8(index), endpoint.*member);
    }
    for (const SipEndpoint::ListField &list : SipEndpoint::listFields())
        writer.addList(listNumber(list.member), endpoint.*list.member);
    return writer.endRow();
}

SipEndpoint CompactSipEndpoint::expanded() const
{
    SipEndpoint endpoint;
    shape().copyTo(endpoint, kShapeTexts);
    if (!m_uuid.isNull())
        endpoint.id = m_uuid.toString(QUuid::WithoutBraces);
    const auto fields = SipEndpoint::textFields();
    const auto lists = SipEndpoint::listFields();
    PackedTexts::Reader reader(m_texts);
    while (reader.next()) {
        if (reader.field() >= kFirstList)
            endpoint.*lists[reader.field() - kFirstList].member = reader.list();
        else
            endpoint.*fields[reader.field()].member = reader.text();
    }
    return endpoint;
}

QString CompactSipEndpoint::id() const
{
    return m_uuid.isNull() ? m_texts.text(fieldNumber(&SipEndpoint::id))
                           : m_uuid.toString(QUuid::WithoutBraces);
}

QString CompactSipEndpoint::username() const
{
    return m_texts.text(fieldNumber(&SipEndpoint::username));
}

QString CompactSipEndpoint::callerId() const
{
    return m_texts.text(fieldNumber(&SipEndpoint::callerId));
}

QStringList CompactSipEndpoint::codecs() const
{
    return m_texts.list(listNumber(&SipEndpoint::codecs));
}

const QString &CompactSipEndpoint::callHandler() const
{
    return shape().texts[CallHandler];
}

const QString &CompactSipEndpoint::encryption() const
{
    return shape().texts[Encryption];
}

qsizetype CompactSipEndpoint::indexOfId(const QList<CompactSipEndpoint> &endpoints, const QString &id)
{
    // Parsed once rather than spelling out every row's UUID.
    const QUuid uuid = canonicalUuid(id);
    const quint8 idField = fieldNumber(&SipEndpoint::id);
    const auto it = std::find_if(endpoints.cbegin(), endpoints.cend(),
        [&](const CompactSipEndpoint &endpoint) {
            if (!uuid.isNull())
                return endpoint.m_uuid == uuid;
            if (!endpoint.m_uuid.isNull())
                return false;
            const QString text = endpoint.m_texts.text(idField);
            return text.isNull() == id.isNull() && text == id;
        });
    return it == endpoints.cend() ? -1 : it - endpoints.cbegin();
}

QList<CompactSipEndpoint> CompactSipEndpoint::decode(const QJsonArray &items)
{
    return CompactPage::decode<CompactSipEndpoint>(items);
}
