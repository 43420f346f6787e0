#include "profilemanagerdialog.h"

#include "profileimportdialog.h"
#include "profilelistdelegate.h"
#include "widgets/messagebar.h"

#include <QAction>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString serviceName(Account::Service service)
{
    return service == Account::Service::Twilio
        ? QCoreApplication::translate("ProfileManagerDialog", "Twilio")
        : QCoreApplication::translate("ProfileManagerDialog", "SignalWire");
}

QString idOf(const QListWidgetItem *item)
{
    return item ? item->data(ProfileListDelegate::IdRole).toString() : QString();
}

QPushButton *makeButton(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    // Enter belongs to the list (open) and to nobody in the editor: no
    // button may turn it into an accidental click.
    button->setAutoDefault(false);
    return button;
}

} // namespace

ProfileManagerDialog::ProfileManagerDialog(
    ProfileStore *store, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_network(network)
{
    setObjectName(u"profileManagerDialog"_s);
    setWindowTitle(tr("Profiles"));
    buildUi();
    createActions();
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileManagerDialog::onStoreChanged);

    reloadList();
    QString first = m_store->lastUsedId();
    if (!itemFor(first) && m_list->count() > 0)
        first = idOf(m_list->item(0));
    selectItem(first);
    showProfile(first);
    resize(920, 640);
}

ProfileManagerDialog::~ProfileManagerDialog() = default;

void ProfileManagerDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(this);
    splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *listLabel = new QLabel(tr("Pro&files:"), left);
    leftLayout->addWidget(listLabel);
    m_list = new QListWidget(left);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setItemDelegate(new ProfileListDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setMinimumWidth(260);
    m_list->installEventFilter(this);
    listLabel->setBuddy(m_list);
    leftLayout->addWidget(m_list, 1);
    connect(m_list, &QListWidget::currentItemChanged, this,
        [this](QListWidgetItem *current) { onCurrentItemChanged(current); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ProfileManagerDialog::openCurrent);

    auto *buttons = new QGridLayout;
    m_addTwilioButton = makeButton(tr("New T&wilio profile"), u"addTwilioButton"_s, left);
    m_addTwilioButton->setToolTip(tr("Add a Twilio account (Ctrl+N)"));
    m_addSignalWireButton =
        makeButton(tr("New Si&gnalWire profile"), u"addSignalWireButton"_s, left);
    m_addSignalWireButton->setToolTip(tr("Add a SignalWire project (Ctrl+Shift+N)"));
    m_duplicateButton = makeButton(tr("&Duplicate"), u"duplicateButton"_s, left);
    m_duplicateButton->setToolTip(tr("Copy the profile without its secret (Ctrl+D)"));
    m_removeButton = makeButton(tr("Re&move…"), u"removeButton"_s, left);
    m_removeButton->setToolTip(tr("Remove the profile and its secret (Del)"));
    m_importEnvironmentButton =
        makeButton(tr("Import from env&ironment"), u"importEnvironmentButton"_s, left);
    m_importEnvironmentButton->setToolTip(
        tr("Read TWILIO_* and SIGNALWIRE_* variables of this process"));
    m_importTwilioCliButton =
        makeButton(tr("Import from Twilio &CLI…"), u"importTwilioCliButton"_s, left);
    m_importTwilioCliButton->setToolTip(tr("Read the profiles of the Twilio CLI's config.json"));
    buttons->addWidget(m_addTwilioButton, 0, 0);
    buttons->addWidget(m_addSignalWireButton, 0, 1);
    buttons->addWidget(m_duplicateButton, 1, 0);
    buttons->addWidget(m_removeButton, 1, 1);
    buttons->addWidget(m_importEnvironmentButton, 2, 0);
    buttons->addWidget(m_importTwilioCliButton, 2, 1);
    leftLayout->addLayout(buttons);

    connect(m_addTwilioButton, &QPushButton::clicked, this,
        [this] { addProfile(Account::Service::Twilio); });
    connect(m_addSignalWireButton, &QPushButton::clicked, this,
        [this] { addProfile(Account::Service::SignalWire); });
    connect(
        m_duplicateButton, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateCurrent);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileManagerDialog::removeCurrent);
    connect(m_importEnvironmentButton, &QPushButton::clicked, this,
        [this] { importFromEnvironment(QProcessEnvironment::systemEnvironment()); });
    connect(m_importTwilioCliButton, &QPushButton::clicked, this,
        &ProfileManagerDialog::chooseTwilioCliFile);

    m_editor = new ProfileEditor(m_store, m_network, splitter);
    connect(m_editor, &ProfileEditor::saveRequested, this, [this] { saveCurrent(); });
    connect(m_editor, &ProfileEditor::changed, this, &ProfileManagerDialog::refreshPendingItem);

    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 320, 600 });
    layout->addWidget(splitter, 1);

    m_message = new MessageBar(this);
    m_message->setObjectName(u"messageBar"_s);
    m_message->hide();
    layout->addWidget(m_message);

    auto *box = new QDialogButtonBox(this);
    m_openButton = makeButton(tr("&Open"), u"openButton"_s, this);
    m_openButton->setToolTip(tr("Open this account in the main window (Enter in the list)"));
    box->addButton(m_openButton, QDialogButtonBox::ActionRole);
    QPushButton *close = box->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    connect(m_openButton, &QPushButton::clicked, this, &ProfileManagerDialog::openCurrent);
    connect(box, &QDialogButtonBox::rejected, this, &ProfileManagerDialog::reject);
    layout->addWidget(box);
}

