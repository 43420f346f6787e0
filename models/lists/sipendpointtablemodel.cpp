#include "models/lists/sipendpointtablemodel.h"

#include "models/lists/tooltip.h"
#include "models/records/callhandlers.h"
#include "models/records/vocabulary.h"

using namespace Qt::StringLiterals;

SipEndpointTableModel::SipEndpointTableModel(QObject *parent)
    : RecordTableModel(parent)
{ }

void SipEndpointTableModel::setClient(SignalWireSipEndpointsClient *client)
{
    clear();
    m_client = client;
}

void SipEndpointTableModel::setServiceClient(ServiceClient *client)
{
    setClient(qobject_cast<SignalWireSipEndpointsClient *>(client));
}

ApiListJob *SipEndpointTableModel::startList()
{
    return m_client ? m_client->list(m_pageSize, false, QString(), decoders()) : nullptr;
}

int SipEndpointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SipEndpointTableModel::callHandlerText(const QString &callHandler)
{
    if (callHandler.isEmpty())
        return tr("No handler");
    const SignalWireCallHandlers::Handler *handler = SignalWireCallHandlers::find(callHandler);
    return handler ? SignalWireCallHandlers::translated(handler->label) : callHandler;
}

QVariant SipEndpointTableModel::displayText(const CompactSipEndpoint &endpoint, int column) const
{
    switch (column) {
    case Username:
        return endpoint.username();
    case CallerId:
        return endpoint.callerId();
    case CallHandler:
        return callHandlerText(endpoint.callHandler());
    case Encryption:
        return SignalWireVocabulary::encryptionText(endpoint.encryption());
    case Codecs:
        return endpoint.codecs().join(u", "_s);
    case Id:
        return endpoint.id();
    }
    return {};
}

QVariant SipEndpointTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CompactSipEndpoint &endpoint = storedAt(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        return ToolTip::plain(displayText(endpoint, index.column()).toString());
    case Qt::DisplayRole:
    case SortRole:
        return displayText(endpoint, index.column());
    case RecordRole:
        return QVariant::fromValue(endpoint.expanded());
    case IdRole:
        return endpoint.id();
    case SearchTextRole:
        return searchTextAt(index.row());
    case CallHandlerRole:
        return endpoint.callHandler();
    default:
        return {};
    }
}

QVariant SipEndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordTableModel::headerData(section, orientation, role);
    switch (section) {
    case Username:
        return tr("Username");
    case CallerId:
        return tr("Caller ID");
    case CallHandler:
        return tr("Call handler");
    case Encryption:
        return tr("Encryption");
    case Codecs:
        return tr("Codecs");
    case Id:
        return tr("ID");
    }
    return {};
}

QString SipEndpointTableModel::headerToolTip(int section)
{
    switch (section) {
    case Username:
        return tr("The name the phone registers and authenticates with");
    case CallerId:
        return tr("The caller ID shown for calls from this endpoint");
    case CallHandler:
        return tr("What runs on inbound calls, as SignalWire names it");
    case Encryption:
        return tr("Whether media must be encrypted (SRTP): required, optional, or the project's "
                  "default");
    case Codecs:
        return tr("The audio and video codecs offered, most preferred first");
    case Id:
        return tr("SignalWire's unique ID of the endpoint");
    }
    return {};
}
