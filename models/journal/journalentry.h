#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One field of a write: its value before and after. A secret (a password, a token) is recorded
// only as having changed: its values are never kept, whatever a caller passes.
struct FieldChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;
    bool secret = false;

    static FieldChange of(const QString &field, const QJsonValue &before, const QJsonValue &after);
    static FieldChange secretChanged(const QString &field);
    // Passwords, tokens, secrets and keys by their API field names (Password, auth_token, …).
    static bool isSecretField(const QString &field);

    friend bool operator==(const FieldChange &, const FieldChange &) = default;
};

// One write SipDesk sent (create, update, delete, a mapping added or removed) and how it ended.
struct JournalEntry
{
    enum class Action { Create, Update, Delete, Map, Unmap };
    // Unknown: the request was sent but no answer says whether it took effect (a timeout, a
    // dropped connection).
    enum class Outcome { Done, Refused, Unknown };

    QDateTime time; // UTC
    QString profile; // the profile's name, or the sandbox account's
    QString service; // "twilio" or "signalwire"
    QString account; // account SID or project id
    QString kind; // the record kind's key, e.g. "sip-domains"
    Action action = Action::Update;
    QString recordId;
    QString recordName;
    QList<FieldChange> changes;
    Outcome outcome = Outcome::Unknown;
    QString message; // the service's refusal, or why the outcome is unknown

    QJsonObject toJson() const;
    // Nothing when the object is not an entry (a damaged line of the journal file).
    static std::optional<JournalEntry> fromJson(const QJsonObject &json);

    static QString actionKey(Action action);
    static QString outcomeKey(Outcome outcome);

    friend bool operator==(const JournalEntry &, const JournalEntry &) = default;
};

Q_DECLARE_METATYPE(FieldChange)
Q_DECLARE_METATYPE(JournalEntry)
