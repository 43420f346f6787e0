#pragma once

#include "models/accounts/account.h"

#include <QWidget>

class QPushButton;

// What the user can do to the profile list: new Twilio / SignalWire
// profile, duplicate, remove and the two imports, as buttons under the list
// and as shortcuts. It only asks; the profile manager decides (it may ask
// about unsaved edits first).
class ProfileListActions : public QWidget
{
    Q_OBJECT

public:
    // Del removes only while list has focus: in a text field it deletes a
    // character.
    ProfileListActions(QWidget *list, QWidget *parent);

    // busy: the keychain is answering. hasCurrent: a profile is shown;
    // currentSaved: it is in the store, not a new one being typed.
    void update(bool busy, bool hasCurrent, bool currentSaved);

    // A button that Enter never presses by accident: Enter belongs to the
    // list (open) and to nobody in the editor.
    static QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent);

signals:
    void addRequested(Account::Service service);
    void duplicateRequested();
    void removeRequested();
    void importEnvironmentRequested();
    void importTwilioCliRequested();

private:
    void createButtons();
    void createShortcuts(QWidget *list);

    QPushButton *m_addTwilio = nullptr;
    QPushButton *m_addSignalWire = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_importEnvironment = nullptr;
    QPushButton *m_importTwilioCli = nullptr;
};
