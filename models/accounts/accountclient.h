#pragma once

#include "models/accounts/account.h"

#include <memory>

class QNetworkAccessManager;
class ServiceClient;

// The client that speaks for an account (with its secret) to its service:
// the one place that knows which client class serves which service.
std::unique_ptr<ServiceClient> makeAccountClient(
    QNetworkAccessManager *network, const Account &account);
