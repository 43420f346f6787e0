#include "views/actionicons.h"

using namespace Qt::StringLiterals;

namespace ActionIcons {

QString themeName(Icon icon)
{
    switch (icon) {
    case Icon::New:
        return u"document-new"_s;
    case Icon::Edit:
        return u"document-edit"_s;
    case Icon::Delete:
        return u"edit-delete"_s;
    case Icon::Refresh:
        return u"view-refresh"_s;
    case Icon::Stop:
        return u"process-stop"_s;
    case Icon::LoadEverything:
        return u"go-bottom"_s;
    case Icon::Export:
        return u"document-export"_s;
    case Icon::Copy:
        return u"edit-copy"_s;
    case Icon::Find:
        return u"edit-find"_s;
    case Icon::Profiles:
        return u"system-users"_s;
    }
    return {};
}

QIcon icon(Icon icon)
{
    const QString name = themeName(icon);
    // The bundled set uses the same names: resources/icons/actions/<name>.svg.
    return QIcon::fromTheme(name, QIcon(u":/icons/actions/"_s + name + u".svg"_s));
}

} // namespace ActionIcons
