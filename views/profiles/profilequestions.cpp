#include "views/profiles/profilequestions.h"

#include "views/profiles/profilelist.h"

#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace {

// Adds Cancel after yes and opens the box; answer(true) if yes was clicked.
void openYesOrCancel(QMessageBox *box, QPushButton *yes, bool yesIsDefault,
    const std::function<void(bool yes)> &answer)
{
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(yesIsDefault ? yes : cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box,
        [box, yes, answer] { answer(box->clickedButton() == yes); });
    box->open();
}

} // namespace

void ProfileQuestions::confirmRemove(
    QWidget *parent, const Profile &profile, const std::function<void()> &remove)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Profile"),
        tr("Remove the profile “%1” (%2 %3)?")
            .arg(profile.name, ProfileList::serviceName(profile.service), profile.identifier()),
        QMessageBox::NoButton, parent);
    box->setObjectName(u"removeConfirmBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Its secret is removed from the keychain as well. The account "
                               "itself is not changed; only SipDesk forgets it."));
    QPushButton *confirm = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    confirm->setObjectName(u"confirmRemoveButton"_s);
    openYesOrCancel(box, confirm, false, [remove](bool yes) {
        if (yes)
            remove();
    });
}

void ProfileQuestions::askUnsavedEdits(QWidget *parent, const QString &profileName, bool canSave,
    const QStringList &problems, const std::function<void(EditsAnswer)> &answer)
{
    const QString name = profileName.isEmpty() ? tr("the new profile") : u"“%1”"_s.arg(profileName);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
        tr("Save the changes to %1?").arg(name), QMessageBox::NoButton, parent);
    box->setObjectName(u"unsavedEditsBox"_s);
    box->setTextFormat(Qt::PlainText);
    QPushButton *save = box->addButton(QMessageBox::Save);
    save->setObjectName(u"saveEditsButton"_s);
    QPushButton *discard = box->addButton(QMessageBox::Discard);
    discard->setObjectName(u"discardEditsButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelEditsButton"_s);
    if (canSave) {
        box->setInformativeText(tr("Your edits have not been saved yet."));
        box->setDefaultButton(save);
    } else {
        box->setInformativeText(
            tr("They cannot be saved as they are:") + u"\n• "_s + problems.join(u"\n• "_s));
        save->setEnabled(false);
        box->setDefaultButton(cancel);
    }
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, save, discard, answer] {
        if (box->clickedButton() == save)
            answer(EditsAnswer::Save);
        else if (box->clickedButton() == discard)
            answer(EditsAnswer::Discard);
        else
            answer(EditsAnswer::Cancel);
    });
    box->open();
}

void ProfileQuestions::askSessionOnly(
    QWidget *parent, int count, const std::function<void(bool keep)> &answer)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("No Keychain"),
        tr("No system keychain is available, so SipDesk cannot store the secret securely."),
        QMessageBox::NoButton, parent);
    box->setObjectName(u"keychainUnavailableBox"_s);
    box->setInformativeText(
        tr("SipDesk can keep %n secret(s) in memory for this session only: forgotten when "
           "SipDesk quits, never written to a file. Otherwise the profile is saved without "
           "its secret.",
            nullptr, count));
    QPushButton *keep = box->addButton(tr("Keep for This Session Only"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepForSessionButton"_s);
    openYesOrCancel(box, keep, true, answer);
}
