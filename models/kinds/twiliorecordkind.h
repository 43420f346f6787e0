#pragma once

#include "models/api/twilioclient.h"
#include "models/kinds/typedrecordkind.h"
#include "models/lists/kindtablemodel.h"
#include "models/records/stringpool.h"

#include <QJsonArray>

// What the kinds of a Twilio account's SIP authentication records share:
// SIDs as ids, one TwilioCollection per kind (of a parent, for a member
// kind: Kind::collection(parentId)), the list in Twilio's creation order,
// and a table of the columns Kind::columns() describes.
template<class Kind, class Record>
class TwilioRecordKind : public TypedRecordKind<Kind, Record, TwilioClient>
{
public:
    static QString id(const Record &record) { return record.sid; }
    static constexpr bool newestFirst = false;

    static QList<Record> decode(const QJsonArray &items)
    {
        QList<Record> records;
        records.reserve(items.size());
        StringPool pool;
        for (const QJsonValue &item : items) {
            if (!item.isObject())
                continue;
            Record record = Record::fromJson(item.toObject());
            pool.intern(record.accountSid);
            records.append(std::move(record));
        }
        return records;
    }

    static ApiListJob *listWith(
        TwilioClient &client, int pageSize, const QString &parentId, ApiListJob::Decoders decode)
    {
        return client.list(
            Kind::collection(parentId), pageSize, /*followAll*/ false, std::move(decode));
    }
    static ApiRequest *removeWith(TwilioClient &client, const QString &sid, const QString &parentId)
    {
        return client.remove(Kind::collection(parentId), sid);
    }

    Account::Service service() const override { return Account::Service::Twilio; }
    QList<RecordKind::QuickFilter> quickFilters() const override { return {}; }
    PagedTableModel *createModel(QObject *parent) const override
    {
        return new KindTableModel<Record, Kind>(parent);
    }
};
