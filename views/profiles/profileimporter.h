#pragma once

#include "views/widgets/messagebar.h"

#include "models/profiles/profileimport.h"

#include <QObject>

class ProfileStore;
class QProcessEnvironment;
class SecretSaveFlow;

// Imports profiles from the environment or the Twilio CLI's config.json:
// reads the source, lets the user tick what to import in a
// ProfileImportDialog, saves the chosen profiles under unique names and
// stores their secrets. Whether an import may start now is the caller's
// decision.
class ProfileImporter : public QObject
{
    Q_OBJECT

public:
    // window: the parent of the dialogs it opens, and of this object.
    ProfileImporter(ProfileStore *store, SecretSaveFlow *secrets, QWidget *window);

    void importFromEnvironment(const QProcessEnvironment &environment);
    // Reads path at once.
    void importFromTwilioCli(const QString &path);
    // Asks for the file, starting at ProfileImport::defaultTwilioCliConfigPath();
    // twilioCliFileChosen() follows if the user picks one.
    void chooseTwilioCliFile();

signals:
    void twilioCliFileChosen(const QString &path);
    // After the secrets are stored. firstId: the first profile saved, if any.
    void imported(const QString &firstId, const QString &report, MessageBar::Type type);

private:
    void confirm(
        const ProfileImportResult &result, const QString &sourceName, const QString &notice);
    void save(const QList<ImportedProfile> &chosen, const QStringList &invalid);

    ProfileStore *m_store;
    SecretSaveFlow *m_secrets;
    QWidget *m_window;
};
