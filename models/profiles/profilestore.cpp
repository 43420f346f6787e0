#include "models/profiles/profilestore.h"

#include "models/profiles/profileslogging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSipdeskProfiles, "sipdesk.profiles")

using namespace Qt::StringLiterals;

namespace {

const QString kOrderKey = u"profiles/order"_s;
const QString kLastUsedKey = u"profiles/lastUsed"_s;
// In a profile's group: the connection (Account::credentialScope, no
// secret in it) the keychain last stored a secret for; empty: none.
const QString kSecretScopeKey = u"secretScope"_s;

// Ids become settings group names and keychain keys: a hand-edited "a/b"
// or "../x" must not reach into another group.
bool isSafeId(const QString &id)
{
    if (id.isEmpty() || id.size() > 64)
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'-' || c == u'_';
    });
}

QString groupOf(const QString &id)
{
    return u"profiles/"_s + id;
}

std::optional<Profile> readProfile(QSettings &settings, const QString &id)
{
    settings.beginGroup(groupOf(id));
    Profile profile;
    profile.id = id;
    const QString service = settings.value(u"service"_s).toString();
    bool known = true;
    if (service == u"twilio"_s)
        profile.service = Account::Service::Twilio;
    else if (service == u"signalwire"_s)
        profile.service = Account::Service::SignalWire;
    else
        known = false;
    profile.name = settings.value(u"name"_s).toString();
    profile.color = settings.value(u"color"_s).toString();
    // Any value but false (or 0, or empty) keeps a hand-edited profile safe.
    profile.readOnly = settings.value(u"readOnly"_s, false).toBool();
    profile.accountSid = settings.value(u"accountSid"_s).toString();
    profile.twilioAuth = settings.value(u"twilioAuth"_s).toString() == u"apiKey"_s
        ? Profile::TwilioAuth::ApiKey
        : Profile::TwilioAuth::AuthToken;
    profile.apiKeySid = settings.value(u"apiKeySid"_s).toString();
    profile.region = settings.value(u"region"_s).toString();
    profile.edge = settings.value(u"edge"_s).toString();
    profile.space = settings.value(u"space"_s).toString();
    profile.projectId = settings.value(u"projectId"_s).toString();
    const QString baseUrl = settings.value(u"baseUrl"_s).toString();
    if (!baseUrl.isEmpty())
        profile.baseUrl = QUrl(baseUrl, QUrl::StrictMode);
    settings.endGroup();
    if (!known) {
        qCWarning(lcSipdeskProfiles) << "skipping profile" << id << "with unknown service";
        return std::nullopt;
    }
    return profile;
}

// The order as saved, cleaned: ids without a group dropped, duplicates
// dropped, groups missing from the order appended.
QStringList effectiveOrder(QSettings &settings)
{
    const QStringList saved = settings.value(kOrderKey).toStringList();
    settings.beginGroup(u"profiles"_s);
    const QStringList groups = settings.childGroups();
    settings.endGroup();
    QStringList order;
    for (const QString &id : saved) {
        if (isSafeId(id) && groups.contains(id) && !order.contains(id))
            order.append(id);
    }
    for (const QString &id : groups) {
        if (isSafeId(id) && !order.contains(id))
            order.append(id);
    }
    return order;
}

// What the stores hold: the secret with the connection it was saved for.
QString sealedSecret(const QString &credentialScope, const QString &secret)
{
    const QJsonObject sealed { { u"scope"_s, credentialScope }, { u"secret"_s, secret } };
    return QString::fromUtf8(QJsonDocument(sealed).toJson(QJsonDocument::Compact));
}

// A store's answer as the caller may have it: the secret if it was saved
// for this scope; NotFound for another scope or a value in any other shape
// (an unbound secret is never handed out); a failed read as it is.
SecretStore::Result unsealed(const SecretStore::Result &stored, const QString &credentialScope)
{
    if (stored.status != SecretStore::Status::Ok)
        return stored;
    const QJsonObject sealed = QJsonDocument::fromJson(stored.secret.toUtf8()).object();
    const QJsonValue secret = sealed.value(u"secret"_s);
    SecretStore::Result result;
    if (sealed.value(u"scope"_s).toString() != credentialScope || !secret.isString()) {
        result.status = SecretStore::Status::NotFound;
        result.errorText = ProfileStore::tr("No secret is stored for this address and account: "
                                            "the stored one only goes where it was saved for.");
        return result;
    }
    result.secret = secret.toString();
    return result;
}

} // namespace

