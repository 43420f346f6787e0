#include "models/accounts/accountclient.h"

#include "models/api/signalwiresipendpointsclient.h"
#include "models/api/twilioclient.h"

std::unique_ptr<ServiceClient> makeAccountClient(
    QNetworkAccessManager *network, const Account &account)
{
    switch (account.service) {
    case Account::Service::Twilio:
        return std::make_unique<TwilioClient>(network, account.twilio);
    case Account::Service::SignalWire:
        return std::make_unique<SignalWireSipEndpointsClient>(network, account.signalWire);
    }
    return {};
}
