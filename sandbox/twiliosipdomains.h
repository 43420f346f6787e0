#pragma once

#include "sandbox/sandboxhttp.h"

#include "models/records/sipdomain.h"

#include <QHash>
#include <QSet>
#include <QString>

#include <map>
#include <memory>
#include <optional>

struct SandboxCall;

struct TwilioAccount
{
    QString accountSid;
    QString authToken;
    QString apiKeySid; // optional
    QString apiKeySecret; // optional
};

// Emulates the Twilio REST API's SIP Domain resource (2010-04-01) for any
// number of accounts: list, create, fetch, update, delete, with Twilio's
// form encoding, validation, error JSON and paging.
class TwilioSipDomains : public SandboxService
{
public:
    TwilioSipDomains();
    ~TwilioSipDomains() override;

    void addAccount(const TwilioAccount &account);
    // Deterministic demo data: the same seed gives the same domains.
    void addDemoDomains(const QString &accountSid, int count, quint32 seed);

    int domainCount(const QString &accountSid) const;
    std::optional<SipDomain> domain(const QString &accountSid, const QString &sid) const;

    bool handles(const QString &path) const override;
    SandboxResponse handle(const SandboxRequest &request) override;
    SandboxResponse faultResponse(int status) const override;

private:
    struct Account;

    Account *authenticate(const SandboxRequest &request);

    // The routes' handlers (handle() has the table).
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

    std::map<QString, std::unique_ptr<Account>> m_accounts; // by account SID
    QSet<QString> m_domainNames; // lower case, across accounts
};
