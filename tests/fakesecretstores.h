#pragma once

// Secret stores that behave like a keychain in trouble, for the tests of
// everything that reads or writes profile secrets. Header-only: each test
// executable compiles its own copy.

#include "profiles/secretstore.h"

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

} // namespace FakeSecretStores
