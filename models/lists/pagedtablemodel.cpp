#include "models/lists/pagedtablemodel.h"

#include <QJsonArray>

PagedTableModel::PagedTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

PagedTableModel::~PagedTableModel()
{
    dropJob();
}

bool PagedTableModel::hasMore() const
{
    return m_hasMore;
}

void PagedTableModel::refresh()
{
    dropJob();
    beginResetModel();
    clearRecords();
    endResetModel();
    startJob(false);
}

void PagedTableModel::loadAll()
{
    if (m_job) {
        m_job->setFollowAll(true);
        m_followAll = true;
        m_job->fetchNext(); // no-op while a page is loading; the job follows on
        return;
    }
    if (m_remainder) {
        // Stopped or failed before the end: go on from there, rows kept.
        ApiListJob *remainder = m_remainder;
        m_remainder.clear();
        m_error = {};
        adoptJob(remainder, true);
        remainder->start();
        return;
    }
    if (m_state == State::Loaded && !m_hasMore)
        return;
    // Nothing running and nothing to go on from (never loaded): start over.
    dropJob();
    beginResetModel();
    clearRecords();
    endResetModel();
    startJob(true);
}

void PagedTableModel::cancel()
{
    if (!m_job)
        return;
    ApiListJob *job = m_job;
    dropJob();
    keepRemainder(job);
    m_hasMore = false;
    setState(State::Cancelled);
}

void PagedTableModel::clear()
{
    dropJob();
    beginResetModel();
    clearRecords();
    endResetModel();
    m_hasMore = false;
    m_error = {};
    setState(State::Empty);
}

void PagedTableModel::setParentId(const QString &parentId)
{
    if (parentId == m_parentId)
        return;
    // Set first: whoever hears of the cleared rows asks for the parent.
    m_parentId = parentId;
    clear();
}

int PagedTableModel::rowForId(const QString &id) const
{
    const int rows = recordCount();
    for (int row = 0; row < rows; ++row) {
        if (idAt(row) == id)
            return row;
    }
    return -1;
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_job && m_job->hasNextPage() && !m_job->isLoading();
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) {
        m_job->fetchNext();
        setState(State::Loading);
    }
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

QHash<int, QByteArray> PagedTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(RecordRole, "record");
    names.insert(IdRole, "id");
    names.insert(SearchTextRole, "searchText");
    names.insert(WarningRole, "warning");
    return names;
}

void PagedTableModel::removeRow(int row)
{
    if (row < 0 || row >= recordCount())
        return;
    beginRemoveRows({}, row, row);
    removeRecordAt(row);
    endRemoveRows();
}

void PagedTableModel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void PagedTableModel::startJob(bool followAll)
{
    m_error = {};
    m_hasMore = false;
    ApiListJob *job = startList();
    if (!job) {
        setState(State::Empty);
        return;
    }
    adoptJob(job, followAll);
}

void PagedTableModel::adoptJob(ApiListJob *job, bool followAll)
{
    job->setFollowAll(followAll);
    m_followAll = followAll;
    m_job = job;
    connect(job, &ApiListJob::pageReceived, this, &PagedTableModel::onPage);
    connect(job, &ApiListJob::finished, this, &PagedTableModel::onFinished);
    setState(State::Loading);
}

void PagedTableModel::keepRemainder(const ApiListJob *job)
{
    dropRemainder();
    m_remainder = job->remainder();
}

void PagedTableModel::dropRemainder()
{
    if (m_remainder)
        m_remainder->deleteLater();
    m_remainder.clear();
}

void PagedTableModel::onPage(const QJsonArray &items, bool hasMore, const QVariant &decoded)
{
    // Only the current job's pages count: a late page of a job dropped on an
    // account switch must never land in the other account's rows.
    if (sender() != m_job)
        return;
    const int first = recordCount();
    const int count = stageRecords(items, decoded);
    if (count > 0) {
        beginInsertRows({}, first, first + count - 1);
        commitStaged();
        endInsertRows();
    }
    m_hasMore = hasMore;
    // While following every page the load goes on; otherwise this page is
    // all that was asked for.
    if (!m_followAll || !hasMore)
        setState(State::Loaded);
    emit progress(recordCount(), hasMore);
}

void PagedTableModel::onFinished()
{
    ApiListJob *job = m_job;
    if (!job || sender() != job)
        return;
    m_job.clear();
    m_hasMore = false;
    m_error = job->error();
    if (m_error)
        keepRemainder(job);
    setState(m_error ? State::Failed : State::Loaded);
}

void PagedTableModel::dropJob()
{
    // Whatever replaces the job (a refresh, a clear, another account) makes
    // its remainder meaningless.
    dropRemainder();
    if (!m_job)
        return;
    ApiListJob *job = m_job;
    m_job.clear();
    job->disconnect(this);
    job->cancel();
}
