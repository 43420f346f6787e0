#include "models/api/apilistjob.h"

#include <QJsonArray>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https"_s ? 443 : 80)
        == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

// A page read and decoded by the request, possibly on a pool thread.
struct PreparedPage
{
    ApiListJob::Page page;
    QVariant decoded;
};
} // namespace

ApiListJob::ApiListJob(QNetworkAccessManager *network, ApiCall firstPage,
    ApiCredentials credentials, PageReader readPage, Decoders decoders, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_call(std::move(firstPage))
    , m_credentials(std::move(credentials))
    , m_readPage(std::move(readPage))
    , m_decodeItems(std::move(decoders.items))
    , m_prefetch([this](const QUrl &url) { return send(url); },
          [this](const QUrl &url) { return mayFollow(url); })
{
    m_call.prepare = [readPage = m_readPage, decode = m_decodeItems](const QJsonDocument &json) {
        PreparedPage prepared { readPage(json), {} };
        if (decode && prepared.page.problem.isEmpty())
            prepared.decoded = decode(prepared.page.items);
        return QVariant::fromValue(prepared);
    };
    // remainder() passes on the call with its raw reader already in it.
    if (decoders.raw)
        setRawPageReader(std::move(decoders.raw));
}

void ApiListJob::setRawPageReader(RawPageReader readRaw)
{
    m_call.prepareRaw = [readRaw = std::move(readRaw)](
                            const QByteArray &body) -> std::optional<QVariant> {
        std::optional<RawPage> raw = readRaw(body);
        if (!raw)
            return std::nullopt;
        PreparedPage prepared;
        prepared.page.next = std::move(raw->next);
        prepared.page.rawCount = raw->count;
        prepared.decoded = std::move(raw->decoded);
        return QVariant::fromValue(prepared);
    };
}

void ApiListJob::start()
{
    if (m_started)
        return;
    m_started = true;
    request(m_call.url);
}

bool ApiListJob::fetchNext()
{
    if (m_cancelled || m_request || m_nextUrl.isEmpty())
        return false;
    const QUrl next = m_nextUrl;
    m_nextUrl.clear();
    request(next);
    return true;
}

void ApiListJob::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    rememberRemainder();
    m_nextUrl.clear();
    m_prefetch.drop();
    if (m_request)
        m_request->cancel();
    m_request.clear();
    m_error = ApiError(ApiError::Kind::Cancelled, tr("cancelled"));
    deleteLater();
}

void ApiListJob::request(const QUrl &url)
{
    m_visited.insert(url);
    m_pendingUrl = url;
    NextPagePrefetch::Taken taken = m_prefetch.take(url);
    if (ApiRequest **running = std::get_if<ApiRequest *>(&taken)) {
        m_request = *running; // asked for already: take it over
        return;
    }
    if (const auto *arrived = std::get_if<NextPagePrefetch::Arrived>(&taken)) {
        QTimer::singleShot(
            0, this, [this, page = *arrived] { onPage(page.error, page.json, page.prepared); });
        return;
    }
    m_request = send(url);
}

ApiRequest *ApiListJob::send(const QUrl &url)
{
    ApiCall call = m_call;
    call.url = url;
    // While following every page, the next one is requested as soon as this
    // page's bytes are in, so the service works while this page is parsed.
    if (m_prefetch.hasPeeker())
        call.bodyArrived = [this](const QByteArray &body) {
            if (m_followAll && !m_cancelled)
                m_prefetch.startFrom(body, m_call.url);
        };
    auto *request = new ApiRequest(m_network, call, m_credentials, this);
    request->setTimeout(m_timeout);
    request->setRetryPolicy(m_policy);
    connect(request, &ApiRequest::finished, this, [this, request] { onRequestFinished(request); });
    request->start();
    return request;
}

void ApiListJob::onRequestFinished(ApiRequest *request)
{
    if (request == m_request)
        onPage(request->error(), request->json(), request->prepared());
    else
        m_prefetch.keepIfOurs(request);
}

bool ApiListJob::mayFollow(const QUrl &url) const
{
    return url.isValid() && sameOrigin(url, m_call.url) && !m_visited.contains(url);
}

