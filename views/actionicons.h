#pragma once

#include <QIcon>
#include <QString>

// The icons of SipDesk's actions: the desktop theme's, by their freedesktop names, so that they
// look like the user's other applications; a bundled one where the theme has none (a bare
// system, another desktop), so that the toolbar never shows empty buttons.
namespace ActionIcons {

enum class Icon { New, Edit, Delete, Refresh, Stop, LoadEverything, Export, Copy, Find, Profiles };

// The freedesktop Icon Naming Specification's name (KDE's where the specification has none:
// document-edit, document-export).
QString themeName(Icon icon);
QIcon icon(Icon icon);

} // namespace ActionIcons
