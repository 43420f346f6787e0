#include "sandbox/signalwirepaging.h"

#include <QUrl>

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;
using namespace SignalWireErrors;

namespace {

constexpr int kMaxPageSize = 1000;
constexpr qsizetype kMaxCountDigits = 9; // keeps page numbers and sizes inside int
constexpr qsizetype kMaxTokenDigits = 16; // a quint64 in hex
constexpr QStringView kTokenPrefix = u"PA";

// Plain ASCII digits only: "+5", " 5" and "5.0" are not page sizes.
std::optional<int> parseCount(const QString &text)
{
    const std::optional<qint64> count = parsePlainCount(text, kMaxCountDigits);
    return count ? std::optional<int>(int(*count)) : std::nullopt;
}

QString pageToken(quint64 sequence)
{
    return kTokenPrefix.toString() + QString::number(sequence, 16);
}

std::optional<quint64> parsePageToken(const QString &token)
{
    if (!token.startsWith(kTokenPrefix))
        return {};
    const QString digits = token.mid(kTokenPrefix.size());
    if (digits.isEmpty() || digits.size() > kMaxTokenDigits)
        return {};
    const bool hex = std::all_of(digits.begin(), digits.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
    if (!hex)
        return {};
    return digits.toULongLong(nullptr, 16);
}

QString queryValue(const QUrlQuery &query, const QString &key)
{
    return query.queryItemValue(key, QUrl::FullyDecoded);
}

QString encodedQueryValue(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

QString pageLink(
    const QString &prefix, const PageQuery &query, int number, std::optional<quint64> token)
{
    QString link = prefix + u"?page_number=%1&page_size=%2"_s.arg(number).arg(query.size);
    if (token)
        link += u"&page_token="_s + pageToken(*token);
    if (!query.filterUsername.isEmpty())
        link += u"&filter_username="_s + encodedQueryValue(query.filterUsername);
    if (!query.filterCallerId.isEmpty())
        link += u"&filter_caller_id="_s + encodedQueryValue(query.filterCallerId);
    return link;
}

} // namespace

bool PageQuery::matches(const SipEndpoint &record) const
{
    auto misses = [](const QString &value, const QString &filter) {
        return !filter.isEmpty() && !value.contains(filter, Qt::CaseInsensitive);
    };
    return !misses(record.username, filterUsername) && !misses(record.callerId, filterCallerId);
}

PageQuery parsePageQuery(const QUrlQuery &query, QList<Problem> *problems)
{
    PageQuery page;
    if (query.hasQueryItem(u"page_size"_s)) {
        const std::optional<int> size = parseCount(queryValue(query, u"page_size"_s));
        if (size && *size >= 1 && *size <= kMaxPageSize)
            page.size = *size;
        else
            problems->append(invalidParameter(
                u"page_size"_s, u"must be an integer from 1 to %1"_s.arg(kMaxPageSize)));
    }
    if (query.hasQueryItem(u"page_number"_s)) {
        if (const std::optional<int> number = parseCount(queryValue(query, u"page_number"_s)))
            page.number = *number;
        else
            problems->append(
                invalidParameter(u"page_number"_s, u"must be a non-negative integer"_s));
    }
    if (query.hasQueryItem(u"page_token"_s)) {
        page.token = parsePageToken(queryValue(query, u"page_token"_s));
        if (!page.token)
            problems->append(invalidParameter(
                u"page_token"_s, u"is not a page token of this list; follow links.next"_s));
    }
    page.filterUsername = queryValue(query, u"filter_username"_s);
    page.filterCallerId = queryValue(query, u"filter_caller_id"_s);
    return page;
}

Page pageOf(const std::map<quint64, StoredEndpoint> &endpoints, const PageQuery &query)
{
    Page page;
    page.rows.reserve(size_t(query.size));
    const auto boundary = query.token ? endpoints.lower_bound(*query.token) : endpoints.end();
    for (auto it = std::make_reverse_iterator(boundary); it != endpoints.rend(); ++it) {
        if (!query.matches(it->second.record))
            continue;
        if (int(page.rows.size()) == query.size) {
            page.hasNext = true;
            break;
        }
        page.rows.push_back(&it->second);
    }
    // The previous page: the query.size matching rows just newer than this one.
    int newer = 0;
    for (auto it = boundary; it != endpoints.end(); ++it) {
        if (!query.matches(it->second.record))
            continue;
        if (newer == query.size) {
            page.previousToken = it->first;
            break;
        }
        ++newer;
    }
    page.hasPrevious = newer > 0;
    return page;
}

QJsonObject pageLinks(const QString &prefix, const PageQuery &query, const Page &page)
{
    QJsonObject links {
        { u"self"_s, pageLink(prefix, query, query.number, query.token) },
        { u"first"_s, pageLink(prefix, query, 0, std::nullopt) },
    };
    if (page.hasNext)
        links.insert(
            u"next"_s, pageLink(prefix, query, query.number + 1, page.rows.back()->sequence));
    if (page.hasPrevious) {
        const int number = page.previousToken ? std::max(query.number - 1, 1) : 0;
        links.insert(u"prev"_s, pageLink(prefix, query, number, page.previousToken));
    }
    return links;
}
