#pragma once

#include "sandbox/sandboxhttp.h"
#include "sandbox/sandboxroutes.h"
#include "sandbox/twilioaccounts.h"

#include "models/records/sipdomain.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <optional>

// Emulates the Twilio REST API's SIP Domain resource (2010-04-01) for every
// account in a TwilioAccounts table: list, create, fetch, update, delete,
// with Twilio's form encoding, validation, error JSON and paging.
class TwilioSipDomains : public SandboxService
{
public:
    // accounts must outlive the service.
    explicit TwilioSipDomains(const TwilioAccounts &accounts);
    ~TwilioSipDomains() override;

    // Deterministic demo data: the same seed gives the same domains.
    void addDemoDomains(const QString &accountSid, int count, quint32 seed);

    int domainCount(const QString &accountSid) const;
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

    const TwilioAccounts &m_accounts;
    const Routes m_routes; // one per service: no state shared between sandboxes in other threads
    std::map<QString, std::unique_ptr<Account>> m_domainsByAccount; // by account SID
    QSet<QString> m_domainNames; // lower case, across accounts
};
