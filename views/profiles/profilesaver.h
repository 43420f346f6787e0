#pragma once

#include "views/widgets/messagebar.h"

#include <QObject>

#include <functional>

class ProfileEditor;
class ProfileStore;
class SecretSaveFlow;

// Saves what the editor shows: the profile, then the typed secret through
// SecretSaveFlow. The typed secret stays in its field until the keychain
// (or the session) has it, so that Save tries again.
class ProfileSaver : public QObject
{
    Q_OBJECT

public:
    ProfileSaver(
        ProfileStore *store, SecretSaveFlow *secrets, ProfileEditor *editor, QObject *parent);

    enum class Outcome {
        Saved, // the profile, and a typed secret too
        // The profile is saved; the keychain refused the secret and the user
        // answered that question without keeping it (it is still typed).
        SecretNotStored,
        NotSaved, // nothing to save, or the profile could not be saved
    };
    // finished runs once, when the outcome is known.
    void save(const std::function<void(Outcome)> &finished = {});

signals:
    // The profile is in the store; its secret may still be on its way.
    void profileSaved();
    void message(const QString &text, MessageBar::Type type);

private:
    ProfileStore *m_store;
    SecretSaveFlow *m_secrets;
    ProfileEditor *m_editor;
};
