#include "views/domainauthdetail.h"

#include "models/api/apilistjob.h"
#include "models/api/domainauthmappings.h"
#include "models/kinds/recordkind.h"
#include "models/lists/pagedtablemodel.h"
#include "models/lists/sipdomaintablemodel.h"
#include "models/records/sipauth.h"

#include <QAbstractProxyModel>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QList<RecordDetailExtension *> defaultDetailExtensions(QObject *parent)
{
    return { new DomainAuthDetail(parent) };
}

DomainAuthDetail::~DomainAuthDetail()
{
    clear();
}

TwilioClient *DomainAuthDetail::clientOf(const QModelIndex &row)
{
    const QAbstractItemModel *model = row.model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    const auto *domains = qobject_cast<const SipDomainTableModel *>(model);
    return domains ? domains->client() : nullptr;
}

bool DomainAuthDetail::appliesTo(const QModelIndex &row, const RecordKind &) const
{
    return clientOf(row) != nullptr;
}

void DomainAuthDetail::show(const QModelIndex &row, const RecordKind &kind)
{
    TwilioClient *client = clientOf(row);
    const QVariant record = row.data(PagedTableModel::RecordRole);
    const QString sid = kind.idOf(record);
    // A save that changed only mappings leaves the record as it was.
    const QString key = client->connection().accountSid + u'/' + sid + u'/'
        + QString::number(DomainAuthMappings::changesAnswered()) + u'/'
        + QString::fromUtf8(QJsonDocument(kind.jsonOf(record)).toJson(QJsonDocument::Compact));
    if (key == m_recordKey && client == m_client)
        return; // loaded or loading for this very record
    clear();
    m_client = client;
    m_domainSid = sid;
    m_recordKey = key;
    int set = 0;
    for (auto mapping : { TwilioCollections::Mapping::CallsCredentialLists,
             TwilioCollections::Mapping::CallsIpAccessControlLists,
             TwilioCollections::Mapping::RegistrationsCredentialLists }) {
        ApiListJob *job = client->list(TwilioCollections::domainMappings(sid, mapping));
        m_jobs.append(job);
        connect(job, &ApiListJob::pageReceived, this,
            [this, set](const QJsonArray &items, bool, const QVariant &) {
                for (const QJsonValue &item : items)
                    m_names[set].append(AuthMapping::fromJson(item.toObject()).friendlyName);
            });
        connect(job, &ApiListJob::finished, this, [this, job, set] { onJobFinished(job, set); });
        ++set;
    }
    emit changed();
}

void DomainAuthDetail::onJobFinished(ApiListJob *job, int set)
{
    // Jobs of a previous selection were cancelled and disconnected in clear().
    if (!m_jobs.contains(job))
        return;
    if (job->error() && m_error.isEmpty())
        m_error = job->error().userMessage();
    m_done[set] = true;
    emit changed();
}

void DomainAuthDetail::clear()
{
    for (const QPointer<ApiListJob> &job : std::as_const(m_jobs))
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    m_jobs.clear();
    m_client.clear();
    m_domainSid.clear();
    m_recordKey.clear();
    m_error.clear();
    for (int set = 0; set < 3; ++set) {
        m_names[set].clear();
        m_done[set] = false;
    }
}

QString DomainAuthDetail::html() const
{
    if (m_recordKey.isEmpty())
        return {};
    QString html = u"<h4>%1</h4>"_s.arg(tr("Authentication").toHtmlEscaped());
    if (!m_error.isEmpty())
        return html
            + u"<p class=\"warning\">%1</p>"_s.arg(
                tr("The mapped lists could not be loaded: %1").arg(m_error).toHtmlEscaped());
    if (!loaded())
        return html + u"<p>%1</p>"_s.arg(tr("Loading the mapped lists…").toHtmlEscaped());
    html += u"<table cellspacing=\"0\" cellpadding=\"3\">"_s;
    for (const DetailField &field : group().fields)
        html +=
            u"<tr><td style=\"color:palette(dark)\" valign=\"top\">%1</td><td>%2</td></tr>"_s.arg(
                field.label.toHtmlEscaped(), field.value.toHtmlEscaped());
    return html + u"</table>"_s;
}

DetailGroup DomainAuthDetail::group() const
{
    DetailGroup group { tr("Authentication"), {} };
    if (m_recordKey.isEmpty() || !m_error.isEmpty() || !loaded())
        return group;
    const QString labels[3] = { tr("Calls — credential lists"),
        tr("Calls — IP access control lists"), tr("Registrations — credential lists") };
    for (int set = 0; set < 3; ++set) {
        QStringList names = m_names[set];
        names.sort(Qt::CaseInsensitive);
        group.fields.append({ labels[set], names.isEmpty() ? tr("none") : names.join(u", "_s) });
    }
    return group;
}