void ProfileManagerDialog::createActions()
{
    auto *newTwilio = new QAction(tr("New Twilio Profile"), this);
    newTwilio->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    connect(newTwilio, &QAction::triggered, this, [this] {
        if (m_addTwilioButton->isEnabled())
            addProfile(Account::Service::Twilio);
    });
    addAction(newTwilio);

    auto *newSignalWire = new QAction(tr("New SignalWire Profile"), this);
    newSignalWire->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(newSignalWire, &QAction::triggered, this, [this] {
        if (m_addSignalWireButton->isEnabled())
            addProfile(Account::Service::SignalWire);
    });
    addAction(newSignalWire);

    auto *duplicate = new QAction(tr("Duplicate Profile"), this);
    duplicate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(duplicate, &QAction::triggered, this, &ProfileManagerDialog::duplicateCurrent);
    addAction(duplicate);

    // Only on the list: Del in a text field deletes a character.
    auto *remove = new QAction(tr("Remove Profile"), m_list);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, this, &ProfileManagerDialog::removeCurrent);
    m_list->addAction(remove);
}

bool ProfileManagerDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

QListWidgetItem *ProfileManagerDialog::itemFor(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        if (idOf(m_list->item(row)) == id)
            return m_list->item(row);
    }
    return nullptr;
}

void ProfileManagerDialog::reloadList()
{
    QList<Profile> entries = m_store->profiles();
    if (m_pending) {
        if (m_store->profile(m_pending->id))
            m_pending.reset(); // it was saved
        else
            entries.append(*m_pending);
    }

    // Rows are moved and updated in place rather than rebuilt, so that a
    // click that is being handled keeps pointing at its row.
    m_ignoreSelection = true;
    for (int row = 0; row < entries.size(); ++row) {
        const Profile &profile = entries.at(row);
        QListWidgetItem *item = nullptr;
        for (int at = row; at < m_list->count(); ++at) {
            if (idOf(m_list->item(at)) == profile.id) {
                item = m_list->item(at);
                if (at != row)
                    m_list->insertItem(row, m_list->takeItem(at));
                break;
            }
        }
        if (!item) {
            item = new QListWidgetItem;
            m_list->insertItem(row, item);
        }
        const bool unsaved = m_pending && m_pending->id == profile.id;
        const QString name = profile.name.isEmpty() ? tr("New profile") : profile.name;
        const QString identifier =
            profile.identifier().isEmpty() ? tr("no identifier yet") : profile.identifier();
        item->setData(ProfileListDelegate::IdRole, profile.id);
        item->setData(ProfileListDelegate::UnsavedRole, unsaved);
        item->setText(name);
        item->setIcon(ProfileListDelegate::swatch(profile.color));
        const QString detail = unsaved
            ? tr("%1 · not saved yet").arg(serviceName(profile.service))
            : tr("%1 · %2").arg(identifier, serviceName(profile.service));
        item->setData(ProfileListDelegate::DetailRole, detail);
        item->setToolTip(tr("%1\n%2 %3").arg(name, serviceName(profile.service), identifier));
        item->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(name, detail));
    }
    while (m_list->count() > entries.size())
        delete m_list->takeItem(m_list->count() - 1);
    if (QListWidgetItem *current = itemFor(m_currentId); current != m_list->currentItem())
        m_list->setCurrentItem(current);
    m_ignoreSelection = false;
}

