#include "models/api/fastlistpage.h"

#include <QHash>
#include <QMutex>

#include <simdjson.h>

#include <algorithm>
#include <array>
#include <mutex>
#include <optional>
#include <span>
#include <string_view>

namespace dom = simdjson::dom;

namespace {

QString textOf(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

// The bytes of a string value; nothing for any other value.
std::optional<std::string_view> stringOf(dom::element value)
{
    std::string_view text;
    if (value.get_string().get(text) != simdjson::SUCCESS)
        return std::nullopt;
    return text;
}

// QJsonValue::toString(): the text of a string, a null QString otherwise.
QString nullableText(dom::element value)
{
    const std::optional<std::string_view> text = stringOf(value);
    return text ? textOf(*text) : QString();
}

template<typename Record>
bool repeats(QString Record::*member)
{
    const auto repeated = Record::repeatedTextFields();
    return std::find(repeated.begin(), repeated.end(), member) != repeated.end();
}

// One QString per distinct value of the fields that repeat from record to
// record (methods, handler names, codecs, …), looked up by the value's
// bytes: most values of a page then cost neither an allocation nor a
// conversion, only a hash. One per page: the views point into the parser.
class SharedTexts
{
public:
    QString text(std::string_view utf8)
    {
        const QByteArrayView bytes(utf8.data(), qsizetype(utf8.size()));
        const auto found = m_texts.constFind(bytes);
        if (found != m_texts.cend())
            return *found;
        QString text = textOf(utf8);
        m_texts.insert(bytes, text);
        return text;
    }
    QString nullableText(dom::element value)
    {
        const std::optional<std::string_view> utf8 = stringOf(value);
        return utf8 ? text(*utf8) : QString();
    }

private:
    QHash<QByteArrayView, QString> m_texts;
};

// Finds a record field by its JSON key. A service writes every object's
// keys in the same order, so the field after the last one found is tried
// first: a page of 1,000 records costs one comparison per key.
template<typename Field>
class FieldFinder
{
public:
    explicit FieldFinder(std::span<const Field> fields)
        : m_fields(fields)
    {
    }

    const Field *find(std::string_view key)
    {
        for (size_t tried = 0; tried < m_fields.size(); ++tried) {
            const size_t at = (m_next + tried) % m_fields.size();
            if (key == m_fields[at].key) {
                m_next = at + 1;
                return &m_fields[at];
            }
        }
        return nullptr;
    }

private:
    std::span<const Field> m_fields;
    size_t m_next = 0;
};

// What kind of value a record key holds, for the finder above.
struct DomainField
{
    enum class Type { Text, Bool, DateCreated, DateUpdated, SubresourceUris };
    std::string_view key;
    Type type;
    QString SipDomain::*text = nullptr;
    bool SipDomain::*flag = nullptr;
    bool repeats = false; // a few values shared by many records
};

std::vector<DomainField> domainFields()
{
    std::vector<DomainField> fields;
    using Type = DomainField::Type;
    for (const auto &field : SipDomain::readOnlyTextFields())
        fields.push_back(
            { field.jsonKey, Type::Text, field.member, nullptr, repeats(field.member) });
    for (const auto &field : SipDomain::writableTextFields())
        fields.push_back(
            { field.jsonKey, Type::Text, field.member, nullptr, repeats(field.member) });
    for (const auto &field : SipDomain::writableBoolFields())
        fields.push_back({ field.jsonKey, Type::Bool, nullptr, field.member });
    fields.push_back({ "date_created", Type::DateCreated });
    fields.push_back({ "date_updated", Type::DateUpdated });
    fields.push_back({ "subresource_uris", Type::SubresourceUris });
    return fields;
}

QMap<QString, QString> subresourceUrisOf(dom::element value)
{
    QMap<QString, QString> uris;
    dom::object object;
    if (value.get_object().get(object) != simdjson::SUCCESS)
        return uris;
    for (const dom::key_value_pair field : object)
        uris.insert(textOf(field.key), nullableText(field.value));
    return uris;
}

// SipDomain::fromJson, from simdjson's values: the same record.
SipDomain domainFrom(dom::object object, FieldFinder<DomainField> &finder, SharedTexts &shared)
{
    SipDomain domain;
    for (const dom::key_value_pair field : object) {
        const DomainField *known = finder.find(field.key);
        if (!known)
            continue;
        switch (known->type) {
        case DomainField::Type::Text:
            domain.*known->text =
                known->repeats ? shared.nullableText(field.value) : nullableText(field.value);
            break;
        case DomainField::Type::Bool: {
            bool flag = false;
            domain.*known->flag = field.value.get_bool().get(flag) == simdjson::SUCCESS && flag;
            break;
        }
        case DomainField::Type::DateCreated:
            domain.dateCreated = fromRfc2822(nullableText(field.value));
            break;
        case DomainField::Type::DateUpdated:
            domain.dateUpdated = fromRfc2822(nullableText(field.value));
            break;
        case DomainField::Type::SubresourceUris:
            domain.subresourceUris = subresourceUrisOf(field.value);
            break;
        }
    }
    return domain;
}

// SipEndpoint::fromJson, from simdjson's values: the same record.
struct EndpointField
{
    std::string_view key;
    QString SipEndpoint::*text = nullptr;
    QStringList SipEndpoint::*list = nullptr;
    bool repeats = false; // a few values shared by many records
};

std::vector<EndpointField> endpointFields()
{
    std::vector<EndpointField> fields;
    for (const auto &field : SipEndpoint::textFields())
        fields.push_back({ field.jsonKey, field.member, nullptr, repeats(field.member) });
    for (const auto &field : SipEndpoint::listFields())
        fields.push_back({ field.jsonKey, nullptr, field.member, true });
    return fields;
}

QStringList textListOf(dom::element value, SharedTexts &shared)
{
    QStringList list;
    dom::array array;
    if (value.get_array().get(array) != simdjson::SUCCESS)
        return list;
    list.reserve(qsizetype(array.size()));
    for (const dom::element item : array) {
        std::string_view text;
        if (item.get_string().get(text) == simdjson::SUCCESS)
            list.append(shared.text(text));
    }
    return list;
}

SipEndpoint endpointFrom(
    dom::object object, FieldFinder<EndpointField> &finder, SharedTexts &shared)
{
    SipEndpoint endpoint;
    for (const dom::key_value_pair field : object) {
        const EndpointField *known = finder.find(field.key);
        if (!known)
            continue;
        if (known->list)
            endpoint.*known->list = textListOf(field.value, shared);
        else if (known->repeats)
            endpoint.*known->text = shared.nullableText(field.value);
        else
            endpoint.*known->text = nullableText(field.value);
    }
    return endpoint;
}

// The top-level values a page reader needs; a key given twice makes the
// page one to leave to the ordinary path (which keeps the last one).
class PageFields
{
public:
    explicit PageFields(std::initializer_list<std::string_view> keys)
        : m_keys(keys)
    {
    }

    bool read(dom::object object)
    {
        for (const dom::key_value_pair field : object) {
            for (size_t at = 0; at < m_keys.size(); ++at) {
                if (field.key != m_keys[at])
                    continue;
                if (m_found[at])
                    return false;
                m_found[at] = true;
                m_values[at] = field.value;
            }
        }
        return true;
    }
    // The value of keys[at], or nothing when it is absent.
    std::optional<dom::element> value(size_t at) const
    {
        return m_found[at] ? std::optional(m_values[at]) : std::nullopt;
    }

private:
    std::vector<std::string_view> m_keys;
    std::array<bool, 4> m_found {};
    std::array<dom::element, 4> m_values {};
};

// A next link as the page readers accept it: a string, null or absent.
std::optional<QString> nextLinkOf(const std::optional<dom::element> &value)
{
    if (!value || value->is_null())
        return QString();
    std::string_view text;
    if (value->get_string().get(text) != simdjson::SUCCESS)
        return std::nullopt;
    return textOf(text);
}

// Parses the body as a JSON object. A parser's buffers take about three
// times the body; allocating and touching them afresh for every page cost a
// third of the time, so one parser is kept for pages of the usual size —
// one for the process, not one per thread: the pages of a list come one
// after the other anyway, and memory is a target too.
template<typename Read>
auto withObject(const QByteArray &body, Read read) -> decltype(read(dom::object()))
{
    constexpr qsizetype kKeptParserBytes = 2 * 1024 * 1024;
    static QMutex keptInUse;
    static dom::parser kept;
    std::optional<dom::parser> oneOff;
    std::unique_lock<QMutex> lock(keptInUse, std::defer_lock);
    if (body.size() <= kKeptParserBytes)
        lock.lock();
    dom::parser &parser = lock.owns_lock() ? kept : oneOff.emplace();
    // simdjson reads up to SIMDJSON_PADDING bytes past the end: a body with
    // that much room left in its allocation needs no padded copy.
    const bool padded = body.capacity() - body.size() >= qsizetype(simdjson::SIMDJSON_PADDING);
    dom::object object;
    if (parser.parse(body.constData(), size_t(body.size()), !padded).get(object)
        != simdjson::SUCCESS)
        return std::nullopt;
    return read(object);
}

template<typename Record, typename Decode>
std::optional<QList<Record>> recordsOf(const std::optional<dom::element> &value, Decode decode)
{
    dom::array items;
    if (!value || value->get_array().get(items) != simdjson::SUCCESS)
        return std::nullopt;
    QList<Record> records;
    records.reserve(qsizetype(items.size()));
    for (const dom::element item : items) {
        dom::object object;
        if (item.get_object().get(object) == simdjson::SUCCESS)
            records.append(decode(object));
    }
    return records;
}

} // namespace

namespace FastListPage {

std::optional<Page<SipDomain>> readTwilioDomains(const QByteArray &body, const QString &listKey)
{
    const QByteArray key = listKey.toUtf8();
    return withObject(body, [&](dom::object object) -> std::optional<Page<SipDomain>> {
        PageFields fields { std::string_view(key.constData(), size_t(key.size())),
            "next_page_uri" };
        if (!fields.read(object))
            return std::nullopt;
        const std::optional<QString> next = nextLinkOf(fields.value(1));
        static const std::vector<DomainField> known = domainFields();
        FieldFinder<DomainField> finder(known);
        // The repeated fields' values are shared as they are read, as
        // domainsFrom() shares them afterwards.
        SharedTexts shared;
        std::optional<QList<SipDomain>> domains = recordsOf<SipDomain>(fields.value(0),
            [&](dom::object item) { return domainFrom(item, finder, shared); });
        if (!next || !domains)
            return std::nullopt;
        return Page<SipDomain> { std::move(*domains), *next };
    });
}

std::optional<Page<SipEndpoint>> readSignalWireEndpoints(const QByteArray &body)
{
    return withObject(body, [](dom::object object) -> std::optional<Page<SipEndpoint>> {
        PageFields fields { "data", "links" };
        if (!fields.read(object))
            return std::nullopt;
        std::optional<dom::element> nextValue;
        if (const std::optional<dom::element> links = fields.value(1)) {
            dom::object linksObject;
            if (links->get_object().get(linksObject) != simdjson::SUCCESS)
                return std::nullopt;
            PageFields linkFields { "next" };
            if (!linkFields.read(linksObject))
                return std::nullopt;
            nextValue = linkFields.value(0);
        }
        const std::optional<QString> next = nextLinkOf(nextValue);
        static const std::vector<EndpointField> known = endpointFields();
        FieldFinder<EndpointField> finder(known);
        SharedTexts shared;
        std::optional<QList<SipEndpoint>> endpoints = recordsOf<SipEndpoint>(fields.value(0),
            [&](dom::object item) { return endpointFrom(item, finder, shared); });
        if (!next || !endpoints)
            return std::nullopt;
        return Page<SipEndpoint> { std::move(*endpoints), *next };
    });
}

} // namespace FastListPage
