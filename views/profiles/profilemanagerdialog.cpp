#include "views/profiles/profilemanagerdialog.h"

#include "views/profiles/profileeditsguard.h"
#include "views/profiles/profileimporter.h"
#include "views/profiles/profilelist.h"
#include "views/profiles/profilelistactions.h"
#include "views/profiles/profileremover.h"
#include "views/profiles/profilesaver.h"
#include "views/profiles/secretsaveflow.h"

#include "models/profiles/profilenames.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ProfileManagerDialog::ProfileManagerDialog(
    ProfileStore *store, QNetworkAccessManager *network, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_network(network)
    , m_secrets(new SecretSaveFlow(store, this))
    , m_importer(new ProfileImporter(store, m_secrets, this))
    , m_remover(new ProfileRemover(store, this))
{
    setObjectName(u"profileManagerDialog"_s);
    setWindowTitle(tr("Profiles"));
    connect(m_secrets, &SecretSaveFlow::busyChanged, this, &ProfileManagerDialog::setBusy);
    connect(m_remover, &ProfileRemover::busyChanged, this, &ProfileManagerDialog::setBusy);
    connect(m_remover, &ProfileRemover::message, this, &ProfileManagerDialog::showMessage);
    connect(m_importer, &ProfileImporter::twilioCliFileChosen, this,
        &ProfileManagerDialog::importFromTwilioCli);
    connect(m_importer, &ProfileImporter::imported, this, &ProfileManagerDialog::onImported);
    buildUi();
    connect(m_store, &ProfileStore::profilesChanged, this, &ProfileManagerDialog::onStoreChanged);
    // The list marks profiles without a secret; a stored one lifts the mark.
    connect(m_store, &ProfileStore::secretChanged, this, &ProfileManagerDialog::reloadList);

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
    splitter->addWidget(buildListSide());
    createEditor();
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 320, 600 });
    layout->addWidget(splitter, 1);

    m_message = new MessageBar(this);
    m_message->setObjectName(u"messageBar"_s);
    m_message->hide();
    layout->addWidget(m_message);

    auto *box = new QDialogButtonBox(this);
    m_openButton = ProfileListActions::makeButton(tr("&Open"), u"openButton"_s, this);
    m_openButton->setToolTip(tr("Open this account in the main window (Enter in the list)"));
    box->addButton(m_openButton, QDialogButtonBox::ActionRole);
    QPushButton *close = box->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);
    connect(m_openButton, &QPushButton::clicked, this, &ProfileManagerDialog::openCurrent);
    connect(box, &QDialogButtonBox::rejected, this, &ProfileManagerDialog::reject);
    layout->addWidget(box);
}

QWidget *ProfileManagerDialog::buildListSide()
{
    auto *left = new QWidget(this);
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

    m_actions = new ProfileListActions(m_list, left);
    leftLayout->addWidget(m_actions);
    connect(m_actions, &ProfileListActions::addRequested, this, &ProfileManagerDialog::addProfile);
    connect(m_actions, &ProfileListActions::duplicateRequested, this,
        &ProfileManagerDialog::duplicateCurrent);
    connect(m_actions, &ProfileListActions::removeRequested, this,
        &ProfileManagerDialog::removeCurrent);
    connect(m_actions, &ProfileListActions::importEnvironmentRequested, this,
        [this] { importFromEnvironment(QProcessEnvironment::systemEnvironment()); });
    connect(m_actions, &ProfileListActions::importTwilioCliRequested, m_importer,
        &ProfileImporter::chooseTwilioCliFile);
    return left;
}

void ProfileManagerDialog::createEditor()
{
    m_editor = new ProfileEditor(m_store, m_network, this);
    m_saver = new ProfileSaver(m_store, m_secrets, m_editor, this);
    m_edits = new ProfileEditsGuard(
        m_editor, m_saver,
        [this] {
            if (currentIsPending())
                dropPending();
            else
                m_editor->revert();
        },
        this);
    connect(m_saver, &ProfileSaver::profileSaved, this, &ProfileManagerDialog::updateActions);
    connect(m_saver, &ProfileSaver::message, this, &ProfileManagerDialog::showMessage);
    connect(m_editor, &ProfileEditor::saveRequested, m_saver, [this] { m_saver->save(); });
    connect(m_editor, &ProfileEditor::changed, this, &ProfileManagerDialog::refreshPendingItem);
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
    m_list->setProfiles(entries, m_pending ? m_pending->id : QString(),
        [this](const Profile &profile) { return m_store->secretState(profile); });
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
    m_edits->settle(
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

bool ProfileManagerDialog::currentIsPending() const
{
    return m_pending && m_pending->id == m_currentId;
}

bool ProfileManagerDialog::currentIsSaved() const
{
    return !m_currentId.isEmpty() && !currentIsPending();
}

void ProfileManagerDialog::updateActions()
{
    m_actions->update(m_busy, !m_currentId.isEmpty(), currentIsSaved());
    m_openButton->setEnabled(!m_busy && currentIsSaved());
}

void ProfileManagerDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_edits->setBusy(busy);
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
    m_edits->settle([this, service] {
        Profile profile;
        profile.id = Profile::newId();
        profile.service = service;
        createPending(profile, ProfileEditor::Origin::New);
    });
}

void ProfileManagerDialog::duplicateCurrent()
{
    if (m_busy || !currentIsSaved())
        return;
    m_edits->settle([this, id = m_currentId] {
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
    if (currentIsPending()) {
        // Never saved: nothing in the store or the keychain to remove.
        const int row = m_list->currentRow();
        dropPending();
        showNeighbour(row);
        return;
    }
    if (const auto profile = m_store->profile(m_currentId))
        m_remover->remove(*profile);
}

void ProfileManagerDialog::openCurrent()
{
    if (m_busy || m_currentId.isEmpty())
        return;
    m_edits->settle([this, id = m_currentId] {
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
    m_edits->settle([this] {
        m_editor->cancelTest();
        QDialog::reject();
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
