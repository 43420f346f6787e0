#pragma once

#include <QPointer>
#include <QWidget>

class ChangeJournal;
class JournalTableModel;
class MessageBar;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
struct JournalEntry;

// View › Journal: every write SipDesk sent, newest first, filtered by account and by day,
// exported as CSV or JSON for a ticket. Follows the journal as writes end; says when the file
// had damaged lines or cannot be written. One per main window, not modal.
class JournalWindow : public QWidget
{
    Q_OBJECT

public:
    explicit JournalWindow(ChangeJournal *journal, QWidget *parent = nullptr);

    JournalTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageBar *messageBar() const { return m_messageBar; }

    // Reads the file again (what another SipDesk wrote too).
    void reload();
    // The entries shown, as CSV when path ends in .csv, else as JSON. False, with the
    // reason in error, when the file cannot be written.
    bool exportTo(const QString &path, QString *error = nullptr) const;

private:
    void onAppended(const JournalEntry &entry);
    void showWriteFailure(const QString &reason);
    void applyFilter();
    void fillAccounts();
    void exportShown();
    void updateCount();

    QPointer<ChangeJournal> m_journal;
    JournalTableModel *m_model;
    MessageBar *m_messageBar = nullptr;
    QComboBox *m_account = nullptr;
    QCheckBox *m_oneDay = nullptr;
    QDateEdit *m_day = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_export = nullptr;
    int m_damagedLines = 0;
};
