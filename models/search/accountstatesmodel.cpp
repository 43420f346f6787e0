#include "models/search/accountstatesmodel.h"

#include "models/search/accountindex.h"
#include "models/search/allaccountssearch.h"

AccountStatesModel::AccountStatesModel(AllAccountsSearch *search, QObject *parent)
    : QAbstractTableModel(parent)
    , m_search(search)
{
    connect(search, &AllAccountsSearch::accountsReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(search, &AllAccountsSearch::accountStateChanged, this, &AccountStatesModel::updateRow);
    // The count of records loaded so far is part of the state shown.
    connect(search, &AllAccountsSearch::recordsAdded, this,
        [this](int account) { updateRow(account); });
}

QString AccountStatesModel::ageText(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n min ago", nullptr, int(minutes));
    return tr("%n h ago", nullptr, int(minutes / 60));
}

QString AccountStatesModel::stateText(const AccountIndex &index, const QDateTime &now)
{
    const int count = int(index.records().size());
    switch (index.state()) {
    case AccountIndex::State::NotLoaded:
        return tr("not searched yet");
    case AccountIndex::State::Queued:
        return tr("waiting");
    case AccountIndex::State::Loading:
        return tr("searching… %n record(s)", nullptr, count);
    case AccountIndex::State::Loaded:
        return tr("done: %n record(s), loaded %1", nullptr, count)
            .arg(ageText(index.loadedAt().secsTo(now)));
    case AccountIndex::State::Failed:
        return tr("failed: %1").arg(index.failure());
    case AccountIndex::State::NoSecret:
        return tr("skipped: no secret saved");
    case AccountIndex::State::Cancelled:
        return tr("cancelled after %n record(s)", nullptr, count);
    }
    return {};
}

void AccountStatesModel::updateAges()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, StateColumn), index(rowCount() - 1, StateColumn));
}

void AccountStatesModel::updateRow(int account)
{
    if (account >= 0 && account < rowCount())
        emit dataChanged(index(account, 0), index(account, ColumnCount - 1));
}

int AccountStatesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_search->indexes().size());
}

int AccountStatesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountStatesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AccountIndex &account = *m_search->indexes().at(index.row());
    switch (role) {
    case AccountColorRole:
        return account.account().color;
    case StateRole:
        return int(account.state());
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() == AccountColumn
            ? account.account().name
            : stateText(account, QDateTime::currentDateTimeUtc());
    default:
        return {};
    }
}

QVariant AccountStatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == AccountColumn ? tr("Account") : tr("State");
}
