#include "views/profiles/profilelist.h"

#include "views/profiles/profilelistdelegate.h"
#include "views/widgets/colorswatch.h"

#include "models/lists/tooltip.h"

ProfileList::ProfileList(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new ProfileListDelegate(this));
    setUniformItemSizes(true);
}

QString ProfileList::serviceName(Account::Service service)
{
    return service == Account::Service::Twilio ? tr("Twilio") : tr("SignalWire");
}

QString ProfileList::idOf(const QListWidgetItem *item)
{
    return item ? item->data(ProfileListDelegate::IdRole).toString() : QString();
}

QListWidgetItem *ProfileList::itemFor(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (int row = 0; row < count(); ++row) {
        if (idOf(item(row)) == id)
            return item(row);
    }
    return nullptr;
}

void ProfileList::setProfiles(
    const QList<Profile> &profiles, const QString &unsavedId, const SecretStateOf &secretState)
{
    for (int row = 0; row < profiles.size(); ++row) {
        const Profile &profile = profiles.at(row);
        QListWidgetItem *entry = nullptr;
        for (int at = row; at < count(); ++at) {
            if (idOf(item(at)) == profile.id) {
                entry = item(at);
                if (at != row)
                    insertItem(row, takeItem(at));
                break;
            }
        }
        if (!entry) {
            entry = new QListWidgetItem;
            insertItem(row, entry);
        }
        const bool unsaved = !unsavedId.isEmpty() && unsavedId == profile.id;
        const QString name = profile.name.isEmpty() ? tr("New profile") : profile.name;
        const QString identifier =
            profile.identifier().isEmpty() ? tr("no identifier yet") : profile.identifier();
        entry->setData(ProfileListDelegate::IdRole, profile.id);
        entry->setData(ProfileListDelegate::UnsavedRole, unsaved);
        entry->setText(name);
        entry->setIcon(colorSwatch(profile.color));
        QString detail = unsaved
            ? tr("%1 · not saved yet").arg(serviceName(profile.service))
            : tr("%1 · %2").arg(identifier, serviceName(profile.service));
        if (profile.readOnly && !unsaved)
            detail = tr("%1 · read-only", "a profile SipDesk sends no changes for").arg(detail);
        entry->setData(ProfileListDelegate::DetailRole, detail);
        const auto state =
            unsaved || !secretState ? ProfileStore::SecretState::Stored : secretState(profile);
        QString mark;
        QString secretNote;
        if (state == ProfileStore::SecretState::Missing) {
            mark = tr("⚠ No secret");
            secretNote = tr("No secret is stored: type it and save.");
        } else if (state == ProfileStore::SecretState::SessionOnly) {
            mark = tr("This session");
            secretNote = tr("Its secret is kept for this session only.");
        }
        entry->setData(ProfileListDelegate::SecretMarkRole, mark);
        entry->setData(
            ProfileListDelegate::SecretMissingRole, state == ProfileStore::SecretState::Missing);
        QString tip = tr("%1\n%2 %3").arg(name, serviceName(profile.service), identifier);
        if (!secretNote.isEmpty())
            tip += u'\n' + secretNote;
        entry->setToolTip(ToolTip::plain(tip));
        entry->setData(Qt::AccessibleTextRole, tr("%1, %2").arg(name, detail));
        entry->setData(Qt::AccessibleDescriptionRole, secretNote);
    }
    while (count() > profiles.size())
        delete takeItem(count() - 1);
}

void ProfileList::showEdited(const QString &id, const Profile &edited)
{
    QListWidgetItem *entry = itemFor(id);
    if (!entry)
        return;
    entry->setText(edited.name.isEmpty() ? tr("New profile") : edited.name);
    entry->setIcon(colorSwatch(edited.color));
}
