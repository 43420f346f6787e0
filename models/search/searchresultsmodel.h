#pragma once

#include "models/accounts/account.h"

#include <QAbstractTableModel>
#include <QList>

class AllAccountsSearch;
class RecordKind;

// The records of every account that match the search text, as the accounts'
// records arrive: one row per match, with its account. Matching is the
// tables' own: the text, trimmed and in lower case, anywhere in the record's
// search text.
class SearchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AccountColumn, KindColumn, NameColumn, IdColumn, ColumnCount };
    enum Role {
        AccountColorRole = Qt::UserRole + 1, // "#rrggbb" or empty
    };

    // Where a match is: its account (as listed, without its secret), kind, id
    // and, for a member kind's record, its parent's id.
    struct Target
    {
        Account account;
        const RecordKind *kind = nullptr;
        QString id;
        QString parentId;
    };

    explicit SearchResultsModel(AllAccountsSearch *search, QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    // How many accounts the matches are in.
    int accountsMatched() const;
    // Invalid row: a Target without a kind.
    Target targetAt(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Match
    {
        int account = 0;
        int record = 0;
    };

    void rebuild();
    QList<Match> matchesOf(int account, int from) const;
    void appendMatches(int account, int from);

    AllAccountsSearch *m_accounts;
    QString m_search; // trimmed, lower case
    QList<Match> m_matches;
};
