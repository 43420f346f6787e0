#include "views/profiles/secretsaveflow.h"

#include "views/profiles/profilequestions.h"

#include <QWidget>

SecretSaveFlow::SecretSaveFlow(ProfileStore *store, QWidget *window)
    : QObject(window)
    , m_store(store)
    , m_window(window)
{ }

void SecretSaveFlow::store(const QList<Secret> &secrets, const Done &done)
{
    if (secrets.isEmpty()) {
        done({}, false);
        return;
    }
    emit busyChanged(true);
    storeNext(secrets, ProfileStore::SecretScope::Keychain, {},
        [this, done](const QStringList &failures, bool sessionOnly) {
            emit busyChanged(false);
            done(failures, sessionOnly);
        });
}

void SecretSaveFlow::storeNext(
    QList<Secret> queue, ProfileStore::SecretScope scope, QStringList failures, const Done &done)
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
            if (result.status == SecretStore::Status::Unavailable
                && scope == ProfileStore::SecretScope::Keychain) {
                queue.prepend(next);
                ProfileQuestions::askSessionOnly(
                    m_window, int(queue.size()), [this, queue, failures, done](bool keep) mutable {
                        if (keep) {
                            storeNext(
                                queue, ProfileStore::SecretScope::SessionOnly, failures, done);
                            return;
                        }
                        for (const Secret &skipped : std::as_const(queue))
                            failures.append(
                                tr("“%1”: no keychain to keep it in.").arg(skipped.profile.name));
                        done(failures, false);
                    });
                return;
            }
            // The store's own words: they never contain the secret.
            failures.append(tr("“%1”: %2")
                                .arg(next.profile.name,
                                    result.errorText.isEmpty() ? tr("the keychain refused it.")
                                                               : result.errorText));
            storeNext(queue, scope, failures, done);
        });
}
