#pragma once

#include "models/profiles/profile.h"
#include "models/profiles/secretstore.h"

#include <QList>
#include <QObject>

#include <optional>

// The saved profiles: non-secret fields in QSettings (group "profiles/<id>",
// their order in "profiles/order", the last opened in "profiles/lastUsed"),
// secrets through a SecretStore under the profile's id. A secret is stored
// together with the connection it was saved for (Account::credentialScope:
// service, address, Basic user, account) and handed out only for that same
// connection, so that a profile whose address or user changed has no secret
// until one is typed for it. A secret the user chose to keep for this session
// only is held in memory and looked up before the keychain.
class ProfileStore : public QObject
{
    Q_OBJECT

public:
    // The keychain (or a test's store) is not owned. Uses the application's
    // default QSettings.
    explicit ProfileStore(SecretStore *keychain, QObject *parent = nullptr);

    // In the user's order.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QString &id) const;
    // Exact name first, then case-insensitive (for --profile NAME).
    std::optional<Profile> profileNamed(const QString &name) const;

    // Writes the non-secret fields; a new id is appended to the order.
    // Refuses an invalid profile (returns false, *error = the first problem).
    bool save(const Profile &profile, QString *error = nullptr);
    // Moves a profile to index in the order (Ctrl+1…9 follow the order).
    void move(const QString &id, int index);
    // Removes the secret from the keychain first; only when that succeeded
    // also the session copy and the settings group (so a refusing keychain
    // never leaves an orphaned secret: the profile stays, and done hears
    // why). done runs when the keychain has answered.
    void remove(const QString &id, QObject *context, SecretStore::Callback done);

    enum class SecretScope { Keychain, SessionOnly };
    // Stores the secret for the profile's connection as it is now.
    void storeSecret(const Profile &profile, const QString &secret, SecretScope scope,
        QObject *context, SecretStore::Callback done);
    // The secret stored for this account's profile and connection: the
    // session copy first, then the keychain. One saved for another connection
    // answers NotFound, with a sentence that says so.
    void readSecret(const Account &account, QObject *context, SecretStore::Callback done);
    void readSecret(const Profile &profile, QObject *context, SecretStore::Callback done);

    // Whether a secret is there for the profile's connection as it is now,
    // known without asking the keychain (which may prompt or be locked):
    // SipDesk records the connection each keychain write was for. A profile
    // saved before that record existed counts as Stored.
    enum class SecretState { Stored, SessionOnly, Missing };
    SecretState secretState(const Profile &profile) const;

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    SecretStore *keychain() const { return m_keychain; }

signals:
    void profilesChanged();
    // A new secret was stored for the profile (an open account must reopen).
    void secretChanged(const QString &id);

private:
    void removeSettings(const QString &id);
    void recordKeychainScope(const QString &id, const QString &credentialScope);
    void readFromKeychain(const Account &account, QObject *context, SecretStore::Callback done);

    SecretStore *m_keychain;
    MemorySecretStore *m_session;
    // id → the connection its session copy was kept for.
    QHash<QString, QString> m_sessionScopes;
};
