#include "views/recordlistpage.h"

#include "views/detailhtml.h"
#include "views/warningdelegate.h"

#include "models/kinds/recordkind.h"
#include "models/lists/csvexport.h"
#include "models/lists/pagedtablemodel.h"
#include "models/lists/recordfilterproxymodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum BodyPage { TablePage, EmptyPage, ErrorPage };
} // namespace

RecordListPage::RecordListPage(PagedTableModel *model, const RecordKind &kind, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new RecordFilterProxyModel(this))
    , m_kind(kind)
{
    setObjectName(m_kind.key() + u"Page"_s);
    m_proxy->setSourceModel(m_model);
    buildUi();
    createActions();
    restoreLayout();
    updateEditActions();

    connect(m_model, &PagedTableModel::stateChanged, this, &RecordListPage::updateState);
    connect(m_model, &PagedTableModel::progress, this, &RecordListPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListPage::restoreSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListPage::fitColumnsOnce);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListPage::updateState);
    // The counts follow every created and deleted record. The model's own
    // signals, not only the proxy's: the proxy announces a removal while
    // the model still holds the row, which showed "120 shown of 121".
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecordListPage::updateState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordListPage::updateState);
    // The pane shows what is selected and visible in this account, nothing
    // else: a reset (switch, refresh, failure) or a filter clears the
    // selection without always saying so, so every such change re-reads it.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RecordListPage::updateDetail);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListPage::updateDetail);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordListPage::updateDetail);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordListPage::updateDetail);
    connect(m_model, &PagedTableModel::stateChanged, this, &RecordListPage::updateDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RecordListPage::updateEditActions);
    connect(m_table, &QAbstractItemView::activated, this, &RecordListPage::requestEdit);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RecordListPage::updateDetail);
    updateState();
}

RecordListPage::~RecordListPage()
{
    saveLayout();
}

void RecordListPage::buildUi()
{
    m_table = new QTableView(this);
    m_table->setObjectName(u"recordTable"_s);
    m_table->setAccessibleName(tr("Records"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    // Tab leaves the table for the detail pane; the arrows walk the rows.
    m_table->setTabKeyNavigation(false);
    m_table->installEventFilter(this);
    m_table->setItemDelegateForColumn(0, new WarningDelegate(m_table));
    m_table->verticalHeader()->hide();
    // Fixed row heights keep a 100,000-row table as fast as a short one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(160);
    // The service's own order until the user sorts.
    header->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    connect(m_table, &QWidget::customContextMenuRequested, this, &RecordListPage::showContextMenu);
    connect(header, &QWidget::customContextMenuRequested, this, &RecordListPage::showHeaderMenu);

    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(u"detailPane"_s);
    m_detail->setAccessibleName(tr("Details of the selected record"));
    m_detail->setOpenLinks(false);
    m_detail->setPlaceholderText(tr("Select a row to see every field."));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(buildStates());
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    m_messageBar = new MessageBar(this);
    m_messageBar->setObjectName(u"pageMessage"_s);
    m_messageExpiry = new QTimer(this);
    m_messageExpiry->setObjectName(u"messageExpiry"_s);
    m_messageExpiry->setSingleShot(true);
    m_messageExpiry->setInterval(std::chrono::seconds(15));
    connect(m_messageExpiry, &QTimer::timeout, this, &RecordListPage::hideMessage);
    connect(
        m_messageBar, &MessageBar::actionTriggered, this, &RecordListPage::messageActionTriggered);

    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLine"_s);
    // Every label that may quote a service or a file name shows it as plain
    // text: Qt would otherwise render a "<b>" in it as markup.
    m_status->setTextFormat(Qt::PlainText);
    m_status->setAccessibleName(tr("Status"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setAccessibleName(tr("Loading"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->setTextVisible(false);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_busy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(buildToolbar());
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(statusRow);
}

QWidget *RecordListPage::buildToolbar()
{
    auto *bar = new QWidget(this);
    m_search = new QLineEdit(bar);
    m_search->setObjectName(u"searchField"_s);
    m_search->setAccessibleName(tr("Search"));
    m_search->setPlaceholderText(m_kind.searchPlaceholder());
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setSearchText(text);
        updateState();
    });

    m_filter = new QComboBox(bar);
    m_filter->setObjectName(u"quickFilter"_s);
    m_filter->setAccessibleName(tr("Quick filter"));
    m_filter->addItem(tr("All"));
    m_quickFilters = m_kind.quickFilters();
    for (const RecordKind::QuickFilter &filter : std::as_const(m_quickFilters))
        m_filter->addItem(filter.label);
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_proxy->clearRoleFilters();
        if (index > 0) {
            const RecordKind::QuickFilter &filter = m_quickFilters.at(index - 1);
            m_proxy->setRoleFilter(filter.role, filter.value);
        }
        updateState();
    });

    m_refresh = new QToolButton(bar);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setFocusPolicy(Qt::StrongFocus);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setToolTip(tr("Load the list again (F5)"));
    connect(m_refresh, &QToolButton::clicked, this, &RecordListPage::refresh);
    m_cancel = new QToolButton(bar);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setFocusPolicy(Qt::StrongFocus);
    m_cancel->setText(tr("Stop"));
    m_cancel->setToolTip(tr("Stop loading (Esc); the rows loaded so far stay"));
    connect(m_cancel, &QToolButton::clicked, this, &RecordListPage::cancelLoading);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_newAction = new QAction(tr("&New…"), this);
    m_newAction->setObjectName(u"newAction"_s);
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_newAction, &QAction::triggered, this, &RecordListPage::createRequested);
    m_editAction = new QAction(tr("&Edit…"), this);
    m_editAction->setObjectName(u"editAction"_s);
    m_editAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_editAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_editAction, &QAction::triggered, this, &RecordListPage::requestEdit);
    m_deleteAction = new QAction(tr("&Delete…"), this);
    m_deleteAction->setObjectName(u"deleteAction"_s);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Only on the table: Delete in the search field deletes text.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &RecordListPage::requestDelete);
    addAction(m_newAction);
    addAction(m_editAction);
    m_table->addAction(m_deleteAction);
    for (QAction *action : { m_newAction, m_editAction, m_deleteAction }) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName().replace(u"Action"_s, u"Button"_s));
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolTip(action->text().remove(u'&') + u" ("_s
            + action->shortcut().toString(QKeySequence::NativeText) + u')');
        layout->addWidget(button);
    }
    layout->addSpacing(12);
    layout->addWidget(m_search, 1);
    layout->addWidget(m_filter);
    layout->addWidget(m_refresh);
    layout->addWidget(m_cancel);
    return bar;
}

