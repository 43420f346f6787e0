#pragma once

#include "models/kinds/recorddetails.h"
#include "models/lists/recordtablemodel.h"
#include "models/lists/tooltip.h"

#include <QDateTime>
#include <QLocale>
#include <QPointer>

class ServiceClient;

// One column of a kind's table: its header, what it holds (the header's
// tooltip), and a record's value to show and to sort by.
template<typename Record>
struct RecordColumn
{
    QString header;
    QString toolTip;
    QVariant (*display)(const Record &);
    QVariant (*sort)(const Record &) = nullptr; // nullptr: by the shown value
};

// A date as the tables show it: the user's locale, local time.
inline QVariant shownDate(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QLocale().toString(dateTime.toLocalTime(), QLocale::ShortFormat)
                              : QString();
}

// The table of a kind whose columns are plain values of the record, described
// by the kind: static QList<RecordColumn<Record>> columns(). It lists through
// the open account's client of the kind's service and, for a member kind,
// within the parent set with setParentId().
template<typename Record, typename Kind>
class KindTableModel : public RecordTableModel<Record, Kind>
{
    using Base = RecordTableModel<Record, Kind>;
    using Client = typename Kind::ClientType;

public:
    explicit KindTableModel(QObject *parent = nullptr)
        : Base(parent)
        , m_columns(Kind::columns())
    { }

    void setServiceClient(ServiceClient *client) override
    {
        // A parent of the previous account is not one of the next.
        this->setParentId({});
        this->clear();
        m_client = qobject_cast<Client *>(client);
    }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(m_columns.size());
    }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= this->rowCount() || index.column() >= columnCount())
            return {};
        const Record &record = this->recordAt(index.row());
        const RecordColumn<Record> &column = m_columns.at(index.column());
        switch (role) {
        case Qt::DisplayRole:
            return column.display(record);
        case Qt::ToolTipRole: {
            // A date's cell is short; its tooltip names the time zone, as the pane does.
            const QVariant sorted = column.sort ? column.sort(record) : QVariant();
            if (sorted.typeId() == QMetaType::QDateTime)
                return ToolTip::plain(RecordDetails::dateText(sorted.toDateTime()));
            return ToolTip::plain(column.display(record).toString());
        }
        case PagedTableModel::SortRole:
            return column.sort ? column.sort(record) : column.display(record);
        case PagedTableModel::RecordRole:
            return QVariant::fromValue(record);
        case PagedTableModel::IdRole:
            return Kind::id(record);
        case PagedTableModel::SearchTextRole:
            return this->searchTextAt(index.row());
        default:
            return {};
        }
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
            return Base::headerData(section, orientation, role);
        if (role == Qt::DisplayRole)
            return m_columns.at(section).header;
        if (role == Qt::ToolTipRole)
            return m_columns.at(section).toolTip;
        return {};
    }

protected:
    ApiListJob *startList() override
    {
        if (!m_client || (Kind::instance().parentKind() && this->parentId().isEmpty()))
            return nullptr;
        return Kind::listWith(*m_client, m_pageSize, this->parentId(), Base::decoders());
    }

private:
    const QList<RecordColumn<Record>> m_columns;
    QPointer<Client> m_client;
    int m_pageSize = 1000;
};
