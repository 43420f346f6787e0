#pragma once

#include "models/profiles/profile.h"
#include "models/profiles/secretstore.h"

#include <QCoreApplication>

#include <functional>

class QWidget;

// The questions of the profile manager. Each is a window-modal box opened
// with open(), a child of parent with an objectName, so that nothing runs a
// nested event loop and tests can find and answer it; the answer arrives
// once, when the box is closed.
class ProfileQuestions
{
    Q_DECLARE_TR_FUNCTIONS(ProfileQuestions)

public:
    // remove runs only if the user confirmed.
    static void confirmRemove(
        QWidget *parent, const Profile &profile, const std::function<void()> &remove);

    enum class EditsAnswer { Save, Discard, Cancel };
    // problems: why the edits cannot be saved as they are (Save is then
    // disabled); shown only when canSave is false.
    static void askUnsavedEdits(QWidget *parent, const QString &profileName, bool canSave,
        const QStringList &problems, const std::function<void(EditsAnswer)> &answer);

    // The keychain refused to store a secret (refusal: its answer). Retry
    // (after unlocking it), keep count secrets in memory for this session,
    // or neither (Cancel). The keychain's own words are behind "Show
    // Details…"; the question itself says what happened in plain words.
    enum class RefusalAnswer { Retry, KeepForSession, Cancel };
    static void askKeychainRefused(QWidget *parent, const QString &profileName,
        const SecretStore::Result &refusal, int count,
        const std::function<void(RefusalAnswer)> &answer);
};
