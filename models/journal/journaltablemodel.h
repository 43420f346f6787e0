#pragma once

#include "models/journal/journalentry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// The journal as a table, newest first, for one account (or all) on one day of the user's
// time zone (or all): times in the user's locale with their zone, record kinds and actions in
// words, the changes as "Friendly name: A → B; Password: changed", the outcome with the
// service's message.
class JournalTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The changes last: they are the longest.
    enum Column { Time, Profile, Account, Kind, Action, Record, Outcome, Changes, ColumnCount };
    enum Role { EntryRole = Qt::UserRole + 1 };

    struct AccountChoice
    {
        QString account; // SID or project id
        QString label; // "Acme (prod) — AC…"
    };

    explicit JournalTableModel(QObject *parent = nullptr);

    // Oldest first, as the journal keeps them.
    void setEntries(const QList<JournalEntry> &entries);
    void append(const JournalEntry &entry);
    void setFilter(const QString &account, const QDate &localDay);
    QString accountFilter() const { return m_account; }
    QDate dayFilter() const { return m_day; }

    // The entries shown, oldest first: what an export writes.
    QList<JournalEntry> shownEntries() const;
    // Every account the journal names, in the order they first appear.
    QList<AccountChoice> accounts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(const QString &kindKey);
    static QString actionText(JournalEntry::Action action);
    static QString changesText(const JournalEntry &entry);
    static QString outcomeText(const JournalEntry &entry);

private:
    QString text(const JournalEntry &entry, int column) const;
    void refilter();

    QList<JournalEntry> m_all; // oldest first
    QList<JournalEntry> m_shown; // newest first
    QString m_account;
    QDate m_day;
};
