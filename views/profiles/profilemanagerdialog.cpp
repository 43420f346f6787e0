#include "views/profiles/profilemanagerdialog.h"

#include "views/profiles/profileimporter.h"
#include "views/profiles/profilelist.h"
#include "views/profiles/profilequestions.h"
#include "views/profiles/profilesaver.h"
#include "views/profiles/secretsaveflow.h"

#include "models/profiles/profilenames.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

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
    , m_secrets(new SecretSaveFlow(store, this))
    , m_importer(new ProfileImporter(store, m_secrets, this))
{
    setObjectName(u"profileManagerDialog"_s);
    setWindowTitle(tr("Profiles"));
    connect(m_secrets, &SecretSaveFlow::busyChanged, this, &ProfileManagerDialog::setBusy);
    connect(m_importer, &ProfileImporter::twilioCliFileChosen, this,
        &ProfileManagerDialog::importFromTwilioCli);
    connect(m_importer, &ProfileImporter::imported, this, &ProfileManagerDialog::onImported);
    buildUi();
    createActions();
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileManagerDialog::onStoreChanged);

    reloadList();
    QString first = m_store->lastUsedId();
    if (!m_list->itemFor(first) && m_list->count() > 0)
        first = ProfileList::idOf(m_list->item(0));
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
    m_list = new ProfileList(left);
    m_list->setObjectName(u"profileList"_s);
    m_list->setAccessibleName(tr("Profiles"));
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
    connect(m_importTwilioCliButton, &QPushButton::clicked, m_importer,
        &ProfileImporter::chooseTwilioCliFile);

    m_editor = new ProfileEditor(m_store, m_network, splitter);
    m_saver = new ProfileSaver(m_store, m_secrets, m_editor, this);
    connect(m_saver, &ProfileSaver::profileSaved, this, &ProfileManagerDialog::updateActions);
    connect(m_saver, &ProfileSaver::message, this, &ProfileManagerDialog::showMessage);
    connect(m_editor, &ProfileEditor::saveRequested, m_saver, [this] { m_saver->save(); });
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

void ProfileManagerDialog::reloadList()
{
    QList<Profile> entries = m_store->profiles();
    if (m_pending) {
        if (m_store->profile(m_pending->id))
            m_pending.reset(); // it was saved
        else
            entries.append(*m_pending);
    }

    m_ignoreSelection = true;
    m_list->setProfiles(entries, m_pending ? m_pending->id : QString());
    if (QListWidgetItem *current = m_list->itemFor(m_currentId); current != m_list->currentItem())
        m_list->setCurrentItem(current);
    m_ignoreSelection = false;
}

void ProfileManagerDialog::onStoreChanged()
{
    const int row = m_list->currentRow();
    reloadList();
    // The profile on screen is gone (removed here or in another window):
    // show its neighbour.
    if (!m_currentId.isEmpty() && !m_list->itemFor(m_currentId))
        showNeighbour(row);
}

void ProfileManagerDialog::showNeighbour(int row)
{
    const int count = m_list->count();
    const QString next =
        count > 0 ? ProfileList::idOf(m_list->item(std::clamp(row, 0, count - 1))) : QString();
    selectItem(next);
    showProfile(next);
}

void ProfileManagerDialog::refreshPendingItem()
{
    if (!m_pending || m_currentId != m_pending->id)
        return;
    m_list->showEdited(m_pending->id, m_editor->profile());
}

void ProfileManagerDialog::selectItem(const QString &id)
{
    m_ignoreSelection = true;
    m_list->setCurrentItem(m_list->itemFor(id));
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
    const QString target = ProfileList::idOf(current);
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

void ProfileManagerDialog::showMessage(const QString &text, MessageBar::Type type)
{
    if (text.isEmpty())
        m_message->hideMessage();
    else
        m_message->showMessage(type, text);
}

void ProfileManagerDialog::selectProfile(const QString &id)
{
    if (QListWidgetItem *item = m_list->itemFor(id))
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
        copy.name = uniqueProfileName(*m_store, tr("%1 (copy)").arg(source->name));
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
        showNeighbour(row);
        return;
    }
    const auto profile = m_store->profile(m_currentId);
    if (!profile)
        return;

    ProfileQuestions::confirmRemove(this, *profile, [this, id = profile->id, name = profile->name] {
        setBusy(true);
        m_store->remove(id, this, [this, name](const SecretStore::Result &result) {
            setBusy(false);
            if (result.status != SecretStore::Status::Ok) {
                showMessage(tr("“%1” was not removed: the keychain did not remove its secret "
                               "(%2). Try again once the keychain is unlocked.")
                                .arg(name, result.errorText),
                    MessageBar::Type::Warning);
                return;
            }
            // The editor has moved on to a neighbour (onStoreChanged): the
            // removed profile's edits went with it.
            showMessage(tr("Removed “%1” and its secret.").arg(name));
        });
    });
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
    ProfileQuestions::askUnsavedEdits(this, m_editor->profile().name, m_editor->canSave(),
        m_editor->problems(), [this, proceed, cancelled](ProfileQuestions::EditsAnswer answer) {
            m_asking = false;
            switch (answer) {
            case ProfileQuestions::EditsAnswer::Save:
                m_saver->save(proceed, cancelled);
                break;
            case ProfileQuestions::EditsAnswer::Discard:
                if (m_pending && m_pending->id == m_currentId)
                    dropPending();
                else
                    m_editor->revert();
                proceed();
                break;
            case ProfileQuestions::EditsAnswer::Cancel:
                if (cancelled)
                    cancelled();
                break;
            }
        });
}

void ProfileManagerDialog::importFromEnvironment(const QProcessEnvironment &environment)
{
    if (!m_busy)
        m_importer->importFromEnvironment(environment);
}

void ProfileManagerDialog::importFromTwilioCli(const QString &path)
{
    if (!m_busy)
        m_importer->importFromTwilioCli(path);
}

void ProfileManagerDialog::onImported(
    const QString &firstId, const QString &report, MessageBar::Type type)
{
    if (!firstId.isEmpty() && !m_editor->hasUnsavedChanges()) {
        selectItem(firstId);
        showProfile(firstId);
    }
    showMessage(report, type);
}
