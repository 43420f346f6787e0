#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMainWindow;

// Help › Keyboard Shortcuts: every action of a window that has a shortcut, by the menu that
// holds it, read from the actions themselves so that the list can never go stale.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString menu; // "File", "View › Go To"; empty for actions in no menu
        QString action; // without its & accelerator and trailing "…"
        QString shortcuts; // in the platform's own words ("Ctrl+Shift+D"), several joined by ", "

        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit ShortcutsDialog(QMainWindow *window);

    // Menus in menu-bar order, actions in menu order; an action in several places once, under
    // its first menu; then actions of the window in no menu.
    static QList<Row> rowsOf(const QMainWindow *window);
};
