#pragma once

#include "models/api/apirequest.h"
#include "models/api/nextpageprefetch.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

#include <optional>
#include <type_traits>

// A paged list: requests the first page, then follows the service's own
// "next" links (never building page URLs itself) — all at once, or one page
// per fetchNext() for a table that loads as the user scrolls. Every page is
// emitted as it arrives. After cancel() no request is sent and no signal
// is emitted.
class ApiListJob : public QObject
{
    Q_OBJECT

public:
    struct Page
    {
        QJsonArray items;
        QString next; // the next page's link as the service wrote it; empty: last page
        QString problem; // the body is not a page of this list
        // The page's records when a RawPageReader read it: items is empty then.
        qsizetype rawCount = 0;
        qsizetype count() const { return items.isEmpty() ? rawCount : items.size(); }
    };
    // A page a RawPageReader read straight from the body's bytes.
    struct RawPage
    {
        QString next; // as Page::next
        qsizetype count = 0; // records in decoded
        QVariant decoded; // what the ItemDecoder would have made of the items
    };
    // Both run on a pool thread for big pages: they must be pure functions.
    using PageReader = std::function<Page(const QJsonDocument &)>;
    using ItemDecoder = std::function<QVariant(const QJsonArray &)>;
    // Finds the next page's link in a raw body before it is parsed, so that
    // the next request can start while this page is parsed. Only a hint:
    // the parsed page decides.
    using LinkPeeker = NextPagePrefetch::LinkPeeker;
    // Reads a whole page from the body's bytes, faster than PageReader and
    // ItemDecoder through a QJsonDocument; nothing when the body is not a
    // page it can read, which the PageReader then reads (and explains).
    // Pages it reads reach pageReceived() with no items, only decoded.
    // Runs on a pool thread for big pages: it must be a pure function.
    using RawPageReader = std::function<std::optional<RawPage>(const QByteArray &)>;
    // How a list's pages become records: from its items, and (optionally,
    // for the big lists) from the bytes.
    struct Decoders
    {
        ItemDecoder items;
        RawPageReader raw;

        Decoders() = default;
        template<typename Decode>
            requires std::is_invocable_r_v<QVariant, Decode, const QJsonArray &>
        Decoders(Decode decode) // NOLINT(google-explicit-constructor): an ItemDecoder alone
            : items(std::move(decode))
        {
        }
        Decoders(ItemDecoder decodeItems, RawPageReader readRaw)
            : items(std::move(decodeItems))
            , raw(std::move(readRaw))
        {
        }
    };

    ApiListJob(QNetworkAccessManager *network, ApiCall firstPage, ApiCredentials credentials,
        PageReader readPage, Decoders decoders = {}, QObject *parent = nullptr);

    // Follow next links without waiting for fetchNext() (the default).
    void setFollowAll(bool followAll) { m_followAll = followAll; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setLinkPeeker(LinkPeeker peek) { m_prefetch.setPeeker(std::move(peek)); }

    // The string value of "key" in compact JSON text, or nothing (absent,
    // null, not a string). For LinkPeekers.
    static QString peekStringValue(const QByteArray &json, QByteArrayView key);

    void start();
    // Requests the next page when one exists and none is loading.
    bool fetchNext();
    void cancel();

    bool isLoading() const { return m_request != nullptr; }
    bool hasNextPage() const { return !m_nextUrl.isEmpty(); }
    bool isFinished() const { return m_finished; }
    int pagesLoaded() const { return m_pages; }
    qint64 itemsLoaded() const { return m_items; }
    const ApiError &error() const { return m_error; }
    // After cancel() or a failure: a new job, not started, that lists the
    // pages this one did not deliver — from the page that was loading (or
    // was next) — with the same client, credentials and checks, so that a
    // list can go on where it stopped. nullptr when nothing was left.
    ApiListJob *remainder() const;

signals:
    // decoded: the ItemDecoder's result for these items (invalid without a
    // decoder), made off the GUI thread when the page was big. A page the
    // RawPageReader read brings decoded only, and no items.
    void pageReceived(const QJsonArray &items, bool hasMore, const QVariant &decoded);
    // All pages are in, or the list stopped on error().
    void finished();

private:
    void request(const QUrl &url);
    ApiRequest *send(const QUrl &url);
    void onRequestFinished(ApiRequest *request);
    void onPage(const ApiError &error, const QJsonDocument &json, const QVariant &prepared);
    // Sets the next page from a parsed page's link; fails the list and
    // returns false when the link may not be followed.
    bool takeNextLink(const QString &link);
    bool mayFollow(const QUrl &url) const;
    void fail(const ApiError &error);
    void rememberRemainder();
    void setRawPageReader(RawPageReader readRaw);

    QPointer<QNetworkAccessManager> m_network;
    ApiCall m_call;
    ApiCredentials m_credentials;
    PageReader m_readPage;
    ItemDecoder m_decodeItems;
    NextPagePrefetch m_prefetch;
    RetryPolicy m_policy;
    std::chrono::milliseconds m_timeout = ApiRequest::kDefaultTimeout;
    QPointer<ApiRequest> m_request;
    QUrl m_nextUrl;
    // The page requested but not yet delivered by pageReceived.
    QUrl m_pendingUrl;
    // Where remainder() starts: set when the list stops early.
    QUrl m_remainderUrl;
    QSet<QUrl> m_visited;
    ApiError m_error;
    int m_pages = 0;
    qint64 m_items = 0;
    bool m_followAll = true;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_started = false;
    int m_emptyRun = 0;
    static constexpr int kMaxEmptyPagesInARow = 10;
    static constexpr int kMaxPages = 100000; // 100 million rows at 1000 a page
};
