#include "sandbox/twiliopaging.h"

using namespace Qt::StringLiterals;
using namespace TwilioApi;

namespace TwilioPaging {

QString pageUri(const QString &collectionPath, int pageSize, int page, const QString &token)
{
    QString uri = collectionPath + u".json?PageSize=%1&Page=%2"_s.arg(pageSize).arg(page);
    if (!token.isEmpty())
        uri += u"&PageToken="_s + token;
    return uri;
}

QJsonObject pageBody(const QString &collectionPath, QLatin1StringView key,
    const PageRequest &paging, const PageRows &rows)
{
    const int pageSize = paging.size;
    const int page = paging.page;
    const qint64 start = qint64(page) * pageSize;
    QJsonObject body {
        { QString(key), rows.items },
        { u"start"_s, start },
        { u"end"_s, rows.items.isEmpty() ? start : start + rows.items.size() - 1 },
        { u"page"_s, page },
        { u"page_size"_s, pageSize },
        { u"uri"_s, pageUri(collectionPath, pageSize, page, paging.token) },
        { u"first_page_uri"_s, pageUri(collectionPath, pageSize, 0, QString()) },
    };
    // Only a PageToken gets past the last page number, and the token alone
    // decides the rows: the number stays put rather than overflow.
    const int nextPage = page == kMaxPage ? page : page + 1;
    body.insert(u"next_page_uri"_s,
        rows.nextAfter ? QJsonValue(
            pageUri(collectionPath, pageSize, nextPage, pageToken('A', *rows.nextAfter)))
                       : QJsonValue());
    body.insert(u"previous_page_uri"_s,
        page != 0 && rows.previousBefore ? QJsonValue(
            pageUri(collectionPath, pageSize, page - 1, pageToken('B', *rows.previousBefore)))
                                         : QJsonValue());
    return body;
}

} // namespace TwilioPaging
