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
                m_saver->save(proceed, cancelled);
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
