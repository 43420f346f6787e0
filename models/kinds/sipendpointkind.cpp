#include "models/kinds/sipendpointkind.h"

#include "models/lists/sipendpointtablemodel.h"
#include "models/records/vocabulary.h"

using namespace Qt::StringLiterals;

const SipEndpointKind &SipEndpointKind::instance()
{
    static const SipEndpointKind kind;
    return kind;
}

QString SipEndpointKind::identity(const SipEndpoint &endpoint)
{
    return tr("%1 (%2)").arg(endpoint.username, endpoint.id);
}

QString SipEndpointKind::searchText(const SipEndpoint &endpoint)
{
    return (endpoint.username + u'\n' + endpoint.callerId + u'\n' + endpoint.id).toLower();
}

QString SipEndpointKind::key() const
{
    return u"sipEndpoints"_s;
}

QString SipEndpointKind::singular() const
{
    return tr("SIP endpoint");
}

QString SipEndpointKind::countText(int count) const
{
    return tr("%Ln SIP endpoint(s)", nullptr, count);
}

QString SipEndpointKind::emptyText() const
{
    return tr("This project has no SIP endpoints yet.");
}

QString SipEndpointKind::searchPlaceholder() const
{
    return tr("Search username, caller ID or ID (Ctrl+F)");
}

QList<RecordKind::QuickFilter> SipEndpointKind::quickFilters() const
{
    using Model = SipEndpointTableModel;
    QList<QuickFilter> filters { { tr("No call handler"), Model::CallHandlerRole, QString() } };
    for (const QString &handler : SignalWireVocabulary::callHandlers())
        filters.append({ tr("Handler: %1").arg(Model::callHandlerText(handler)),
            Model::CallHandlerRole, handler });
    return filters;
}

QList<RecordKind::CopyColumn> SipEndpointKind::copyColumns() const
{
    using Model = SipEndpointTableModel;
    return { { tr("Copy ID"), Model::Id }, { tr("Copy username"), Model::Username } };
}

PagedTableModel *SipEndpointKind::createModel(QObject *parent) const
{
    return new SipEndpointTableModel(parent);
}
