#include "views/recordlistpage.h"

#include "views/actionicons.h"

#include "views/listbody.h"
#include "views/recorddetailpane.h"
#include "views/recordeditactions.h"
#include "views/recordsearchbar.h"
#include "views/recordtableview.h"

#include "models/kinds/recordkind.h"
#include "models/kinds/recordtickettext.h"
#include "models/lists/csvexport.h"
#include "models/lists/liststatus.h"
#include "models/lists/pagedtablemodel.h"
#include "models/lists/recordfilterproxymodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDate>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RecordListPage::RecordListPage(PagedTableModel *model, const RecordKind &kind, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new RecordFilterProxyModel(this))
    , m_kind(kind)
{
    setObjectName(m_kind.key() + u"Page"_s);
    m_proxy->setSourceModel(m_model);
    buildUi();
    m_table->addCopyActions(m_kind.copyColumns());
    connect(m_table, &RecordTableView::copied, this,
        [this](int count) { m_status->setText(tr("Copied %n value(s).", nullptr, count)); });
    m_copyDetails = new QAction(tr("Copy &Details"), this);
    m_copyDetails->setObjectName(u"copyDetailsAction"_s);
    m_copyDetails->setIcon(ActionIcons::icon(ActionIcons::Icon::Copy));
    m_copyDetails->setToolTip(tr("Copy the selected records as text for a ticket"));
    m_copyDetails->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_copyDetails->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_copyDetails);
    connect(m_copyDetails, &QAction::triggered, this, &RecordListPage::copyDetails);
    restoreLayout();
    updateEditActions();

    connect(m_model, &PagedTableModel::stateChanged, this, &RecordListPage::updateState);
    connect(m_model, &PagedTableModel::progress, this, &RecordListPage::updateState);
    connect(m_model, &PagedTableModel::activityChanged, this, &RecordListPage::updateState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListPage::restoreSelection);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_table, &RecordTableView::fitColumnsOnce);
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
    // The copy actions; Edit and Delete follow the selection in RecordEditActions.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RecordListPage::updateEditActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &RecordListPage::updateDetail);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &RecordListPage::updateDetail);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &RecordListPage::updateDetail);
    connect(m_model, &PagedTableModel::stateChanged, this, &RecordListPage::updateDetail);
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
    m_table = new RecordTableView(this);
    m_table->setObjectName(u"recordTable"_s);
    m_table->setAccessibleName(tr("Records"));
    m_table->setModel(m_proxy);
    connect(m_table, &QWidget::customContextMenuRequested, this, &RecordListPage::showContextMenu);
    m_body = new ListBody(m_table, this);
    connect(m_body, &ListBody::retryRequested, this, &RecordListPage::refresh);
    m_detail = new RecordDetailPane(this);
    connect(m_detail, &RecordDetailPane::identifierCopied, this,
        [this](const QString &value) { m_status->setText(tr("Copied %1.").arg(value)); });

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"splitter"_s);
    m_splitter->addWidget(m_body);
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
    m_searchBar = new RecordSearchBar(m_proxy, m_kind, bar);
    connect(m_searchBar, &RecordSearchBar::changed, this, &RecordListPage::updateState);
    connect(m_searchBar, &RecordSearchBar::rowsRequested, this,
        [this] { m_table->setFocus(Qt::TabFocusReason); });
    connect(m_searchBar, &RecordSearchBar::firstMatchRequested, this, [this] {
        if (m_proxy->rowCount() > 0)
            m_table->selectRow(m_proxy->index(0, 0));
    });

    m_refresh = new QToolButton(bar);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setFocusPolicy(Qt::StrongFocus);
    m_refresh->setText(tr("Refresh"));
    m_refresh->setIcon(ActionIcons::icon(ActionIcons::Icon::Refresh));
    m_refresh->setToolTip(tr("Load the list again (F5)"));
    connect(m_refresh, &QToolButton::clicked, this, &RecordListPage::refresh);
    m_cancel = new QToolButton(bar);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setFocusPolicy(Qt::StrongFocus);
    m_cancel->setText(tr("Stop"));
    m_cancel->setIcon(ActionIcons::icon(ActionIcons::Icon::Stop));
    m_cancel->setToolTip(tr("Stop loading (Esc); the rows loaded so far stay"));
    connect(m_cancel, &QToolButton::clicked, this, &RecordListPage::cancelLoading);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    m_editActions = new RecordEditActions(this, m_table);
    connect(
        m_editActions, &RecordEditActions::newTriggered, this, &RecordListPage::createRequested);
    connect(m_editActions, &RecordEditActions::editTriggered, this, &RecordListPage::requestEdit);
    connect(
        m_editActions, &RecordEditActions::deleteTriggered, this, &RecordListPage::requestDelete);
    // Tab follows the toolbar as it reads, left to right, then goes on to
    // the rows and their details (the table and the pane exist already).
    QWidgetList tabOrder;
    for (QToolButton *button : m_editActions->makeButtons(bar)) {
        layout->addWidget(button);
        tabOrder.append(button);
    }
    layout->addSpacing(12);
    layout->addWidget(m_searchBar, 1);
    layout->addWidget(m_refresh);
    layout->addWidget(m_cancel);
    tabOrder << m_searchBar->focusOrder() << m_refresh << m_cancel << m_table << m_detail;
    for (qsizetype i = 1; i < tabOrder.size(); ++i)
        setTabOrder(tabOrder.at(i - 1), tabOrder.at(i));
    return bar;
}

