#include "models/profiles/connectiontest.h"

#include "models/accounts/accountclient.h"
#include "models/api/apilistjob.h"
#include "models/api/serviceclient.h"
#include "models/kinds/recordkind.h"
#include "models/kinds/recordkinds.h"
#include "models/profiles/profileslogging.h"

#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

// The clients start the first page at once with the request's long default
// timeout; a person waiting on a "Test" button should hear back sooner.
constexpr auto kDeadline = 15s;

QString hostOf(const Account &account)
{
    const QUrl url = account.service == Account::Service::Twilio ? account.twilio.baseUrl
                                                                 : account.signalWire.baseUrl;
    return url.port() > 0 ? u"%1:%2"_s.arg(url.host()).arg(url.port()) : url.host();
}

// A sentence from the network layer's words: capitalised, one full stop.
QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    if (!text.isEmpty() && !text.endsWith(u'.'))
        text += u'.';
    return text;
}

} // namespace

ConnectionTest::ConnectionTest(
    QNetworkAccessManager *network, const Account &account, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_account(account)
    , m_deadline(new QTimer(this))
    , m_deadlineLength(kDeadline)
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
    m_deadline->start(m_deadlineLength);
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
    conclude(outcomeOf(error), failureMessage(error, hostOf(m_account)));
}

void ConnectionTest::onDeadline()
{
    conclude(Outcome::CannotReachHost, timeoutMessage(m_deadlineLength, hostOf(m_account)));
}

ConnectionTest::Outcome ConnectionTest::outcomeOf(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::None:
        return Outcome::Authenticated;
    case ApiError::Kind::Unauthorized:
        return Outcome::WrongCredentials;
    case ApiError::Kind::Forbidden:
        return Outcome::NotAllowed;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return Outcome::CannotReachHost;
    case ApiError::Kind::Tls:
        return Outcome::TlsError;
    default:
        return Outcome::Failed;
    }
}

QString ConnectionTest::timeoutMessage(std::chrono::milliseconds waited, const QString &host)
{
    const QString seconds = QString::number(double(waited.count()) / 1000.0, 'g', 3);
    return host.isEmpty() ? tr("Timed out after %1 s.").arg(seconds)
                          : tr("Timed out after %1 s: no answer from %2.").arg(seconds, host);
}

// The sentences of ApiError::userMessage() are written for a failed list or
// save; a test of the connection says the cause itself, and says it once.
QString ConnectionTest::failureMessage(const ApiError &error, const QString &host)
{
    const QString detail = error.detail().trimmed();
    switch (error.kind()) {
    case ApiError::Kind::None:
        return tr("Authenticated.");
    case ApiError::Kind::Unauthorized:
        return tr("Wrong credentials (HTTP 401): check the account SID or project and the "
                  "secret.");
    case ApiError::Kind::Forbidden:
        return tr("Authenticated, but not allowed to list SIP records (HTTP 403): a restricted "
                  "Twilio API key, or a SignalWire API token without the Voice scope.");
    case ApiError::Kind::Network:
        if (detail.isEmpty())
            return host.isEmpty() ? tr("The service cannot be reached.")
                                  : tr("%1 cannot be reached.").arg(host);
        // Qt's "Host api.twilio.com not found" names the host itself;
        // "Connection refused" does not.
        if (host.isEmpty() || detail.contains(host.section(u':', 0, 0), Qt::CaseInsensitive))
            return sentence(detail);
        return tr("%1 (%2).").arg(sentence(detail).chopped(1), host);
    case ApiError::Kind::Timeout:
        return detail.isEmpty() ? tr("Timed out: no answer from %1.").arg(host)
                                : tr("Timed out: %1 from %2.").arg(detail, host);
    case ApiError::Kind::Tls: {
        // Qt says "SSL handshake failed: <OpenSSL's reason>"; the protocol
        // has been called TLS for decades, and the reason is what matters.
        QString reason = detail;
        const qsizetype colon = reason.indexOf(u':');
        if (reason.startsWith(u"SSL handshake failed"_s, Qt::CaseInsensitive))
            reason = colon >= 0 ? reason.mid(colon + 1).trimmed() : QString();
        return reason.isEmpty() ? tr("TLS handshake failed with %1.").arg(host)
                                : tr("TLS handshake failed: %1").arg(sentence(reason));
    }
    default:
        return error.userMessage();
    }
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
