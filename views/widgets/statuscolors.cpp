#include "views/widgets/statuscolors.h"

#include <QList>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace {

constexpr double kReadable = 4.5;

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF())
        + 0.0722 * channel(rgb.blueF());
}

// Darkest first for light backgrounds, lightest first for dark ones (Material Design tones of
// orange, red and green: the hues KDE's Breeze uses for neutral, negative and positive text).
QList<QColor> candidates(StatusColors::Status status, bool darkBackground)
{
    if (status == StatusColors::Status::Success) {
        return darkBackground ? QList { QColor(0x81, 0xc7, 0x84), QColor(0xc8, 0xe6, 0xc9) }
                              : QList { QColor(0x2e, 0x7d, 0x32), QColor(0x1b, 0x5e, 0x20) };
    }
    if (status == StatusColors::Status::Warning) {
        return darkBackground ? QList { QColor(0xff, 0xb7, 0x4d), QColor(0xff, 0xe0, 0xb2) }
                              : QList { QColor(0xa6, 0x4b, 0x00), QColor(0x7a, 0x37, 0x00) };
    }
    return darkBackground ? QList { QColor(0xef, 0x9a, 0x9a), QColor(0xff, 0xcd, 0xd2) }
                          : QList { QColor(0xc6, 0x28, 0x28), QColor(0x8e, 0x1b, 0x1b) };
}

} // namespace

namespace StatusColors {

double contrastRatio(const QColor &first, const QColor &second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

QColor text(Status status, const QPalette &palette, QPalette::ColorRole background)
{
    const QColor backgroundColor = palette.color(background);
    // Mid-grey backgrounds count as light: dark text has more room on them.
    const bool dark = luminance(backgroundColor) < 0.18;
    for (const QColor &candidate : candidates(status, dark)) {
        if (contrastRatio(candidate, backgroundColor) >= kReadable)
            return candidate;
    }
    return palette.color(background == QPalette::Base ? QPalette::Text : QPalette::WindowText);
}

void colorText(QWidget *widget, Status status)
{
    setTextColor(widget, text(status, widget->palette()));
}

void setTextColor(QWidget *widget, const QColor &color)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, color);
    widget->setPalette(palette);
}

QString textName(Status status, const QPalette &palette, QPalette::ColorRole background)
{
    return text(status, palette, background).name(QColor::HexRgb);
}

} // namespace StatusColors
