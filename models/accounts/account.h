#pragma once

#include "api/signalwiresipendpointsclient.h"
#include "api/twiliosipdomainsclient.h"

#include <QList>
#include <QString>

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
    TwilioConnection twilio; // when service == Twilio
    SignalWireConnection signalWire; // when service == SignalWire

    // The account SID or project id: what support staff quote.
    QString identifier() const
    {
        return service == Service::Twilio ? twilio.accountSid : signalWire.projectId;
    }
};
