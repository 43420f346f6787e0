#pragma once

#include "models/accounts/account.h"
#include "models/kinds/recorddetails.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

class ApiListJob;
class ApiRequest;
class PagedTableModel;
class QObject;
class ServiceClient;

// Everything a headless program knows about one kind of record (a SIP
// domain, a SIP endpoint): which service holds it, the words for one and
// many, how one record is named and identified, its table model (columns,
// roles, decoding, search text) and how to delete one through the open
// account's client. Pages, the delete flow and CSV export work from this
// description alone; views/ adds only what needs Widgets (the form).
//
// A record travels as the QVariant of its table model's RecordRole.
class RecordKind
{
public:
    struct QuickFilter
    {
        QString label;
        int role = 0; // a role of the kind's table model
        QVariant value;
    };
    struct CopyColumn
    {
        QString label;
        int column = 0;
    };

    virtual ~RecordKind() = default;

    // Stable, for settings and object names: "sipDomains".
    virtual QString key() const = 0;
    // The service whose accounts hold records of this kind.
    virtual Account::Service service() const = 0;

    // "SIP Domains": the page's title.
    virtual QString pageTitle() const = 0;
    // "SIP domain"
    virtual QString singular() const = 0;
    // "3 SIP domains"
    virtual QString countText(int count) const = 0;
    // The account has none.
    virtual QString emptyText() const = 0;
    virtual QString searchPlaceholder() const = 0;
    virtual QList<QuickFilter> quickFilters() const = 0;
    // What else deleting records of this kind changes at the service (a
    // deleted credential list is unmapped from every domain), for the
    // confirmation; "" when nothing.
    virtual QString deleteConsequence() const { return {}; }
    // The kinds (by key) whose records that change is visible in: their pages
    // reload after a deletion.
    virtual QStringList kindsChangedByDeleting() const { return {}; }
    // Columns worth a copy action, most used first.
    virtual QList<CopyColumn> copyColumns() const = 0;
    // Hidden until the user shows them.
    virtual QList<int> hiddenColumns() const { return {}; }
    // The kind whose records hold these as members (credential lists hold
    // credentials): such records are listed, created and deleted within one
    // parent record, named by its id. nullptr for a kind listed at the
    // account's top level.
    virtual const RecordKind *parentKind() const { return nullptr; }

    virtual QString idOf(const QVariant &record) const = 0;
    // What the user knows the record by: its domain name, its username.
    virtual QString nameOf(const QVariant &record) const = 0;
    // The heading of the record's details: its friendly name, or its name.
    virtual QString titleOf(const QVariant &record) const = 0;
    // What tells one record from every other in a list of several
    // ("dispatch.sip.twilio.com (SD…)"): friendly names may repeat.
    virtual QString identityOf(const QVariant &record) const = 0;
    // The parent record's id of a member kind's record; "" otherwise.
    virtual QString parentIdOf(const QVariant &record) const
    {
        Q_UNUSED(record);
        return {};
    }
    // Every field, as the service names them.
    virtual QJsonObject jsonOf(const QVariant &record) const = 0;
    // The record a service's JSON describes (an answer to a write).
    virtual QVariant recordFromJson(const QJsonObject &json) const = 0;
    // The lower-case text the list's search looks through (the kind's table
    // searches the same), so that a search elsewhere matches what it matches.
    virtual QString searchTextOf(const QVariant &record) const = 0;
    // The records of one page as the service sent it, each as a RecordRole value.
    virtual QVariantList decodePage(const QJsonArray &items) const = 0;
    // The record as a person reads it: grouped as its form groups the
    // fields, identity first, bookkeeping last; values worded as the table
    // words them. What the detail pane shows and Copy details copies.
    virtual QList<DetailGroup> detailsOf(const QVariant &record) const = 0;

    // An empty table of this kind; it lists through a client set with
    // PagedTableModel::setServiceClient().
    virtual PagedTableModel *createModel(QObject *parent) const = 0;
    // Lists the records a page at a time (the next page on fetchNext()), as
    // the service sends them; those of parentId for a member kind. nullptr
    // when client is not this kind's service's.
    virtual ApiListJob *list(
        ServiceClient *client, int pageSize, const QString &parentId = {}) const = 0;
    // Deletes one record (of parentId for a member kind); nullptr when client
    // is not this kind's service's.
    virtual ApiRequest *remove(
        ServiceClient *client, const QString &id, const QString &parentId = {}) const = 0;
};