void RecordListPage::setEditingEnabled(bool enabled)
{
    m_editingEnabled = enabled;
    updateEditActions();
}

void RecordListPage::setReadOnly(bool readOnly)
{
    m_editActions->setReadOnly(readOnly);
}

void RecordListPage::updateEditActions()
{
    // A member goes into the one parent selected above.
    const bool canCreate = !m_kind.parentKind() || !m_model->parentId().isEmpty();
    m_editActions->setEditing(m_editingEnabled, canCreate);
    // Copying needs something to copy: disabled, the Edit menu says so.
    const bool selected = !m_table->selectionModel()->selectedRows().isEmpty();
    for (QAction *action : m_table->actions())
        if (action != m_editActions->deleteAction())
            action->setEnabled(selected);
    m_copyDetails->setEnabled(selected);
}

QList<QAction *> RecordListPage::editMenuActions() const
{
    QList<QAction *> actions;
    for (QAction *action : m_table->actions())
        if (action != m_editActions->deleteAction())
            actions.append(action);
    actions << m_copyDetails << nullptr << m_editActions->newAction() << m_editActions->editAction()
            << m_editActions->deleteAction();
    return actions;
}

void RecordListPage::setAccount(const Account &account)
{
    m_account = account;
}

QString RecordListPage::detailsForTicket() const
{
    const QModelIndexList rows = selectedRows();
    QList<RecordTicketText::Item> items;
    for (const QModelIndex &row : rows)
        items.append({ row.data(PagedTableModel::RecordRole),
            row.data(PagedTableModel::WarningRole).toString(),
            rows.size() == 1 ? m_detail->extensionGroups() : QList<DetailGroup> {} });
    return RecordTicketText::of(m_kind, m_account, items);
}

