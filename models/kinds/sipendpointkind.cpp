#include "models/kinds/sipendpointkind.h"

#include "models/lists/sipendpointtablemodel.h"
#include "models/records/callhandlers.h"
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

QString SipEndpointKind::searchText(const CompactSipEndpoint &endpoint)
{
    return (endpoint.username() + u'\n' + endpoint.callerId() + u'\n' + endpoint.id()).toLower();
}

QList<DetailGroup> SipEndpointKind::details(const SipEndpoint &endpoint)
{
    using namespace RecordDetails;
    const QJsonObject json = endpoint.toJson();
    const QString none = text(QString());
    const auto list = [&none](const QStringList &values) {
        return values.isEmpty() ? none : values.join(u", "_s);
    };
    DetailGroup calls { tr("Incoming calls"),
        { { tr("Call handler"), SipEndpointTableModel::callHandlerText(endpoint.callHandler) } } };
    // Only the chosen handler's fields: the others' are stale or empty, and
    // a ticket that quotes them misleads.
    if (const auto *handler = SignalWireCallHandlers::find(endpoint.callHandler)) {
        for (const SignalWireCallHandlers::Field &field : handler->shown) {
            if (!field.key)
                continue;
            const QString key = QLatin1String(field.key);
            // Request-only fields come back as the handler's resource id.
            QString value;
            if (json.contains(key))
                value = valueText(json.value(key));
            else if (handler->resourceField && key == QLatin1String(handler->resourceField))
                value = text(endpoint.callingHandlerResourceId);
            else
                continue;
            calls.fields.append({ SignalWireCallHandlers::translated(field.label), value,
                key.endsWith(u"_id"_s) && value != none });
        }
    }
    return {
        { tr("General"),
            { { tr("Username"), text(endpoint.username) }, { tr("ID"), text(endpoint.id), true },
                { tr("Caller ID"), text(endpoint.callerId) },
                { tr("Send as"), text(SignalWireVocabulary::sendAsText(endpoint.sendAs)) },
                { tr("Encryption"),
                    text(SignalWireVocabulary::encryptionText(endpoint.encryption)) } } },
        { tr("Media"),
            { { tr("Codecs"), list(endpoint.codecs) },
                { tr("Ciphers"), list(endpoint.ciphers) } } },
        calls,
        { tr("Bookkeeping"), { { tr("Type"), text(endpoint.type) } }, true },
    };
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

QList<int> SipEndpointKind::hiddenColumns() const
{
    using Model = SipEndpointTableModel;
    // What a support engineer scans first stays: username, call handler, ID.
    return { Model::CallerId, Model::Encryption, Model::Codecs };
}

PagedTableModel *SipEndpointKind::createModel(QObject *parent) const
{
    return new SipEndpointTableModel(parent);
}
