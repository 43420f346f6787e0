#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

// Where profile secrets live. Every call is asynchronous (the OS keychain
// answers over D-Bus); the callback runs once on the context's thread, and
// never after the context is destroyed. No implementation logs or writes a
// secret anywhere but its own store.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Status {
        Ok,
        NotFound, // no secret under that key
        Unavailable, // no keychain on this system (or it is locked and refused)
        Denied, // the user refused access
        Failed, // anything else; errorText says what, without the secret
    };
    struct Result
    {
        Status status = Status::Ok;
        QString secret; // only for a successful read
        // Translated, for the user, in words that need no knowledge of the
        // keychain's internals; never contains the secret.
        QString errorText;
        // The keychain's own words (a D-Bus error, an object path), for a
        // "Details" section or a bug report; never contains the secret.
        QString detail;
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void readSecret(const QString &key, QObject *context, Callback done) = 0;
    virtual void writeSecret(
        const QString &key, const QString &secret, QObject *context, Callback done) = 0;
    // Removing a key that does not exist is a success.
    virtual void removeSecret(const QString &key, QObject *context, Callback done) = 0;
    // "System keychain", "This session only": for the user.
    virtual QString displayName() const = 0;
};

// The OS keychain through qtkeychain: service "sipdesk", the key as the
// account, insecure fallback off — with no keychain, calls fail with
// Unavailable instead of writing a plain-text file.
class KeychainSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit KeychainSecretStore(QObject *parent = nullptr);
    static constexpr auto kService = "sipdesk";

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(
        const QString &key, const QString &secret, QObject *context, Callback done) override;
    void removeSecret(const QString &key, QObject *context, Callback done) override;
    QString displayName() const override;
};

// Secrets in this process's memory only: for tests, and for the user's
// explicit "keep for this session only" when no keychain exists. Callbacks
// are delivered from the event loop, like the keychain's.
class MemorySecretStore : public SecretStore
{
    Q_OBJECT

public:
    using SecretStore::SecretStore;
    ~MemorySecretStore() override;

    void readSecret(const QString &key, QObject *context, Callback done) override;
    void writeSecret(
        const QString &key, const QString &secret, QObject *context, Callback done) override;
    void removeSecret(const QString &key, QObject *context, Callback done) override;
    QString displayName() const override;

    bool contains(const QString &key) const { return m_secrets.contains(key); }

private:
    QHash<QString, QString> m_secrets;
};
