#include "views/profiles/secretsaveflow.h"

#include "views/profiles/profilequestions.h"

#include <QWidget>

SecretSaveFlow::SecretSaveFlow(ProfileStore *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{ }

QString SecretSaveFlow::Failure::sentence() const
{
    return SecretSaveFlow::tr("“%1”: %2").arg(profileName, reason);
}

void SecretSaveFlow::store(const QList<Secret> &secrets, const Done &done)
{
    if (secrets.isEmpty()) {
        done({}, false);
        return;
    }
    emit busyChanged(true);
    storeNext(secrets, ProfileStore::SecretScope::Keychain, {},
        [this, done](const Failures &failures, bool sessionOnly) {
            emit busyChanged(false);
            done(failures, sessionOnly);
        });
}

void SecretSaveFlow::storeNext(
    QList<Secret> queue, ProfileStore::SecretScope scope, Failures failures, const Done &done)
{
    if (queue.isEmpty()) {
        done(failures, scope == ProfileStore::SecretScope::SessionOnly);
        return;
    }
    const Secret next = queue.takeFirst();
    m_store->storeSecret(next.profile, next.secret, scope, this,
        [this, next, queue, scope, failures, done](const SecretStore::Result &result) mutable {
            if (result.status == SecretStore::Status::Ok) {
                storeNext(queue, scope, failures, done);
                return;
            }
            queue.prepend(next);
            if (scope == ProfileStore::SecretScope::Keychain) {
                askAfterRefusal(queue, result, failures, done);
                return;
            }
            // The session store is memory: it does not refuse, but should it…
            for (const Secret &skipped : std::as_const(queue))
                failures.append({ skipped.profile.name, result.errorText });
            done(failures, false);
        });
}

void SecretSaveFlow::askAfterRefusal(
    QList<Secret> queue, const SecretStore::Result &refusal, Failures failures, const Done &done)
{
    ProfileQuestions::askKeychainRefused(m_window, queue.constFirst().profile.name, refusal,
        int(queue.size()),
        [this, queue, refusal, failures, done](ProfileQuestions::RefusalAnswer answer) mutable {
            switch (answer) {
            case ProfileQuestions::RefusalAnswer::Retry:
                storeNext(queue, ProfileStore::SecretScope::Keychain, failures, done);
                return;
            case ProfileQuestions::RefusalAnswer::KeepForSession:
                storeNext(queue, ProfileStore::SecretScope::SessionOnly, failures, done);
                return;
            case ProfileQuestions::RefusalAnswer::Cancel:
                break;
            }
            // In the user's words the question used: never the keychain's
            // technical text, which the question's details showed.
            for (const Secret &skipped : std::as_const(queue))
                failures.append({ skipped.profile.name, refusal.errorText });
            done(failures, false);
        });
}