QWidget *RecordListPage::buildStates()
{
    m_body = new QStackedWidget(this);
    m_body->addWidget(m_table);

    m_emptyLabel = new QLabel(m_body);
    m_emptyLabel->setObjectName(u"emptyState"_s);
    m_emptyLabel->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_body->addWidget(m_emptyLabel);

    auto *errorPage = new QWidget(m_body);
    m_errorLabel = new QLabel(errorPage);
    m_errorLabel->setObjectName(u"errorState"_s);
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(tr("Try again"), errorPage);
    m_retry->setObjectName(u"retryButton"_s);
    connect(m_retry, &QPushButton::clicked, this, &RecordListPage::refresh);
    auto *errorLayout = new QVBoxLayout(errorPage);
    errorLayout->addStretch();
    errorLayout->addWidget(m_errorLabel);
    errorLayout->addWidget(m_retry, 0, Qt::AlignHCenter);
    errorLayout->addStretch();
    m_body->addWidget(errorPage);
    return m_body;
}

void RecordListPage::createActions()
{
    // The kind's most used column copies with Ctrl+C, the next with Ctrl+Shift+C.
    const QList<QKeySequence> shortcuts { QKeySequence(Qt::CTRL | Qt::Key_C),
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) };
    const QList<RecordKind::CopyColumn> copies = m_kind.copyColumns();
    for (qsizetype i = 0; i < copies.size(); ++i) {
        const RecordKind::CopyColumn &copy = copies.at(i);
        auto *action = new QAction(copy.label, this);
        action->setShortcut(shortcuts.value(i));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const int column = copy.column;
        connect(action, &QAction::triggered, this, [this, column] { copyColumn(column); });
        m_table->addAction(action);
    }
}

void RecordListPage::setEditingEnabled(bool enabled)
{
    m_editingEnabled = enabled;
    updateEditActions();
}

void RecordListPage::updateEditActions()
{
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_newAction->setEnabled(m_editingEnabled);
    m_editAction->setEnabled(m_editingEnabled && selected == 1);
    m_deleteAction->setEnabled(m_editingEnabled && selected > 0);
}

QList<QModelIndex> RecordListPage::selectedRows() const
{
    QList<QModelIndex> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index));
    return rows;
}

QString RecordListPage::titleOf(const QModelIndex &row) const
{
    return m_kind.titleOf(row.data(PagedTableModel::RecordRole));
}

QString RecordListPage::identityOf(const QModelIndex &row) const
{
    return m_kind.identityOf(row.data(PagedTableModel::RecordRole));
}

