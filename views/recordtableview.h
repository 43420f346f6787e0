#pragma once

#include "models/kinds/recordkind.h"

#include <QList>
#include <QStringList>
#include <QTableView>
#include <QTimer>

class FrozenColumnView;
class QSettings;

// The table of a list page: whole rows selected, sorted by the user or in
// the service's order, fixed row heights (a 100,000-row table stays as fast
// as a short one), columns that can be hidden and moved from the header's
// menu, fitted to their contents once, and kept across restarts. The first
// shown column (the name) stays in sight while the user scrolls right.
class RecordTableView : public QTableView
{
    Q_OBJECT

public:
    explicit RecordTableView(QWidget *parent = nullptr);

    // Selects the row (of the view's model) and scrolls to it.
    void selectRow(const QModelIndex &row);
    // The shown columns, in the order the user sees them.
    QList<int> visibleColumns() const;
    // The display text of a column in every selected row.
    QStringList selectedValues(int column) const;
    // Copy actions for the kind's columns, most used first: the first on
    // Ctrl+C, the next on Ctrl+Shift+C.
    void addCopyActions(const QList<RecordKind::CopyColumn> &columns);

    // Column widths, order and visibility; without a saved state the
    // defaultHidden columns are hidden and the first rows fit the widths.
    void restoreColumns(const QByteArray &state, const QList<int> &defaultHidden);
    QByteArray saveColumns() const;
    // Fits the column widths to the rows shown, once, unless the user's
    // saved widths were restored.
    void fitColumnsOnce();
    void setModel(QAbstractItemModel *model) override;
    void scrollTo(const QModelIndex &index, ScrollHint hint = EnsureVisible) override;
    // Tells the table model under the proxies which of its rows are on
    // screen now (PagedTableModel::setShownRows); done by itself shortly
    // after the rows shown change (scrolling, resizing, sorting, filtering).
    void reportShownRows();
    // The column kept in sight while scrolled right, -1 while not shown.
    int frozenColumn() const;

signals:
    // Values of the selected rows went to the clipboard.
    void copied(int count);

protected:
    // Coming to the table with nothing selected selects a row, so that the
    // keys act on something the detail pane shows.
    void focusInEvent(QFocusEvent *event) override;
    // A click beside the rows, where Qt clears the selection, selects the
    // current row as focusing does: the pane and the keys keep a record.
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void shareWidthAmongColumns();
    void capColumnsToFit(const QList<int> &columns, int available);
    void showHeaderMenu(const QPoint &position);
    void selectSomeRow();
    void keepSelectionBesideRows(const QMouseEvent *event);
    void copyColumn(int column);

    FrozenColumnView *m_frozen = nullptr;
    bool m_columnsFitted = false;
    // Rows flown past while scrolling are not worth a request each.
    QTimer m_shownRowsTimer;
};
