#pragma once

#include "sandbox/sandboxhttp.h"
#include "sandbox/sandboxroutes.h"
#include "sandbox/twilioaccounts.h"
#include "sandbox/twiliosipauthstore.h"

// Emulates Twilio's SIP IpAccessControlList and IpAddress resources
// (2010-04-01, /Accounts/{AC}/SIP/IpAccessControlLists…) for every account in
// a TwilioAccounts table: IPv4 addresses with a CIDR prefix length (32, the
// whole address, when none is given).
class TwilioIpAccessControlLists : public SandboxService
{
public:
    // accounts and store must outlive the service.
    TwilioIpAccessControlLists(const TwilioAccounts &accounts, TwilioSipAuthStore &store);

    bool handles(const QString &path) const override;
    SandboxResponse handle(const SandboxRequest &request) override;
    SandboxResponse faultResponse(int status) const override;

private:
    using Account = TwilioSipAuthStore::Account;
    using Routes = SandboxRoutes<TwilioIpAccessControlLists, Account>;
    static Routes routes();

    // The routes' handlers (routes() has the table).
    SandboxResponse listLists(Account &account, const SandboxCall &call);
    SandboxResponse createList(Account &account, const SandboxCall &call);
    SandboxResponse fetchList(Account &account, const SandboxCall &call);
    SandboxResponse updateList(Account &account, const SandboxCall &call);
    SandboxResponse removeList(Account &account, const SandboxCall &call);
    SandboxResponse listAddresses(Account &account, const SandboxCall &call);
    SandboxResponse createAddress(Account &account, const SandboxCall &call);
    SandboxResponse fetchAddress(Account &account, const SandboxCall &call);
    SandboxResponse updateAddress(Account &account, const SandboxCall &call);
    SandboxResponse removeAddress(Account &account, const SandboxCall &call);

    const TwilioAccounts &m_accounts;
    TwilioSipAuthStore &m_store;
    const Routes m_routes;
};
