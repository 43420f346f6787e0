#include "views/forms/sipediting.h"

#include "views/forms/recordediting.h"
#include "views/forms/sipdomainform.h"
#include "views/forms/sipendpointform.h"
#include "views/recordlistpage.h"

#include "models/api/signalwiresipendpointsclient.h"
#include "models/api/twiliosipdomainsclient.h"
#include "models/lists/sipdomaintablemodel.h"
#include "models/lists/sipendpointtablemodel.h"

#include <QCoreApplication>
#include <QPointer>

#include <optional>

namespace {

QString recordName(const SipDomain &domain)
{
    return domain.domainName;
}

QString recordName(const SipEndpoint &endpoint)
{
    return endpoint.username;
}

QString recordId(const SipDomain &domain)
{
    return domain.sid;
}

QString recordId(const SipEndpoint &endpoint)
{
    return endpoint.id;
}

// What differs between the two services is only types and words.
template<class Record, class Client, class Model, class Form>
class TypedRecordEditing : public RecordEditing
{
public:
    TypedRecordEditing(Client *client, Model *model, RecordListPage *page,
        const QString &accountText, const char *kind, const char *plural, QObject *parent)
        : RecordEditing(page, accountText, parent)
        , m_client(client)
        , m_model(model)
        , m_kind(kind)
        , m_plural(plural)
    { }

protected:
    RecordForm *makeForm(const QModelIndex &row) override
    {
        std::optional<Record> record;
        if (row.isValid())
            record = row.data(PagedTableModel::RecordRole).value<Record>();
        return new Form(m_client, accountText(), record, page()->window());
    }
    ApiRequest *removeRequest(const QString &id) override { return m_client->remove(id); }
    void applySaved(const QVariant &record) override { m_model->upsert(record.value<Record>()); }
    void applyRemoved(const QString &id) override { m_model->removeId(id); }
    QString kindName() const override
    {
        return QCoreApplication::translate("RecordEditing", m_kind);
    }
    QString pluralText(int count) const override
    {
        return QCoreApplication::translate("RecordEditing", m_plural, nullptr, count);
    }
    QString nameOf(const QVariant &record) const override
    {
        return recordName(record.value<Record>());
    }
    QString idOf(const QVariant &record) const override { return recordId(record.value<Record>()); }

private:
    QPointer<Client> m_client;
    Model *m_model;
    const char *m_kind;
    const char *m_plural;
};

} // namespace

RecordEditing *makeSipDomainEditing(TwilioSipDomainsClient *client, SipDomainTableModel *model,
    RecordListPage *page, const QString &accountText, QObject *parent)
{
    return new TypedRecordEditing<SipDomain, TwilioSipDomainsClient, SipDomainTableModel,
        SipDomainForm>(client, model, page, accountText,
        QT_TRANSLATE_NOOP("RecordEditing", "SIP domain"),
        QT_TRANSLATE_N_NOOP("RecordEditing", "%n SIP domain(s)"), parent);
}

RecordEditing *makeSipEndpointEditing(SignalWireSipEndpointsClient *client,
    SipEndpointTableModel *model, RecordListPage *page, const QString &accountText, QObject *parent)
{
    return new TypedRecordEditing<SipEndpoint, SignalWireSipEndpointsClient, SipEndpointTableModel,
        SipEndpointForm>(client, model, page, accountText,
        QT_TRANSLATE_NOOP("RecordEditing", "SIP endpoint"),
        QT_TRANSLATE_N_NOOP("RecordEditing", "%n SIP endpoint(s)"), parent);
}
