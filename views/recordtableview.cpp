#include "views/recordtableview.h"

#include "views/frozencolumnview.h"
#include "views/warningdelegate.h"

#include "models/lists/pagedtablemodel.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStyle>

#include <algorithm>

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setContextMenuPolicy(Qt::CustomContextMenu);
    // Tab leaves the table for the detail pane; the arrows walk the rows.
    setTabKeyNavigation(false);
    setItemDelegateForColumn(0, new WarningDelegate(this));
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(160);
    // The service's own order until the user sorts.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    setSortingEnabled(true);
    connect(header, &QWidget::customContextMenuRequested, this, &RecordTableView::showHeaderMenu);
    // By pixel: a column slides out from under the frozen name bit by bit.
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_frozen = new FrozenColumnView(this);

    m_shownRowsTimer.setSingleShot(true);
    m_shownRowsTimer.setInterval(150);
    connect(&m_shownRowsTimer, &QTimer::timeout, this, &RecordTableView::reportShownRows);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, &m_shownRowsTimer,
        qOverload<>(&QTimer::start));
}

void RecordTableView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        old->disconnect(&m_shownRowsTimer);
    QTableView::setModel(model);
    m_frozen->followModel();
    if (!model)
        return;
    // Not dataChanged: the rows' values are what the report asks for.
    const auto restart = qOverload<>(&QTimer::start);
    connect(model, &QAbstractItemModel::rowsInserted, &m_shownRowsTimer, restart);
    connect(model, &QAbstractItemModel::rowsRemoved, &m_shownRowsTimer, restart);
    connect(model, &QAbstractItemModel::modelReset, &m_shownRowsTimer, restart);
    connect(model, &QAbstractItemModel::layoutChanged, &m_shownRowsTimer, restart);
    m_shownRowsTimer.start();
}

void RecordTableView::reportShownRows()
{
    QAbstractItemModel *shown = model();
    if (!shown)
        return;
    QList<const QAbstractProxyModel *> proxies;
    QAbstractItemModel *source = shown;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source)) {
        proxies.append(proxy);
        source = proxy->sourceModel();
    }
    auto *paged = qobject_cast<PagedTableModel *>(source);
    if (!paged)
        return;
    QList<int> rows;
    const int first = isVisible() ? rowAt(0) : -1;
    if (first >= 0) {
        int last = rowAt(viewport()->height() - 1);
        if (last < 0)
            last = shown->rowCount() - 1;
        for (int row = first; row <= last; ++row) {
            if (isRowHidden(row))
                continue;
            QModelIndex index = shown->index(row, 0);
            for (const QAbstractProxyModel *proxy : std::as_const(proxies))
                index = proxy->mapToSource(index);
            if (index.isValid())
                rows.append(index.row());
        }
    }
    paged->setShownRows(rows);
}

void RecordTableView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const int frozen = m_frozen->frozenColumn();
    const int scrolled = horizontalScrollBar()->value();
    QTableView::scrollTo(index, hint);
    if (frozen < 0 || !index.isValid())
        return;
    // A click on the frozen name leaves the columns where they were.
    if (index.column() == frozen) {
        horizontalScrollBar()->setValue(scrolled);
        return;
    }
    // The cell the keys moved to is not left under the frozen name.
    const int hidden = m_frozen->width() - visualRect(index).left();
    if (hidden > 0)
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - hidden);
}

int RecordTableView::frozenColumn() const
{
    return m_frozen->frozenColumn();
}

void RecordTableView::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    m_shownRowsTimer.start();
}

void RecordTableView::showEvent(QShowEvent *event)
{
    QTableView::showEvent(event);
    m_shownRowsTimer.start();
}

void RecordTableView::selectRow(const QModelIndex &row)
{
    selectionModel()->setCurrentIndex(
        row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(row);
}

QList<int> RecordTableView::visibleColumns() const
{
    QList<int> columns;
    const QHeaderView *header = horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    return columns;
}

QStringList RecordTableView::selectedValues(int column) const
{
    QStringList values;
    for (const QModelIndex &index : selectionModel()->selectedRows(column))
        values.append(index.data(Qt::DisplayRole).toString());
    return values;
}

void RecordTableView::addCopyActions(const QList<RecordKind::CopyColumn> &columns)
{
    const QList<QKeySequence> shortcuts { QKeySequence(Qt::CTRL | Qt::Key_C),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) };
    for (qsizetype i = 0; i < columns.size(); ++i) {
        auto *action = new QAction(columns.at(i).label, this);
        action->setShortcut(shortcuts.value(i));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const int column = columns.at(i).column;
        connect(action, &QAction::triggered, this, [this, column] { copyColumn(column); });
        addAction(action);
    }
}

