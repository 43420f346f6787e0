#include "views/profiles/profilesaver.h"

#include "views/profiles/profileeditor.h"
#include "views/profiles/secretsaveflow.h"

#include "models/profiles/profilestore.h"

ProfileSaver::ProfileSaver(
    ProfileStore *store, SecretSaveFlow *secrets, ProfileEditor *editor, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_editor(editor)
{ }

void ProfileSaver::save(const std::function<void(Outcome)> &finished)
{
    const auto report = [finished](Outcome outcome) {
        if (finished)
            finished(outcome);
    };
    // canSave() is false while the keychain is answering: nothing is saved twice.
    if (!m_editor->canSave()) {
        report(Outcome::NotSaved);
        return;
    }
    const Profile profile = m_editor->profile();
    const QString secret = m_editor->secret();
    QString error;
    if (!m_store->save(profile, &error)) {
        emit message(
            tr("“%1” could not be saved: %2").arg(profile.name, error), MessageBar::Type::Error);
        report(Outcome::NotSaved);
        return;
    }
    m_editor->markSaved(profile);
    emit profileSaved();
    if (secret.isEmpty()) {
        emit message(tr("Saved “%1”.").arg(profile.name), MessageBar::Type::Information);
        report(Outcome::Saved);
        return;
    }
    m_secrets->store({ { profile, secret } },
        [this, profile, report](const SecretSaveFlow::Failures &failures, bool sessionOnly) {
            if (!failures.isEmpty()) {
                // One secret: the profile is named once, not again in its failure.
                emit message(tr("“%1” was saved, but its secret was not stored: %2")
                                 .arg(profile.name, failures.constFirst().reason),
                    MessageBar::Type::Warning);
                report(Outcome::SecretNotStored);
                return;
            }
            if (m_editor->profileId() == profile.id)
                m_editor->clearSecret();
            emit message(sessionOnly ? tr("Saved “%1”. Its secret is kept for this session only: "
                                          "SipDesk forgets it when it quits.")
                                           .arg(profile.name)
                                     : tr("Saved “%1” and its secret.").arg(profile.name),
                MessageBar::Type::Information);
            report(Outcome::Saved);
        });
}
