#pragma once

#include "models/kinds/sipendpointkind.h"
#include "models/lists/recordtablemodel.h"

#include "models/api/signalwiresipendpointsclient.h"
#include "models/records/sipendpoint.h"

#include <QPointer>

// The SIP endpoints of one SignalWire project. The API returns no creation
// or update dates, so there is no date column.
class SipEndpointTableModel : public RecordTableModel<SipEndpoint, SipEndpointKind>
{
    Q_OBJECT

public:
    enum Column { Username, CallerId, CallHandler, Encryption, Codecs, Id, ColumnCount };
    enum EndpointRole { CallHandlerRole = FirstCustomRole };

    explicit SipEndpointTableModel(QObject *parent = nullptr);

    void setClient(SignalWireSipEndpointsClient *client);
    void setServiceClient(ServiceClient *client) override;
    SignalWireSipEndpointsClient *client() const { return m_client; }
    void setPageSize(int pageSize) { m_pageSize = pageSize; }

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    SortValueReader sortValueReader(int column) const override;

    // "laml_webhooks" -> "LaML webhooks"
    static QString callHandlerText(const QString &callHandler);

protected:
    ApiListJob *startList() override;

private:
    // What a column holds, for the header's tooltip.
    static QString headerToolTip(int section);
    static QVariant displayText(const CompactSipEndpoint &endpoint, int column);

    QPointer<SignalWireSipEndpointsClient> m_client;
    int m_pageSize = 1000;
};
