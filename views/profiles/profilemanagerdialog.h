#pragma once

#include "views/profiles/profileeditor.h"

#include "views/widgets/messagebar.h"

#include "models/profiles/profile.h"
#include "models/profiles/profilestore.h"

#include <QDialog>
#include <QProcessEnvironment>

#include <optional>

class ProfileEditsGuard;
class ProfileImporter;
class ProfileList;
class ProfileListActions;
class ProfileRemover;
class ProfileSaver;
class QListWidgetItem;
class QNetworkAccessManager;
class QPushButton;
class SecretSaveFlow;

// Manage the saved credential profiles: the list on the left, the editor on
// the right, add / duplicate / remove / import, and "Open". Every question
// (unsaved edits, removal, import, no keychain) is a window-modal box opened
// with open(), children of this dialog with an objectName, so that nothing
// here runs a nested event loop and tests can answer them.
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileManagerDialog(
        ProfileStore *store, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~ProfileManagerDialog() override;

    // Selects a saved profile, asking first about unsaved edits.
    void selectProfile(const QString &id);
    QString currentProfileId() const { return m_currentId; }
    ProfileEditor *editor() const { return m_editor; }

public slots:
    void addProfile(Account::Service service);
    void duplicateCurrent();
    void removeCurrent();
    void openCurrent();
    void importFromEnvironment(const QProcessEnvironment &environment);
    // Reads path at once; the button first asks for the file, starting at
    // ProfileImport::defaultTwilioCliConfigPath().
    void importFromTwilioCli(const QString &path);
    void reject() override;

signals:
    // "Open" or a double-click on a saved profile; the dialog closes after.
    void openRequested(const QString &profileId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QWidget *buildListSide();
    void createEditor();
    void reloadList();
    void selectItem(const QString &id);
    void showProfile(const QString &id);
    void onCurrentItemChanged(QListWidgetItem *current);
    void createPending(
        const Profile &profile, ProfileEditor::Origin origin, const QString &note = QString());
    void refreshPendingItem();
    void onStoreChanged();
    // After the current profile left the list: the one now at row, or near it.
    void showNeighbour(int row);
    void onImported(const QString &firstId, const QString &report, MessageBar::Type type);
    void dropPending();
    bool currentIsPending() const;
    // A profile is shown and it is in the store.
    bool currentIsSaved() const;
    void updateActions();
    void setBusy(bool busy);
    void showMessage(const QString &text, MessageBar::Type type = MessageBar::Type::Information);

    ProfileStore *m_store;
    QNetworkAccessManager *m_network;
    SecretSaveFlow *m_secrets = nullptr;
    ProfileImporter *m_importer = nullptr;
    ProfileRemover *m_remover = nullptr;
    ProfileSaver *m_saver = nullptr; // needs the editor
    ProfileEditsGuard *m_edits = nullptr; // needs the editor

    ProfileList *m_list = nullptr;
    ProfileEditor *m_editor = nullptr;
    MessageBar *m_message = nullptr;
    ProfileListActions *m_actions = nullptr;
    QPushButton *m_openButton = nullptr;

    QString m_currentId; // what the editor shows
    // A new profile that is not in the store yet; it has a list row of its own.
    std::optional<Profile> m_pending;
    bool m_ignoreSelection = false; // while the list is changed from code
    bool m_busy = false; // waiting for the keychain
};
