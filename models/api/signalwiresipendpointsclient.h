#pragma once

#include "models/api/serviceclient.h"

#include "models/records/sipendpoint.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

// Which SignalWire project to talk to.
struct SignalWireConnection
{
    QUrl baseUrl; // https://{space}.signalwire.com/api/relay/rest, or the sandbox's
    QString projectId;
    QString apiToken;

    // The base URL of a space; invalid when the space is not a DNS label.
    static QUrl spaceBaseUrl(const QString &space);
};

// The SignalWire Relay REST SIP Endpoints resource: list, fetch, create,
// update, delete. Every call returns a started job owned by this client.
class SignalWireSipEndpointsClient : public ServiceClient
{
    Q_OBJECT

public:
    SignalWireSipEndpointsClient(QNetworkAccessManager *network,
        const SignalWireConnection &connection, QObject *parent = nullptr);

    const SignalWireConnection &connection() const { return m_connection; }

    // Newest first, following links.next until it is absent or null.
    ApiListJob *list(int pageSize = 1000, bool followAll = true,
        const QString &filterUsername = QString(), ApiListJob::Decoders decoders = {});
    ApiRequest *fetch(const QString &id);
    // fields must hold username and password; any 2xx is success.
    ApiRequest *create(const QJsonObject &fields);
    ApiRequest *update(const QString &id, const QJsonObject &changedFields);
    ApiRequest *remove(const QString &id);

    // One page of the list as SignalWire sends it: {"data": [...],
    // "links": {"next": "..."}}. A pure function (list() runs it on a pool
    // thread for big pages).
    static ApiListJob::Page readPage(const QJsonDocument &json);
    static QList<SipEndpoint> endpointsFrom(const QJsonArray &items);
    static SipEndpoint endpointFrom(const ApiRequest &request);
    // The fields that differ as a PUT body: a cleared nullable text as null,
    // an emptied codec or cipher list as [] (the project's defaults).
    static QJsonObject changedFields(const SipEndpoint &before, const SipEndpoint &after);
    // {"errors":[…]} in the current {code,title,detail,status} or the older
    // {type,code,message,attribute,url} shape, or {"error":"…"}.
    static void readError(ApiError &error, const QJsonDocument &body);

private:
    QUrl url(const QString &path) const;
    ApiRequest *refuseId(const QString &id);

    SignalWireConnection m_connection;
};
