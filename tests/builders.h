#pragma once

// Profiles and accounts as the tests need them: valid unless a test spoils
// them on purpose (a profile passes Profile::problems()), a new id for each
// profile, everything else left at its default. Header-only, like the other
// shared test helpers.

#include "models/accounts/account.h"
#include "models/profiles/profile.h"
#include "models/profiles/profilestore.h"

#include <QObject>
#include <QTest>

#include <optional>

namespace Builders {

// Well-formed identifiers of no real account.
inline const QString kTwilioSid = QStringLiteral("AC0123456789abcdef0123456789abcdef");
inline const QString kProjectId = QStringLiteral("123e4567-e89b-12d3-a456-426614174000");
// Plain http is allowed to loopback only; nothing listens on the discard port.
inline const QUrl kUnreachable = QUrl(QStringLiteral("http://127.0.0.1:9"));

// What every profile and account has: a name and a service.
inline Profile newProfile(const QString &name, Account::Service service, const QUrl &baseUrl)
{
    Profile profile;
    profile.id = Profile::newId();
    profile.name = name;
    profile.service = service;
    profile.baseUrl = baseUrl;
    return profile;
}

inline Account newAccount(const QString &name, Account::Service service)
{
    Account account;
    account.name = name;
    account.service = service;
    return account;
}

// Signs in with the auth token; baseUrl empty: Twilio's own address.
inline Profile twilioProfile(const QString &name = QStringLiteral("Acme"),
    const QString &accountSid = kTwilioSid, const QUrl &baseUrl = {})
{
    Profile profile = newProfile(name, Account::Service::Twilio, baseUrl);
    profile.accountSid = accountSid;
    return profile;
}

// In the space "initech"; with a baseUrl (the sandbox) the space names no
// host and stays empty, as the editor allows.
inline Profile signalWireProfile(const QString &name = QStringLiteral("Initech"),
    const QString &projectId = kProjectId, const QUrl &baseUrl = {})
{
    Profile profile = newProfile(name, Account::Service::SignalWire, baseUrl);
    profile.space = baseUrl.isEmpty() ? QStringLiteral("initech") : QString();
    profile.projectId = projectId;
    return profile;
}

// An account as the sandbox's list or a profile opens it, secret included;
// the Basic-auth user is the Account SID (an auth token, not an API key).
inline Account twilioAccount(const QString &name, const QString &accountSid, const QString &secret,
    const QUrl &baseUrl = kUnreachable)
{
    Account account = newAccount(name, Account::Service::Twilio);
    account.twilio.baseUrl = baseUrl;
    account.twilio.accountSid = accountSid;
    account.twilio.authUser = accountSid;
    account.twilio.secret = secret;
    return account;
}

inline Account signalWireAccount(const QString &name, const QString &projectId,
    const QString &token, const QUrl &baseUrl = kUnreachable)
{
    Account account = newAccount(name, Account::Service::SignalWire);
    account.signalWire.baseUrl = baseUrl;
    account.signalWire.projectId = projectId;
    account.signalWire.apiToken = token;
    return account;
}

// Saves the profile, then its secret; true once the store has kept both.
inline bool saveWithSecret(ProfileStore &store, const Profile &profile, const QString &secret,
    ProfileStore::SecretScope scope = ProfileStore::SecretScope::Keychain, int timeoutMs = 5000)
{
    if (!store.save(profile))
        return false;
    QObject context; // a late answer after the timeout finds nobody
    std::optional<bool> kept;
    store.storeSecret(profile, secret, scope, &context, [&kept](const SecretStore::Result &result) {
        kept = result.status == SecretStore::Status::Ok;
    });
    return QTest::qWaitFor([&kept] { return kept.has_value(); }, timeoutMs) && *kept;
}

} // namespace Builders