ProfileStore::ProfileStore(SecretStore *keychain, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_session(new MemorySecretStore(this))
{ }

QList<Profile> ProfileStore::profiles() const
{
    QSettings settings;
    QList<Profile> result;
    for (const QString &id : effectiveOrder(settings)) {
        if (auto profile = readProfile(settings, id))
            result.append(*profile);
    }
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (!isSafeId(id))
        return std::nullopt;
    QSettings settings;
    settings.beginGroup(u"profiles"_s);
    const bool exists = settings.childGroups().contains(id);
    settings.endGroup();
    if (!exists)
        return std::nullopt;
    return readProfile(settings, id);
}

std::optional<Profile> ProfileStore::profileNamed(const QString &name) const
{
    const QList<Profile> all = profiles();
    for (const Profile &profile : all) {
        if (profile.name == name)
            return profile;
    }
    for (const Profile &profile : all) {
        if (profile.name.compare(name, Qt::CaseInsensitive) == 0)
            return profile;
    }
    return std::nullopt;
}

bool ProfileStore::save(const Profile &profile, QString *error)
{
    if (!isSafeId(profile.id)) {
        if (error)
            *error = tr("The profile has no valid id.");
        return false;
    }
    const auto problems = profile.problems();
    if (!problems.isEmpty()) {
        if (error)
            *error = problems.first();
        return false;
    }
    QSettings settings;
    QStringList order = effectiveOrder(settings);
    const QString group = groupOf(profile.id);
    // What the keychain holds does not change with the fields; a profile
    // saved before this record existed keeps having none (state unknown).
    const bool isNew = !order.contains(profile.id);
    const QVariant secretScope =
        isNew ? QVariant(QString()) : settings.value(group + u'/' + kSecretScopeKey);
    // Start from an empty group so that no key of a former service lingers.
    settings.remove(group);
    settings.beginGroup(group);
    if (secretScope.isValid())
        settings.setValue(kSecretScopeKey, secretScope);
    const bool twilio = profile.service == Account::Service::Twilio;
    settings.setValue(u"name"_s, profile.name);
    settings.setValue(u"service"_s, twilio ? u"twilio"_s : u"signalwire"_s);
    settings.setValue(u"color"_s, profile.color);
    settings.setValue(u"readOnly"_s, profile.readOnly);
    if (twilio) {
        const bool apiKey = profile.twilioAuth == Profile::TwilioAuth::ApiKey;
        settings.setValue(u"accountSid"_s, profile.accountSid);
        settings.setValue(u"twilioAuth"_s, apiKey ? u"apiKey"_s : u"authToken"_s);
        settings.setValue(u"apiKeySid"_s, apiKey ? profile.apiKeySid : QString());
        settings.setValue(u"region"_s, profile.region);
        settings.setValue(u"edge"_s, profile.edge);
    } else {
        settings.setValue(u"space"_s, profile.space);
        settings.setValue(u"projectId"_s, profile.projectId);
    }
    // urlProblem() refused user info, so the URL carries no password.
    settings.setValue(u"baseUrl"_s,
        profile.baseUrl.isEmpty() ? QString() : profile.baseUrl.toString(QUrl::FullyEncoded));
    settings.endGroup();
    if (!order.contains(profile.id))
        order.append(profile.id);
    settings.setValue(kOrderKey, order);
    qCInfo(lcSipdeskProfiles) << "saved profile" << profile.id << profile.name;
    emit profilesChanged();
    return true;
}

void ProfileStore::move(const QString &id, int index)
{
    QSettings settings;
    QStringList order = effectiveOrder(settings);
    const qsizetype from = order.indexOf(id);
    if (from < 0)
        return;
    order.removeAt(from);
    order.insert(std::clamp<qsizetype>(index, 0, order.size()), id);
    settings.setValue(kOrderKey, order);
    emit profilesChanged();
}

void ProfileStore::remove(const QString &id, QObject *context, SecretStore::Callback done)
{
    // The secret goes first: were the settings removed first and the
    // keychain then refused, the secret would stay behind under an id that
    // nothing names any more. The removal completes even if the caller's
    // context is gone meanwhile.
    m_keychain->removeSecret(id, this,
        [this, id, caller = QPointer<QObject>(context), hadCaller = context != nullptr,
            done = std::move(done)](const SecretStore::Result &result) {
            if (result.status == SecretStore::Status::Ok) {
                m_session->removeSecret(id, nullptr, {});
                m_sessionScopes.remove(id);
                removeSettings(id);
            } else {
                qCWarning(lcSipdeskProfiles)
                    << "kept profile" << id << "whose secret the keychain did not remove";
            }
            if (done && (caller || !hadCaller))
                done(result);
        });
}

void ProfileStore::removeSettings(const QString &id)
{
    if (!isSafeId(id))
        return;
    QSettings settings;
    QStringList order = effectiveOrder(settings);
    order.removeAll(id);
    settings.remove(groupOf(id));
    settings.setValue(kOrderKey, order);
    if (settings.value(kLastUsedKey).toString() == id)
        settings.remove(kLastUsedKey);
    qCInfo(lcSipdeskProfiles) << "removed profile" << id;
    emit profilesChanged();
}

void ProfileStore::storeSecret(const Profile &profile, const QString &secret, SecretScope scope,
    QObject *context, SecretStore::Callback done)
{
    const QString id = profile.id;
    // An open account of this profile must learn that its secret changed,
    // even if the caller's context is gone by the time the store answers.
    const QString credentialScope = profile.toAccount(QString()).credentialScope();
    auto notify = [this, id, scope, credentialScope, caller = QPointer<QObject>(context),
                      hadCaller = context != nullptr,
                      done = std::move(done)](const SecretStore::Result &result) {
        if (result.status == SecretStore::Status::Ok) {
            // The keychain copy becomes the one that counts: a session copy
            // would otherwise shadow it. Only now, so a failed write loses nothing.
            if (scope == SecretScope::Keychain) {
                m_session->removeSecret(id, nullptr, {});
                m_sessionScopes.remove(id);
                recordKeychainScope(id, credentialScope);
            } else {
                m_sessionScopes.insert(id, credentialScope);
            }
            emit secretChanged(id);
        }
        if (done && (caller || !hadCaller))
            done(result);
    };
    const QString sealed = sealedSecret(credentialScope, secret);
    if (scope == SecretScope::SessionOnly) {
        m_session->writeSecret(id, sealed, this, std::move(notify));
        return;
    }
    m_keychain->writeSecret(id, sealed, this, std::move(notify));
}

void ProfileStore::readSecret(const Profile &profile, QObject *context, SecretStore::Callback done)
{
    readSecret(profile.toAccount(QString()), context, std::move(done));
}

void ProfileStore::readSecret(const Account &account, QObject *context, SecretStore::Callback done)
{
    if (!m_session->contains(account.profileId)) {
        readFromKeychain(account, context, std::move(done));
        return;
    }
    // A session copy saved for another connection does not hide a keychain
    // secret saved for this one.
    m_session->readSecret(account.profileId, this,
        [this, account, caller = QPointer<QObject>(context), hadCaller = context != nullptr,
            done = std::move(done)](const SecretStore::Result &result) {
            if (hadCaller && !caller)
                return;
            const SecretStore::Result session = unsealed(result, account.credentialScope());
            if (session.status == SecretStore::Status::Ok)
                done(session);
            else
                readFromKeychain(account, caller, done);
        });
}

void ProfileStore::readFromKeychain(
    const Account &account, QObject *context, SecretStore::Callback done)
{
    m_keychain->readSecret(account.profileId, context,
        [scope = account.credentialScope(), done = std::move(done)](
            const SecretStore::Result &result) { done(unsealed(result, scope)); });
}

void ProfileStore::recordKeychainScope(const QString &id, const QString &credentialScope)
{
    // Only for a saved profile: a write for a profile removed meanwhile
    // must not bring its group back.
    if (!profile(id))
        return;
    QSettings().setValue(groupOf(id) + u'/' + kSecretScopeKey, credentialScope);
}

ProfileStore::SecretState ProfileStore::secretState(const Profile &profile) const
{
    const QString scope = profile.toAccount(QString()).credentialScope();
    if (const auto it = m_sessionScopes.constFind(profile.id);
        it != m_sessionScopes.constEnd() && *it == scope)
        return SecretState::SessionOnly;
    if (!isSafeId(profile.id))
        return SecretState::Missing;
    const QVariant recorded = QSettings().value(groupOf(profile.id) + u'/' + kSecretScopeKey);
    if (!recorded.isValid())
        return SecretState::Stored;
    return recorded.toString() == scope ? SecretState::Stored : SecretState::Missing;
}

QString ProfileStore::lastUsedId() const
{
    return QSettings().value(kLastUsedKey).toString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    QSettings settings;
    if (id.isEmpty())
        settings.remove(kLastUsedKey);
    else
        settings.setValue(kLastUsedKey, id);
}