void ProfileManagerDialog::onStoreChanged()
{
    const int row = m_list->currentRow();
    reloadList();
    // The profile on screen is gone (removed here or in another window):
    // show its neighbour.
    if (!m_currentId.isEmpty() && !itemFor(m_currentId)) {
        const int count = m_list->count();
        const QString next =
            count > 0 ? idOf(m_list->item(std::clamp(row, 0, count - 1))) : QString();
        selectItem(next);
        showProfile(next);
    }
}

void ProfileManagerDialog::refreshPendingItem()
{
    if (!m_pending || m_currentId != m_pending->id)
        return;
    QListWidgetItem *item = itemFor(m_pending->id);
    if (!item)
        return;
    const Profile edited = m_editor->profile();
    item->setText(edited.name.isEmpty() ? tr("New profile") : edited.name);
    item->setIcon(ProfileListDelegate::swatch(edited.color));
}

void ProfileManagerDialog::selectItem(const QString &id)
{
    m_ignoreSelection = true;
    m_list->setCurrentItem(itemFor(id));
    m_ignoreSelection = false;
}

void ProfileManagerDialog::showProfile(const QString &id)
{
    m_currentId = id;
    if (m_pending && m_pending->id != id)
        dropPending();
    // A pending profile is already in the editor: createPending() put it there.
    if (!m_pending || m_pending->id != id) {
        if (const auto profile = m_store->profile(id))
            m_editor->setProfile(*profile, ProfileEditor::Origin::Saved);
        else
            m_editor->clearProfile();
    }
    updateActions();
}

void ProfileManagerDialog::onCurrentItemChanged(QListWidgetItem *current)
{
    if (m_ignoreSelection)
        return;
    const QString target = idOf(current);
    if (target == m_currentId)
        return;
    // The list already shows the target; the editor keeps the edits until
    // the user has answered, and Cancel puts the selection back.
    const QString back = m_currentId;
    settleEdits(
        [this, target] {
            selectItem(target);
            showProfile(target);
        },
        [this, back] { selectItem(back); });
}

void ProfileManagerDialog::createPending(
    const Profile &profile, ProfileEditor::Origin origin, const QString &note)
{
    m_pending = profile;
    m_currentId = profile.id;
    reloadList();
    selectItem(profile.id);
    m_editor->setProfile(profile, origin, note);
    updateActions();
    if (QWidget *name = m_editor->findChild<QWidget *>(u"nameField"_s))
        name->setFocus(Qt::OtherFocusReason);
}

void ProfileManagerDialog::dropPending()
{
    m_pending.reset();
    reloadList();
}

void ProfileManagerDialog::updateActions()
{
    const bool saved = !m_currentId.isEmpty() && !(m_pending && m_pending->id == m_currentId);
    m_addTwilioButton->setEnabled(!m_busy);
    m_addSignalWireButton->setEnabled(!m_busy);
    m_duplicateButton->setEnabled(!m_busy && saved);
    m_removeButton->setEnabled(!m_busy && !m_currentId.isEmpty());
    m_importEnvironmentButton->setEnabled(!m_busy);
    m_importTwilioCliButton->setEnabled(!m_busy);
    m_openButton->setEnabled(!m_busy && saved);
}

void ProfileManagerDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_editor->setBusy(busy);
    m_list->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
    updateActions();
}

void ProfileManagerDialog::showMessage(const QString &text, bool error, bool warning)
{
    if (text.isEmpty())
        m_message->hideMessage();
    else
        m_message->showMessage(error ? MessageBar::Type::Error
                : warning            ? MessageBar::Type::Warning
                                     : MessageBar::Type::Information,
            text);
}

QString ProfileManagerDialog::uniqueName(const QString &name) const
{
    QStringList taken;
    for (const Profile &profile : m_store->profiles())
        taken.append(profile.name);
    // --profile NAME must keep naming one profile.
    const auto isTaken = [&taken](const QString &candidate) {
        return taken.contains(candidate, Qt::CaseInsensitive);
    };
    QString candidate = name;
    for (int n = 2; isTaken(candidate); ++n)
        candidate = tr("%1 (%2)").arg(name).arg(n);
    return candidate;
}

void ProfileManagerDialog::selectProfile(const QString &id)
{
    if (QListWidgetItem *item = itemFor(id))
        m_list->setCurrentItem(item);
}

