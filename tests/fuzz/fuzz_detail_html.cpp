// DetailHtml::render: every field of a record from the service as HTML. The
// first line of the input is the title, the rest a JSON record; no markup
// from either may survive.

#include "tests/fuzz/fuzzcommon.h"

#include "views/detailhtml.h"

#include <QJsonDocument>
#include <QRegularExpression>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QString title = QString::fromUtf8(newline < 0 ? QByteArray() : input.left(newline));
    const QJsonObject record =
        QJsonDocument::fromJson(newline < 0 ? input : input.mid(newline + 1)).object();
    const QString html = DetailHtml::render(title, title, record);
    // Our own markup has only these tags; anything else came from the input.
    QString stripped = html;
    for (const char *tag : { "<h3>", "</h3>", "<h4>", "</h4>", "<p class=\"warning\">", "</p>",
             "<table cellspacing=\"0\" cellpadding=\"3\">", "</table>", "<tr>", "</tr>",
             "<td style=\"color:palette(dark)\" valign=\"top\">",
             "<td colspan=\"2\" style=\"padding-top:10px; font-weight:bold\">", "<td>",
             "<td style=\"white-space:nowrap\">", "</td>", "<br>",
             "<span style=\"font-family:monospace\">", "</span>", "<a href=\"toggle:bookkeeping\">",
             "</a>" })
        stripped.remove(QLatin1String(tag));
    // The copy links are numbered, never named after a value.
    static const QRegularExpression copyLink(QStringLiteral("<a href=\"copy:[0-9]+\">"));
    stripped.remove(copyLink);
    FUZZ_CHECK(!stripped.contains(QLatin1Char('<')), html.left(400));
    return 0;
}
