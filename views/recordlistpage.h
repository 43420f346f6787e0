#pragma once

#include "views/recordtableview.h"
#include "views/widgets/messagebar.h"

#include "models/accounts/account.h"
#include "models/kinds/recordkind.h"

#include <QJsonObject>
#include <QKeySequence>
#include <QList>
#include <QVariant>
#include <QWidget>

class PagedTableModel;
class QAction;
class QLabel;
class QModelIndex;
class QProgressBar;
class QSplitter;
class ListBody;
class QTimer;
class QToolButton;
class RecordDetailPane;
class RecordEditActions;
class RecordFilterProxyModel;
class RecordSearchBar;

// One list page, of any record kind: search (Ctrl+F), quick filter, the table that loads more as
// it scrolls, the loading / empty / error states, a status line, and a
// detail pane with every field of the selected record. Column layout, sort
// and the splitter are kept in QSettings.
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    // The model is not owned; it is one of kind's tables.
    RecordListPage(PagedTableModel *model, const RecordKind &kind, QWidget *parent = nullptr);
    ~RecordListPage() override;

    const RecordKind &kind() const { return m_kind; }
    PagedTableModel *model() const { return m_model; }

    void focusSearch();
    void refresh();
    void cancelLoading();
    void loadEverything();
    // Asks for a file and writes the filtered view as CSV.
    void exportCsv();
    bool exportCsvTo(const QString &path, QString *error) const;
    // "acme-prod-sip-domains-2026-11-30.csv": the account and today's date.
    QString defaultExportName() const;

    // The account whose records the page lists: named in Copy details and
    // in the export's file name. An empty account while none is open.
    void setAccount(const Account &account);
    // The selected records as plain text for a ticket (RecordDetails::plainText()),
    // several separated by a line; "" when none is selected.
    QString detailsForTicket() const;
    // Puts detailsForTicket() on the clipboard (Ctrl+Shift+D).
    void copyDetails();
    QAction *copyDetailsAction() const { return m_copyDetails; }
    // The actions of the Edit menu, for the page: copying, then New, Edit,
    // Delete; a null entry where a separator goes.
    QList<QAction *> editMenuActions() const;

    // The detail pane can be hidden (View menu); the split is kept for when
    // it comes back.
    void setDetailPaneVisible(bool visible);
    bool isDetailPaneVisible() const;

    RecordTableView *table() const { return m_table; }
    RecordFilterProxyModel *proxy() const { return m_proxy; }
    QString statusText() const;
    QString detailText() const;
    QString selectedId() const;
    // Rows of the page's model (not the proxy's) that are selected.
    QList<QModelIndex> selectedRows() const;
    // The name a person knows the record by, for confirmations.
    QString titleOf(const QModelIndex &row) const;
    // What identifies the record unambiguously, for lists of several.
    QString identityOf(const QModelIndex &row) const;

    // A member page's: the name of the one record selected above, whose
    // members it lists ("Front desk"); set by its section.
    void setParentTitle(const QString &title) { m_parentTitle = title; }
    QString parentTitle() const { return m_parentTitle; }

    // New, Edit and Delete are offered only while an account is open, and
    // not at all for a read-only one (the buttons say why).
    void setEditingEnabled(bool enabled);
    void setReadOnly(bool readOnly);
    // Selects the record's row and scrolls to it, if it is shown.
    // False when the record is not in the list or filtered out.
    bool selectRecord(const QString &id);
    // Selects the record once it is listed: clears the search and the quick
    // filter, and loads pages until it comes (or the list ends).
    void showRecord(const QString &id);
    // An inline message above the table, e.g. what a deletion did. A plain
    // information goes away by itself after a while; any goes on refresh.
    void showMessage(MessageBar::Type type, const QString &text, const QString &actionText = {});
    void hideMessage();
    QString messageText() const;

signals:
    void statusChanged(const QString &text);
    void createRequested();
    void editRequested(const QModelIndex &row);
    void deleteRequested(const QList<QModelIndex> &rows);
    void messageActionTriggered();
    // The selection the detail pane shows may have changed (a click, a
    // filter, a reload): selectedRows() tells what it is now.
    void selectionShown();

private:
    void buildUi();
    QWidget *buildToolbar();
    void restoreLayout();
    void saveLayout() const;
    void updateState();
    void updateDetail();
    void showContextMenu(const QPoint &position);
    void updateEditActions();
    // Selected and on screen: what Edit and Delete act on.
    QList<QModelIndex> actionableRows() const;
    void requestEdit();
    void requestDelete();
    void rememberSelection();
    void restoreSelection();

    PagedTableModel *m_model;
    RecordFilterProxyModel *m_proxy;
    const RecordKind &m_kind;
    RecordSearchBar *m_searchBar = nullptr;
    QToolButton *m_refresh = nullptr;
    QToolButton *m_cancel = nullptr;
    ListBody *m_body = nullptr;
    RecordTableView *m_table = nullptr;
    RecordDetailPane *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_status = nullptr;
    MessageBar *m_messageBar = nullptr;
    RecordEditActions *m_editActions = nullptr;
    bool m_editingEnabled = false;
    QProgressBar *m_busy = nullptr;
    QString m_pendingSelection;
    QAction *m_copyDetails = nullptr;
    Account m_account;
    QString m_parentTitle;
    QTimer *m_messageExpiry = nullptr;
};