void ProfileManagerDialog::addProfile(Account::Service service)
{
    if (m_busy)
        return;
    settleEdits([this, service] {
        Profile profile;
        profile.id = Profile::newId();
        profile.service = service;
        createPending(profile, ProfileEditor::Origin::New);
    });
}

void ProfileManagerDialog::duplicateCurrent()
{
    const bool saved = !m_currentId.isEmpty() && !(m_pending && m_pending->id == m_currentId);
    if (m_busy || !saved)
        return;
    settleEdits([this, id = m_currentId] {
        const auto source = m_store->profile(id);
        if (!source)
            return;
        Profile copy = *source;
        copy.id = Profile::newId();
        copy.name = uniqueName(tr("%1 (copy)").arg(source->name));
        createPending(copy, ProfileEditor::Origin::Copy,
            tr("A copy of “%1”. Its secret is not copied: type it before saving.")
                .arg(source->name));
    });
}

void ProfileManagerDialog::removeCurrent()
{
    if (m_busy || m_currentId.isEmpty())
        return;
    if (m_pending && m_pending->id == m_currentId) {
        // Never saved: nothing in the store or the keychain to remove.
        const int row = m_list->currentRow();
        dropPending();
        const int count = m_list->count();
        const QString next =
            count > 0 ? idOf(m_list->item(std::clamp(row, 0, count - 1))) : QString();
        selectItem(next);
        showProfile(next);
        return;
    }
    const auto profile = m_store->profile(m_currentId);
    if (!profile)
        return;

    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Profile"),
        tr("Remove the profile “%1” (%2 %3)?")
            .arg(profile->name, serviceName(profile->service), profile->identifier()),
        QMessageBox::NoButton, this);
    box->setObjectName(u"removeConfirmBox"_s);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(tr("Its secret is removed from the keychain as well. The account "
                               "itself is not changed; only SipDesk forgets it."));
    QPushButton *remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemoveButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
        [this, box, remove, id = profile->id, name = profile->name] {
            if (box->clickedButton() != remove)
                return;
            // The profile is leaving: its edits go with it.
            if (m_currentId == id)
                m_editor->revert();
            setBusy(true);
            m_store->remove(id, this, [this, name](const SecretStore::Result &result) {
                setBusy(false);
                if (result.status == SecretStore::Status::Ok)
                    showMessage(tr("Removed “%1” and its secret.").arg(name));
                else
                    showMessage(tr("Removed “%1”, but its secret could not be removed from the "
                                   "keychain: %2")
                                    .arg(name, result.errorText),
                        false, true);
            });
        });
    box->open();
}

void ProfileManagerDialog::openCurrent()
{
    if (m_busy || m_currentId.isEmpty())
        return;
    settleEdits([this, id = m_currentId] {
        if (!m_store->profile(id))
            return;
        emit openRequested(id);
        accept();
    });
}

void ProfileManagerDialog::reject()
{
    // The keychain is answering a save or a removal; its answer needs us.
    if (m_busy)
        return;
    settleEdits([this] {
        m_editor->cancelTest();
        QDialog::reject();
    });
}

void ProfileManagerDialog::settleEdits(
    const std::function<void()> &proceed, const std::function<void()> &cancelled)
{
    if (!m_editor->hasUnsavedChanges()) {
        proceed();
        return;
    }
    if (m_asking || m_busy) {
        if (cancelled)
            cancelled();
        return;
    }
    m_asking = true;
    const Profile edited = m_editor->profile();
    const QString name = edited.name.isEmpty() ? tr("the new profile") : u"“%1”"_s.arg(edited.name);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
        tr("Save the changes to %1?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(u"unsavedEditsBox"_s);
    box->setTextFormat(Qt::PlainText);
    QPushButton *save = box->addButton(QMessageBox::Save);
    save->setObjectName(u"saveEditsButton"_s);
    QPushButton *discard = box->addButton(QMessageBox::Discard);
    discard->setObjectName(u"discardEditsButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(u"cancelEditsButton"_s);
    if (m_editor->canSave()) {
        box->setInformativeText(tr("Your edits have not been saved yet."));
        box->setDefaultButton(save);
    } else {
        box->setInformativeText(tr("They cannot be saved as they are:") + u"\n• "_s
            + m_editor->problems().join(u"\n• "_s));
        save->setEnabled(false);
        box->setDefaultButton(cancel);
    }
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, save, discard, proceed, cancelled] {
        m_asking = false;
        if (box->clickedButton() == save) {
            saveCurrent(proceed, cancelled);
        } else if (box->clickedButton() == discard) {
            if (m_pending && m_pending->id == m_currentId)
                dropPending();
            else
                m_editor->revert();
            proceed();
        } else if (cancelled) {
            cancelled();
        }
    });
    box->open();
}

