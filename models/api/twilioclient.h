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

// One collection of an account's SIP records: where it is under
// /2010-04-01/Accounts/{AccountSid}/SIP/, the key its list pages hold the
// records under, and the prefix of its records' SIDs. Made by the functions
// of TwilioCollections, which check the SIDs that go into the path.
struct TwilioCollection
{
    QString path; // "Domains", "CredentialLists/CL…/Credentials"; empty: refused
    QString listKey; // "domains", "credentials", "contents"
    QStringView sidPrefix; // of the records: "SD", "CR"; a mapping's is its list's
    QString refusal; // why the path is empty: a malformed parent SID
};

// The account's collections.
namespace TwilioCollections {
TwilioCollection domains();
TwilioCollection credentialLists();
TwilioCollection credentials(const QString &credentialListSid);
TwilioCollection ipAccessControlLists();
TwilioCollection ipAddresses(const QString &ipAccessControlListSid);
// A domain's mappings, by what they authenticate.
enum class Mapping {
    CallsCredentialLists,
    CallsIpAccessControlLists,
    RegistrationsCredentialLists
};
TwilioCollection domainMappings(const QString &domainSid, Mapping mapping);
} // namespace TwilioCollections

// One Twilio account's REST API (2010-04-01): every SIP collection of the
// account through one client, so that an account is one set of credentials,
// one place that builds its URLs and one error reader. Every call returns a
// started job owned by this client; connect to its finished() signal.
class TwilioClient : public ServiceClient
{
    Q_OBJECT

public:
    TwilioClient(QNetworkAccessManager *network, const TwilioConnection &connection,
        QObject *parent = nullptr);

    const TwilioConnection &connection() const { return m_connection; }

    // Pages of a collection in the order Twilio keeps them, following
    // next_page_uri. followAll = false waits for fetchNext() after each page.
    ApiListJob *list(const TwilioCollection &collection, int pageSize = 1000, bool followAll = true,
        ApiListJob::Decoders decoders = {});
    ApiRequest *fetch(const TwilioCollection &collection, const QString &sid);
    ApiRequest *create(const TwilioCollection &collection, const FormFields &fields);
    ApiRequest *update(
        const TwilioCollection &collection, const QString &sid, const FormFields &changedFields);
    ApiRequest *remove(const TwilioCollection &collection, const QString &sid);

    // The SIP domains.
    ApiListJob *listDomains(
        int pageSize = 1000, bool followAll = true, ApiListJob::Decoders decoders = {})
    {
        return list(TwilioCollections::domains(), pageSize, followAll, std::move(decoders));
    }
    ApiRequest *fetchDomain(const QString &sid) { return fetch(TwilioCollections::domains(), sid); }
    ApiRequest *createDomain(const FormFields &fields)
    {
        return create(TwilioCollections::domains(), fields);
    }
    ApiRequest *updateDomain(const QString &sid, const FormFields &changedFields)
    {
        return update(TwilioCollections::domains(), sid, changedFields);
    }
    ApiRequest *removeDomain(const QString &sid)
    {
        return remove(TwilioCollections::domains(), sid);
    }

    // One page of a list as Twilio sends it: {"<listKey>": [...],
    // "next_page_uri": "..." or null}. A pure function (list() runs it on a
    // pool thread for big pages).
    static ApiListJob::Page readPage(const QJsonDocument &json, const QString &listKey);
    static ApiListJob::Page readDomainsPage(const QJsonDocument &json)
    {
        return readPage(json, TwilioCollections::domains().listKey);
    }
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
    QUrl url(const TwilioCollection &collection, const QString &sid = {}) const;
    // The refusal for a call whose path cannot be built, or nullptr: the
    // collection's own (a malformed parent SID), and for one record its SID.
    ApiRequest *refuseCollectionPath(const TwilioCollection &collection);
    ApiRequest *refuseRecordPath(const TwilioCollection &collection, const QString &sid);

    TwilioConnection m_connection;
};
