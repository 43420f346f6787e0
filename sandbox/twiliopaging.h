#pragma once

#include "sandbox/sandboxhttp.h"
#include "sandbox/twilioapi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

#include <iterator>
#include <map>
#include <optional>

// The list pages of every Twilio collection the sandbox serves: keyset paging
// over rows kept by creation sequence (PageSize, Page, PageToken), in Twilio's
// envelope: the rows under their own key, start, end, page, page_size, uri,
// first_page_uri, next_page_uri and previous_page_uri.
namespace TwilioPaging {

// One page's rows and where they sit in the collection.
struct PageRows
{
    QJsonArray items;
    std::optional<quint64> nextAfter; // sequence of the last row, when more follow
    std::optional<quint64> previousBefore; // sequence of the first row, when rows precede
};

// "{collectionPath}.json?PageSize=…&Page=…[&PageToken=…]".
QString pageUri(const QString &collectionPath, int pageSize, int page, const QString &token);

// The envelope around rows; key names the rows ("domains", "contents"…).
QJsonObject pageBody(const QString &collectionPath, QLatin1StringView key,
    const TwilioApi::PageRequest &paging, const PageRows &rows);

// The first row of the requested page, or nullopt for a PageToken that does not parse.
template<typename Rows>
std::optional<typename Rows::const_iterator> firstRow(
    const Rows &rows, const TwilioApi::PageRequest &paging)
{
    if (paging.token.isEmpty()) {
        // Without a token, Page counts whole pages from the start.
        const auto skip = qint64(paging.page) * paging.size;
        return skip >= qint64(rows.size()) ? rows.end() : std::next(rows.begin(), skip);
    }
    char direction = 0;
    quint64 sequence = 0;
    if (!TwilioApi::parsePageToken(paging.token, &direction, &sequence))
        return std::nullopt;
    if (direction == 'A')
        return rows.upper_bound(sequence);
    auto first = rows.lower_bound(sequence);
    for (int i = 0; i < paging.size && first != rows.begin(); ++i)
        --first;
    return first;
}

// The answer to a list request over rows (a std::map from creation sequence
// to record): 200 with the page, or the 400 that refuses its paging
// parameters. toJson(record) gives one row's JSON.
template<typename Rows, typename ToJson>
SandboxResponse listPage(const SandboxRequest &request, const QString &collectionPath,
    QLatin1StringView key, const Rows &rows, ToJson &&toJson)
{
    const auto parsed = TwilioApi::parsePageRequest(request.query);
    if (const auto *refusal = std::get_if<SandboxResponse>(&parsed))
        return *refusal;
    const TwilioApi::PageRequest &paging = std::get<TwilioApi::PageRequest>(parsed);
    const auto first = firstRow(rows, paging);
    if (!first)
        return TwilioApi::error(400, TwilioApi::kInvalidPageToken,
            QStringLiteral("Invalid PageToken '%1'").arg(paging.token));
    PageRows page;
    auto last = *first;
    for (int i = 0; i < paging.size && last != rows.end(); ++i, ++last)
        page.items.append(toJson(last->second));
    if (last != rows.end())
        page.nextAfter = std::prev(last)->first;
    if (*first != rows.begin() && !page.items.isEmpty())
        page.previousBefore = (*first)->first;
    return SandboxResponse::json(200, pageBody(collectionPath, key, paging, page));
}

} // namespace TwilioPaging
