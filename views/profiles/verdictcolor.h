#pragma once

#include <QColor>
#include <QLabel>
#include <QPalette>

// The colours of a verdict: a problem under a field, the result of a
// connection test. Always beside words (and a mark), never on their own.
namespace VerdictColor {

inline QColor error()
{
    return QColor(0xc6, 0x28, 0x28);
}

inline QColor success()
{
    return QColor(0x2e, 0x7d, 0x32);
}

inline void apply(QLabel *label, const QColor &color)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    label->setPalette(palette);
}

} // namespace VerdictColor
