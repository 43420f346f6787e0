#pragma once

// What the form tests check about the keyboard, for every kind of form: the
// focus when it opens, the Tab order against the order on screen, and that
// the focused widget is scrolled into view.

#include "views/forms/recordform.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTest>

#include <algorithm>

namespace FormKeyboard {

inline QRect rectInForm(const QWidget *widget, const QWidget *form)
{
    return QRect(widget->mapTo(form, QPoint(0, 0)), widget->size());
}

// The widgets Tab should reach, worked out from the screen rather than from
// the form's code: every visible, enabled widget in the form's scroll area
// that takes Tab, top to bottom and, within a row, left to right; then Save
// (when enabled) and Cancel.
inline QList<QWidget *> expectedTabStops(const RecordForm *form)
{
    auto *scroll = form->findChild<QScrollArea *>(QStringLiteral("formScrollArea"));
    QList<QWidget *> fields;
    for (QWidget *widget : scroll->widget()->findChildren<QWidget *>()) {
        if (widget->isVisibleTo(form) && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy())
            fields.append(widget);
    }
    std::stable_sort(fields.begin(), fields.end(), [form](const QWidget *a, const QWidget *b) {
        return rectInForm(a, form).top() < rectInForm(b, form).top();
    });
    // A row: the widgets that start before the first one of it ends (a list
    // and the buttons beside it, a field and its Generate button).
    QList<QWidget *> ordered;
    for (qsizetype start = 0; start < fields.size();) {
        const int rowBottom = rectInForm(fields[start], form).bottom();
        qsizetype end = start + 1;
        while (end < fields.size() && rectInForm(fields[end], form).top() < rowBottom)
            ++end;
        QList<QWidget *> row = fields.mid(start, end - start);
        std::stable_sort(row.begin(), row.end(), [form](const QWidget *a, const QWidget *b) {
            return rectInForm(a, form).x() < rectInForm(b, form).x();
        });
        ordered += row;
        start = end;
    }
    auto *save = form->findChild<QPushButton *>(QStringLiteral("saveButton"));
    if (save->isEnabled())
        ordered << save;
    ordered << form->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    return ordered;
}

inline QString describe(const QList<QWidget *> &widgets)
{
    QStringList names;
    for (const QWidget *widget : widgets)
        names << (widget
                ? widget->objectName() + u'/' + QLatin1String(widget->metaObject()->className())
                : QStringLiteral("(none)"));
    return names.join(QStringLiteral(", "));
}

// Makes the form the active window, as a user's click would.
inline bool activate(RecordForm *form)
{
    form->activateWindow();
    QApplication::setActiveWindow(form);
    return QTest::qWaitForWindowActive(form);
}

// Presses Tab from the focused widget until Cancel has the focus (or a
// bound is reached), returning every widget that had the focus, the first
// included. Each must be inside the scroll area's visible part when it has
// the focus; the first that is not goes to notShown.
inline QList<QWidget *> tabThrough(RecordForm *form, QWidget **notShown)
{
    auto *scroll = form->findChild<QScrollArea *>(QStringLiteral("formScrollArea"));
    auto *cancel = form->findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QList<QWidget *> reached;
    *notShown = nullptr;
    for (int step = 0; step < 80; ++step) {
        QWidget *focused = QApplication::focusWidget();
        reached.append(focused);
        if (!focused || focused == cancel)
            break;
        if (scroll->widget()->isAncestorOf(focused) && !*notShown) {
            const QRect inViewport(
                focused->mapTo(scroll->viewport(), QPoint(0, 0)), focused->size());
            if (!scroll->viewport()->rect().intersects(inViewport))
                *notShown = focused;
        }
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    return reached;
}

// Waits (bounded) until every wrapped label has the height its text needs:
// a layout gives it in a pass after the one that set its width.
inline bool waitForWrappedText(QWidget *form)
{
    auto settled = [form] {
        const QList<QLabel *> labels = form->findChildren<QLabel *>();
        return std::all_of(labels.begin(), labels.end(), [](const QLabel *label) {
            return !label->isVisible() || !label->wordWrap()
                || label->height() >= label->heightForWidth(label->width());
        });
    };
    return QTest::qWaitFor(settled, 5000);
}

} // namespace FormKeyboard
