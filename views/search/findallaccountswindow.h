#pragma once

#include "models/search/searchresultsmodel.h"

#include <QWidget>

class AccountStatesModel;
class AllAccountsSearch;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// Account › Find in All Accounts: one search field over the records of
// every account, the matches as they arrive with their account, and where
// each account stands. Enter or a double click opens a match (activated()).
// Searching loads the accounts not loaded yet; Refresh loads all again;
// Cancel stops every account loading.
class FindAllAccountsWindow : public QWidget
{
    Q_OBJECT

public:
    // The search is not owned and must outlive the window.
    explicit FindAllAccountsWindow(AllAccountsSearch *search, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_searchField; }
    QTableView *resultsView() const { return m_results; }
    QTableView *statesView() const { return m_states; }
    SearchResultsModel *results() const { return m_resultsModel; }
    // "3 matches in 2 accounts"
    QString summaryText() const;

signals:
    void activated(const SearchResultsModel::Target &target);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(const QString &text);
    void activateRow(int row);
    void updateButtons();
    void updateSummary();

    AllAccountsSearch *m_search;
    SearchResultsModel *m_resultsModel;
    AccountStatesModel *m_statesModel;
    QLineEdit *m_searchField;
    QPushButton *m_refresh;
    QPushButton *m_cancel;
    QLabel *m_summary;
    QTableView *m_results;
    QTableView *m_states;
    QTimer *m_ageTimer;
};
