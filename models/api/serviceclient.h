#pragma once

#include "models/api/apilistjob.h"
#include "models/api/apirequest.h"

#include <QObject>
#include <QPointer>

// What both service clients do the same way: send a call with the account's
// credentials and the service's error reader, refuse a call before it is
// sent, and start a paged list. Jobs are children of the client, so
// deleting the client cancels everything it started.
class ServiceClient : public QObject
{
    Q_OBJECT

public:
    using ErrorReader = void (*)(ApiError &, const QJsonDocument &);

    // A read-only account's client refuses every call that would change something (any method
    // but GET and HEAD) before it is sent, whatever the views offer.
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }

protected:
    ServiceClient(QNetworkAccessManager *network, ApiCredentials credentials, ErrorReader readError,
        QObject *parent);

    ApiRequest *send(ApiCall call);
    // Finishes with a Refused error; nothing is sent.
    ApiRequest *refuse(const QString &why);
    ApiListJob *startList(ApiCall firstPage, ApiListJob::PageReader readPage,
        ApiListJob::Decoders decoders, bool followAll, ApiListJob::LinkPeeker peekNext);

private:
    QPointer<QNetworkAccessManager> m_network;
    ApiCredentials m_credentials;
    ErrorReader m_readError;
    bool m_readOnly = false;
};
