#pragma once

#include "views/widgets/messagebar.h"

#include "models/profiles/profile.h"

#include <QObject>

class ProfileStore;
class QWidget;

// Removes a saved profile once the user has confirmed: its secret from the
// keychain first, then the profile (ProfileStore::remove), and says how it
// went. While the keychain answers, the profile manager waits.
class ProfileRemover : public QObject
{
    Q_OBJECT

public:
    // The confirmation is a child of dialog.
    ProfileRemover(ProfileStore *store, QWidget *dialog);

    void remove(const Profile &profile);

signals:
    void busyChanged(bool busy);
    void message(const QString &text, MessageBar::Type type);

private:
    ProfileStore *m_store;
    QWidget *m_dialog;
};
