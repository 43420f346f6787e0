#include "models/api/domainauthmappings.h"

#include "models/api/apilistjob.h"
#include "models/api/apirequest.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

DomainAuthMappings::DomainAuthMappings(TwilioClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

DomainAuthMappings::~DomainAuthMappings()
{
    cancel();
}

QString DomainAuthMappings::mappingName(Mapping mapping)
{
    switch (mapping) {
    case Mapping::CallsCredentialLists:
        return tr("calls, credential lists");
    case Mapping::CallsIpAccessControlLists:
        return tr("calls, IP access control lists");
    case Mapping::RegistrationsCredentialLists:
        return tr("registrations, credential lists");
    }
    return {};
}

void DomainAuthMappings::cancel()
{
    for (const QPointer<ApiListJob> &job : std::as_const(m_loads))
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    m_loads.clear();
    if (m_request) {
        m_request->disconnect(this);
        m_request->cancel();
    }
    m_request.clear();
    m_queue.clear();
    m_applying = false;
    m_relisting = false;
}

void DomainAuthMappings::load(const QString &domainSid)
{
    cancel();
    m_domainSid = domainSid;
    m_loaded = false;
    m_loadError = {};
    m_credentialLists.clear();
    m_ipAcls.clear();
    for (int i = 0; i < 3; ++i) {
        m_mapped[i].clear();
        m_chosen[i].clear();
    }
    if (!m_client) {
        m_loadError = ApiError(ApiError::Kind::Cancelled, tr("The account was closed."));
        emit loaded();
        return;
    }
    track(m_client->list(TwilioCollections::credentialLists()), [this](const QJsonArray &items) {
        for (const QJsonValue &item : items)
            m_credentialLists.append(CredentialList::fromJson(item.toObject()));
    });
    track(
        m_client->list(TwilioCollections::ipAccessControlLists()), [this](const QJsonArray &items) {
            for (const QJsonValue &item : items)
                m_ipAcls.append(IpAccessControlList::fromJson(item.toObject()));
        });
    if (!domainSid.isEmpty())
        loadMappings(false);
}

void DomainAuthMappings::loadMappings(bool forApply)
{
    m_relisting = forApply;
    for (Mapping mapping : kMappings) {
        QSet<QString> *into = forApply ? &m_relisted[index(mapping)] : &m_mapped[index(mapping)];
        into->clear();
        track(m_client->list(TwilioCollections::domainMappings(m_domainSid, mapping)),
            [into](const QJsonArray &items) {
                for (const QJsonValue &item : items)
                    into->insert(AuthMapping::fromJson(item.toObject()).sid);
            });
    }
}

void DomainAuthMappings::track(ApiListJob *job, std::function<void(const QJsonArray &)> take)
{
    m_loads.append(job);
    connect(job, &ApiListJob::pageReceived, this,
        [take](const QJsonArray &items, bool, const QVariant &) { take(items); });
    connect(job, &ApiListJob::finished, this, [this, job] {
        job->disconnect(this);
        onLoadJobDone(job, job->error());
    });
    // A job goes with its client (the account was closed) without finishing;
    // by then it is no longer an ApiListJob to ask.
    connect(job, &QObject::destroyed, this, [this, job] {
        if (!m_loads.contains(job))
            return;
        onLoadJobDone(job, ApiError(ApiError::Kind::Cancelled, tr("The account was closed.")));
    });
}

void DomainAuthMappings::onLoadJobDone(ApiListJob *job, const ApiError &error)
{
    if (!m_loads.removeOne(job))
        return;
    if (error && !m_loadError)
        m_loadError = error;
    if (!m_loads.isEmpty())
        return;
    if (m_relisting) {
        m_relisting = false;
        m_confirmed = !m_loadError;
        if (m_confirmed)
            for (int i = 0; i < 3; ++i)
                m_mapped[i] = m_relisted[i];
        for (int i = 0; i < 3; ++i)
            m_chosen[i] = m_mapped[i];
        m_applying = false;
        emit finished();
        return;
    }
    m_loaded = !m_loadError;
    for (int i = 0; i < 3; ++i)
        m_chosen[i] = m_mapped[i];
    emit loaded();
}

QStringList DomainAuthMappings::candidates(Mapping mapping) const
{
    QStringList sids;
    if (mapping == Mapping::CallsIpAccessControlLists)
        for (const auto &list : m_ipAcls)
            sids.append(list.sid);
    else
        for (const auto &list : m_credentialLists)
            sids.append(list.sid);
    return sids;
}

QString DomainAuthMappings::friendlyNameOf(const QString &listSid) const
{
    for (const auto &list : m_credentialLists)
        if (list.sid == listSid)
            return list.friendlyName;
    for (const auto &list : m_ipAcls)
        if (list.sid == listSid)
            return list.friendlyName;
    return listSid;
}

void DomainAuthMappings::setChosen(Mapping mapping, const QString &listSid, bool on)
{
    if (on)
        m_chosen[index(mapping)].insert(listSid);
    else
        m_chosen[index(mapping)].remove(listSid);
}

void DomainAuthMappings::setChosen(Mapping mapping, const QSet<QString> &listSids)
{
    m_chosen[index(mapping)] = listSids;
}

QList<DomainAuthMappings::Change> DomainAuthMappings::changes() const
{
    QList<Change> creates;
    QList<Change> deletes;
    for (Mapping mapping : kMappings) {
        const QSet<QString> &chosen = m_chosen[index(mapping)];
        const QSet<QString> &mapped = m_mapped[index(mapping)];
        // In the lists' order, so that the requests are predictable.
        for (const QString &sid : candidates(mapping)) {
            if (chosen.contains(sid) && !mapped.contains(sid))
                creates.append({ mapping, sid, true });
            else if (!chosen.contains(sid) && mapped.contains(sid))
                deletes.append({ mapping, sid, false });
        }
        // Mapped lists the account's lists did not show are only ever unmapped.
        QStringList unknown;
        for (const QString &sid : mapped)
            if (!chosen.contains(sid) && !candidates(mapping).contains(sid))
                unknown.append(sid);
        unknown.sort();
        for (const QString &sid : std::as_const(unknown))
            deletes.append({ mapping, sid, false });
    }
    return creates + deletes;
}

QList<DomainAuthMappings::Result> DomainAuthMappings::failures() const
{
    QList<Result> failed;
    for (const Result &result : m_results)
        if (result.outcome != Outcome::Done)
            failed.append(result);
    return failed;
}

void DomainAuthMappings::apply(const QString &domainSid)
{
    cancel();
    m_domainSid = domainSid;
    m_results.clear();
    m_confirmed = false;
    m_queue = changes();
    m_applying = true;
    for (const Change &change : std::as_const(m_queue))
        m_results.append({ change, Outcome::NotSent, tr("Not sent.") });
    sendNext();
}

void DomainAuthMappings::sendNext()
{
    if (!m_client) {
        m_queue.clear();
        m_applying = false;
        emit finished();
        return;
    }
    if (m_queue.isEmpty()) {
        finishApply();
        return;
    }
    const Change change = m_queue.constFirst();
    const TwilioCollection collection =
        TwilioCollections::domainMappings(m_domainSid, change.mapping);
    if (change.map) {
        const QString field = change.mapping == Mapping::CallsIpAccessControlLists
            ? u"IpAccessControlListSid"_s
            : u"CredentialListSid"_s;
        m_request = m_client->create(collection, { { field, change.listSid } });
    } else {
        m_request = m_client->remove(collection, change.listSid);
    }
    ApiRequest *request = m_request;
    connect(request, &ApiRequest::finished, this, [this, request] { onChangeAnswered(request); });
    connect(request, &QObject::destroyed, this, [this] {
        // Still connected: it went without an answer, with its client.
        if (m_applying && !m_queue.isEmpty())
            onChangeAnswered(nullptr);
    });
    emit changeSent(change, request);
}

void DomainAuthMappings::onChangeAnswered(ApiRequest *request)
{
    if (m_queue.isEmpty())
        return;
    if (request)
        request->disconnect(this);
    m_request.clear();
    ++s_changesAnswered; // answered or not: the mapping may have changed
    const qsizetype answered = m_results.size() - m_queue.size();
    Result &result = m_results[answered];
    m_queue.removeFirst();
    if (!request) {
        result.outcome = Outcome::Failed;
        result.message = tr("The account was closed before the answer came.");
        m_queue.clear(); // the rest stay "not sent"
        m_applying = false;
        emit progress(int(answered + 1), int(m_results.size()));
        emit finished();
        return;
    }
    const ApiError &error = request->error();
    if (!error) {
        result.outcome = Outcome::Done;
        result.message.clear();
        QSet<QString> &mapped = m_mapped[index(result.change.mapping)];
        if (result.change.map)
            mapped.insert(result.change.listSid);
        else
            mapped.remove(result.change.listSid);
    } else {
        const bool refused = !error.outcomeUnknown()
            && (error.kind() == ApiError::Kind::Validation
                || error.kind() == ApiError::Kind::NotFound
                || error.kind() == ApiError::Kind::Forbidden
                || error.kind() == ApiError::Kind::Refused);
        result.outcome = refused ? Outcome::Refused : Outcome::Failed;
        result.message =
            error.serviceMessage().isEmpty() ? error.userMessage() : error.serviceMessage();
    }
    emit progress(int(answered + 1), int(m_results.size()));
    sendNext();
}

void DomainAuthMappings::finishApply()
{
    // What the service has now, whatever the answers said.
    m_loadError = {};
    loadMappings(true);
}
