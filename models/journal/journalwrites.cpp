#include "models/journal/journalwrites.h"

#include "models/api/apierror.h"
#include "models/api/apirequest.h"
#include "models/api/twilioclient.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QJsonObject formFields(const QByteArray &body)
{
    QJsonObject fields;
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        // Form encoding writes a space as '+'; a literal '+' is percent-encoded.
        auto decoded = [](QByteArray part) {
            return QString::fromUtf8(QByteArray::fromPercentEncoding(part.replace('+', ' ')));
        };
        const QString name = decoded(equals < 0 ? pair : pair.left(equals));
        fields.insert(JournalWrites::snakeCase(name),
            equals < 0 ? QString() : decoded(pair.mid(equals + 1)));
    }
    return fields;
}

// A form value in the JSON type the record gives the field.
QJsonValue typedLike(const QJsonValue &sent, const QJsonValue &type)
{
    if (!sent.isString())
        return sent;
    const QString text = sent.toString();
    if (type.isBool() && (text == u"true" || text == u"false"))
        return text == u"true";
    bool isNumber = false;
    const double number = text.toDouble(&isNumber);
    if (type.isDouble() && isNumber)
        return number;
    return sent;
}

} // namespace

namespace JournalWrites {

QString snakeCase(const QString &formName)
{
    QString result;
    for (qsizetype i = 0; i < formName.size(); ++i) {
        const QChar c = formName.at(i);
        if (c.isUpper() && i > 0 && formName.at(i - 1).isLower())
            result += u'_';
        result += c.toLower();
    }
    return result;
}

QJsonObject sentFields(const ApiCall &call)
{
    QJsonObject fields = call.contentType.startsWith("application/json")
        ? QJsonDocument::fromJson(call.body).object()
        : formFields(call.body);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (FieldChange::isSecretField(it.key()))
            it.value() = QJsonValue();
    }
    return fields;
}

QList<FieldChange> changesOf(
    const QJsonObject &sent, const QJsonObject &before, const QJsonObject &typesOf, bool creating)
{
    QList<FieldChange> changes;
    for (auto it = sent.begin(); it != sent.end(); ++it) {
        const QJsonValue after = typedLike(it.value(), typesOf.value(it.key()));
        const QJsonValue was = creating ? QJsonValue(QJsonValue::Undefined)
                                        : before.value(it.key()).isUndefined()
                ? QJsonValue()
                : before.value(it.key());
        changes.append(FieldChange::of(it.key(), was, after));
    }
    return changes;
}

FieldChange mappingChange(
    TwilioCollections::Mapping mapping, const QString &listSid, const QString &listName, bool map)
{
    using Mapping = TwilioCollections::Mapping;
    // Named as the service's paths name the mapping sets.
    const QString field = mapping == Mapping::CallsCredentialLists ? u"calls_credential_list_mappings"_s
        : mapping == Mapping::CallsIpAccessControlLists
        ? u"calls_ip_access_control_list_mappings"_s
        : u"registrations_credential_list_mappings"_s;
    const QString list =
        listName.isEmpty() || listName == listSid ? listSid : u"%1 (%2)"_s.arg(listName, listSid);
    const QJsonValue none(QJsonValue::Undefined);
    return map ? FieldChange::of(field, none, list) : FieldChange::of(field, list, none);
}

JournalEntry::Outcome outcomeOf(const ApiError &error)
{
    if (!error)
        return JournalEntry::Outcome::Done;
    return error.outcomeUnknown() ? JournalEntry::Outcome::Unknown
                                  : JournalEntry::Outcome::Refused;
}

QString messageOf(const ApiError &error)
{
    if (!error)
        return {};
    if (error.serviceMessage().isEmpty())
        return error.userMessage();
    if (error.serviceCode().isEmpty())
        return error.serviceMessage();
    return QCoreApplication::translate("JournalWrites", "%1 (error %2)")
        .arg(error.serviceMessage(), error.serviceCode());
}

} // namespace JournalWrites
