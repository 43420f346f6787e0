#include "views/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString plainText(QString text)
{
    text.remove(QRegularExpression(u"&(?!&)"_s));
    text.replace(u"&&"_s, u"&"_s);
    if (text.endsWith(u"…"_s))
        text.chop(1);
    return text;
}

QString shortcutsText(const QAction *action)
{
    QStringList texts;
    for (const QKeySequence &sequence : action->shortcuts())
        texts.append(sequence.toString(QKeySequence::NativeText));
    return texts.join(u", "_s);
}

void collect(const QMenu *menu, const QString &path, QSet<const QAction *> &seen,
    QList<ShortcutsDialog::Row> &rows)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (QMenu *submenu = action->menu()) {
            collect(submenu, path + u" › "_s + plainText(submenu->title()), seen, rows);
            continue;
        }
        if (seen.contains(action) || action->shortcuts().isEmpty())
            continue;
        seen.insert(action);
        rows.append({ path, plainText(action->text()), shortcutsText(action) });
    }
}

} // namespace

QList<ShortcutsDialog::Row> ShortcutsDialog::rowsOf(const QMainWindow *window)
{
    QList<Row> rows;
    QSet<const QAction *> seen;
    for (QAction *menuAction : window->menuBar()->actions()) {
        if (QMenu *menu = menuAction->menu())
            collect(menu, plainText(menu->title()), seen, rows);
    }
    for (QAction *action : window->actions()) {
        if (!seen.contains(action) && !action->shortcuts().isEmpty() && !action->text().isEmpty()) {
            seen.insert(action);
            rows.append({ QString(), plainText(action->text()), shortcutsText(action) });
        }
    }
    return rows;
}

ShortcutsDialog::ShortcutsDialog(QMainWindow *window)
    : QDialog(window)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    setObjectName(u"shortcutsDialog"_s);
    auto *filter = new QLineEdit(this);
    filter->setObjectName(u"shortcutFilter"_s);
    filter->setPlaceholderText(tr("Find an action or a key"));
    filter->setAccessibleName(tr("Find an action or a key"));
    filter->setClearButtonEnabled(true);

    auto *tree = new QTreeWidget(this);
    tree->setObjectName(u"shortcutTree"_s);
    tree->setAccessibleName(tr("Keyboard shortcuts"));
    tree->setHeaderLabels({ tr("Action"), tr("Shortcut") });
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    QTreeWidgetItem *group = nullptr;
    for (const Row &row : rowsOf(window)) {
        const QString menu = row.menu.isEmpty() ? tr("Other") : row.menu;
        if (!group || group->text(0) != menu) {
            group = new QTreeWidgetItem(tree, { menu });
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(group, { row.action, row.shortcuts });
    }
    tree->expandAll();
    tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    connect(filter, &QLineEdit::textChanged, tree, [tree](const QString &text) {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *menu = tree->topLevelItem(i);
            bool anyShown = false;
            for (int j = 0; j < menu->childCount(); ++j) {
                QTreeWidgetItem *item = menu->child(j);
                const bool shown = item->text(0).contains(text, Qt::CaseInsensitive)
                    || item->text(1).contains(text, Qt::CaseInsensitive);
                item->setHidden(!shown);
                anyShown = anyShown || shown;
            }
            menu->setHidden(!anyShown);
        }
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(filter);
    layout->addWidget(tree);
    layout->addWidget(buttons);
    resize(480, 560);
}
