#pragma once

#include "api/signalwiresipendpointsclient.h"
#include "api/twiliosipdomainsclient.h"

#include <QList>
#include <QString>

// One customer account SipDesk can open: a Twilio account or a SignalWire
// project, with what it takes to reach it. Until credential profiles exist,
// these are the sandbox's demo accounts.
struct Account
{
    enum class Service { Twilio, SignalWire };

    QString name;
    Service service = Service::Twilio;
    TwilioConnection twilio; // when service == Twilio
    SignalWireConnection signalWire; // when service == SignalWire

    // The account SID or project id: what support staff quote.
    QString identifier() const
    {
        return service == Service::Twilio ? twilio.accountSid : signalWire.projectId;
    }
};
