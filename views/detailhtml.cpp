#include "detailhtml.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace DetailHtml {

QString fieldLabel(const QString &key)
{
    QString label = key;
    label.replace(u'_', u' ');
    if (!label.isEmpty())
        label[0] = label[0].toUpper();
    return label;
}

QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return u"—"_s;
    case QJsonValue::Bool:
        return value.toBool() ? QCoreApplication::translate("DetailHtml", "Yes")
                              : QCoreApplication::translate("DetailHtml", "No");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return value.toString().isEmpty() ? u"—"_s : value.toString();
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(valueText(item));
        return items.isEmpty() ? u"—"_s : items.join(u", "_s);
    }
    case QJsonValue::Object: {
        QStringList lines;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            lines.append(fieldLabel(it.key()) + u": "_s + valueText(it.value()));
        return lines.join(u'\n');
    }
    }
    return {};
}

QString render(const QString &title, const QString &warning, const QJsonObject &record)
{
    QString html = u"<h3>%1</h3>"_s.arg(title.toHtmlEscaped());
    if (!warning.isEmpty())
        html += u"<p style=\"color:#a64b00\">⚠ %1</p>"_s.arg(warning.toHtmlEscaped());
    html += u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (auto it = record.begin(); it != record.end(); ++it) {
        QString value = valueText(it.value()).toHtmlEscaped();
        value.replace(u'\n', u"<br>"_s);
        html +=
            u"<tr><td style=\"color:palette(mid)\" valign=\"top\">%1</td><td>%2</td></tr>"_s.arg(
                fieldLabel(it.key()).toHtmlEscaped(), value);
    }
    return html + u"</table>"_s;
}

} // namespace DetailHtml