void ProfileManagerDialog::saveCurrent(
    const std::function<void()> &saved, const std::function<void()> &failed)
{
    const auto fail = [failed] {
        if (failed)
            failed();
    };
    if (m_busy || !m_editor->canSave()) {
        fail();
        return;
    }
    const Profile profile = m_editor->profile();
    const QString secret = m_editor->secret();
    QString error;
    if (!m_store->save(profile, &error)) {
        showMessage(tr("“%1” could not be saved: %2").arg(profile.name, error), true);
        fail();
        return;
    }
    m_editor->markSaved(profile);
    updateActions();
    if (secret.isEmpty()) {
        showMessage(tr("Saved “%1”.").arg(profile.name));
        if (saved)
            saved();
        return;
    }
    setBusy(true);
    storeSecrets({ { profile.id, profile.name, secret } }, ProfileStore::SecretScope::Keychain, {},
        [this, profile, saved, fail](const QStringList &failures, bool sessionOnly) {
            setBusy(false);
            if (!failures.isEmpty()) {
                // The typed secret stays in its field, so Save tries again.
                showMessage(tr("“%1” was saved, but its secret was not stored: %2")
                                .arg(profile.name, failures.join(u' ')),
                    false, true);
                fail();
                return;
            }
            if (m_editor->profileId() == profile.id)
                m_editor->clearSecret();
            showMessage(sessionOnly ? tr("Saved “%1”. Its secret is kept for this session only: "
                                         "SipDesk forgets it when it quits.")
                                          .arg(profile.name)
                                    : tr("Saved “%1” and its secret.").arg(profile.name));
            if (saved)
                saved();
        });
}

void ProfileManagerDialog::storeSecrets(QList<SecretToStore> queue, ProfileStore::SecretScope scope,
    QStringList failures, const SecretsStored &done)
{
    if (queue.isEmpty()) {
        done(failures, scope == ProfileStore::SecretScope::SessionOnly);
        return;
    }
    const SecretToStore next = queue.takeFirst();
    m_store->storeSecret(next.id, next.secret, scope, this,
        [this, next, queue, scope, failures, done](const SecretStore::Result &result) mutable {
            if (result.status == SecretStore::Status::Ok) {
                storeSecrets(queue, scope, failures, done);
                return;
            }
            if (result.status == SecretStore::Status::Unavailable
                && scope == ProfileStore::SecretScope::Keychain) {
                queue.prepend(next);
                askSessionOnly(int(queue.size()), [this, queue, failures, done](bool keep) mutable {
                    if (keep) {
                        storeSecrets(queue, ProfileStore::SecretScope::SessionOnly, failures, done);
                        return;
                    }
                    for (const SecretToStore &skipped : std::as_const(queue))
                        failures.append(tr("“%1”: no keychain to keep it in.").arg(skipped.name));
                    done(failures, false);
                });
                return;
            }
            // The store's own words: they never contain the secret.
            failures.append(tr("“%1”: %2")
                                .arg(next.name,
                                    result.errorText.isEmpty() ? tr("the keychain refused it.")
                                                               : result.errorText));
            storeSecrets(queue, scope, failures, done);
        });
}

void ProfileManagerDialog::askSessionOnly(int count, const std::function<void(bool keep)> &answer)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("No Keychain"),
        tr("No system keychain is available, so SipDesk cannot store the secret securely."),
        QMessageBox::NoButton, this);
    box->setObjectName(u"keychainUnavailableBox"_s);
    box->setInformativeText(
        tr("SipDesk can keep %n secret(s) in memory for this session only: forgotten when "
           "SipDesk quits, never written to a file. Otherwise the profile is saved without "
           "its secret.",
            nullptr, count));
    QPushButton *keep = box->addButton(tr("Keep for This Session Only"), QMessageBox::AcceptRole);
    keep->setObjectName(u"keepForSessionButton"_s);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
        [box, keep, answer] { answer(box->clickedButton() == keep); });
    box->open();
}

