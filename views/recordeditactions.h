#pragma once

#include <QModelIndexList>
#include <QObject>
#include <QPointer>

class QAbstractItemView;
class QAction;
class QToolButton;
class QWidget;

// New (Ctrl+N), Edit (F2) and Delete (Del) of a list page. Edit and Delete
// act only on rows that are selected and on screen: the actions follow the
// table's selection, its model (a search or filter removes rows without
// always saying so through the selection) and whether the table is shown at
// all (an empty or error state replaces it). Delete is the table's own
// action: Delete in the search field deletes text. For a read-only account
// all three stay disabled, and their tooltips say why.
class RecordEditActions : public QObject
{
    Q_OBJECT

public:
    // page gets New and Edit, table gets Delete. The table's model and
    // selection model must be set already.
    RecordEditActions(QWidget *page, QAbstractItemView *table);

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    // A tool button for each, its tooltip naming the shortcut.
    QList<QToolButton *> makeButtons(QWidget *parent) const;
    // editingEnabled: an account is open that can be edited; canCreate: a
    // new record has somewhere to go (a member kind's parent).
    void setEditing(bool editingEnabled, bool canCreate = true);
    // The open account's profile is read-only: nothing is offered.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The rows (of the table's model) Edit and Delete act on now.
    QModelIndexList actionableRows() const;

signals:
    void newTriggered();
    void editTriggered();
    void deleteTriggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateEnabled();
    void updateToolTips();

    QPointer<QAbstractItemView> m_table;
    const QObject *m_watchedTable = nullptr; // only compared, never used
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
    bool m_editingEnabled = false;
    bool m_canCreate = true;
    bool m_readOnly = false;
};
