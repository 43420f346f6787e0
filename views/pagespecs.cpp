#include "views/pagespecs.h"

#include "models/lists/sipdomaintablemodel.h"
#include "models/lists/sipendpointtablemodel.h"
#include "models/records/vocabulary.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("PageSpecs", text, nullptr, n);
}
} // namespace

RecordPageSpec sipDomainsPageSpec()
{
    using Model = SipDomainTableModel;
    RecordPageSpec spec;
    spec.settingsKey = u"sipDomains"_s;
    spec.searchPlaceholder = tr("Search friendly name, domain name or SID (Ctrl+F)");
    spec.countText = [](int count) { return tr("%Ln SIP domain(s)", count); };
    spec.emptyText = tr("This account has no SIP domains yet.");
    spec.quickFilters = {
        { tr("No authentication mapped"), Model::NoAuthMappingRole, true },
        { tr("Registration on"), Model::SipRegistrationRole, true },
        { tr("Registration off"), Model::SipRegistrationRole, false },
    };
    spec.copyActions = {
        { tr("Copy SID"), Model::Sid, QKeySequence(Qt::CTRL | Qt::Key_C) },
        { tr("Copy domain name"), Model::DomainName,
            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) },
    };
    spec.recordJson = [](const QModelIndex &index) {
        return index.data(PagedTableModel::RecordRole).value<SipDomain>().toJson();
    };
    spec.recordTitle = [](const QModelIndex &index) {
        const SipDomain domain = index.data(PagedTableModel::RecordRole).value<SipDomain>();
        return domain.friendlyName.isEmpty() ? domain.domainName : domain.friendlyName;
    };
    spec.recordIdentity = [](const QModelIndex &index) {
        const SipDomain domain = index.data(PagedTableModel::RecordRole).value<SipDomain>();
        const QString identity = tr("%1 (%2)").arg(domain.domainName, domain.sid);
        if (domain.friendlyName.isEmpty() || domain.friendlyName == domain.domainName)
            return identity;
        constexpr qsizetype shownName = 40;
        const QString name = domain.friendlyName.size() <= shownName
            ? domain.friendlyName
            : domain.friendlyName.left(shownName - 1) + u'…';
        return tr("%1 — %2").arg(identity, name);
    };
    return spec;
}

RecordPageSpec sipEndpointsPageSpec()
{
    using Model = SipEndpointTableModel;
    RecordPageSpec spec;
    spec.settingsKey = u"sipEndpoints"_s;
    spec.searchPlaceholder = tr("Search username, caller ID or ID (Ctrl+F)");
    spec.countText = [](int count) { return tr("%Ln SIP endpoint(s)", count); };
    spec.emptyText = tr("This project has no SIP endpoints yet.");
    spec.quickFilters.append({ tr("No call handler"), Model::CallHandlerRole, QString() });
    for (const QString &handler : SignalWireVocabulary::callHandlers())
        spec.quickFilters.append({ tr("Handler: %1").arg(Model::callHandlerText(handler)),
            Model::CallHandlerRole, handler });
    spec.copyActions = {
        { tr("Copy ID"), Model::Id, QKeySequence(Qt::CTRL | Qt::Key_C) },
        { tr("Copy username"), Model::Username, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) },
    };
    spec.recordJson = [](const QModelIndex &index) {
        return index.data(PagedTableModel::RecordRole).value<SipEndpoint>().toJson();
    };
    spec.recordTitle = [](const QModelIndex &index) {
        return index.data(PagedTableModel::RecordRole).value<SipEndpoint>().username;
    };
    spec.recordIdentity = [](const QModelIndex &index) {
        const SipEndpoint endpoint = index.data(PagedTableModel::RecordRole).value<SipEndpoint>();
        return tr("%1 (%2)").arg(endpoint.username, endpoint.id);
    };
    return spec;
}
