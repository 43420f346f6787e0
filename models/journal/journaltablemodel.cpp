#include "models/journal/journaltablemodel.h"

#include "models/journal/changejournal.h"
#include "models/kinds/recorddetails.h"
#include "models/kinds/recordkind.h"
#include "models/kinds/recordkinds.h"
#include "models/lists/tooltip.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

JournalTableModel::JournalTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JournalTableModel::setEntries(const QList<JournalEntry> &entries)
{
    m_all = entries;
    refilter();
}

void JournalTableModel::append(const JournalEntry &entry)
{
    m_all.append(entry);
    if (ChangeJournal::filtered({ entry }, m_account, m_day).isEmpty())
        return;
    beginInsertRows({}, 0, 0);
    m_shown.prepend(entry);
    endInsertRows();
}

void JournalTableModel::setFilter(const QString &account, const QDate &localDay)
{
    m_account = account;
    m_day = localDay;
    refilter();
}

void JournalTableModel::refilter()
{
    beginResetModel();
    m_shown = ChangeJournal::filtered(m_all, m_account, m_day);
    std::reverse(m_shown.begin(), m_shown.end());
    endResetModel();
}

QList<JournalEntry> JournalTableModel::shownEntries() const
{
    QList<JournalEntry> entries = m_shown;
    std::reverse(entries.begin(), entries.end());
    return entries;
}

QList<JournalTableModel::AccountChoice> JournalTableModel::accounts() const
{
    QList<AccountChoice> choices;
    QStringList seen;
    for (const JournalEntry &entry : m_all) {
        if (seen.contains(entry.account))
            continue;
        seen.append(entry.account);
        choices.append({ entry.account, tr("%1 — %2").arg(entry.profile, entry.account) });
    }
    return choices;
}

int JournalTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int JournalTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_shown.size())
        return {};
    const JournalEntry &entry = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(entry, index.column());
    case Qt::ToolTipRole:
        // Changes and messages may be long, and come from users and services.
        return ToolTip::plain(text(entry, index.column()));
    case EntryRole:
        return QVariant::fromValue(entry);
    default:
        return {};
    }
}

QVariant JournalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Profile:
        return tr("Profile");
    case Account:
        return tr("Account");
    case Kind:
        return tr("Record kind");
    case Action:
        return tr("Action");
    case Record:
        return tr("Record");
    case Changes:
        return tr("Changes");
    case Outcome:
        return tr("Outcome");
    default:
        return {};
    }
}

QString JournalTableModel::text(const JournalEntry &entry, int column) const
{
    switch (column) {
    case Time:
        return RecordDetails::dateText(entry.time);
    case Profile:
        return entry.profile;
    case Account:
        return entry.account;
    case Kind:
        return kindText(entry.kind);
    case Action:
        return actionText(entry.action);
    case Record:
        if (entry.recordName.isEmpty() || entry.recordName == entry.recordId)
            return entry.recordId;
        return entry.recordId.isEmpty() ? entry.recordName
                                        : tr("%1 (%2)").arg(entry.recordName, entry.recordId);
    case Changes:
        return changesText(entry);
    case Outcome:
        return outcomeText(entry);
    default:
        return {};
    }
}

QString JournalTableModel::kindText(const QString &kindKey)
{
    for (const RecordKind *kind : RecordKinds::all()) {
        if (kind->key() == kindKey)
            return kind->singular();
    }
    return kindKey; // a kind this version does not know
}

QString JournalTableModel::actionText(JournalEntry::Action action)
{
    switch (action) {
    case JournalEntry::Action::Create:
        return tr("Create");
    case JournalEntry::Action::Update:
        return tr("Change");
    case JournalEntry::Action::Delete:
        return tr("Delete");
    case JournalEntry::Action::Map:
        return tr("Add mapping");
    case JournalEntry::Action::Unmap:
        return tr("Remove mapping");
    }
    return {};
}

QString JournalTableModel::changesText(const JournalEntry &entry)
{
    QStringList parts;
    for (const FieldChange &change : entry.changes) {
        const QString label = RecordDetails::fieldLabel(change.field);
        if (change.secret)
            parts.append(tr("%1: changed").arg(label));
        else if (change.before.isUndefined())
            parts.append(tr("%1: %2").arg(label, RecordDetails::valueText(change.after)));
        else if (change.after.isUndefined())
            parts.append(tr("%1: %2 removed").arg(label, RecordDetails::valueText(change.before)));
        else
            parts.append(tr("%1: %2 → %3")
                    .arg(label, RecordDetails::valueText(change.before),
                        RecordDetails::valueText(change.after)));
    }
    return parts.join(u"; "_s);
}

QString JournalTableModel::outcomeText(const JournalEntry &entry)
{
    switch (entry.outcome) {
    case JournalEntry::Outcome::Done:
        return tr("Done");
    case JournalEntry::Outcome::Refused:
        return tr("Refused: %1").arg(entry.message);
    case JournalEntry::Outcome::Unknown:
        return tr("Outcome unknown: %1").arg(entry.message);
    }
    return {};
}
