#pragma once

#include "models/profiles/profileimport.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

// Shows what an import found — names, identifiers, where each came from,
// what is wrong with it, the source's warnings or why it could not be read —
// and lets the user tick the profiles to save. Open it with open(); after
// accepted(), chosen() says what to save. Invalid profiles cannot be ticked.
class ProfileImportDialog : public QDialog
{
    Q_OBJECT

public:
    // notice: a sentence about the source itself (the Twilio CLI's
    // plain-text file). existing: the saved profiles, to flag what is
    // already there.
    ProfileImportDialog(const ProfileImportResult &result, const QString &sourceName,
        const QString &notice, const QList<Profile> &existing, QWidget *parent = nullptr);
    QList<ImportedProfile> chosen() const;
    const ProfileImportResult &result() const { return m_result; }

private:
    QLabel *makeIntro(const QString &sourceName);
    void addItem(const ImportedProfile &imported, const QList<Profile> &existing);
    void updateImportButton();

    ProfileImportResult m_result;
    QListWidget *m_list = nullptr;
    QPushButton *m_importButton = nullptr;
};
