#pragma once

#include "models/api/signalwiresipendpointsclient.h"
#include "models/api/twilioclient.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

// One customer account SipDesk can open: a Twilio account or a SignalWire
// project, with what it takes to reach it: from a saved profile, or one of
// the sandbox's demo accounts.
struct Account
{
    enum class Service { Twilio, SignalWire };

    QString name;
    Service service = Service::Twilio;
    QString profileId; // the saved profile it came from; empty for demo accounts
    QString color; // "#rrggbb" tag of the profile, or empty
    bool readOnly = false; // its client refuses every write (ServiceClient::setReadOnly)
    TwilioConnection twilio; // when service == Twilio
    SignalWireConnection signalWire; // when service == SignalWire

    // The account SID or project id: what support staff quote.
    QString identifier() const
    {
        return service == Service::Twilio ? twilio.accountSid : signalWire.projectId;
    }

    // The account as it may be kept once its client exists: without its secret.
    Account withoutSecret() const
    {
        Account account = *this;
        account.twilio.secret.clear();
        account.signalWire.apiToken.clear();
        return account;
    }

    // What a stored secret belongs to: the service, where requests go, the
    // Basic-auth user and the account. A secret saved for one scope is never
    // sent with another (a changed address or user needs the secret typed).
    QString credentialScope() const
    {
        const bool isTwilio = service == Service::Twilio;
        const QUrl &baseUrl = isTwilio ? twilio.baseUrl : signalWire.baseUrl;
        return QStringList { isTwilio ? QStringLiteral("twilio") : QStringLiteral("signalwire"),
            baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments)
                .toString(QUrl::FullyEncoded),
            isTwilio ? twilio.authUser : signalWire.projectId, identifier() }
            .join(u'\n');
    }
};
