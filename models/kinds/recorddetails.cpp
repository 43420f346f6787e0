#include "models/kinds/recorddetails.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace RecordDetails {

namespace {

// What identifies a record, in the order a person looks for it.
const QStringList &identityKeys()
{
    static const QStringList keys { u"friendly_name"_s, u"domain_name"_s, u"username"_s,
        u"ip_address"_s, u"sid"_s, u"id"_s };
    return keys;
}

// The fields that say where a record lives at the service, not what it does.
const QStringList &bookkeepingKeys()
{
    static const QStringList keys { u"account_sid"_s, u"api_version"_s, u"uri"_s, u"url"_s,
        u"subresource_uris"_s, u"links"_s, u"type"_s };
    return keys;
}

bool isIdentifierKey(const QString &key)
{
    return key == u"sid"_s || key == u"id"_s || key.endsWith(u"_sid"_s) || key.endsWith(u"_id"_s);
}

DetailField fieldOf(const QJsonObject &json, const QString &key)
{
    return { fieldLabel(key), valueText(json.value(key)), isIdentifierKey(key) };
}

} // namespace

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
        { u"cidr"_s, u"CIDR"_s },
        { u"swml"_s, u"SWML"_s },
        { u"ai"_s, u"AI"_s },
    };
    QStringList parts = key.split(u'_', Qt::SkipEmptyParts);
    for (QString &part : parts)
        part = words.value(part.toLower(), part);
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
        return flagText(value.toBool());
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::String:
        return text(value.toString());
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
        return lines.isEmpty() ? u"—"_s : lines.join(u'\n');
    }
    }
    return {};
}

QString flagText(bool on)
{
    return on ? QCoreApplication::translate("RecordDetails", "On")
              : QCoreApplication::translate("RecordDetails", "Off");
}

QString dateText(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return u"—"_s;
    const QDateTime local = dateTime.toLocalTime();
    QString zone = local.timeZoneAbbreviation();
    // Some zones have no letters of their own ("+04"): the offset says more.
    if (zone.isEmpty() || !zone.front().isLetter())
        zone = local.toOffsetFromUtc(local.offsetFromUtc()).timeZoneAbbreviation(); // "UTC+04:00"
    return QCoreApplication::translate("RecordDetails", "%1 %2")
        .arg(QLocale().toString(local, QLocale::ShortFormat), zone);
}

QString text(const QString &value)
{
    return value.isEmpty() ? u"—"_s : value;
}

QList<DetailGroup> fromJson(const QJsonObject &json)
{
    DetailGroup identity { QCoreApplication::translate("RecordDetails", "General"), {}, false };
    for (const QString &key : identityKeys())
        if (json.contains(key))
            identity.fields.append(fieldOf(json, key));
    DetailGroup rest { QCoreApplication::translate("RecordDetails", "Settings"), {}, false };
    DetailGroup bookkeeping { QCoreApplication::translate("RecordDetails", "Bookkeeping"), {},
        true };
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (identityKeys().contains(it.key()))
            continue;
        DetailGroup &group = bookkeepingKeys().contains(it.key()) ? bookkeeping : rest;
        group.fields.append(fieldOf(json, it.key()));
    }
    QList<DetailGroup> groups;
    for (DetailGroup *group : { &identity, &rest, &bookkeeping })
        if (!group->fields.isEmpty())
            groups.append(*group);
    return groups;
}

DetailGroup twilioBookkeeping(const QJsonObject &json)
{
    DetailGroup group { QCoreApplication::translate("RecordDetails", "Bookkeeping"), {}, true };
    for (const QString &key : bookkeepingKeys())
        if (json.contains(key))
            group.fields.append(fieldOf(json, key));
    return group;
}

QString plainText(
    const QString &heading, const QList<DetailField> &context, const QList<DetailGroup> &groups)
{
    QStringList lines { heading };
    for (const DetailField &field : context)
        lines.append(
            QCoreApplication::translate("RecordDetails", "%1: %2").arg(field.label, field.value));
    // Bookkeeping last, whatever order the kind gave.
    for (const bool bookkeeping : { false, true }) {
        for (const DetailGroup &group : groups) {
            if (group.bookkeeping != bookkeeping || group.fields.isEmpty())
                continue;
            lines.append(QString());
            lines.append(group.title);
            for (const DetailField &field : group.fields) {
                // A value of several lines (subresource URIs) stays under its label.
                QString value = field.value;
                value.replace(u'\n', u"\n    "_s);
                lines.append(QCoreApplication::translate("RecordDetails", "  %1: %2")
                                 .arg(field.label, value));
            }
        }
    }
    return lines.join(u'\n');
}

} // namespace RecordDetails
