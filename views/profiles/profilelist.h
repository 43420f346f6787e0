#pragma once

#include "models/profiles/profile.h"
#include "models/profiles/profilestore.h"

#include <QListWidget>

#include <functional>

// The manager's list: one row per profile, drawn by ProfileListDelegate,
// the row of a profile that is not saved yet marked as such.
class ProfileList : public QListWidget
{
    Q_OBJECT

public:
    explicit ProfileList(QWidget *parent = nullptr);

    static QString serviceName(Account::Service service);
    static QString idOf(const QListWidgetItem *item);
    QListWidgetItem *itemFor(const QString &id) const;

    using SecretStateOf = std::function<ProfileStore::SecretState(const Profile &)>;
    // One row per profile, in this order. Rows are moved and updated in
    // place rather than rebuilt, so that a click that is being handled keeps
    // pointing at its row; the current item may change on the way. A saved
    // profile whose secret is missing or kept for this session only is
    // marked so (in words, for screen readers too).
    void setProfiles(
        const QList<Profile> &profiles, const QString &unsavedId, const SecretStateOf &secretState);
    // The unsaved row follows the editor's name and colour as they are typed.
    void showEdited(const QString &id, const Profile &edited);
};