void RecordTableView::copyColumn(int column)
{
    const QStringList values = selectedValues(column);
    if (values.isEmpty())
        return;
    QApplication::clipboard()->setText(values.join(u'\n'));
    emit copied(int(values.size()));
}

void RecordTableView::restoreColumns(const QByteArray &state, const QList<int> &defaultHidden)
{
    QHeaderView *header = horizontalHeader();
    m_columnsFitted = header->restoreState(state);
    if (!m_columnsFitted) {
        for (int column : defaultHidden)
            header->setSectionHidden(column, true);
    }
}

QByteArray RecordTableView::saveColumns() const
{
    return horizontalHeader()->saveState();
}

void RecordTableView::fitColumnsOnce()
{
    if (m_columnsFitted)
        return;
    m_columnsFitted = true;
    // Only the visible rows are measured, so this stays cheap on big tables.
    resizeColumnsToContents();
    QHeaderView *header = horizontalHeader();
    const int widest = fontMetrics().averageCharWidth() * 48;
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, qMin(header->sectionSize(column) + 12, widest));
    shareWidthAmongColumns();
}

void RecordTableView::shareWidthAmongColumns()
{
    // Every column shown by default in sight at the default size: the columns after the two
    // that name a record (name, domain or username) give way first, the names only if that is
    // not enough; their text is elided, the whole of it in the tooltip and the pane.
    const QList<int> columns = visibleColumns();
    // The first page has not yet made the vertical scroll bar appear: leave it its room.
    const int available = viewport()->width()
        - (verticalScrollBar()->isVisible() ? 0 : style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    const QList<int> naming = columns.mid(0, 2);
    int namingWidth = 0;
    for (int column : naming)
        namingWidth += horizontalHeader()->sectionSize(column);
    capColumnsToFit(columns.mid(2), available - namingWidth);
    capColumnsToFit(columns, available);
}

void RecordTableView::capColumnsToFit(const QList<int> &columns, int available)
{
    QHeaderView *header = horizontalHeader();
    const int narrowest = fontMetrics().averageCharWidth() * 12;
    QList<int> widths;
    int needed = 0;
    for (int column : columns) {
        widths.append(header->sectionSize(column));
        needed += widths.constLast();
    }
    if (columns.isEmpty() || needed <= available)
        return;
    // The largest cap under which the columns fit: the narrower ones keep their width.
    std::sort(widths.begin(), widths.end());
    int cap = narrowest;
    int kept = 0; // the width of the columns narrower than the cap
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const int fair = int((available - kept) / (widths.size() - i));
        if (fair <= widths.at(i)) {
            cap = qMax(fair, narrowest);
            break;
        }
        kept += widths.at(i);
    }
    for (int column : columns)
        if (header->sectionSize(column) > cap)
            header->resizeSection(column, cap);
}

void RecordTableView::focusInEvent(QFocusEvent *event)
{
    QTableView::focusInEvent(event);
    // A click selects what it hits; a click on a header sorts and selects nothing.
    if (event->reason() == Qt::MouseFocusReason)
        return;
    selectSomeRow();
    // Keyboard focus is always in sight: the selected row a search had moved away, say.
    const QModelIndex current = selectionModel() ? selectionModel()->currentIndex() : QModelIndex();
    if (current.isValid() && selectionModel()->isRowSelected(current.row(), current.parent())
        && !viewport()->rect().contains(visualRect(current).center()))
        scrollTo(current);
}

void RecordTableView::mousePressEvent(QMouseEvent *event)
{
    QTableView::mousePressEvent(event);
    keepSelectionBesideRows(event);
}

void RecordTableView::mouseReleaseEvent(QMouseEvent *event)
{
    QTableView::mouseReleaseEvent(event);
    keepSelectionBesideRows(event);
}

void RecordTableView::keepSelectionBesideRows(const QMouseEvent *event)
{
    // Ctrl or Shift beside the rows leaves the selection to the user.
    const bool plainClick = !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier));
    if (plainClick && event->button() == Qt::LeftButton
        && !indexAt(event->position().toPoint()).isValid())
        selectSomeRow();
}

void RecordTableView::selectSomeRow()
{
    QItemSelectionModel *selection = selectionModel();
    if (!selection || selection->hasSelection() || !model() || model()->rowCount() == 0)
        return;
    // Without scrolling: the user may have scrolled away from the current row, so a row on
    // screen is chosen rather than one out of sight.
    QModelIndex row = selection->currentIndex();
    if (!row.isValid() || !viewport()->rect().intersects(visualRect(row))) {
        const int topRow = rowAt(0);
        row = model()->index(topRow >= 0 ? topRow : 0, qMax(0, columnAt(0)));
    }
    selection->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RecordTableView::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        QAction *action = menu.addAction(model()->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this,
            [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu.exec(header->mapToGlobal(position));
}
