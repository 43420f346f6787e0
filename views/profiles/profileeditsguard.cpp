#include "views/profiles/profileeditsguard.h"

#include "views/profiles/profileeditor.h"
#include "views/profiles/profilequestions.h"
#include "views/profiles/profilesaver.h"

ProfileEditsGuard::ProfileEditsGuard(
    ProfileEditor *editor, ProfileSaver *saver, std::function<void()> discard, QWidget *dialog)
    : QObject(dialog)
    , m_editor(editor)
    , m_saver(saver)
    , m_discard(std::move(discard))
    , m_dialog(dialog)
{ }

void ProfileEditsGuard::settle(
    const std::function<void()> &proceed, const std::function<void()> &cancelled)
{
    if (!m_editor->hasUnsavedChanges()) {
        proceed();
        return;
    }
    if (m_asking || m_busy) {
        if (cancelled)
            cancelled();
        return;
    }
    m_asking = true;
    ProfileQuestions::askUnsavedEdits(m_dialog, m_editor->profile().name, m_editor->canSave(),
        m_editor->problems(), [this, proceed, cancelled](ProfileQuestions::EditsAnswer answer) {
            m_asking = false;
            switch (answer) {
            case ProfileQuestions::EditsAnswer::Save:
                m_saver->save([this, proceed, cancelled](ProfileSaver::Outcome outcome) {
                    switch (outcome) {
                    case ProfileSaver::Outcome::Saved:
                        proceed();
                        return;
                    case ProfileSaver::Outcome::SecretNotStored:
                        // The user has answered the keychain's refusal as
                        // well: asking about the typed secret again would
                        // only repeat that question (and closing would never
                        // end). The message bar says it was not stored.
                        m_editor->clearSecret();
                        proceed();
                        return;
                    case ProfileSaver::Outcome::NotSaved:
                        if (cancelled)
                            cancelled();
                        return;
                    }
                });
                break;
            case ProfileQuestions::EditsAnswer::Discard:
                m_discard();
                proceed();
                break;
            case ProfileQuestions::EditsAnswer::Cancel:
                if (cancelled)
                    cancelled();
                break;
            }
        });
}
