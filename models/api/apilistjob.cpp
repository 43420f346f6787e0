#include "apilistjob.h"

using namespace Qt::StringLiterals;

namespace {

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https"_s ? 443 : 80)
        == b.port(b.scheme() == u"https"_s ? 443 : 80);
}

} // namespace

namespace {
// A page read and decoded by the request, possibly on a pool thread.
struct PreparedPage
{
    ApiListJob::Page page;
    QVariant decoded;
};
} // namespace

ApiListJob::ApiListJob(QNetworkAccessManager *network, ApiCall firstPage,
    ApiCredentials credentials, PageReader readPage, ItemDecoder decodeItems, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_call(std::move(firstPage))
    , m_credentials(std::move(credentials))
    , m_readPage(std::move(readPage))
    , m_decodeItems(std::move(decodeItems))
{
    m_call.prepare = [readPage = m_readPage, decode = m_decodeItems](const QJsonDocument &json) {
        PreparedPage prepared { readPage(json), {} };
        if (decode && prepared.page.problem.isEmpty())
            prepared.decoded = decode(prepared.page.items);
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
    m_nextUrl.clear();
    if (m_request)
        m_request->cancel();
    m_request.clear();
    m_error = ApiError(ApiError::Kind::Cancelled, tr("cancelled"));
    deleteLater();
}

void ApiListJob::request(const QUrl &url)
{
    m_visited.insert(url);
    ApiCall call = m_call;
    call.url = url;
    auto *request = new ApiRequest(m_network, call, m_credentials, this);
    request->setTimeout(m_timeout);
    request->setRetryPolicy(m_policy);
    m_request = request;
    connect(request, &ApiRequest::finished, this, [this, request] { onPage(request); });
    request->start();
}

void ApiListJob::onPage(ApiRequest *request)
{
    m_request.clear();
    if (m_cancelled)
        return;
    if (request->error()) {
        fail(request->error());
        return;
    }
    const QVariant prepared = request->prepared();
    const PreparedPage preparedPage = prepared.isValid()
        ? prepared.value<PreparedPage>()
        : PreparedPage { m_readPage(request->json()), {} };
    const Page &page = preparedPage.page;
    if (!page.problem.isEmpty()) {
        fail({ ApiError::Kind::BadResponse, page.problem });
        return;
    }
    if (!page.next.isEmpty()) {
        // Links may be relative or absolute; they must stay with the service
        // that holds the credentials, and must not lead in a circle.
        const QUrl next = m_call.url.resolved(QUrl(page.next));
        if (!next.isValid() || !sameOrigin(next, m_call.url)) {
            fail({ ApiError::Kind::Refused,
                tr("the next page is on another host (%1)").arg(next.host()) });
            return;
        }
        if (m_visited.contains(next)) {
            fail({ ApiError::Kind::BadResponse, tr("the next page link repeats an earlier page") });
            return;
        }
        m_nextUrl = next;
    }
    ++m_pages;
    m_items += page.items.size();
    // A service that keeps sending empty pages with a next link, or pages
    // without end, is not listing anything: stop rather than loop.
    m_emptyRun = page.items.isEmpty() ? m_emptyRun + 1 : 0;
    if (!m_nextUrl.isEmpty() && (m_emptyRun >= kMaxEmptyPagesInARow || m_pages >= kMaxPages)) {
        fail({ ApiError::Kind::BadResponse, tr("the service keeps announcing more pages") });
        return;
    }
    const bool hasMore = !m_nextUrl.isEmpty();
    // The receiver may cancel us from the slot: nothing may follow that.
    QPointer<ApiListJob> self(this);
    m_currentDecoded = preparedPage.decoded;
    emit pageReceived(page.items, hasMore);
    if (!self || m_cancelled)
        return;
    m_currentDecoded.clear();
    if (!hasMore) {
        m_finished = true;
        deleteLater(); // queued before the emit: a receiver may delete us
        emit finished();
    } else if (m_followAll) {
        fetchNext();
    }
}

void ApiListJob::fail(const ApiError &error)
{
    m_error = error;
    m_nextUrl.clear();
    m_finished = true;
    deleteLater(); // queued before the emit: a receiver may delete us
    emit finished();
}
