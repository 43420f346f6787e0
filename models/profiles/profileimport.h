#pragma once

#include "models/profiles/profile.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// A profile found somewhere else, with its secret: the caller stores the
// secret in the keychain and never writes it elsewhere.
struct ImportedProfile
{
    Profile profile; // with a fresh id; may be invalid (the user fixes it)
    QString secret;
    QString origin; // "environment", "twilio-cli profile \"acme\""
};

struct ProfileImportResult
{
    QList<ImportedProfile> profiles;
    QStringList warnings; // translated: partial entries, plain-text secret in a file, …
    QString error; // translated; set when the source could not be read at all
};

namespace ProfileImport {

// TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_API_KEY, TWILIO_API_SECRET,
// TWILIO_REGION, TWILIO_EDGE; SIGNALWIRE_SPACE, SIGNALWIRE_PROJECT_ID,
// SIGNALWIRE_API_TOKEN. At most one Twilio and one SignalWire profile.
ProfileImportResult fromEnvironment(const QProcessEnvironment &environment);

// The Twilio CLI's ~/.twilio-cli/config.json: one profile per entry of its
// "profiles" object. The file is only read, never changed; files larger
// than kMaxConfigBytes are refused.
inline constexpr qint64 kMaxConfigBytes = 1024 * 1024;
QString defaultTwilioCliConfigPath();
ProfileImportResult fromTwilioCliConfig(const QString &path);
ProfileImportResult fromTwilioCliConfigData(const QByteArray &json);

} // namespace ProfileImport
