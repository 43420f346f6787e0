#include "views/recordeditactions.h"

#include <QAction>
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

RecordEditActions::RecordEditActions(QWidget *page, QWidget *table)
    : QObject(page)
    , m_new(makeAction(
          tr("&New…"), u"newAction"_s, QKeySequence::New, Qt::WidgetWithChildrenShortcut, page))
    , m_edit(makeAction(tr("&Edit…"), u"editAction"_s, QKeySequence(Qt::Key_F2),
          Qt::WidgetWithChildrenShortcut, page))
    , m_delete(makeAction(
          tr("&Delete…"), u"deleteAction"_s, QKeySequence::Delete, Qt::WidgetShortcut, table))
{
    connect(m_new, &QAction::triggered, this, &RecordEditActions::newTriggered);
    connect(m_edit, &QAction::triggered, this, &RecordEditActions::editTriggered);
    connect(m_delete, &QAction::triggered, this, &RecordEditActions::deleteTriggered);
}

QList<QToolButton *> RecordEditActions::makeButtons(QWidget *parent) const
{
    QList<QToolButton *> buttons;
    for (QAction *action : { m_new, m_edit, m_delete }) {
        auto *button = new QToolButton(parent);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName().replace(u"Action"_s, u"Button"_s));
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolTip(action->text().remove(u'&') + u" ("_s
            + action->shortcut().toString(QKeySequence::NativeText) + u')');
        buttons.append(button);
    }
    return buttons;
}

void RecordEditActions::update(bool editingEnabled, int selectedRows, bool canCreate)
{
    m_new->setEnabled(editingEnabled && canCreate);
    m_edit->setEnabled(editingEnabled && selectedRows == 1);
    m_delete->setEnabled(editingEnabled && selectedRows > 0);
}
