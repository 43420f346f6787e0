#pragma once

#include "models/profiles/profilestore.h"

#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

// Stores the secrets of profiles that are already saved, one after the
// other. When the keychain refuses one it asks what to do: retry it, keep it
// and the rest for this session only, or leave them unstored. Saving a
// profile and importing several share it.
class SecretSaveFlow : public QObject
{
    Q_OBJECT

public:
    struct Secret
    {
        Profile profile; // as saved: the secret is stored for its connection
        QString secret;
    };
    // A secret that was not stored, and why, in the words the question used.
    struct Failure
    {
        QString profileName;
        QString reason;
        // "“Acme”: the keychain is locked." for a list of several.
        QString sentence() const;
    };
    using Failures = QList<Failure>;
    using Done = std::function<void(const Failures &failures, bool sessionOnly)>;

    // window: the parent of the question; also this object's parent.
    SecretSaveFlow(ProfileStore *store, QWidget *window);

    // done runs once every secret has an answer; at once, without going
    // busy, when there are none.
    void store(const QList<Secret> &secrets, const Done &done);

signals:
    // True from the first request to the keychain until just before done.
    void busyChanged(bool busy);

private:
    void storeNext(QList<Secret> queue, ProfileStore::SecretScope scope, Failures failures,
        const Done &done);
    // queue starts with the refused secret.
    void askAfterRefusal(QList<Secret> queue, const SecretStore::Result &refusal,
        Failures failures, const Done &done);

    ProfileStore *m_store;
    QWidget *m_window;
};
