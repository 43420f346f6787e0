#pragma once

#include "sandbox/sandboxhttp.h"
#include "sandbox/sandboxroutes.h"
#include "sandbox/twilioaccounts.h"
#include "sandbox/twiliosipauthstore.h"

#include "models/records/sipdomain.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <optional>

// Emulates the Twilio REST API's SIP Domain resource (2010-04-01) for every
// account in a TwilioAccounts table: list, create, fetch, update, delete,
// with Twilio's form encoding, validation, error JSON and paging. A domain's
// auth_type is not stored: it is derived from its mappings in the
// TwilioSipAuthStore, which also loses a deleted domain's mappings.
class TwilioSipDomains : public SandboxService
{
public:
    // accounts and auth must outlive the service.
    TwilioSipDomains(const TwilioAccounts &accounts, TwilioSipAuthStore &auth);
    ~TwilioSipDomains() override;

    // Deterministic demo data: the same seed gives the same domains, and the
    // same credential lists, IP ACLs and mappings (DemoSipAuth).
    void addDemoDomains(const QString &accountSid, int count, quint32 seed);

    int domainCount(const QString &accountSid) const;
    bool hasDomain(const QString &accountSid, const QString &sid) const;
    // The domain as served, auth_type included.
    std::optional<SipDomain> domain(const QString &accountSid, const QString &sid) const;

    bool handles(const QString &path) const override;
    SandboxResponse handle(const SandboxRequest &request) override;
    SandboxResponse faultResponse(int status) const override;

private:
    struct Account; // the domains of one account
    using Routes = SandboxRoutes<TwilioSipDomains, Account>;
    static Routes routes();

    Account *authenticate(const SandboxRequest &request);
    Account &accountData(const QString &accountSid);

    // The routes' handlers (routes() has the table).
    SandboxResponse list(Account &account, const SandboxCall &call);
    SandboxResponse create(Account &account, const SandboxCall &call);
    SandboxResponse fetch(Account &account, const SandboxCall &call);
    SandboxResponse update(Account &account, const SandboxCall &call);
    SandboxResponse remove(Account &account, const SandboxCall &call);

    std::optional<SandboxResponse> applyFields(
        SipDomain &domain, const QHash<QString, QString> &form, const QString &ownName);
    std::optional<SandboxResponse> applyTextField(SipDomain &domain,
        const SipDomain::TextField &field, const QString &value, const QString &ownName) const;
    void insert(Account &account, SipDomain domain);
    QJsonObject domainJson(const Account &account, const SipDomain &domain) const;

    const TwilioAccounts &m_accounts;
    TwilioSipAuthStore &m_auth;
    const Routes m_routes; // one per service: no state shared between sandboxes in other threads
    std::map<QString, std::unique_ptr<Account>> m_domainsByAccount; // by account SID
    QSet<QString> m_domainNames; // lower case, across accounts
};
