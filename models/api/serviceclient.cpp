#include "models/api/serviceclient.h"

ServiceClient::ServiceClient(QNetworkAccessManager *network, ApiCredentials credentials,
    ErrorReader readError, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_credentials(std::move(credentials))
    , m_readError(readError)
{ }

ApiRequest *ServiceClient::send(ApiCall call)
{
    if (m_readOnly && call.method != "GET" && call.method != "HEAD") {
        return refuse(tr("This profile is read-only: SipDesk sends no changes to its account. "
                         "Its profile settings can make it writable."));
    }
    call.readError = m_readError;
    auto *request = new ApiRequest(m_network, std::move(call), m_credentials, this);
    request->start();
    return request;
}

ApiRequest *ServiceClient::refuse(const QString &why)
{
    auto *request = new ApiRequest(m_network, {}, {}, this);
    request->refuse(why);
    return request;
}

ApiListJob *ServiceClient::startList(ApiCall firstPage, ApiListJob::PageReader readPage,
    ApiListJob::Decoders decoders, bool followAll, ApiListJob::LinkPeeker peekNext)
{
    firstPage.readError = m_readError;
    auto *job = new ApiListJob(m_network, std::move(firstPage), m_credentials, std::move(readPage),
        std::move(decoders), this);
    job->setFollowAll(followAll);
    job->setLinkPeeker(std::move(peekNext));
    job->start();
    return job;
}
