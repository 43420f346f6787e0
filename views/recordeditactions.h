#pragma once

#include <QObject>

class QAction;
class QToolButton;
class QWidget;

// New (Ctrl+N), Edit (F2) and Delete (Del) of a list page, enabled for what
// is selected while the account can be edited. Delete is the table's own
// action: Delete in the search field deletes text.
class RecordEditActions : public QObject
{
    Q_OBJECT

public:
    // page gets New and Edit, table gets Delete.
    RecordEditActions(QWidget *page, QWidget *table);

    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    // A tool button for each, its tooltip naming the shortcut.
    QList<QToolButton *> makeButtons(QWidget *parent) const;
    // canCreate: a new record has somewhere to go (a member kind's parent).
    void update(bool editingEnabled, int selectedRows, bool canCreate = true);

signals:
    void newTriggered();
    void editTriggered();
    void deleteTriggered();

private:
    QAction *m_new;
    QAction *m_edit;
    QAction *m_delete;
};
