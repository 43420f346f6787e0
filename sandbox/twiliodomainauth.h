#pragma once

#include "sandbox/sandboxhttp.h"
#include "sandbox/sandboxroutes.h"
#include "sandbox/twilioaccounts.h"
#include "sandbox/twiliosipauthstore.h"

#include <vector>

class TwilioSipDomains;

// Emulates the mappings of credential lists and IP access control lists to a
// SIP domain (2010-04-01): Domains/{SD}/Auth/Calls/CredentialListMappings,
// …/Auth/Calls/IpAccessControlListMappings, …/Auth/Registrations/
// CredentialListMappings (items under "contents"), and the older
// Domains/{SD}/CredentialListMappings and …/IpAccessControlListMappings that
// the domain's subresource_uris name — the same sets as the Calls mappings,
// with domain_sid and uri added.
class TwilioDomainAuth : public SandboxService
{
public:
    // The five mapping collections, in route table order.
    enum Collection {
        CallsCredentialLists,
        CallsIpAccessControlLists,
        RegistrationsCredentialLists,
        OlderCredentialLists,
        OlderIpAccessControlLists,
        kCollections
    };

    // accounts, store and domains must outlive the service.
    TwilioDomainAuth(
        const TwilioAccounts &accounts, TwilioSipAuthStore &store, const TwilioSipDomains &domains);

    bool handles(const QString &path) const override;
    SandboxResponse handle(const SandboxRequest &request) override;
    SandboxResponse faultResponse(int status) const override;

private:
    using Account = TwilioSipAuthStore::Account;
    using Routes = SandboxRoutes<TwilioDomainAuth, Account>;
    static Routes routes();
    template<Collection C>
    static void addRoutes(std::vector<Routes::Route> &table);

    // The routes' handlers, one set per collection (routes() has the table).
    template<Collection C>
    SandboxResponse list(Account &account, const SandboxCall &call);
    template<Collection C>
    SandboxResponse create(Account &account, const SandboxCall &call);
    template<Collection C>
    SandboxResponse fetch(Account &account, const SandboxCall &call);
    template<Collection C>
    SandboxResponse remove(Account &account, const SandboxCall &call);

    const TwilioAccounts &m_accounts;
    TwilioSipAuthStore &m_store;
    const TwilioSipDomains &m_domains;
    const Routes m_routes;
};
