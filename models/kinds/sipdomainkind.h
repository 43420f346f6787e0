#pragma once

#include "models/api/fastlistpage.h"
#include "models/api/twilioclient.h"
#include "models/kinds/typedrecordkind.h"
#include "models/records/compactsipdomain.h"
#include "models/records/sipdomain.h"

#include <QCoreApplication>

// Twilio SIP Domains.
class SipDomainKind final : public TypedRecordKind<SipDomainKind, SipDomain, TwilioClient>
{
    Q_DECLARE_TR_FUNCTIONS(SipDomainKind)

public:
    static const SipDomainKind &instance();

    static QString id(const SipDomain &domain) { return domain.sid; }
    static QString id(const CompactSipDomain &domain) { return domain.sid(); }
    static QString name(const SipDomain &domain) { return domain.domainName; }
    static QString title(const SipDomain &domain);
    static QString identity(const SipDomain &domain);
    static QString searchText(const SipDomain &domain);
    static QString searchText(const CompactSipDomain &domain);
    static QList<DetailGroup> details(const SipDomain &domain);
    static QList<SipDomain> decode(const QJsonArray &items)
    {
        return TwilioClient::domainsFrom(items);
    }
    // 10,000 domains come in 10 pages of a megabyte each.
    static std::optional<FastListPage::Page<SipDomain>> readFastPage(const QByteArray &body)
    {
        return FastListPage::readTwilioDomains(body, TwilioCollections::domains().listKey);
    }
    static constexpr bool newestFirst = false; // Twilio lists in creation order
    static ApiListJob *listWith(TwilioClient &client, int pageSize, const QString & /*parentId*/,
        ApiListJob::Decoders decode)
    {
        return client.listDomains(pageSize, /*followAll*/ false, std::move(decode));
    }
    static ApiRequest *removeWith(TwilioClient &client, const QString &sid, const QString &)
    {
        return client.removeDomain(sid);
    }

    QString key() const override;
    Account::Service service() const override { return Account::Service::Twilio; }
    QString pageTitle() const override { return tr("SIP Domains"); }
    QString singular() const override;
    QString countText(int count) const override;
    QString emptyText() const override;
    QString searchPlaceholder() const override;
    QList<QuickFilter> quickFilters() const override;
    QList<CopyColumn> copyColumns() const override;
    QList<int> hiddenColumns() const override;
    PagedTableModel *createModel(QObject *parent) const override;

private:
    SipDomainKind() = default;
};