void RecordListPage::requestEdit()
{
    const QList<QModelIndex> rows = selectedRows();
    if (m_editingEnabled && rows.size() == 1)
        emit editRequested(rows.first());
}

void RecordListPage::requestDelete()
{
    const QList<QModelIndex> rows = selectedRows();
    if (m_editingEnabled && !rows.isEmpty())
        emit deleteRequested(rows);
}

void RecordListPage::showMessage(
    MessageBar::Type type, const QString &text, const QString &actionText)
{
    m_messageBar->showMessage(type, text, {}, actionText);
    // A warning or an error waits to be read; "Saved …" need not.
    if (type == MessageBar::Type::Information && actionText.isEmpty())
        m_messageExpiry->start();
    else
        m_messageExpiry->stop();
}

bool RecordListPage::selectRecord(const QString &id)
{
    const int sourceRow = m_model->rowForId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex row = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!row.isValid())
        return false;
    selectRow(row);
    return true;
}

void RecordListPage::hideMessage()
{
    m_messageExpiry->stop();
    m_messageBar->hideMessage();
}

QString RecordListPage::messageText() const
{
    return m_messageBar->isHidden() ? QString() : m_messageBar->text();
}

bool RecordListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::FocusIn) {
        selectSomeRow();
    } else if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        // Esc in the search belongs to the search, not to Stop Loading.
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    } else if (watched == m_search && event->type() == QEvent::KeyPress) {
        return handleSearchKey(static_cast<QKeyEvent *>(event));
    }
    return QWidget::eventFilter(watched, event);
}

bool RecordListPage::handleSearchKey(const QKeyEvent *key)
{
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Escape:
        // First the search goes, then the focus returns to the rows.
        if (!m_search->text().isEmpty())
            m_search->clear();
        else
            m_table->setFocus(Qt::ShortcutFocusReason);
        return true;
    case Qt::Key_Down:
        m_table->setFocus(Qt::TabFocusReason);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // The first match's details, while the search stays to be refined.
        if (m_proxy->rowCount() > 0)
            selectRow(m_proxy->index(0, 0));
        return true;
    default:
        return false;
    }
}

void RecordListPage::selectSomeRow()
{
    QItemSelectionModel *selection = m_table->selectionModel();
    if (selection->hasSelection() || m_proxy->rowCount() == 0)
        return;
    // Without scrolling: the user may have scrolled away from the current row.
    const QModelIndex current = selection->currentIndex();
    selection->setCurrentIndex(current.isValid() ? current : m_proxy->index(0, 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void RecordListPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RecordListPage::refresh()
{
    // What a message said was about the rows that are about to go.
    hideMessage();
    rememberSelection();
    m_model->refresh();
}

void RecordListPage::cancelLoading()
{
    m_model->cancel();
}

void RecordListPage::loadEverything()
{
    m_model->loadAll();
}

QString RecordListPage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(PagedTableModel::IdRole).toString() : QString();
}

void RecordListPage::rememberSelection()
{
    m_pendingSelection = selectedId();
}

void RecordListPage::restoreSelection()
{
    if (!m_pendingSelection.isEmpty() && selectRecord(m_pendingSelection))
        m_pendingSelection.clear();
}

void RecordListPage::selectRow(const QModelIndex &row)
{
    m_table->selectionModel()->setCurrentIndex(
        row, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(row);
}

QString RecordListPage::statusText() const
{
    return m_status->text();
}

QString RecordListPage::detailText() const
{
    return m_detail->toPlainText();
}

void RecordListPage::updateState()
{
    using State = PagedTableModel::State;
    const State state = m_model->state();
    const int loaded = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    const bool loading = state == State::Loading;
    m_busy->setVisible(loading);
    m_cancel->setEnabled(loading);

    QString status;
    if (loading)
        status = loaded == 0 ? tr("Loading…")
                             : tr("%1 loaded, loading more…").arg(m_kind.countText(loaded));
    else if (state == State::Failed && loaded > 0)
        status = tr("%1 loaded, then loading failed: %2 (F5 tries again)")
                     .arg(m_kind.countText(loaded), m_model->error().userMessage());
    else if (state == State::Cancelled)
        status =
            tr("%1 loaded; stopped before the end (F5 loads again)").arg(m_kind.countText(loaded));
    else if (m_model->hasMore())
        status = tr("%1 loaded, more on the service: scroll down to load more")
                     .arg(m_kind.countText(loaded));
    else if (state == State::Loaded)
        status = m_kind.countText(loaded);
    if (shown != loaded && !status.isEmpty())
        status = tr("%L1 shown of %2").arg(shown).arg(status);
    m_status->setText(status);
    emit statusChanged(status);

    if (state == State::Failed && loaded == 0) {
        m_errorLabel->setText(
            tr("The list could not be loaded.\n\n%1").arg(m_model->error().userMessage()));
        m_body->setCurrentIndex(ErrorPage);
    } else if (state == State::Loaded && loaded == 0) {
        m_emptyLabel->setText(m_kind.emptyText());
        m_body->setCurrentIndex(EmptyPage);
    } else if (loaded > 0 && shown == 0 && state != State::Loading) {
        m_emptyLabel->setText(tr("Nothing matches the search or the filter."));
        m_body->setCurrentIndex(EmptyPage);
    } else {
        m_body->setCurrentIndex(TablePage);
    }
}

void RecordListPage::updateDetail()
{
    const QModelIndexList rows = m_body->currentIndex() == TablePage
        ? m_table->selectionModel()->selectedRows()
        : QModelIndexList();
    if (rows.size() != 1) {
        m_detail->clear();
        if (rows.size() > 1)
            m_detail->setPlainText(tr("%n record(s) selected.", nullptr, int(rows.size())));
        return;
    }
    const QModelIndex first = rows.constFirst();
    const QVariant record = first.data(PagedTableModel::RecordRole);
    m_detail->setHtml(DetailHtml::render(m_kind.titleOf(record),
        first.data(PagedTableModel::WarningRole).toString(), m_kind.jsonOf(record)));
}

void RecordListPage::copyColumn(int column)
{
    QStringList values;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(column);
    for (const QModelIndex &index : rows)
        values.append(index.data(Qt::DisplayRole).toString());
    if (values.isEmpty())
        return;
    QApplication::clipboard()->setText(values.join(u'\n'));
    m_status->setText(tr("Copied %n value(s).", nullptr, int(values.size())));
}

void RecordListPage::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    updateEditActions();
    menu.addAction(m_newAction);
    menu.addAction(m_editAction);
    menu.addSeparator();
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    for (QAction *action : m_table->actions()) {
        if (action != m_deleteAction)
            action->setEnabled(hasSelection);
        menu.addAction(action);
    }
    menu.addSeparator();
    menu.addAction(tr("Load everything"), this, &RecordListPage::loadEverything)
        ->setEnabled(m_model->hasMore() || m_model->state() == PagedTableModel::State::Cancelled);
    menu.addAction(tr("Export the shown rows as CSV…"), this, &RecordListPage::exportCsv);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

void RecordListPage::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        QAction *action = menu.addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this,
            [header, column](bool visible) { header->setSectionHidden(column, !visible); });
    }
    menu.exec(header->mapToGlobal(position));
}

