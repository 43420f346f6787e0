#include "models/api/nextpageprefetch.h"

#include "models/api/apirequest.h"

#include <utility>

NextPagePrefetch::NextPagePrefetch(Sender send, LinkCheck mayFollow)
    : m_send(std::move(send))
    , m_mayFollow(std::move(mayFollow))
{ }

void NextPagePrefetch::startFrom(const QByteArray &body, const QUrl &base)
{
    if (!m_peek || m_request || m_arrived)
        return;
    const QString link = m_peek(body);
    if (link.isEmpty())
        return;
    const QUrl next = base.resolved(QUrl(link));
    // The same checks as for a parsed link: nothing leaves the origin.
    if (!m_mayFollow(next))
        return;
    m_url = next;
    m_request = m_send(next);
}

bool NextPagePrefetch::keepIfOurs(ApiRequest *request)
{
    if (!request || request != m_request)
        return false;
    m_arrived = Arrived { request->error(), request->json(), request->prepared() };
    m_request.clear();
    return true;
}

NextPagePrefetch::Taken NextPagePrefetch::take(const QUrl &url)
{
    if (url != m_url || (!m_request && !m_arrived)) {
        drop();
        return {};
    }
    m_url.clear();
    if (ApiRequest *running = m_request) {
        m_request.clear();
        return running;
    }
    return *std::exchange(m_arrived, std::nullopt);
}

void NextPagePrefetch::keepOnly(const QUrl &next)
{
    if (m_url != next)
        drop(); // the hint was wrong, or there is no next page
}

void NextPagePrefetch::drop()
{
    if (m_request)
        m_request->cancel();
    m_request.clear();
    m_url.clear();
    m_arrived.reset();
}
