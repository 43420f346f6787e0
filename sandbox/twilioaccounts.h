#pragma once

#include "sandbox/sandboxhttp.h"

#include <QString>

#include <map>

struct TwilioAccount
{
    QString accountSid;
    QString authToken;
    QString apiKeySid; // optional
    QString apiKeySecret; // optional
};

// The sandbox's Twilio accounts. Every emulated Twilio resource authenticates
// against this one table, so that a new resource (credential lists, IP access
// control lists) brings its records and routes but no credentials of its own.
class TwilioAccounts
{
public:
    // Adding a known account again replaces its credentials.
    void add(const TwilioAccount &account);
    bool contains(const QString &accountSid) const;

    // The SID of the account the path names (/2010-04-01/Accounts/{sid}/…),
    // if the request's Basic credentials are that account's own auth token or
    // API key; empty otherwise.
    QString authenticate(const SandboxRequest &request) const;

private:
    std::map<QString, TwilioAccount> m_accounts; // by account SID
};
