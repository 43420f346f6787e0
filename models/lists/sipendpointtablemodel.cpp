#include "models/lists/sipendpointtablemodel.h"

#include "models/lists/tooltip.h"

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
    return m_client ? m_client->list(m_pageSize, false, QString(), &decodeItems) : nullptr;
}

int SipEndpointTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SipEndpointTableModel::callHandlerText(const QString &callHandler)
{
    static const QHash<QString, const char *> names {
        { u"relay_context"_s, QT_TR_NOOP("Relay context") },
        { u"relay_topic"_s, QT_TR_NOOP("Relay topic") },
        { u"relay_application"_s, QT_TR_NOOP("Relay application") },
        { u"relay_connector"_s, QT_TR_NOOP("Relay connector") },
        { u"relay_script"_s, QT_TR_NOOP("Relay script (SWML)") },
        { u"laml_webhooks"_s, QT_TR_NOOP("LaML webhooks") },
        { u"laml_application"_s, QT_TR_NOOP("LaML application") },
        { u"dialogflow"_s, QT_TR_NOOP("Dialogflow") },
        { u"video_room"_s, QT_TR_NOOP("Video room") },
        { u"call_flow"_s, QT_TR_NOOP("Call flow") },
        { u"ai_agent"_s, QT_TR_NOOP("AI agent") },
    };
    if (callHandler.isEmpty())
        return tr("None");
    const char *name = names.value(callHandler);
    return name ? tr(name) : callHandler;
}

QVariant SipEndpointTableModel::displayText(const SipEndpoint &endpoint, int column) const
{
    switch (column) {
    case Username:
        return endpoint.username;
    case CallerId:
        return endpoint.callerId;
    case CallHandler:
        return callHandlerText(endpoint.callHandler);
    case Encryption:
        return endpoint.encryption;
    case Codecs:
        return endpoint.codecs.join(u", "_s);
    case Id:
        return endpoint.id;
    }
    return {};
}

QVariant SipEndpointTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SipEndpoint &endpoint = recordAt(index.row());
    switch (role) {
    case Qt::ToolTipRole:
        return ToolTip::plain(displayText(endpoint, index.column()).toString());
    case Qt::DisplayRole:
    case SortRole:
        return displayText(endpoint, index.column());
    case RecordRole:
        return QVariant::fromValue(endpoint);
    case IdRole:
        return endpoint.id;
    case SearchTextRole:
        return searchTextAt(index.row());
    case CallHandlerRole:
        return endpoint.callHandler;
    default:
        return {};
    }
}

QVariant SipEndpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
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
