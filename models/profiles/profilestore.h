#pragma once

#include "profile.h"
#include "secretstore.h"

#include <QList>
#include <QObject>

#include <optional>

// The saved profiles: non-secret fields in QSettings (group "profiles/<id>",
// their order in "profiles/order", the last opened in "profiles/lastUsed"),
// secrets through a SecretStore under the profile's id. A secret the user
// chose to keep for this session only is held in memory and looked up
// before the keychain.
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
    // Removes the settings group and the secret, in the keychain and in the
    // session store. done runs when the keychain has answered.
    void remove(const QString &id, QObject *context, SecretStore::Callback done);

    enum class SecretScope { Keychain, SessionOnly };
    void storeSecret(const QString &id, const QString &secret, SecretScope scope, QObject *context,
        SecretStore::Callback done);
    // The session store first, then the keychain.
    void readSecret(const QString &id, QObject *context, SecretStore::Callback done);

    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    SecretStore *keychain() const { return m_keychain; }

signals:
    void profilesChanged();
    // A new secret was stored for the profile (an open account must reopen).
    void secretChanged(const QString &id);

private:
    SecretStore *m_keychain;
    MemorySecretStore *m_session;
};
