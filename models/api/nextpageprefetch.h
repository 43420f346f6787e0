#pragma once

#include "models/api/apierror.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUrl>
#include <QVariant>

#include <functional>
#include <optional>
#include <variant>

class ApiRequest;

// The next page of a list, requested as soon as this page's raw body is in,
// so that the service works while this page is parsed. The link comes from
// a LinkPeeker, which only guesses: the parsed page decides whether the
// prefetched request is taken over or dropped.
class NextPagePrefetch
{
public:
    // Finds the next page's link in a raw body before it is parsed.
    using LinkPeeker = std::function<QString(const QByteArray &)>;
    // Sends a request for a page; the list job owns it.
    using Sender = std::function<ApiRequest *(const QUrl &)>;
    // Whether a link may be followed at all (origin, pages already seen).
    using LinkCheck = std::function<bool(const QUrl &)>;

    // What a prefetched request brought before its page was asked for.
    struct Arrived
    {
        ApiError error;
        QJsonDocument json;
        QVariant prepared;
    };
    // For the page asked for: nothing, the request still running, or what it brought.
    using Taken = std::variant<std::monostate, ApiRequest *, Arrived>;

    NextPagePrefetch(Sender send, LinkCheck mayFollow);
    NextPagePrefetch(const NextPagePrefetch &) = delete;
    NextPagePrefetch &operator=(const NextPagePrefetch &) = delete;

    void setPeeker(LinkPeeker peek) { m_peek = std::move(peek); }
    bool hasPeeker() const { return bool(m_peek); }
    const LinkPeeker &peeker() const { return m_peek; }

    // Requests the page whose link the raw body of the page at base names,
    // unless one is prefetched already or the link may not be followed.
    void startFrom(const QByteArray &body, const QUrl &base);
    // Keeps what a finished request brought when it is the prefetched one.
    bool keepIfOurs(ApiRequest *request);
    // Hands over the prefetched request for url, or what it brought; drops
    // a prefetch for any other page.
    Taken take(const QUrl &url);
    // The parsed page links to next (empty: none): a prefetch of any other
    // page is cancelled.
    void keepOnly(const QUrl &next);
    void drop();

private:
    Sender m_send;
    LinkCheck m_mayFollow;
    LinkPeeker m_peek;
    QPointer<ApiRequest> m_request;
    QUrl m_url;
    std::optional<Arrived> m_arrived;
};
