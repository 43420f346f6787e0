#pragma once

#include "sandbox/sandboxhttp.h"
#include "sandbox/sandboxroutes.h"
#include "sandbox/twilioaccounts.h"
#include "sandbox/twiliosipauthstore.h"

// Emulates Twilio's SIP CredentialList and Credential resources (2010-04-01,
// /Accounts/{AC}/SIP/CredentialLists…) for every account in a TwilioAccounts
// table. A credential's password is checked against Twilio's policy and then
// dropped: no answer, error message, log or store ever holds it.
class TwilioCredentialLists : public SandboxService
{
public:
    // accounts and store must outlive the service.
    TwilioCredentialLists(const TwilioAccounts &accounts, TwilioSipAuthStore &store);

    bool handles(const QString &path) const override;
    SandboxResponse handle(const SandboxRequest &request) override;
    SandboxResponse faultResponse(int status) const override;

private:
    using Account = TwilioSipAuthStore::Account;
    using Routes = SandboxRoutes<TwilioCredentialLists, Account>;
    static Routes routes();

    // The routes' handlers (routes() has the table).
    SandboxResponse listLists(Account &account, const SandboxCall &call);
    SandboxResponse createList(Account &account, const SandboxCall &call);
    SandboxResponse fetchList(Account &account, const SandboxCall &call);
    SandboxResponse updateList(Account &account, const SandboxCall &call);
    SandboxResponse removeList(Account &account, const SandboxCall &call);
    SandboxResponse listCredentials(Account &account, const SandboxCall &call);
    SandboxResponse createCredential(Account &account, const SandboxCall &call);
    SandboxResponse fetchCredential(Account &account, const SandboxCall &call);
    SandboxResponse updateCredential(Account &account, const SandboxCall &call);
    SandboxResponse removeCredential(Account &account, const SandboxCall &call);

    const TwilioAccounts &m_accounts;
    TwilioSipAuthStore &m_store;
    const Routes m_routes;
};