void RecordListPage::copyDetails()
{
    const QString text = detailsForTicket();
    if (text.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(text);
    m_status->setText(
        tr("Copied the details of %n record(s).", nullptr, int(selectedRows().size())));
}

void RecordListPage::setDetailPaneVisible(bool visible)
{
    // The splitter keeps a hidden widget's size: the split comes back with it.
    m_detail->setVisible(visible);
}

bool RecordListPage::isDetailPaneVisible() const
{
    return !m_detail->isHidden();
}

QList<QModelIndex> RecordListPage::selectedRows() const
{
    QList<QModelIndex> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(m_proxy->mapToSource(index));
    return rows;
}

QList<QModelIndex> RecordListPage::actionableRows() const
{
    QList<QModelIndex> rows;
    for (const QModelIndex &index : m_editActions->actionableRows())
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
    const QList<QModelIndex> rows = actionableRows();
    if (m_editingEnabled && !m_editActions->isReadOnly() && rows.size() == 1)
        emit editRequested(rows.first());
}

void RecordListPage::requestDelete()
{
    const QList<QModelIndex> rows = actionableRows();
    if (m_editingEnabled && !m_editActions->isReadOnly() && !rows.isEmpty())
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
    m_table->selectRow(row);
    return true;
}

void RecordListPage::showRecord(const QString &id)
{
    m_searchBar->clear();
    if (selectRecord(id))
        return;
    // restoreSelection() selects it as its page arrives.
    m_pendingSelection = id;
    m_model->loadAll();
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

void RecordListPage::focusSearch()
{
    m_searchBar->focusSearch();
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

    updateEditActions();
    QString status = ListStatus::text(state, loaded, shown, m_model->hasMore(),
        m_kind.countText(loaded), m_model->error().userMessage());
    const QString activity = m_model->activityText();
    if (!activity.isEmpty())
        status = status.isEmpty() ? activity : tr("%1; %2").arg(status, activity);
    m_status->setText(status);
    emit statusChanged(status);

    if (m_kind.parentKind() && m_model->parentId().isEmpty())
        m_body->showEmpty(tr("Select one %1 to see its %2.")
                              .arg(m_kind.parentKind()->singular(), m_kind.pageTitle().toLower()));
    else if (state == State::Failed && loaded == 0)
        m_body->showError(
            tr("The list could not be loaded.\n\n%1").arg(m_model->error().userMessage()));
    else if (state == State::Loaded && loaded == 0)
        m_body->showEmpty(m_kind.emptyText());
    // While the model still works out values the filter looks at, matches may come.
    else if (loaded > 0 && shown == 0 && state != State::Loading && activity.isEmpty())
        m_body->showEmpty(tr("Nothing matches the search or the filter."));
    else
        m_body->showTable();
}

void RecordListPage::updateDetail()
{
    m_detail->showRows(
        m_body->showsTable() ? m_table->selectionModel()->selectedRows() : QModelIndexList(),
        m_kind);
    emit selectionShown();
}

void RecordListPage::showContextMenu(const QPoint &position)
{
    QMenu menu(this);
    updateEditActions();
    menu.addAction(m_editActions->newAction());
    menu.addAction(m_editActions->editAction());
    menu.addSeparator();
    const bool hasSelection = m_table->selectionModel()->hasSelection();
    for (QAction *action : m_table->actions()) {
        if (action != m_editActions->deleteAction())
            action->setEnabled(hasSelection);
        menu.addAction(action);
    }
    menu.addAction(m_copyDetails);
    menu.addSeparator();
    menu.addAction(tr("Load everything"), this, &RecordListPage::loadEverything)
        ->setEnabled(m_model->hasMore() || m_model->state() == PagedTableModel::State::Cancelled
            || m_model->state() == PagedTableModel::State::Failed);
    menu.addAction(tr("Export the shown rows as CSV…"), this, &RecordListPage::exportCsv);
    menu.exec(m_table->viewport()->mapToGlobal(position));
}

bool RecordListPage::exportCsvTo(const QString &path, QString *error) const
{
    return CsvExport::writeFile(path, *m_proxy, m_table->visibleColumns(), error);
}

QString RecordListPage::defaultExportName() const
{
    return CsvExport::defaultFileName(m_account.name, m_kind.pageTitle(), QDate::currentDate());
}

void RecordListPage::exportCsv()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export as CSV"), folder + u'/' + defaultExportName(), tr("CSV files (*.csv)"));
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

void RecordListPage::restoreLayout()
{
    const QSettings settings;
    const QString group = u"pages/"_s + m_kind.key() + u'/';
    m_table->restoreColumns(
        settings.value(group + u"header"_s).toByteArray(), m_kind.hiddenColumns());
    m_splitter->restoreState(settings.value(group + u"splitter"_s).toByteArray());
}

void RecordListPage::saveLayout() const
{
    QSettings settings;
    const QString group = u"pages/"_s + m_kind.key() + u'/';
    settings.setValue(group + u"header"_s, m_table->saveColumns());
    settings.setValue(group + u"splitter"_s, m_splitter->saveState());
}
