#pragma once

#include "views/profiles/profilefields.h"

#include "models/profiles/profile.h"

#include <QMap>
#include <QSet>
#include <QWidget>

class ConnectionTestPanel;
class MessageBar;
class ProfileStore;
class QNetworkAccessManager;
class QPushButton;

// The right half of the profile manager: the fields of one profile, checked
// as the user types with the message under the field, Save / Revert, and
// "Test connection" with the values on screen. Saving itself is the
// dialog's business (it also handles the keychain's answers); the editor
// only says what to save.
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Origin {
        Saved, // in the store: the secret field may stay empty
        New, // not saved; unchanged until the user edits it
        Copy, // not saved, and unsaved from the start (a duplicate)
    };

    ProfileEditor(ProfileStore *store, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // Shows a profile, dropping edits, the typed secret and any running test.
    // note is shown above the fields (why a copy has no secret, …).
    void setProfile(const Profile &value, Origin origin, const QString &note = QString());
    // Nothing selected: the fields are empty and disabled.
    void clearProfile();
    bool hasProfile() const { return m_hasProfile; }
    bool isNew() const { return m_origin != Origin::Saved; }
    QString profileId() const { return m_baseline.id; }

    // The values on screen, with the fields of the other service cleared.
    Profile profile() const;
    QString secret() const;
    bool hasUnsavedChanges() const;
    // Everything that blocks Save, one sentence each (also for the
    // unsaved-edits question).
    QStringList problems() const;
    bool canSave() const;

    // After ProfileStore::save(): the saved values become the baseline. The
    // typed secret stays until clearSecret(), so that a failed keychain
    // write can be retried with Save.
    void markSaved(const Profile &saved);
    void clearSecret();
    // While the dialog waits for the keychain.
    void setBusy(bool busy);
    void cancelTest();

public slots:
    void revert();

signals:
    // Any change of the values, of their validity or of the busy state.
    void changed();
    void saveRequested();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void buildUi(ProfileStore *store, QNetworkAccessManager *network);
    void loadFields(const Profile &profile);
    void setNote(const QString &note);
    void showNote();
    // What the store holds for the saved profile.
    ProfileFields::SecretHint secretHint() const;
    // What an empty secret field means with the values on screen.
    ProfileFields::SecretHint shownSecretHint() const;
    void updateSecretHint();
    void revalidate();
    QMap<QString, QString> fieldProblems() const;
    QString secretProblem() const;
    bool canTest() const;

    ProfileStore *m_store;
    Profile m_baseline; // as profile() read it right after loading
    Origin m_origin = Origin::New;
    bool m_hasProfile = false;
    bool m_busy = false;
    QSet<QString> m_touched; // fields whose problems are shown

    MessageBar *m_note = nullptr;
    QString m_noteText;
    ProfileFields *m_fields = nullptr;
    ConnectionTestPanel *m_testPanel = nullptr;
    QPushButton *m_revertButton = nullptr;
    QPushButton *m_saveButton = nullptr;
};
