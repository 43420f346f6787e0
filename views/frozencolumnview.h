#pragma once

#include <QPointer>
#include <QTableView>

// The first shown column of a table, laid over the table's left edge while
// the user has scrolled right, so that the record's name stays in sight
// next to the columns scrolled to. It shares the table's model, selection,
// delegates and row heights, and hands clicks, double clicks, sorting and
// the context menu to the table; it never takes the focus.
class FrozenColumnView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnView(QTableView *table);

    // After the table's setModel(): the new model and selection model.
    void followModel();
    // The logical column shown, or -1 while hidden.
    int frozenColumn() const;

protected:
    void mousePressEvent(QMouseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateColumns();
    void updatePlace();

    QTableView *m_table;
    QPointer<QWidget> m_tableViewport;
    int m_column = -1;
};
