#pragma once

#include "models/api/apilistjob.h"
#include "models/kinds/recordkind.h"

#include <QVariant>

// The record-level half of a RecordKind for one record type, from the
// kind's static functions (which its table model uses as well):
//   static QString id(const Record &), name(…), title(…), identity(…),
//   searchText(…), details(…); static QList<Record> decode(const QJsonArray &);
//   static constexpr bool newestFirst.
// and, through the account's client of type Client,
//   static ApiListJob *listWith(Client &, int pageSize, const QString &parentId,
//       ApiListJob::ItemDecoder) — one page per fetchNext() —
//   and static ApiRequest *removeWith(Client &, const QString &id,
//       const QString &parentId).
template<class Kind, class Record, class Client>
class TypedRecordKind : public RecordKind
{
public:
    using RecordType = Record;
    using ClientType = Client;

    QString idOf(const QVariant &record) const final { return Kind::id(record.value<Record>()); }
    QString nameOf(const QVariant &record) const final
    {
        return Kind::name(record.value<Record>());
    }
    QString titleOf(const QVariant &record) const final
    {
        return Kind::title(record.value<Record>());
    }
    QString identityOf(const QVariant &record) const final
    {
        return Kind::identity(record.value<Record>());
    }
    QJsonObject jsonOf(const QVariant &record) const final
    {
        return record.value<Record>().toJson();
    }
    QVariant recordFromJson(const QJsonObject &json) const final
    {
        return QVariant::fromValue(Record::fromJson(json));
    }
    QString searchTextOf(const QVariant &record) const final
    {
        return Kind::searchText(record.value<Record>());
    }
    QVariantList decodePage(const QJsonArray &items) const final
    {
        QVariantList records;
        const QList<Record> decoded = Kind::decode(items);
        records.reserve(decoded.size());
        for (const Record &record : decoded)
            records.append(QVariant::fromValue(record));
        return records;
    }
    QList<DetailGroup> detailsOf(const QVariant &record) const final
    {
        return Kind::details(record.value<Record>());
    }
    ApiListJob *list(ServiceClient *client, int pageSize, const QString &parentId) const final
    {
        auto *typed = qobject_cast<Client *>(client);
        return typed ? Kind::listWith(*typed, pageSize, parentId, {}) : nullptr;
    }
    ApiRequest *remove(
        ServiceClient *client, const QString &id, const QString &parentId) const final
    {
        auto *typed = qobject_cast<Client *>(client);
        return typed ? Kind::removeWith(*typed, id, parentId) : nullptr;
    }
};
