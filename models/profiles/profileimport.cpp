#include "models/profiles/profileimport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

// A hostile file must not balloon memory or the profile list.
constexpr qsizetype kMaxEntries = 1000;
constexpr qsizetype kMaxFieldLength = 256;
constexpr qsizetype kMaxNameLength = 64;

QString secretOf(const QString &value)
{
    return value.trimmed();
}

// ---- environment -----------------------------------------------------------

QString env(const QProcessEnvironment &environment, const char *name)
{
    return environment.value(QString::fromLatin1(name)).trimmed().left(kMaxFieldLength);
}

QString missingWarning(const QString &what, const QStringList &missing)
{
    return QCoreApplication::translate(
        "ProfileImport", "%1 from the environment not imported: %2 is not set.")
        .arg(what, missing.join(u", "_s));
}

void twilioFromEnvironment(const QProcessEnvironment &environment, ProfileImportResult &result)
{
    const QString accountSid = env(environment, "TWILIO_ACCOUNT_SID");
    const QString authToken = env(environment, "TWILIO_AUTH_TOKEN");
    const QString apiKey = env(environment, "TWILIO_API_KEY");
    const QString apiSecret = env(environment, "TWILIO_API_SECRET");
    if (accountSid.isEmpty() && authToken.isEmpty() && apiKey.isEmpty() && apiSecret.isEmpty())
        return;

    Profile profile;
    profile.id = Profile::newId();
    profile.name = QCoreApplication::translate("ProfileImport", "Twilio (environment)");
    profile.service = Account::Service::Twilio;
    profile.accountSid = accountSid;
    profile.region = env(environment, "TWILIO_REGION");
    profile.edge = env(environment, "TWILIO_EDGE");

    QStringList missing;
    if (accountSid.isEmpty())
        missing << u"TWILIO_ACCOUNT_SID"_s;
    QString secret;
    const bool apiKeyComplete = !apiKey.isEmpty() && !apiSecret.isEmpty();
    const bool apiKeyPartial = !apiKeyComplete && (!apiKey.isEmpty() || !apiSecret.isEmpty());
    const QString apiKeyMissing = apiKey.isEmpty() ? u"TWILIO_API_KEY"_s : u"TWILIO_API_SECRET"_s;
    // An API key is what Twilio recommends, so it wins when both are set.
    if (apiKeyComplete) {
        profile.twilioAuth = Profile::TwilioAuth::ApiKey;
        profile.apiKeySid = apiKey;
        secret = apiSecret;
    } else if (!authToken.isEmpty()) {
        secret = authToken;
        if (apiKeyPartial && missing.isEmpty())
            result.warnings << QCoreApplication::translate("ProfileImport",
                "The Twilio API key from the environment is incomplete (%1 "
                "is not set); the auth token is used instead.")
                                   .arg(apiKeyMissing);
    } else {
        missing << (apiKeyPartial ? apiKeyMissing : u"TWILIO_AUTH_TOKEN"_s);
    }
    if (!missing.isEmpty()) {
        result.warnings << missingWarning(
            QCoreApplication::translate("ProfileImport", "The Twilio account"), missing);
        return;
    }
    result.profiles.append(
        { profile, secretOf(secret), QCoreApplication::translate("ProfileImport", "environment") });
}

QString spaceFrom(QString space)
{
    space = space.toLower();
    if (space.startsWith(u"https://"_s))
        space.remove(0, 8);
    while (space.endsWith(u'/'))
        space.chop(1);
    if (space.endsWith(u".signalwire.com"_s))
        space.chop(qsizetype(sizeof(".signalwire.com") - 1));
    return space;
}