QString ApiListJob::peekStringValue(const QByteArray &json, QByteArrayView key)
{
    const QByteArray needle = '"' + key.toByteArray() + "\":";
    const qsizetype at = json.indexOf(needle);
    if (at < 0)
        return {};
    qsizetype begin = at + needle.size();
    while (begin < json.size() && json.at(begin) == ' ')
        ++begin;
    if (begin >= json.size() || json.at(begin) != '"')
        return {};
    qsizetype end = begin + 1;
    while (end < json.size() && json.at(end) != '"')
        end += json.at(end) == '\\' ? 2 : 1; // skip escaped characters, \" among them
    if (end >= json.size())
        return {};
    // Let the JSON parser undo the escapes of just this string.
    const QJsonDocument value =
        QJsonDocument::fromJson('[' + json.mid(begin, end - begin + 1) + ']');
    return value.array().at(0).toString();
}

void ApiListJob::onPage(const ApiError &error, const QJsonDocument &json, const QVariant &prepared)
{
    m_request.clear();
    if (m_cancelled)
        return;
    if (error) {
        fail(error);
        return;
    }
    const PreparedPage preparedPage =
        prepared.isValid() ? prepared.value<PreparedPage>() : PreparedPage { m_readPage(json), {} };
    const Page &page = preparedPage.page;
    if (!page.problem.isEmpty()) {
        fail({ ApiError::Kind::BadResponse, page.problem });
        return;
    }
    if (!page.next.isEmpty() && !takeNextLink(page.next))
        return;
    m_prefetch.keepOnly(m_nextUrl);
    ++m_pages;
    m_items += page.count();
    // A service that keeps sending empty pages with a next link, or pages
    // without end, is not listing anything: stop rather than loop.
    m_emptyRun = page.count() == 0 ? m_emptyRun + 1 : 0;
    if (!m_nextUrl.isEmpty() && (m_emptyRun >= kMaxEmptyPagesInARow || m_pages >= kMaxPages)) {
        fail({ ApiError::Kind::BadResponse, tr("the service keeps announcing more pages") });
        return;
    }
    const bool hasMore = !m_nextUrl.isEmpty();
    // The receiver may cancel us from the slot: nothing may follow that.
    QPointer<ApiListJob> self(this);
    m_pendingUrl.clear();
    emit pageReceived(page.items, hasMore, preparedPage.decoded);
    if (!self || m_cancelled)
        return;
    if (!hasMore) {
        m_finished = true;
        deleteLater(); // queued before the emit: a receiver may delete us
        emit finished();
    } else if (m_followAll) {
        fetchNext();
    }
}

// Links may be relative or absolute; they must stay with the service that
// holds the credentials, and must not lead in a circle.
bool ApiListJob::takeNextLink(const QString &link)
{
    const QUrl next = m_call.url.resolved(QUrl(link));
    if (!next.isValid() || !sameOrigin(next, m_call.url)) {
        fail({ ApiError::Kind::Refused,
            tr("the next page is on another host (%1)").arg(next.host()) });
        return false;
    }
    if (m_visited.contains(next)) {
        fail({ ApiError::Kind::BadResponse, tr("the next page link repeats an earlier page") });
        return false;
    }
    m_nextUrl = next;
    return true;
}

void ApiListJob::fail(const ApiError &error)
{
    m_error = error;
    rememberRemainder();
    m_nextUrl.clear();
    m_prefetch.drop();
    m_finished = true;
    deleteLater(); // queued before the emit: a receiver may delete us
    emit finished();
}

void ApiListJob::rememberRemainder()
{
    m_remainderUrl = m_pendingUrl.isEmpty() ? m_nextUrl : m_pendingUrl;
}

ApiListJob *ApiListJob::remainder() const
{
    // Every URL here passed the same-origin check when it was taken.
    if (m_remainderUrl.isEmpty() || !m_network)
        return nullptr;
    ApiCall call = m_call;
    call.url = m_remainderUrl;
    auto *job = new ApiListJob(m_network, call, m_credentials, m_readPage, m_decodeItems, parent());
    job->m_prefetch.setPeeker(m_prefetch.peeker());
    job->m_policy = m_policy;
    job->m_timeout = m_timeout;
    job->m_followAll = true;
    // Earlier pages still count for the loop check and the page limit.
    job->m_visited = m_visited;
    job->m_visited.remove(m_remainderUrl);
    job->m_pages = m_pages;
    return job;
}
