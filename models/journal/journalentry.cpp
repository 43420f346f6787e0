#include "models/journal/journalentry.h"

#include <QJsonArray>

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array kActions {
    std::pair { JournalEntry::Action::Create, "create" },
    std::pair { JournalEntry::Action::Update, "update" },
    std::pair { JournalEntry::Action::Delete, "delete" },
    std::pair { JournalEntry::Action::Map, "map" },
    std::pair { JournalEntry::Action::Unmap, "unmap" },
};
constexpr std::array kOutcomes {
    std::pair { JournalEntry::Outcome::Done, "done" },
    std::pair { JournalEntry::Outcome::Refused, "refused" },
    std::pair { JournalEntry::Outcome::Unknown, "unknown" },
};

template<typename Enum, std::size_t N>
std::optional<Enum> enumOf(
    const std::array<std::pair<Enum, const char *>, N> &table, const QString &key)
{
    for (const auto &[value, name] : table) {
        if (key == QLatin1StringView(name))
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, name] : table) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

QJsonObject changeToJson(const FieldChange &change)
{
    QJsonObject json { { u"field"_s, change.field } };
    if (change.secret) {
        json.insert(u"secret"_s, true);
    } else {
        json.insert(u"before"_s, change.before);
        json.insert(u"after"_s, change.after);
    }
    return json;
}

} // namespace

FieldChange FieldChange::of(const QString &field, const QJsonValue &before, const QJsonValue &after)
{
    if (isSecretField(field))
        return secretChanged(field);
    return { field, before, after, false };
}

FieldChange FieldChange::secretChanged(const QString &field)
{
    return { field, QJsonValue(), QJsonValue(), true };
}

bool FieldChange::isSecretField(const QString &field)
{
    const QString normalized = field.toLower().remove(u'_');
    for (const QLatin1StringView word : { "password"_L1, "token"_L1, "secret"_L1, "apikey"_L1 }) {
        if (normalized.contains(word))
            return true;
    }
    return false;
}

QString JournalEntry::actionKey(Action action)
{
    return keyOf(kActions, action);
}

QString JournalEntry::outcomeKey(Outcome outcome)
{
    return keyOf(kOutcomes, outcome);
}

QJsonObject JournalEntry::toJson() const
{
    QJsonArray changesJson;
    for (const FieldChange &change : changes)
        changesJson.append(changeToJson(change));
    return {
        { u"time"_s, time.toUTC().toString(Qt::ISODateWithMs) },
        { u"profile"_s, profile },
        { u"service"_s, service },
        { u"account"_s, account },
        { u"kind"_s, kind },
        { u"action"_s, actionKey(action) },
        { u"id"_s, recordId },
        { u"name"_s, recordName },
        { u"changes"_s, changesJson },
        { u"outcome"_s, outcomeKey(outcome) },
        { u"message"_s, message },
    };
}

std::optional<JournalEntry> JournalEntry::fromJson(const QJsonObject &json)
{
    JournalEntry entry;
    entry.time = QDateTime::fromString(json.value(u"time"_s).toString(), Qt::ISODateWithMs);
    const auto action = enumOf(kActions, json.value(u"action"_s).toString());
    const auto outcome = enumOf(kOutcomes, json.value(u"outcome"_s).toString());
    if (!entry.time.isValid() || !action || !outcome || !json.value(u"changes"_s).isArray())
        return std::nullopt;
    entry.time = entry.time.toUTC();
    entry.action = *action;
    entry.outcome = *outcome;
    entry.profile = json.value(u"profile"_s).toString();
    entry.service = json.value(u"service"_s).toString();
    entry.account = json.value(u"account"_s).toString();
    entry.kind = json.value(u"kind"_s).toString();
    entry.recordId = json.value(u"id"_s).toString();
    entry.recordName = json.value(u"name"_s).toString();
    entry.message = json.value(u"message"_s).toString();
    for (const QJsonValue &value : json.value(u"changes"_s).toArray()) {
        const QJsonObject change = value.toObject();
        const QString field = change.value(u"field"_s).toString();
        if (field.isEmpty())
            return std::nullopt;
        // A file edited by hand cannot smuggle a secret's value back in either.
        entry.changes.append(change.value(u"secret"_s).toBool()
                ? FieldChange::secretChanged(field)
                : FieldChange::of(field, change.value(u"before"_s), change.value(u"after"_s)));
    }
    return entry;
}
