#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QMessageBox;
class QWidget;

// The question a form asks before it closes with unsaved changes: one
// window-modal box, however often it is asked meanwhile, and every asker
// told exactly once whether the form closed — by an answer, or by the form
// closing on its own (a save that succeeded).
class UnsavedChangesQuestion : public QObject
{
    Q_OBJECT

public:
    explicit UnsavedChangesQuestion(QWidget *form);

    // Adds done to those waiting and opens the box, or raises it when it is
    // open already (text is then the one it was opened with).
    void ask(const QString &text, const std::function<void(bool closed)> &done);
    // Closes the box if it is open; returns those waiting, each to be told
    // once, and forgets them.
    QList<std::function<void(bool closed)>> settle();

signals:
    // The user answered: discard means "close the form".
    void answered(bool discard);

private:
    QWidget *m_form;
    QPointer<QMessageBox> m_box;
    QList<std::function<void(bool closed)>> m_waiters;
};