void signalWireFromEnvironment(const QProcessEnvironment &environment, ProfileImportResult &result)
{
    const QString space = spaceFrom(env(environment, "SIGNALWIRE_SPACE"));
    const QString projectId = env(environment, "SIGNALWIRE_PROJECT_ID");
    const QString token = env(environment, "SIGNALWIRE_API_TOKEN");
    if (space.isEmpty() && projectId.isEmpty() && token.isEmpty())
        return;
    QStringList missing;
    if (space.isEmpty())
        missing << u"SIGNALWIRE_SPACE"_s;
    if (projectId.isEmpty())
        missing << u"SIGNALWIRE_PROJECT_ID"_s;
    if (token.isEmpty())
        missing << u"SIGNALWIRE_API_TOKEN"_s;
    if (!missing.isEmpty()) {
        result.warnings << missingWarning(
            QCoreApplication::translate("ProfileImport", "The SignalWire project"), missing);
        return;
    }
    Profile profile;
    profile.id = Profile::newId();
    profile.name = QCoreApplication::translate("ProfileImport", "SignalWire (environment)");
    profile.service = Account::Service::SignalWire;
    profile.space = space;
    profile.projectId = projectId;
    result.profiles.append(
        { profile, secretOf(token), QCoreApplication::translate("ProfileImport", "environment") });
}

// ---- Twilio CLI --------------------------------------------------------------

// A string field, or nothing; a wrong type is reported once per entry.
QString stringField(const QJsonObject &object, const QString &key, bool *wrongType)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString()) {
        *wrongType = true;
        return {};
    }
    return value.toString().trimmed().left(kMaxFieldLength);
}

// Shown in warnings and as a name: no control characters, bounded.
QString displayName(const QString &name)
{
    QString clean;
    for (QChar c : name.left(kMaxNameLength)) {
        if (c.isPrint())
            clean += c;
    }
    return clean.trimmed();
}

void importCliProfile(const QString &key, const QJsonValue &value, const QString &defaultEdge,
    ProfileImportResult &result)
{
    const QString name = displayName(key);
    if (!value.isObject()) {
        result.warnings << QCoreApplication::translate(
            "ProfileImport", "Twilio CLI profile \"%1\" skipped: it is not an object.")
                               .arg(name);
        return;
    }
    const QJsonObject object = value.toObject();
    bool wrongType = false;
    const QString accountSid = stringField(object, u"accountSid"_s, &wrongType);
    const QString apiKey = stringField(object, u"apiKey"_s, &wrongType);
    const QString apiSecret = stringField(object, u"apiSecret"_s, &wrongType);
    const QString region = stringField(object, u"region"_s, &wrongType);
    const QString edge = stringField(object, u"edge"_s, &wrongType);
    if (wrongType) {
        result.warnings << QCoreApplication::translate(
            "ProfileImport", "Twilio CLI profile \"%1\" skipped: a field is not text.")
                               .arg(name);
        return;
    }
    QStringList missing;
    if (accountSid.isEmpty())
        missing << u"accountSid"_s;
    if (apiKey.isEmpty())
        missing << u"apiKey"_s;
    if (apiSecret.isEmpty())
        missing << u"apiSecret"_s;
    if (!missing.isEmpty()) {
        result.warnings << QCoreApplication::translate(
            "ProfileImport", "Twilio CLI profile \"%1\" skipped: %2 missing.")
                               .arg(name, missing.join(u", "_s));
        return;
    }
    Profile profile;
    profile.id = Profile::newId();
    profile.name =
        name.isEmpty() ? QCoreApplication::translate("ProfileImport", "Twilio CLI") : name;
    profile.service = Account::Service::Twilio;
    profile.accountSid = accountSid;
    // The CLI stores an auth token login as the account SID in apiKey.
    if (apiKey == accountSid) {
        profile.twilioAuth = Profile::TwilioAuth::AuthToken;
    } else {
        profile.twilioAuth = Profile::TwilioAuth::ApiKey;
        profile.apiKeySid = apiKey;
    }
    profile.region = region;
    profile.edge = edge.isEmpty() ? defaultEdge : edge;
    result.profiles.append({ profile, apiSecret,
        QCoreApplication::translate("ProfileImport", "twilio-cli profile \"%1\"").arg(name) });
}

} // namespace

