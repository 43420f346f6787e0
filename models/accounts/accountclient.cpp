#include "models/accounts/accountclient.h"

#include "models/api/signalwiresipendpointsclient.h"
#include "models/api/twiliosipdomainsclient.h"

std::unique_ptr<ServiceClient> makeAccountClient(
    QNetworkAccessManager *network, const Account &account)
{
    switch (account.service) {
    case Account::Service::Twilio:
        return std::make_unique<TwilioSipDomainsClient>(network, account.twilio);
    case Account::Service::SignalWire:
        return std::make_unique<SignalWireSipEndpointsClient>(network, account.signalWire);
    }
    return {};
}
