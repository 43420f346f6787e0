#pragma once

#include "models/api/apierror.h"
#include "models/api/apilistjob.h"

#include <QAbstractTableModel>
#include <QPointer>

#include <functional>

// A table of records loaded page by page from a service: the first page on
// refresh(), the next one whenever the view asks (canFetchMore/fetchMore,
// i.e. as the user scrolls), or all of them with loadAll(). Each page is
// inserted as it arrives. Subclasses own the typed records and columns.
class SearchTextStore;
class ServiceClient;

class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class State { Empty, Loading, Loaded, Failed, Cancelled };
    Q_ENUM(State)

    enum Role {
        SortRole = Qt::UserRole + 1, // comparable raw values
        RecordRole, // the whole record
        IdRole, // SID or id
        SearchTextRole, // lower-case text the search looks through
        WarningRole, // why this row needs attention, or nothing
        FirstCustomRole,
    };

    explicit PagedTableModel(QObject *parent = nullptr);
    ~PagedTableModel() override;

    State state() const { return m_state; }
    const ApiError &error() const { return m_error; }
    // More pages exist on the service than are loaded.
    bool hasMore() const;

    // Drops the rows and loads the first page again.
    void refresh();
    // Loads every remaining page (for search over everything, and export);
    // after a stop or a failure it goes on from the page that did not come,
    // keeping the rows loaded.
    void loadAll();
    // Stops loading; the rows loaded so far stay.
    void cancel();
    // Drops everything, e.g. when the account changes.
    void clear();

    // The open account's client; the table lists through it when it is of
    // the table's service, and is cleared (and lists nothing) otherwise.
    virtual void setServiceClient(ServiceClient *client) = 0;
    // After a successful create or update (a RecordRole value): changes that
    // row only, or inserts the new record where the service lists it.
    virtual void upsertRecord(const QVariant &record) = 0;
    // For a member kind's table (credentials of a credential list): the
    // parent record whose members it lists. Another one drops the rows; the
    // next refresh() lists the new parent's. Empty lists nothing.
    void setParentId(const QString &parentId);
    const QString &parentId() const { return m_parentId; }
    // After a delete (or a 404 for it): removes that row.
    void removeId(const QString &id) { removeRow(rowForId(id)); }

    // The rows of this model a view shows now, in any order. A model with
    // values that cost a request per row (and so come only when asked for)
    // asks for these rows' values; the others do nothing.
    virtual void setShownRows(const QList<int> &rows) { Q_UNUSED(rows) }
    // A proxy keeps only rows by their data(role) now, or no longer: a model
    // whose values of that role come only when asked for asks for every
    // loaded row's while the filter is on.
    virtual void setRoleFiltered(int role, bool filtered)
    {
        Q_UNUSED(role)
        Q_UNUSED(filtered)
    }

    // Work besides loading that the status line mentions ("checking
    // registrations: 40 of 300 domains"), or nothing; activityChanged()
    // tells when it changes.
    virtual QString activityText() const { return {}; }

    virtual int rowForId(const QString &id) const;
    // The lower-case text the search looks through (SearchTextRole).
    QString searchTextAt(int row) const { return QString::fromUtf8(searchBytesAt(row)); }
    // The same in UTF-8, where a substring is found as in the UTF-16 text,
    // at about half the memory; read in place: the filter reads it for
    // every row on every keystroke.
    virtual QByteArrayView searchBytesAt(int row) const = 0;
    // All rows' search text at once, for a search of every row in one pass;
    // nothing when the model keeps it otherwise.
    virtual const SearchTextStore *searchTexts() const { return nullptr; }
    // Every row's SortRole value of column, read by a function that may run
    // on any thread, from a copy of the rows as they are now: a sort of many
    // rows reads them off the GUI thread. Nothing when only data() can tell
    // (values that depend on the model's own state).
    using SortValueReader = std::function<QList<QVariant>()>;
    virtual SortValueReader sortValueReader(int column) const
    {
        Q_UNUSED(column)
        return {};
    }

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void stateChanged(PagedTableModel::State state);
    // After every page: rows loaded so far, and whether more exist.
    void progress(int rowsLoaded, bool hasMore);
    void activityChanged();

protected:
    // Starts the list on the service; nullptr when there is nothing to list.
    virtual ApiListJob *startList() = 0;
    virtual int recordCount() const = 0;
    // Takes a page into a staging area and returns how many records it
    // holds; commitStaged() then appends them (inside beginInsertRows /
    // endInsertRows, which the base class calls with the exact count).
    // decoded is what the list's ItemDecoder made of items, as the page
    // brought it (invalid when the list has no decoder).
    virtual int stageRecords(const QJsonArray &items, const QVariant &decoded) = 0;
    virtual void commitStaged() = 0;
    virtual void clearRecords() = 0;
    virtual QString idAt(int row) const = 0;
    virtual void removeRecordAt(int row) = 0;

    // For subclasses' upsert/remove of single records after a write.
    void removeRow(int row);

private:
    void setState(State state);
    void startJob(bool followAll);
    void onPage(const QJsonArray &items, bool hasMore, const QVariant &decoded);
    void onFinished();
    void dropJob();
    void adoptJob(ApiListJob *job, bool followAll);
    // What a stopped or failed list left to load, for loadAll() to go on with.
    void keepRemainder(const ApiListJob *job);
    void dropRemainder();

    QString m_parentId;
    QPointer<ApiListJob> m_job;
    QPointer<ApiListJob> m_remainder; // not started; owned by the client
    State m_state = State::Empty;
    ApiError m_error;
    bool m_hasMore = false;
    bool m_followAll = false;
};
