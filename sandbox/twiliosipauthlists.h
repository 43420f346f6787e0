#pragma once

#include "sandbox/demodata.h"
#include "sandbox/sandboxroutes.h"
#include "sandbox/twilioapi.h"
#include "sandbox/twiliopaging.h"
#include "sandbox/twiliosipauthstore.h"

#include <QDateTime>
#include <QHash>
#include <QLatin1StringView>
#include <QString>

#include <algorithm>

// What credential lists and IP access control lists share: a named list of
// an account (SipAuthList) with one kind of member under subresource_uris.
// Both services answer their list-level routes with these.
namespace TwilioSipAuthLists {

struct Shape
{
    QLatin1StringView segment; // "CredentialLists"
    QLatin1StringView listKey; // "credential_lists"
    QLatin1StringView memberKey; // "credentials", in subresource_uris
    QLatin1StringView memberSegment; // "Credentials"
    QString (*nameProblem)(const QString &); // FriendlyName's rule
    int maxLists; // per account
    QLatin1StringView prefix; // "CL"
    QLatin1StringView noun; // "credential lists", for the limit's message
};

// "/2010-04-01/Accounts/{AC}/SIP/{segment}".
QString collectionPath(const Shape &shape, const QString &accountSid);
// The member collection of one list: ".../{segment}/{sid}/{memberSegment}".
QString memberPath(const Shape &shape, const QString &accountSid, const QString &listSid);
// The list's FriendlyName from the form: required and checked by the shape's
// rule. On a problem, *refusal holds the 400.
QString friendlyName(const Shape &shape, const QHash<QString, QString> &form,
    std::optional<SandboxResponse> *refusal);
// Seconds resolution, as Twilio's dates have; never before the last update.
QDateTime nextUpdate(const QDateTime &lastUpdated);
// 400 kInvalidParameter "Limit reached: {rule}", e.g. "an account may have
// at most 100 credential lists".
SandboxResponse limitReached(const QString &rule);

template<typename Entry>
SandboxResponse list(const Shape &shape, const SequencedRecords<Entry> &lists,
    const QString &accountSid, const SandboxCall &call)
{
    return TwilioPaging::listPage(call.request, collectionPath(shape, accountSid), shape.listKey,
        lists.rows, [](const Entry &entry) { return entry.list.toJson(); });
}

template<typename Entry>
SandboxResponse create(const Shape &shape, SequencedRecords<Entry> &lists,
    const QString &accountSid, const SandboxCall &call)
{
    std::optional<SandboxResponse> refusal;
    const QString name = friendlyName(shape, TwilioApi::parseForm(call.request), &refusal);
    if (refusal)
        return *refusal;
    if (lists.size() >= shape.maxLists)
        return limitReached(QStringLiteral("an account may have at most %1 %2")
                                .arg(shape.maxLists)
                                .arg(shape.noun));
    Entry entry;
    auto &list = entry.list;
    list.sid = DemoData::randomSid(QString(shape.prefix));
    list.accountSid = accountSid;
    list.friendlyName = name;
    list.dateCreated = list.dateUpdated = QDateTime::currentDateTimeUtc();
    list.uri = collectionPath(shape, accountSid) + u'/' + list.sid + QLatin1StringView(".json");
    list.subresourceUris.insert(QString(shape.memberKey),
        memberPath(shape, accountSid, list.sid) + QLatin1StringView(".json"));
    const QString sid = list.sid;
    return SandboxResponse::json(201, lists.insert(sid, std::move(entry)).list.toJson());
}

template<typename Entry>
SandboxResponse fetch(const SequencedRecords<Entry> &lists, const SandboxCall &call)
{
    const Entry *entry = lists.find(call.id());
    return entry ? SandboxResponse::json(200, entry->list.toJson())
                 : TwilioApi::notFound(call.request);
}

template<typename Entry>
SandboxResponse update(const Shape &shape, SequencedRecords<Entry> &lists, const SandboxCall &call)
{
    Entry *entry = lists.find(call.id());
    if (!entry)
        return TwilioApi::notFound(call.request);
    std::optional<SandboxResponse> refusal;
    const QString name = friendlyName(shape, TwilioApi::parseForm(call.request), &refusal);
    if (refusal)
        return *refusal;
    entry->list.friendlyName = name;
    entry->list.dateUpdated = nextUpdate(entry->list.dateUpdated);
    return SandboxResponse::json(200, entry->list.toJson());
}

// Deletes the list, its members and its mappings on every domain.
template<typename Entry>
SandboxResponse remove(
    TwilioSipAuthStore::Account &account, SequencedRecords<Entry> &lists, const SandboxCall &call)
{
    if (!lists.contains(call.id()))
        return TwilioApi::notFound(call.request);
    account.dropList(call.id());
    return SandboxResponse::empty(204);
}

} // namespace TwilioSipAuthLists