bool RecordListPage::exportCsvTo(const QString &path, QString *error) const
{
    QList<int> columns;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !CsvExport::write(*m_proxy, columns, file)
        || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void RecordListPage::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export as CSV"),
        folder + u'/' + m_kind.key() + u".csv"_s, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsvTo(path, &error)) {
        QMessageBox box(QMessageBox::Warning, tr("Export failed"),
            tr("The file could not be written: %1").arg(error), QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText); // the path is the user's text
        box.exec();
        return;
    }
    QString note = tr("Exported %n row(s) to %1.", nullptr, m_proxy->rowCount()).arg(path);
    if (m_model->hasMore())
        note += u' ' + tr("More exist on the service: use Load everything first to export all.");
    m_status->setText(note);
}

void RecordListPage::fitColumnsOnce()
{
    if (m_columnsFitted)
        return;
    m_columnsFitted = true;
    // Only the visible rows are measured, so this stays cheap on big tables.
    m_table->resizeColumnsToContents();
    QHeaderView *header = m_table->horizontalHeader();
    const int widest = fontMetrics().averageCharWidth() * 48;
    for (int column = 0; column < header->count(); ++column)
        header->resizeSection(column, qMin(header->sectionSize(column) + 12, widest));
}

void RecordListPage::restoreLayout()
{
    const QSettings settings;
    const QString group = u"pages/"_s + m_kind.key() + u'/';
    QHeaderView *header = m_table->horizontalHeader();
    m_columnsFitted = header->restoreState(settings.value(group + u"header"_s).toByteArray());
    if (!m_columnsFitted) {
        for (int column : m_kind.hiddenColumns())
            header->setSectionHidden(column, true);
    }
    m_splitter->restoreState(settings.value(group + u"splitter"_s).toByteArray());
}

void RecordListPage::saveLayout() const
{
    QSettings settings;
    const QString group = u"pages/"_s + m_kind.key() + u'/';
    settings.setValue(group + u"header"_s, m_table->horizontalHeader()->saveState());
    settings.setValue(group + u"splitter"_s, m_splitter->saveState());
}
