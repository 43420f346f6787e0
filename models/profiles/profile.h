#pragma once

#include "models/accounts/account.h"

#include <QMap>
#include <QString>
#include <QUrl>

// A saved credential profile: everything needed to open one customer
// account except its secret, which lives only in a SecretStore under the
// profile's id. Stored as a QSettings group "profiles/<id>".
struct Profile
{
    enum class TwilioAuth {
        AuthToken, // Basic user = Account SID, secret = auth token
        ApiKey, // Basic user = API key SID (SK…), secret = API key secret
    };
    // What problems() may blame; the editor shows each at its field.
    enum class Field {
        Name,
        Color,
        AccountSid,
        ApiKeySid,
        Region,
        Edge,
        Space,
        ProjectId,
        BaseUrl
    };

    QString id; // stable, never shown: QUuid without braces; the keychain key
    QString name; // what the user calls it: "Acme (production)"
    Account::Service service = Account::Service::Twilio;
    QString color; // "#rrggbb", or empty for none
    // SipDesk sends no change to the account: its client refuses every write
    // (Account::readOnly), and its pages offer none.
    bool readOnly = false;

    // Twilio
    QString accountSid;
    TwilioAuth twilioAuth = TwilioAuth::AuthToken;
    QString apiKeySid;
    QString region; // e.g. "ie1"; empty = the default (US1)
    QString edge; // e.g. "dublin"; empty = none

    // SignalWire
    QString space; // "example" of example.signalwire.com
    QString projectId;

    // Advanced: replaces the service's URL, e.g. the sandbox's
    // http://127.0.0.1:port/... Plain http only to loopback.
    QUrl baseUrl;

    static QString newId();

    // Every invalid field with one specific, translated sentence, using the
    // same rules as the forms (Rules::sidProblem, uuidProblem, …). Empty when
    // the profile can be saved.
    QMap<Field, QString> problems() const;
    bool isValid() const { return problems().isEmpty(); }

    // The Account SID or project id: what support staff quote.
    QString identifier() const;
    // Where requests go: baseUrl if set, else the service's URL derived from
    // region/edge or the space.
    QUrl effectiveBaseUrl() const;
    // Whether a secret stored for other may be sent for this profile: same
    // service, destination and Basic-auth user. A stored secret belongs to
    // the host and identity it was saved with, never to a newly typed one.
    bool usesSameCredentialsAs(const Profile &other) const;
    // The account to open, with the secret read from the store.
    Account toAccount(const QString &secret) const;

    friend bool operator==(const Profile &, const Profile &) = default;
};
