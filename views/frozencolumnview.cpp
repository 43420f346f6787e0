#include "views/frozencolumnview.h"

#include <QEvent>
#include <QHeaderView>
#include <QScrollBar>

FrozenColumnView::FrozenColumnView(QTableView *table)
    : QTableView(table)
    , m_table(table)
    , m_tableViewport(table->viewport())
{
    setObjectName(QStringLiteral("frozenColumn"));
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSelectionBehavior(table->selectionBehavior());
    setSelectionMode(table->selectionMode());
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(table->alternatingRowColors());
    setWordWrap(false);
    setVerticalScrollMode(table->verticalScrollMode());
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(table->verticalHeader()->defaultSectionSize());
    // Resizing happens on the table's own header, which the overlay follows.
    horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    horizontalHeader()->setSectionsMovable(false);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicatorShown(true);
    horizontalHeader()->setSectionsClickable(true);
    hide();

    const QHeaderView *tableHeader = table->horizontalHeader();
    connect(tableHeader, &QHeaderView::sectionResized, this, &FrozenColumnView::updateColumns);
    connect(tableHeader, &QHeaderView::sectionMoved, this, &FrozenColumnView::updateColumns);
    connect(tableHeader, &QHeaderView::geometriesChanged, this, &FrozenColumnView::updatePlace);
    connect(tableHeader, &QHeaderView::sortIndicatorChanged, horizontalHeader(),
        &QHeaderView::setSortIndicator);
    // Sorting from the overlay's header is sorting the table.
    connect(horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int column) {
        QHeaderView *header = m_table->horizontalHeader();
        const bool flip = header->sortIndicatorSection() == column
            && header->sortIndicatorOrder() == Qt::AscendingOrder;
        header->setSortIndicator(column, flip ? Qt::DescendingOrder : Qt::AscendingOrder);
    });
    connect(table->horizontalScrollBar(), &QScrollBar::valueChanged, this,
        &FrozenColumnView::updatePlace);
    connect(table->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
        &FrozenColumnView::updatePlace);
    connect(table->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(),
        &QScrollBar::setValue);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, table->verticalScrollBar(),
        &QScrollBar::setValue);
    connect(this, &QAbstractItemView::activated, table, &QAbstractItemView::activated);
    setContextMenuPolicy(Qt::CustomContextMenu);
    connect(this, &QWidget::customContextMenuRequested, table, [this](const QPoint &position) {
        emit m_table->customContextMenuRequested(viewport()->mapTo(m_table->viewport(), position));
    });
    table->viewport()->installEventFilter(this);
}

void FrozenColumnView::followModel()
{
    setModel(m_table->model());
    setSelectionModel(m_table->selectionModel());
    if (!model())
        return;
    for (int column = 0; column < model()->columnCount(); ++column) {
        if (QAbstractItemDelegate *delegate = m_table->itemDelegateForColumn(column))
            setItemDelegateForColumn(column, delegate);
    }
    connect(model(), &QAbstractItemModel::columnsInserted, this, &FrozenColumnView::updateColumns);
    connect(model(), &QAbstractItemModel::modelReset, this, &FrozenColumnView::updateColumns);
    updateColumns();
}

int FrozenColumnView::frozenColumn() const
{
    return isVisible() ? m_column : -1;
}

void FrozenColumnView::updateColumns()
{
    const QHeaderView *tableHeader = m_table->horizontalHeader();
    m_column = -1;
    for (int visual = 0; visual < tableHeader->count() && m_column < 0; ++visual) {
        const int logical = tableHeader->logicalIndex(visual);
        if (!tableHeader->isSectionHidden(logical))
            m_column = logical;
    }
    for (int column = 0; column < horizontalHeader()->count(); ++column)
        setColumnHidden(column, column != m_column);
    if (m_column >= 0)
        setColumnWidth(m_column, tableHeader->sectionSize(m_column));
    updatePlace();
}

void FrozenColumnView::updatePlace()
{
    // Only while scrolled right: otherwise the table's own column is there.
    const bool scrolled = m_table->horizontalScrollBar()->value() > 0;
    if (m_column < 0 || !scrolled || !model()) {
        hide();
        return;
    }
    const QHeaderView *tableHeader = m_table->horizontalHeader();
    horizontalHeader()->setFixedHeight(tableHeader->height());
    // A restored header does not announce its sort indicator.
    horizontalHeader()->setSortIndicator(
        tableHeader->sortIndicatorSection(), tableHeader->sortIndicatorOrder());
    const QRect viewport = m_table->viewport()->geometry();
    setGeometry(viewport.left(), tableHeader->geometry().top(),
        qMin(tableHeader->sectionSize(m_column), viewport.width() / 2),
        viewport.bottom() - tableHeader->geometry().top() + 1);
    verticalScrollBar()->setValue(m_table->verticalScrollBar()->value());
    show();
    raise();
}

void FrozenColumnView::mousePressEvent(QMouseEvent *event)
{
    // The keys go on acting on the table the user clicked into.
    m_table->setFocus(Qt::MouseFocusReason);
    QTableView::mousePressEvent(event);
}

bool FrozenColumnView::eventFilter(QObject *watched, QEvent *event)
{
    // By the pointer kept: the table's viewport still sends events while the table is being
    // destroyed, when the table can no longer be asked for anything.
    if (event->type() == QEvent::Resize && watched == m_tableViewport)
        updatePlace();
    return QTableView::eventFilter(watched, event);
}
