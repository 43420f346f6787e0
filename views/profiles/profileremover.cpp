#include "views/profiles/profileremover.h"

#include "views/profiles/profilequestions.h"

#include "models/profiles/profilestore.h"

#include <QWidget>

ProfileRemover::ProfileRemover(ProfileStore *store, QWidget *dialog)
    : QObject(dialog)
    , m_store(store)
    , m_dialog(dialog)
{ }

void ProfileRemover::remove(const Profile &profile)
{
    ProfileQuestions::confirmRemove(
        m_dialog, profile, [this, id = profile.id, name = profile.name] {
            emit busyChanged(true);
            m_store->remove(id, this, [this, name](const SecretStore::Result &result) {
                emit busyChanged(false);
                if (result.status != SecretStore::Status::Ok) {
                    emit message(tr("“%1” was not removed: the keychain did not remove its secret "
                                    "(%2). Try again once the keychain is unlocked.")
                                     .arg(name, result.errorText),
                        MessageBar::Type::Warning);
                    return;
                }
                // The editor has moved on to a neighbour (the store said the
                // profile is gone): the removed profile's edits went with it.
                emit message(
                    tr("Removed “%1” and its secret.").arg(name), MessageBar::Type::Information);
            });
        });
}
