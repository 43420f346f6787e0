#include "views/detailhtml.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace DetailHtml {

namespace {

// One label/value row per field; one column of labels runs down all the
// groups of a table.
QString rowsHtml(const QList<DetailField> &fields, int &copyIndex)
{
    QString html;
    for (const DetailField &field : fields) {
        QString value = field.value.toHtmlEscaped();
        value.replace(u'\n', u"<br>"_s);
        // An id broken over two lines (a UUID breaks at its hyphens) is
        // copied with a space in it: its cell does not wrap.
        QString cell = u"<td>"_s;
        if (field.identifier) {
            cell = u"<td style=\"white-space:nowrap\">"_s;
            value =
                u"<span style=\"font-family:monospace\">%1</span> <a href=\"%2%3\">%4</a>"_s.arg(
                    value, QLatin1String(kCopyPrefix), QString::number(copyIndex++),
                    QCoreApplication::translate("DetailHtml", "Copy").toHtmlEscaped());
        }
        html += u"<tr><td style=\"color:palette(dark)\" valign=\"top\">%1</td>"
                "%2%3</td></tr>"_s.arg(field.label.toHtmlEscaped(), cell, value);
    }
    return html;
}

QString headingRow(const QString &headingHtml)
{
    return u"<tr><td colspan=\"2\" style=\"padding-top:10px; font-weight:bold\">%1</td></tr>"_s.arg(
        headingHtml);
}

constexpr auto kTable = "<table cellspacing=\"0\" cellpadding=\"3\">";

} // namespace

QString fieldLabel(const QString &key)
{
    return RecordDetails::fieldLabel(key);
}

QString valueText(const QJsonValue &value)
{
    return RecordDetails::valueText(value);
}

QStringList identifiers(const QList<DetailGroup> &groups)
{
    // In render()'s order: the bookkeeping groups last.
    QStringList values;
    for (const bool bookkeeping : { false, true })
        for (const DetailGroup &group : groups)
            if (group.bookkeeping == bookkeeping)
                for (const DetailField &field : group.fields)
                    if (field.identifier)
                        values.append(field.value);
    return values;
}

QString render(const QString &title, const QString &warning, const QList<DetailGroup> &groups,
    bool bookkeepingShown, const QString &extraHtml)
{
    QString html = u"<h3>%1</h3>"_s.arg(title.toHtmlEscaped());
    for (const QString &line : warning.split(u'\n', Qt::SkipEmptyParts))
        html += u"<p class=\"warning\">⚠ %1</p>"_s.arg(line.toHtmlEscaped());
    int copyIndex = 0;
    html += QLatin1String(kTable);
    for (const DetailGroup &group : groups) {
        if (group.bookkeeping || group.fields.isEmpty())
            continue;
        html += headingRow(group.title.toHtmlEscaped());
        html += rowsHtml(group.fields, copyIndex);
    }
    html += u"</table>"_s + extraHtml + QLatin1String(kTable);
    for (const DetailGroup &group : groups) {
        if (!group.bookkeeping || group.fields.isEmpty())
            continue;
        // A link, so that the keyboard reaches it (Tab, then Enter) as well as the mouse.
        html += headingRow(u"<a href=\"%1\">%2 %3</a>"_s.arg(QLatin1String(kToggleBookkeeping),
            bookkeepingShown ? u"▾"_s : u"▸"_s, group.title.toHtmlEscaped()));
        if (bookkeepingShown)
            html += rowsHtml(group.fields, copyIndex);
    }
    html += u"</table>"_s;
    return html;
}

QString render(const QString &title, const QString &warning, const QJsonObject &record)
{
    return render(title, warning, RecordDetails::fromJson(record), /*bookkeepingShown*/ true);
}

} // namespace DetailHtml
