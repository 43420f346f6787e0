#include "models/profiles/secretstore.h"

#include "models/profiles/keychainresult.h"
#include "models/profiles/profileslogging.h"

#include <QMetaObject>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {

// Runs done on the context's thread, unless the context is gone by then.
// Without a context the store itself stands in, so a caller that does not
// care still gets a callback that cannot outlive its owner.
void deliver(QObject *fallback, QObject *context, SecretStore::Callback done,
    const SecretStore::Result &result, Qt::ConnectionType type)
{
    if (!done)
        return;
    QObject *target = context ? context : fallback;
    QPointer<QObject> guard(target);
    QMetaObject::invokeMethod(
        target,
        [guard, done = std::move(done), result] {
            if (guard)
                done(result);
        },
        type);
}

void wipe(QString &text)
{
    // Best effort: a buffer still shared with a caller detaches instead.
    text.fill(QChar(u'\0'));
    text.clear();
}

} // namespace

// ---- KeychainSecretStore -------------------------------------------------

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

namespace {

// Jobs are not children of the store: qtkeychain finishes (and deletes)
// them itself, and the result is taken in the job's own signal while the
// job is certainly alive, then handed to the context.
template<typename Job>
Job *newJob(const QString &key)
{
    auto *job = new Job(QString::fromLatin1(KeychainSecretStore::kService));
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    return job;
}

using Operation = KeychainResult::Operation;

// A read's secret is taken here, where the job is known to be a read.
SecretStore::Result resultOf(QKeychain::Job *job, Operation operation, const QString &secret)
{
    SecretStore::Result result = KeychainResult::of(job->error(), job->errorString(), operation,
        secret, !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    if (result.status == SecretStore::Status::Ok && operation == Operation::Read)
        result.secret = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
    return result;
}

void finishJob(QObject *store, QKeychain::Job *job, Operation operation, QString secret,
    QObject *context, SecretStore::Callback done)
{
    QPointer<QObject> storeGuard(store);
    QObject::connect(job, &QKeychain::Job::finished, job,
        [storeGuard, operation, secret = std::move(secret), context = QPointer<QObject>(context),
            hadContext = context != nullptr, done = std::move(done)](QKeychain::Job *finished) {
            const SecretStore::Result result = resultOf(finished, operation, secret);
            if (result.status != SecretStore::Status::Ok)
                qCInfo(lcSipdeskProfiles)
                    << "keychain" << finished->key() << "error" << int(finished->error());
            if (hadContext && !context)
                return;
            QObject *fallback = storeGuard.data();
            if (!context && !fallback)
                return;
            deliver(fallback, context, done, result, Qt::AutoConnection);
        });
}

} // namespace

void KeychainSecretStore::readSecret(const QString &key, QObject *context, Callback done)
{
    auto *job = newJob<QKeychain::ReadPasswordJob>(key);
    finishJob(this, job, Operation::Read, {}, context, std::move(done));
    job->start();
}

void KeychainSecretStore::writeSecret(
    const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto *job = newJob<QKeychain::WritePasswordJob>(key);
    job->setTextData(secret);
    finishJob(this, job, Operation::Write, secret, context, std::move(done));
    job->start();
}

void KeychainSecretStore::removeSecret(const QString &key, QObject *context, Callback done)
{
    auto *job = newJob<QKeychain::DeletePasswordJob>(key);
    finishJob(this, job, Operation::Remove, {}, context, std::move(done));
    job->start();
}

QString KeychainSecretStore::displayName() const
{
    return tr("System keychain");
}

// ---- MemorySecretStore ---------------------------------------------------

// Changes take effect at once, so that a read queued after a write sees it;
// only the answers wait for the event loop.
MemorySecretStore::~MemorySecretStore()
{
    for (auto it = m_secrets.begin(); it != m_secrets.end(); ++it)
        wipe(it.value());
}

void MemorySecretStore::readSecret(const QString &key, QObject *context, Callback done)
{
    Result result;
    const auto it = m_secrets.constFind(key);
    if (it == m_secrets.constEnd()) {
        result.status = Status::NotFound;
        result.errorText = tr("No secret is kept for this profile in this session.");
    } else {
        // A copy of its own, so that the store's buffer is never shared.
        result.secret = QString(it->constData(), it->size());
    }
    deliver(this, context, std::move(done), result, Qt::QueuedConnection);
}

void MemorySecretStore::writeSecret(
    const QString &key, const QString &secret, QObject *context, Callback done)
{
    auto it = m_secrets.find(key);
    if (it != m_secrets.end())
        wipe(it.value());
    // A deep copy that this store alone owns, so the wipe reaches it.
    m_secrets.insert(key, QString(secret.constData(), secret.size()));
    deliver(this, context, std::move(done), {}, Qt::QueuedConnection);
}

void MemorySecretStore::removeSecret(const QString &key, QObject *context, Callback done)
{
    auto it = m_secrets.find(key);
    if (it != m_secrets.end()) {
        wipe(it.value());
        m_secrets.erase(it);
    }
    deliver(this, context, std::move(done), {}, Qt::QueuedConnection);
}

QString MemorySecretStore::displayName() const
{
    return tr("This session only");
}
