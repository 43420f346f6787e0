#include "models/lists/registrationmappingcheck.h"

RegistrationMappingCheck::RegistrationMappingCheck(QObject *parent)
    : QObject(parent)
{ }

RegistrationMappingCheck::~RegistrationMappingCheck()
{
    stopRunning();
}

void RegistrationMappingCheck::setClient(TwilioClient *client)
{
    clear();
    if (m_client)
        m_client->disconnect(this);
    m_client = client;
    // Its jobs die with it: nothing of theirs may stay "running".
    if (client)
        connect(client, &QObject::destroyed, this, &RegistrationMappingCheck::clear);
}

void RegistrationMappingCheck::setMaxRunning(int maxRunning)
{
    m_maxRunning = qMax(1, maxRunning);
    pump();
}

QSet<QString> RegistrationMappingCheck::setWanted(const QStringList &domainSids)
{
    const QSet<QString> before = m_waitingSet;
    m_waiting.clear();
    m_waitingSet.clear();
    if (m_client) {
        for (const QString &sid : domainSids) {
            if (m_results.contains(sid) || m_running.contains(sid) || m_waitingSet.contains(sid))
                continue;
            m_waiting.append(sid);
            m_waitingSet.insert(sid);
        }
    }
    QSet<QString> changed = before;
    changed.unite(m_waitingSet);
    for (const QString &sid : before) {
        if (m_waitingSet.contains(sid))
            changed.remove(sid);
    }
    pump();
    return changed;
}

void RegistrationMappingCheck::forget(const QString &domainSid)
{
    m_results.remove(domainSid);
    if (m_waitingSet.remove(domainSid))
        m_waiting.removeOne(domainSid);
    if (const QPointer<ApiListJob> job = m_running.take(domainSid)) {
        job->disconnect(this);
        job->cancel();
    }
    pump();
}

void RegistrationMappingCheck::clear()
{
    stopRunning();
    m_results.clear();
    m_waiting.clear();
    m_waitingSet.clear();
}

void RegistrationMappingCheck::stopRunning()
{
    const auto running = std::exchange(m_running, {});
    for (const QPointer<ApiListJob> &job : running) {
        if (job) {
            job->disconnect(this);
            job->cancel();
        }
    }
}

RegistrationMappingCheck::State RegistrationMappingCheck::state(const QString &domainSid) const
{
    if (m_running.contains(domainSid) || m_waitingSet.contains(domainSid))
        return State::Pending;
    return m_results.value(domainSid).state;
}

QString RegistrationMappingCheck::failure(const QString &domainSid) const
{
    return m_results.value(domainSid).failure;
}

void RegistrationMappingCheck::pump()
{
    while (m_client && int(m_running.size()) < m_maxRunning && !m_waiting.isEmpty()) {
        const QString sid = m_waiting.takeFirst();
        m_waitingSet.remove(sid);
        start(sid);
    }
}

void RegistrationMappingCheck::start(const QString &domainSid)
{
    // One mapping is enough to know: the smallest page, and no next page.
    ApiListJob *job = m_client->list(TwilioCollections::domainMappings(domainSid,
                                         TwilioCollections::Mapping::RegistrationsCredentialLists),
        1, /*followAll*/ false);
    m_running.insert(domainSid, job);
    connect(job, &ApiListJob::pageReceived, this,
        [this, domainSid, job](const QJsonArray &items, bool hasMore) {
            if (m_running.value(domainSid) != job)
                return;
            if (hasMore)
                job->cancel(); // the rest of the mappings are not needed
            finish(domainSid, { items.isEmpty() ? State::Unmapped : State::Mapped, {} });
        });
    connect(job, &ApiListJob::finished, this, [this, domainSid, job] {
        if (m_running.value(domainSid) != job)
            return; // answered by its page, or dropped
        QString why = job->error().userMessage();
        if (why.isEmpty())
            why = tr("no answer");
        finish(domainSid, { State::Failed, why });
    });
}

void RegistrationMappingCheck::finish(const QString &domainSid, const Result &result)
{
    m_running.remove(domainSid);
    m_results.insert(domainSid, result);
    emit stateChanged(domainSid);
    pump();
}
