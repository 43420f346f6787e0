#include "models/accounts/accountclient.h"

#include "models/api/signalwiresipendpointsclient.h"
#include "models/api/twilioclient.h"

std::unique_ptr<ServiceClient> makeAccountClient(
    QNetworkAccessManager *network, const Account &account)
{
    std::unique_ptr<ServiceClient> client;
    switch (account.service) {
    case Account::Service::Twilio:
        client = std::make_unique<TwilioClient>(network, account.twilio);
        break;
    case Account::Service::SignalWire:
        client = std::make_unique<SignalWireSipEndpointsClient>(network, account.signalWire);
        break;
    }
    if (client)
        client->setReadOnly(account.readOnly);
    return client;
}