namespace ProfileImport {

ProfileImportResult fromEnvironment(const QProcessEnvironment &environment)
{
    ProfileImportResult result;
    twilioFromEnvironment(environment, result);
    signalWireFromEnvironment(environment, result);
    return result;
}

QString defaultTwilioCliConfigPath()
{
    return QDir::home().filePath(u".twilio-cli/config.json"_s);
}

ProfileImportResult fromTwilioCliConfig(const QString &path)
{
    ProfileImportResult result;
    const QFileInfo info(path);
    if (!info.exists()) {
        result.error = QCoreApplication::translate(
            "ProfileImport", "There is no Twilio CLI configuration at %1.")
                           .arg(path);
        return result;
    }
    if (!info.isFile()) {
        result.error = QCoreApplication::translate("ProfileImport", "%1 is not a file.").arg(path);
        return result;
    }
    // Checked before reading, so that a huge file is never loaded.
    if (info.size() > kMaxConfigBytes) {
        result.error = QCoreApplication::translate(
            "ProfileImport", "%1 is larger than %2 KB and was not read.")
                           .arg(path)
                           .arg(kMaxConfigBytes / 1024);
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QCoreApplication::translate("ProfileImport", "%1 could not be read: %2")
                           .arg(path, file.errorString());
        return result;
    }
    // The file may have grown since the size check.
    const QByteArray data = file.read(kMaxConfigBytes + 1);
    if (data.size() > kMaxConfigBytes) {
        result.error = QCoreApplication::translate(
            "ProfileImport", "%1 is larger than %2 KB and was not read.")
                           .arg(path)
                           .arg(kMaxConfigBytes / 1024);
        return result;
    }
    return fromTwilioCliConfigData(data);
}

ProfileImportResult fromTwilioCliConfigData(const QByteArray &json)
{
    ProfileImportResult result;
    if (json.size() > kMaxConfigBytes) {
        result.error = QCoreApplication::translate(
            "ProfileImport", "The Twilio CLI configuration is larger than %1 KB and was not read.")
                           .arg(kMaxConfigBytes / 1024);
        return result;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = QCoreApplication::translate(
            "ProfileImport", "The Twilio CLI configuration is not valid JSON (%1 at byte %2).")
                           .arg(parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }
    if (!document.isObject()) {
        result.error = QCoreApplication::translate(
            "ProfileImport", "The Twilio CLI configuration is not a JSON object.");
        return result;
    }
    const QJsonObject root = document.object();
    const QJsonValue profiles = root.value(u"profiles"_s);
    const QJsonValue edgeValue = root.value(u"edge"_s);
    const QString defaultEdge =
        edgeValue.isString() ? edgeValue.toString().trimmed().left(kMaxFieldLength) : QString();
    // Older CLIs listed "projects" and kept their secrets in the system
    // keychain, where we cannot reach them.
    if (root.value(u"projects"_s).isArray() && !root.value(u"projects"_s).toArray().isEmpty())
        result.warnings << QCoreApplication::translate("ProfileImport",
            "Profiles of older Twilio CLI versions (\"projects\") keep their "
            "secret in the system keychain and were not imported.");
    if (profiles.isUndefined() || profiles.isNull()) {
        if (result.warnings.isEmpty())
            result.warnings << QCoreApplication::translate(
                "ProfileImport", "The Twilio CLI configuration holds no profiles.");
        return result;
    }
    if (!profiles.isObject()) {
        result.error = QCoreApplication::translate(
            "ProfileImport", "The Twilio CLI configuration's \"profiles\" is not an object.");
        return result;
    }
    const QJsonObject entries = profiles.toObject();
    qsizetype seen = 0;
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (seen++ >= kMaxEntries) {
            result.warnings << QCoreApplication::translate(
                "ProfileImport", "Only the first %1 Twilio CLI profiles were read.")
                                   .arg(kMaxEntries);
            break;
        }
        importCliProfile(it.key(), it.value(), defaultEdge, result);
    }
    if (!result.profiles.isEmpty())
        result.warnings << QCoreApplication::translate("ProfileImport",
            "The Twilio CLI keeps these secrets in plain text in its "
            "configuration file. SipDesk stores them in the keychain and "
            "leaves that file untouched; consider deleting it yourself.");
    return result;
}

} // namespace ProfileImport
