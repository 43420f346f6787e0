#pragma once

#include <QStackedWidget>

class QLabel;

// Where a list page shows its rows, or instead of them why there are none:
// the account has none, nothing matches, or the list could not be loaded
// (with Try again).
class ListBody : public QStackedWidget
{
    Q_OBJECT

public:
    ListBody(QWidget *table, QWidget *parent = nullptr);

    void showTable();
    void showEmpty(const QString &text);
    void showError(const QString &text);
    bool showsTable() const;

signals:
    void retryRequested();

private:
    QWidget *m_table;
    QLabel *m_empty;
    QLabel *m_error;
    QWidget *m_errorPage;
};
