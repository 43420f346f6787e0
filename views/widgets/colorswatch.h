#pragma once

#include <QIcon>
#include <QString>

// A profile's colour tag as a small rounded square ("#rrggbb"). Without a
// valid colour: an outlined, crossed square where "none" is a choice (the
// profile editor and list), or nothing where it only keeps items aligned.
enum class NoColor { Crossed, Blank };
QIcon colorSwatch(const QString &color, int size = 16, NoColor noColor = NoColor::Crossed);
