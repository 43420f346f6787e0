#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

class AccountIndex;
class AllAccountsSearch;

// Where the search stands in each account: one row per account, with what
// it is doing, how many records it holds and how old they are, why it
// failed, or that it has no secret.
class AccountStatesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { AccountColumn, StateColumn, ColumnCount };
    enum Role {
        AccountColorRole = Qt::UserRole + 1, // "#rrggbb" or empty
        StateRole, // AccountIndex::State as int
    };

    explicit AccountStatesModel(AllAccountsSearch *search, QObject *parent = nullptr);

    // "loading… 40 records", "120 records, loaded 3 min ago", "failed: …".
    static QString stateText(const AccountIndex &index, const QDateTime &now);
    // "just now", "3 min ago", "2 h ago".
    static QString ageText(qint64 seconds);

    // The ages are as old as the last call: a view calls this now and then.
    void updateAges();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void updateRow(int account);

    AllAccountsSearch *m_search;
};
