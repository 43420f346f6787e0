#pragma once

#include "models/api/serviceclient.h"

#include "models/records/sipdomain.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QUrl>

// Which Twilio account to talk to, and as whom.
struct TwilioConnection
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.twilio.com"));
    QString accountSid; // always the path's account
    // Basic-auth user: the account SID with its auth token, or an API key
    // SID (SK…) with its secret.
    QString authUser;
    QString secret;

    // https://api.twilio.com, or https://api.{edge}.{region}.twilio.com.
    static QUrl regionalBaseUrl(const QString &region, const QString &edge);
};

// Form fields in request order: {"FriendlyName", "Scranton Office"}.
using FormFields = QList<QPair<QString, QString>>;

// The Twilio SIP Domains resource: list, fetch, create, update, delete.
// Every call returns a started job owned by this client; connect to its
// finished() signal.
class TwilioSipDomainsClient : public ServiceClient
{
    Q_OBJECT

public:
    TwilioSipDomainsClient(QNetworkAccessManager *network, const TwilioConnection &connection,
        QObject *parent = nullptr);

    const TwilioConnection &connection() const { return m_connection; }

    // Pages of SIP domains in the order Twilio keeps them, following
    // next_page_uri. followAll = false waits for fetchNext() after each page.
    ApiListJob *list(
        int pageSize = 1000, bool followAll = true, ApiListJob::ItemDecoder decodeItems = {});
    ApiRequest *fetch(const QString &sid);
    ApiRequest *create(const FormFields &fields);
    ApiRequest *update(const QString &sid, const FormFields &changedFields);
    ApiRequest *remove(const QString &sid);

    // One page of the list as Twilio sends it: {"domains": [...],
    // "next_page_uri": "..." or null}. A pure function (list() runs it on a
    // pool thread for big pages).
    static ApiListJob::Page readPage(const QJsonDocument &json);
    static QList<SipDomain> domainsFrom(const QJsonArray &items);
    static SipDomain domainFrom(const ApiRequest &request);
    // The writable fields that differ, as form fields; a cleared value is
    // sent empty, which clears it on Twilio's side.
    static FormFields changedFields(const SipDomain &before, const SipDomain &after);
    // application/x-www-form-urlencoded in UTF-8 with every reserved byte
    // percent-encoded (a space as %20, '+' as %2B).
    static QByteArray encodeForm(const FormFields &fields);
    // Twilio's {code, message, more_info, status} into an ApiError, with the
    // form field it blames where the code or the message names one.
    static void readError(ApiError &error, const QJsonDocument &body);

private:
    QUrl url(const QString &path) const;
    ApiRequest *refuseSid(const QString &sid);

    TwilioConnection m_connection;
};
