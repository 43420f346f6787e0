#include "models/search/searchresultsmodel.h"

#include "models/kinds/recordkind.h"
#include "models/search/accountindex.h"
#include "models/search/allaccountssearch.h"

SearchResultsModel::SearchResultsModel(AllAccountsSearch *search, QObject *parent)
    : QAbstractTableModel(parent)
    , m_accounts(search)
{
    connect(search, &AllAccountsSearch::accountsReset, this, &SearchResultsModel::rebuild);
    connect(search, &AllAccountsSearch::recordsCleared, this, &SearchResultsModel::rebuild);
    connect(search, &AllAccountsSearch::recordsAdded, this, &SearchResultsModel::appendMatches);
}

void SearchResultsModel::setSearchText(const QString &text)
{
    const QString search = text.trimmed().toLower();
    if (search == m_search)
        return;
    m_search = search;
    rebuild();
}

QList<SearchResultsModel::Match> SearchResultsModel::matchesOf(int account, int from) const
{
    QList<Match> matches;
    if (m_search.isEmpty())
        return matches;
    const QList<IndexedRecord> &records = m_accounts->indexes().at(account)->records();
    for (int record = from; record < records.size(); ++record) {
        if (records.at(record).searchText.contains(m_search))
            matches.append(Match { account, record });
    }
    return matches;
}

void SearchResultsModel::rebuild()
{
    beginResetModel();
    m_matches.clear();
    for (int account = 0; account < m_accounts->indexes().size(); ++account)
        m_matches.append(matchesOf(account, 0));
    endResetModel();
}

void SearchResultsModel::appendMatches(int account, int from)
{
    const QList<Match> matches = matchesOf(account, from);
    if (matches.isEmpty())
        return;
    const int first = int(m_matches.size());
    beginInsertRows({}, first, first + int(matches.size()) - 1);
    m_matches.append(matches);
    endInsertRows();
}

int SearchResultsModel::accountsMatched() const
{
    // Matches come grouped by account (appended as each account's records
    // arrive) but accounts may interleave: count distinct ones.
    QList<bool> matched(m_accounts->indexes().size(), false);
    for (const Match &match : m_matches)
        matched[match.account] = true;
    return int(matched.count(true));
}

SearchResultsModel::Target SearchResultsModel::targetAt(int row) const
{
    if (row < 0 || row >= m_matches.size())
        return {};
    const Match &match = m_matches.at(row);
    const AccountIndex *index = m_accounts->indexes().at(match.account);
    const IndexedRecord &record = index->records().at(match.record);
    return { index->account(), record.kind, record.id, record.parentId };
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_matches.size())
        return {};
    const Match &match = m_matches.at(index.row());
    const AccountIndex *account = m_accounts->indexes().at(match.account);
    const IndexedRecord &record = account->records().at(match.record);
    if (role == AccountColorRole)
        return account->account().color;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case AccountColumn:
        return account->account().name;
    case KindColumn:
        return record.kind->singular();
    case NameColumn:
        return record.name;
    case IdColumn:
        return record.id;
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn:
        return tr("Account");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case IdColumn:
        return tr("SID / ID");
    default:
        return {};
    }
}
