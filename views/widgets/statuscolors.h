#pragma once

#include <QColor>
#include <QPalette>

// Colours for warning and error text that stay readable in any palette: the palette has no
// such roles, and one fixed orange or red is too faint on white or on a dark theme. Each is
// picked for the background it is drawn on, with a contrast of at least 4.5:1 (WCAG 2.1 AA for
// body text), falling back to the palette's own text colour when no tint reaches it.
namespace StatusColors {

enum class Status { Warning, Error, Success };

QColor text(
    Status status, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);
// "#rrggbb" of text(), for rich text and style sheets.
QString textName(
    Status status, const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

// WCAG 2.1 contrast ratio, 1 (none) to 21 (black on white).
double contrastRatio(const QColor &first, const QColor &second);

} // namespace StatusColors
