#pragma once

#include <QString>

namespace ToolTip {

// A tooltip that shows text from a service or a user as it is. Qt renders a
// tooltip as rich text when its first line holds something like a tag (or
// "&lt;"), so such text goes in escaped, in a paragraph that keeps its line
// breaks; anything else stays as it is.
inline QString plain(const QString &text)
{
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">") + text.toHtmlEscaped()
        + QStringLiteral("</p>");
}

} // namespace ToolTip
