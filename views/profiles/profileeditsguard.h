#pragma once

#include <QObject>

#include <functional>

class ProfileEditor;
class ProfileSaver;
class QWidget;

// Lets the profile manager move on only once the editor has no unsaved
// edits: at once, or after the user chose Save (and it worked) or Discard.
// One question at a time; none while the keychain is answering.
class ProfileEditsGuard : public QObject
{
    Q_OBJECT

public:
    // discard drops what the editor shows unsaved; the question is a child
    // of dialog.
    ProfileEditsGuard(
        ProfileEditor *editor, ProfileSaver *saver, std::function<void()> discard, QWidget *dialog);

    void setBusy(bool busy) { m_busy = busy; }
    // Runs proceed when the edits are settled; cancelled otherwise.
    void settle(const std::function<void()> &proceed, const std::function<void()> &cancelled = {});

private:
    ProfileEditor *m_editor;
    ProfileSaver *m_saver;
    std::function<void()> m_discard;
    QWidget *m_dialog;
    bool m_busy = false; // waiting for the keychain
    bool m_asking = false; // the question is open
};
