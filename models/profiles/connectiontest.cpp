#include "models/profiles/connectiontest.h"

#include "models/accounts/accountclient.h"
#include "models/api/apilistjob.h"
#include "models/api/serviceclient.h"
#include "models/kinds/recordkind.h"
#include "models/kinds/recordkinds.h"
#include "models/profiles/profileslogging.h"

#include <QTimer>

#include <chrono>

using namespace std::chrono_literals;

namespace {

// The clients start the first page at once with the request's long default
// timeout; a person waiting on a "Test" button should hear back sooner.
constexpr auto kDeadline = 15s;

} // namespace

ConnectionTest::ConnectionTest(
    QNetworkAccessManager *network, const Account &account, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_account(account)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &ConnectionTest::onDeadline);
}

ConnectionTest::~ConnectionTest()
{
    m_done = true;
    stop();
}

void ConnectionTest::start()
{
    if (m_started)
        return;
    m_started = true;
    // One item is enough to prove the credentials; no further page is asked for.
    ServiceClient *client = makeAccountClient(m_network, m_account).release();
    client->setParent(this);
    m_client = client;
    m_job = RecordKinds::firstOf(m_account.service)->list(client, 1);
    connect(m_job, &ApiListJob::pageReceived, this, &ConnectionTest::onPage);
    connect(m_job, &ApiListJob::finished, this, &ConnectionTest::onListFinished);
    m_deadline->start(kDeadline);
}

void ConnectionTest::cancel()
{
    if (m_done)
        return;
    m_done = true;
    m_outcome = Outcome::Failed;
    m_message = tr("The connection test was cancelled.");
    stop();
}

void ConnectionTest::onPage()
{
    conclude(Outcome::Authenticated, tr("Authenticated."));
}

void ConnectionTest::onListFinished()
{
    if (!m_job)
        return;
    const ApiError error = m_job->error();
    if (!error) {
        conclude(Outcome::Authenticated, tr("Authenticated."));
        return;
    }
    const QString why = error.userMessage();
    switch (error.kind()) {
    case ApiError::Kind::Unauthorized:
        conclude(Outcome::WrongCredentials, tr("Wrong credentials: %1").arg(why));
        return;
    case ApiError::Kind::Forbidden:
        conclude(Outcome::NotAllowed, tr("Authenticated, but not allowed: %1").arg(why));
        return;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        conclude(Outcome::CannotReachHost, tr("Cannot reach the service: %1").arg(why));
        return;
    case ApiError::Kind::Tls:
        conclude(Outcome::TlsError, tr("Secure connection failed: %1").arg(why));
        return;
    default:
        conclude(Outcome::Failed, tr("The test failed: %1").arg(why));
        return;
    }
}

void ConnectionTest::onDeadline()
{
    conclude(Outcome::CannotReachHost,
        tr("Cannot reach the service: no answer within %1 seconds.")
            .arg(std::chrono::seconds(kDeadline).count()));
}

void ConnectionTest::conclude(Outcome outcome, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    m_outcome = outcome;
    m_message = message;
    qCInfo(lcSipdeskProfiles) << "connection test" << m_account.profileId << int(outcome);
    stop();
    emit finished();
}

// Nothing of the old request may reach us afterwards: the job is cancelled
// (no signal after that) and its client goes with it.
void ConnectionTest::stop()
{
    m_deadline->stop();
    if (m_job) {
        disconnect(m_job, nullptr, this, nullptr);
        m_job->cancel();
    }
    m_job.clear();
    if (m_client)
        m_client->deleteLater();
    m_client.clear();
}
