#pragma once

// Secret stores that behave like a keychain in trouble, for the tests of
// everything that reads or writes profile secrets. Header-only: each test
// executable compiles its own copy.

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

} // namespace FakeSecretStores
