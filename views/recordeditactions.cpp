#include "views/recordeditactions.h"

#include "views/actionicons.h"

#include <QAbstractItemView>
#include <QAction>
#include <QEvent>
#include <QItemSelectionModel>
#include <QToolButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace {
QAction *makeAction(const QString &text, const QString &name, const QKeySequence &shortcut,
    Qt::ShortcutContext context, QWidget *owner)
{
    auto *action = new QAction(text, owner);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    action->setShortcutContext(context);
    owner->addAction(action);
    return action;
}
} // namespace

RecordEditActions::RecordEditActions(QWidget *page, QAbstractItemView *table)
    : QObject(page)
    , m_table(table)
    , m_new(makeAction(
          tr("&New…"), u"newAction"_s, QKeySequence::New, Qt::WidgetWithChildrenShortcut, page))
    , m_edit(makeAction(tr("&Edit…"), u"editAction"_s, QKeySequence(Qt::Key_F2),
          Qt::WidgetWithChildrenShortcut, page))
    , m_delete(makeAction(
          tr("&Delete…"), u"deleteAction"_s, QKeySequence::Delete, Qt::WidgetShortcut, table))
{
    m_new->setIcon(ActionIcons::icon(ActionIcons::Icon::New));
    m_edit->setIcon(ActionIcons::icon(ActionIcons::Icon::Edit));
    m_delete->setIcon(ActionIcons::icon(ActionIcons::Icon::Delete));
    updateToolTips();
    connect(m_new, &QAction::triggered, this, &RecordEditActions::newTriggered);
    connect(m_edit, &QAction::triggered, this, &RecordEditActions::editTriggered);
    connect(m_delete, &QAction::triggered, this, &RecordEditActions::deleteTriggered);

    // Every way the rows on screen change, not only a selection change: a
    // filter drops selected rows from the proxy in a layout change, which
    // the selection model does not announce.
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RecordEditActions::updateEnabled);
    const QAbstractItemModel *model = table->model();
    connect(model, &QAbstractItemModel::layoutChanged, this, &RecordEditActions::updateEnabled);
    connect(model, &QAbstractItemModel::modelReset, this, &RecordEditActions::updateEnabled);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &RecordEditActions::updateEnabled);
    connect(model, &QAbstractItemModel::rowsInserted, this, &RecordEditActions::updateEnabled);
    // The table is replaced by an empty or error state, or comes back.
    m_watchedTable = table;
    table->installEventFilter(this);
    updateEnabled();
}

QList<QToolButton *> RecordEditActions::makeButtons(QWidget *parent) const
{
    QList<QToolButton *> buttons;
    for (QAction *action : { m_new, m_edit, m_delete }) {
        auto *button = new QToolButton(parent);
        // The button takes the action's tooltip, now and whenever it changes.
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setObjectName(action->objectName().replace(u"Action"_s, u"Button"_s));
        button->setFocusPolicy(Qt::StrongFocus);
        buttons.append(button);
    }
    return buttons;
}

void RecordEditActions::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateToolTips();
    updateEnabled();
}

void RecordEditActions::updateToolTips()
{
    for (QAction *action : { m_new, m_edit, m_delete }) {
        const QString named = tr("%1 (%2)").arg(action->text().remove(u'&'),
            action->shortcut().toString(QKeySequence::NativeText));
        action->setToolTip(m_readOnly
                ? tr("%1: not offered, this profile is read-only (Manage Profiles changes that)")
                      .arg(named)
                : named);
    }
}

void RecordEditActions::setEditing(bool editingEnabled, bool canCreate)
{
    m_editingEnabled = editingEnabled;
    m_canCreate = canCreate;
    updateEnabled();
}

QModelIndexList RecordEditActions::actionableRows() const
{
    // Hidden behind the page's empty or error state, the rows are not what
    // the user sees. Relative to the page: a page on another tab, or before
    // the window is shown, keeps what it will show.
    const auto *page = qobject_cast<const QWidget *>(parent());
    if (!m_table || !m_table->isVisibleTo(page) || !m_table->selectionModel())
        return {};
    return m_table->selectionModel()->selectedRows();
}

bool RecordEditActions::eventFilter(QObject *watched, QEvent *event)
{
    // Compared by the pointer kept, and counted later: the table is also hidden while it is
    // being destroyed, when it can no longer be asked anything.
    if ((event->type() == QEvent::ShowToParent || event->type() == QEvent::HideToParent)
        && watched == m_watchedTable)
        QMetaObject::invokeMethod(this, &RecordEditActions::updateEnabled, Qt::QueuedConnection);
    return QObject::eventFilter(watched, event);
}

void RecordEditActions::updateEnabled()
{
    const qsizetype selected = actionableRows().size();
    const bool editable = m_editingEnabled && !m_readOnly;
    m_new->setEnabled(editable && m_canCreate);
    m_edit->setEnabled(editable && selected == 1);
    m_delete->setEnabled(editable && selected > 0);
}
