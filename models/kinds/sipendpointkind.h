#pragma once

#include "models/api/fastlistpage.h"
#include "models/api/signalwiresipendpointsclient.h"
#include "models/kinds/typedrecordkind.h"
#include "models/records/compactsipendpoint.h"
#include "models/records/sipendpoint.h"

#include <QCoreApplication>

// SignalWire SIP Endpoints.
class SipEndpointKind final
    : public TypedRecordKind<SipEndpointKind, SipEndpoint, SignalWireSipEndpointsClient>
{
    Q_DECLARE_TR_FUNCTIONS(SipEndpointKind)

public:
    static const SipEndpointKind &instance();

    static QString id(const SipEndpoint &endpoint) { return endpoint.id; }
    static QString id(const CompactSipEndpoint &endpoint) { return endpoint.id(); }
    static QString name(const SipEndpoint &endpoint) { return endpoint.username; }
    static QString title(const SipEndpoint &endpoint) { return endpoint.username; }
    static QString identity(const SipEndpoint &endpoint);
    static QString searchText(const SipEndpoint &endpoint);
    static QString searchText(const CompactSipEndpoint &endpoint);
    static QList<DetailGroup> details(const SipEndpoint &endpoint);
    static QList<SipEndpoint> decode(const QJsonArray &items)
    {
        return SignalWireSipEndpointsClient::endpointsFrom(items);
    }
    // 100,000 endpoints come in 100 pages of a megabyte each.
    static std::optional<FastListPage::Page<SipEndpoint>> readFastPage(const QByteArray &body)
    {
        return FastListPage::readSignalWireEndpoints(body);
    }
    static constexpr bool newestFirst = true; // SignalWire lists newest first
    static ApiListJob *listWith(SignalWireSipEndpointsClient &client, int pageSize,
        const QString & /*parentId*/, ApiListJob::Decoders decode)
    {
        return client.list(pageSize, /*followAll*/ false, {}, std::move(decode));
    }
    static ApiRequest *removeWith(
        SignalWireSipEndpointsClient &client, const QString &id, const QString &)
    {
        return client.remove(id);
    }

    QString key() const override;
    Account::Service service() const override { return Account::Service::SignalWire; }
    QString pageTitle() const override { return tr("SIP Endpoints"); }
    QString singular() const override;
    QString countText(int count) const override;
    QString emptyText() const override;
    QString searchPlaceholder() const override;
    QList<QuickFilter> quickFilters() const override;
    QList<CopyColumn> copyColumns() const override;
    QList<int> hiddenColumns() const override;
    PagedTableModel *createModel(QObject *parent) const override;

private:
    SipEndpointKind() = default;
};