void ProfileManagerDialog::importFromEnvironment(const QProcessEnvironment &environment)
{
    showImport(ProfileImport::fromEnvironment(environment), tr("the environment"), QString());
}

void ProfileManagerDialog::chooseTwilioCliFile()
{
    const QFileInfo config(ProfileImport::defaultTwilioCliConfigPath());
    auto *dialog = new QFileDialog(this, tr("Import from the Twilio CLI"),
        config.dir().exists() ? config.absolutePath() : QDir::homePath(),
        tr("Twilio CLI configuration (config.json);;JSON files (*.json);;All files (*)"));
    dialog->setObjectName(u"twilioCliFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    // ~/.twilio-cli is a hidden folder.
    dialog->setFilter(dialog->filter() | QDir::Hidden);
    if (config.exists())
        dialog->selectFile(config.absoluteFilePath());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &ProfileManagerDialog::importFromTwilioCli);
    dialog->open();
}

void ProfileManagerDialog::importFromTwilioCli(const QString &path)
{
    const ProfileImportResult result = ProfileImport::fromTwilioCliConfig(path);
    QString notice;
    if (!result.profiles.isEmpty()) {
        notice = tr("Read from %1. That file holds the secrets in plain text; SipDesk only "
                    "reads it and leaves it untouched.")
                     .arg(QDir::toNativeSeparators(path));
    }
    showImport(result, tr("the Twilio CLI configuration"), notice);
}

void ProfileManagerDialog::showImport(
    const ProfileImportResult &result, const QString &sourceName, const QString &notice)
{
    if (m_busy)
        return;
    auto *dialog = new ProfileImportDialog(result, sourceName, notice, m_store->profiles(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QStringList invalid;
        for (const ImportedProfile &imported : dialog->result().profiles) {
            if (const auto problems = imported.profile.problems(); !problems.isEmpty())
                invalid.append(tr("“%1”: %2").arg(imported.profile.name, problems.first()));
        }
        importChosen(dialog->chosen(), invalid);
    });
    dialog->open();
}

void ProfileManagerDialog::importChosen(
    const QList<ImportedProfile> &chosen, const QStringList &invalid)
{
    QStringList saved;
    QStringList withoutSecret;
    QStringList skipped = invalid;
    QList<SecretToStore> secrets;
    QString firstId;
    for (const ImportedProfile &imported : chosen) {
        Profile profile = imported.profile;
        profile.name = uniqueName(profile.name);
        QString error;
        if (!m_store->save(profile, &error)) {
            skipped.append(tr("“%1”: %2").arg(profile.name, error));
            continue;
        }
        saved.append(u"“%1”"_s.arg(profile.name));
        if (firstId.isEmpty())
            firstId = profile.id;
        if (imported.secret.isEmpty())
            withoutSecret.append(u"“%1”"_s.arg(profile.name));
        else
            secrets.append({ profile.id, profile.name, imported.secret });
    }

    const auto report = [this, saved, withoutSecret, skipped, firstId](
                            const QStringList &failures, bool sessionOnly) {
        QStringList lines;
        if (!saved.isEmpty())
            lines << tr("Imported %n profile(s): %1.", nullptr, int(saved.size()))
                         .arg(saved.join(u", "_s));
        else
            lines << tr("No profile was imported.");
        if (sessionOnly)
            lines << tr("Their secrets are kept for this session only.");
        if (!withoutSecret.isEmpty())
            lines << tr("Without a secret (type it in the editor): %1.")
                         .arg(withoutSecret.join(u", "_s));
        if (!failures.isEmpty())
            lines << tr("Secrets not stored: %1").arg(failures.join(u' '));
        if (!skipped.isEmpty())
            lines << tr("Skipped: %1").arg(skipped.join(u' '));
        if (!firstId.isEmpty() && !m_editor->hasUnsavedChanges()) {
            selectItem(firstId);
            showProfile(firstId);
        }
        showMessage(lines.join(u'\n'), saved.isEmpty(), !failures.isEmpty() || !skipped.isEmpty());
    };
    if (secrets.isEmpty()) {
        report({}, false);
        return;
    }
    setBusy(true);
    storeSecrets(secrets, ProfileStore::SecretScope::Keychain, {},
        [this, report](const QStringList &failures, bool sessionOnly) {
            setBusy(false);
            report(failures, sessionOnly);
        });
}
