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

void ProfileQuestions::askKeychainRefused(QWidget *parent, const QString &profileName,
    const SecretStore::Result &refusal, int count, const std::function<void(RefusalAnswer)> &answer)
{
    const bool noKeychain = refusal.status == SecretStore::Status::Unavailable;
    auto *box = new QMessageBox(QMessageBox::Warning,
        noKeychain ? tr("No Keychain") : tr("Keychain Refused the Secret"),
        tr("The secret of “%1” was not stored.").arg(profileName), QMessageBox::NoButton, parent);
    // The name the tests (and a screen reader's user) know it by.
    box->setObjectName(u"keychainUnavailableBox"_s);
    box->setTextFormat(Qt::PlainText);
    const QString why =
        refusal.errorText.isEmpty() ? tr("The system keychain refused it.") : refusal.errorText;
    box->setInformativeText(why + u"\n\n"_s
        + tr("Unlock the keychain and retry, or keep %n secret(s) in memory for this session "
             "only: forgotten when SipDesk quits, never written to a file. Otherwise the "
             "profile is saved without its secret.",
            nullptr, count));
    // The keychain's own words (a D-Bus error, an object path) help a bug
    // report, not the decision; they never hold the secret.
    if (!refusal.detail.isEmpty())
        box->setDetailedText(refusal.detail);
    QPushButton *retry = box->addButton(tr("&Retry"), QMessageBox::AcceptRole);
    retry->setObjectName(u"retryKeychainButton"_s);
    QPushButton *keep = box->addButton(tr("&Keep for This Session Only"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepForSessionButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    // With no keychain at all, retrying rarely helps: the session is the
    // likelier wish. A locked keychain is unlocked and retried.
    box->setDefaultButton(noKeychain ? keep : retry);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, retry, keep, answer] {
        if (box->clickedButton() == retry)
            answer(RefusalAnswer::Retry);
        else if (box->clickedButton() == keep)
            answer(RefusalAnswer::KeepForSession);
        else
            answer(RefusalAnswer::Cancel);
    });
    box->open();
}
