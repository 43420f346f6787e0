#pragma once

// Secret stores that behave like a keychain in trouble, for the tests of
// everything that reads or writes profile secrets. Header-only: each test
// executable compiles its own copy.

#include "models/profiles/keychainresult.h"
#include "models/profiles/secretstore.h"

#include <QList>
#include <QPointer>

namespace FakeSecretStores {

// Answers reads only when the test says so, as a keychain waiting for the
// user to unlock it; everything else as the memory store.
class HeldReads : public MemorySecretStore
{
public:
    void readSecret(const QString &key, QObject *context, Callback done) override
    {
        m_held.append({ key, QPointer<QObject>(context), std::move(done) });
    }
    qsizetype held() const { return m_held.size(); }
    // Answers the first held read of this key; false when there is none.
    bool release(const QString &key)
    {
        for (qsizetype i = 0; i < m_held.size(); ++i) {
            if (m_held.at(i).key != key)
                continue;
            const Held read = m_held.takeAt(i);
            if (read.context)
                MemorySecretStore::readSecret(read.key, read.context, read.done);
            return true;
        }
        return false;
    }
    void releaseAll()
    {
        while (!m_held.isEmpty())
            release(m_held.constFirst().key);
    }

private:
    struct Held
    {
        QString key;
        QPointer<QObject> context;
        Callback done;
    };
    QList<Held> m_held;
};

// Keeps secrets but refuses to delete them (locked, or the user said no).
class RefusedRemoval : public MemorySecretStore
{
public:
    static constexpr const char *kReason = "The keychain is locked.";

    void removeSecret(const QString &, QObject *context, Callback done) override
    {
        Result refused;
        refused.status = Status::Denied;
        refused.errorText = QString::fromLatin1(kReason);
        QMetaObject::invokeMethod(
            context ? context : this, [done, refused] { done(refused); }, Qt::QueuedConnection);
    }
};

// Keeps nothing: no keychain on this system (Unavailable: reads and writes
// are refused), or one that refuses the write (any other status: reads
// find nothing). Removing succeeds. Answers from the event loop, like a
// real keychain.
class Refusing : public SecretStore
{
public:
    explicit Refusing(Status refusal)
        : m_refusal(refusal)
    { }

    void readSecret(const QString &, QObject *context, Callback done) override
    {
        answer(context, std::move(done),
            m_refusal == Status::Unavailable ? m_refusal : Status::NotFound);
    }
    void writeSecret(const QString &, const QString &, QObject *context, Callback done) override
    {
        ++writes;
        answer(context, std::move(done), m_refusal);
    }
    void removeSecret(const QString &, QObject *context, Callback done) override
    {
        answer(context, std::move(done), Status::Ok);
    }
    QString displayName() const override { return QStringLiteral("Refusing keychain"); }

    int writes = 0;

private:
    void answer(QObject *context, Callback done, Status status)
    {
        if (!done)
            return;
        Result result;
        result.status = status;
        if (status != Status::Ok)
            result.errorText = QStringLiteral("The keychain said no.");
        QMetaObject::invokeMethod(
            context ? context : this, [done, result] { done(result); }, Qt::QueuedConnection);
    }

    Status m_refusal;
};

// A keychain that refuses reads and writes as qtkeychain reports it (the
// words come from KeychainResult, as the real store's do) until the test
// accepts; then it keeps secrets as the memory store.
class RefusingUntilAccepted : public MemorySecretStore
{
public:
    // What the Secret Service said on a locked collection, object path and all.
    static constexpr const char *kBackendText =
        "org.freedesktop.DBus.Error.UnknownObject: No such object path "
        "'/org/freedesktop/secrets/collection/login'";

    explicit RefusingUntilAccepted(
        QKeychain::Error error = QKeychain::OtherError, const char *backendText = kBackendText)
        : m_error(error)
        , m_backendText(QString::fromLatin1(backendText))
    { }

    void readSecret(const QString &key, QObject *context, Callback done) override
    {
        ++reads;
        if (accepting)
            MemorySecretStore::readSecret(key, context, std::move(done));
        else
            refuse(KeychainResult::Operation::Read, context, std::move(done));
    }
    void writeSecret(
        const QString &key, const QString &secret, QObject *context, Callback done) override
    {
        ++writes;
        if (accepting)
            MemorySecretStore::writeSecret(key, secret, context, std::move(done));
        else
            refuse(KeychainResult::Operation::Write, context, std::move(done));
    }

    bool accepting = false;
    int reads = 0;
    int writes = 0;

private:
    void refuse(KeychainResult::Operation operation, QObject *context, Callback done)
    {
        const Result refused = KeychainResult::of(m_error, m_backendText, operation);
        QMetaObject::invokeMethod(
            context ? context : this, [done, refused] { done(refused); }, Qt::QueuedConnection);
    }

    QKeychain::Error m_error;
    QString m_backendText;
};

} // namespace FakeSecretStores
