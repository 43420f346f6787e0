#include "views/detailhtml.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace DetailHtml {

QString fieldLabel(const QString &key)
{
    // The words both APIs abbreviate, written as support staff say them.
    static const QHash<QString, QString> words {
        { u"sid"_s, u"SID"_s },
        { u"id"_s, u"ID"_s },
        { u"api"_s, u"API"_s },
        { u"url"_s, u"URL"_s },
        { u"uri"_s, u"URI"_s },
        { u"uris"_s, u"URIs"_s },
        { u"sip"_s, u"SIP"_s },
        { u"byoc"_s, u"BYOC"_s },
        { u"laml"_s, u"LaML"_s },
        { u"ip"_s, u"IP"_s },
        { u"acl"_s, u"ACL"_s },
    };
    QStringList parts = key.split(u'_', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = words.value(part, part);
    QString label = parts.join(u' ');
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
    for (const QString &line : warning.split(u'\n', Qt::SkipEmptyParts))
        html += u"<p style=\"color:#a64b00\">⚠ %1</p>"_s.arg(line.toHtmlEscaped());
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
