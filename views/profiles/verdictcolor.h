#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

#include "views/widgets/statuscolors.h"

// The colours of a verdict: a problem under a field, the result of a
// connection test. Always beside words (and a mark), never on their own.
namespace VerdictColor {

// Readable on the palette's window colour, light or dark (StatusColors).
inline QColor error(const QPalette &palette)
{
    return StatusColors::text(StatusColors::Status::Error, palette);
}

inline QColor success(const QPalette &palette)
{
    return StatusColors::text(StatusColors::Status::Success, palette);
}

inline void apply(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace VerdictColor
