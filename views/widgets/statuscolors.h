#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

// Colours for warning and error text that stay readable in any palette: the palette has no
// such roles, and one fixed orange or red is too faint on white or on a dark theme. Each is
// picked for the background it is drawn on, with a contrast of at least 4.5:1 (WCAG 2.1 AA for
// body text), falling back to the palette's own text colour when no tint reaches it.
namespace StatusColors {

enum class Status { Warning, Error, Success };

QColor text(
    Status status, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
// Colours a label's (or any widget's) text for status, read against its own window colour.
// Always beside words (and a mark), never on its own.
void colorText(QWidget *widget, Status status);
// Sets the text colour of widget; a colour from text(), or the palette's own to undo colorText().
void setTextColor(QWidget *widget, const QColor &color);

// "#rrggbb" of text(), for rich text and style sheets.
QString textName(
    Status status, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

// WCAG 2.1 contrast ratio, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &first, const QColor &second);

} // namespace StatusColors
