#include "models/profiles/keychainresult.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

// qtkeychain reports a missing or unreachable Secret Service as OtherError
// with the D-Bus error in the text: that is "no keychain", not a failure of
// this one secret.
bool looksLikeMissingDBus(const QString &text, bool dbusAvailable)
{
    if (!dbusAvailable)
        return true;
    return text.contains(u"D-Bus"_s, Qt::CaseInsensitive)
        || text.contains(u"DBus"_s, Qt::CaseInsensitive)
        || text.contains(u"org.freedesktop.secrets"_s, Qt::CaseInsensitive);
}

QString failedSentence(KeychainResult::Operation operation)
{
    switch (operation) {
    case KeychainResult::Operation::Read:
        return QCoreApplication::translate(
            "KeychainResult", "The system keychain could not read the secret.");
    case KeychainResult::Operation::Write:
        return QCoreApplication::translate(
            "KeychainResult", "The system keychain could not store the secret.");
    case KeychainResult::Operation::Remove:
        break;
    }
    return QCoreApplication::translate(
        "KeychainResult", "The system keychain could not remove the secret.");
}

} // namespace

SecretStore::Result KeychainResult::of(QKeychain::Error error, const QString &backendText,
    Operation operation, const QString &secret, bool dbusAvailable)
{
    SecretStore::Result result;
    // The backend's own text should never echo the secret; make sure.
    QString detail = backendText.trimmed();
    if (!secret.isEmpty())
        detail.replace(secret, u"…"_s);
    switch (error) {
    case QKeychain::NoError:
        return result;
    case QKeychain::EntryNotFound:
        if (operation == Operation::Remove)
            return result; // already gone is what removing asked for
        result.status = SecretStore::Status::NotFound;
        result.errorText = QCoreApplication::translate(
            "KeychainResult", "No secret is stored in the system keychain for this profile.");
        return result;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        result.status = SecretStore::Status::Unavailable;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStore::Status::Denied;
        break;
    case QKeychain::OtherError:
        result.status = looksLikeMissingDBus(detail, dbusAvailable)
            ? SecretStore::Status::Unavailable
            : SecretStore::Status::Failed;
        break;
    case QKeychain::CouldNotDeleteEntry:
        result.status = SecretStore::Status::Failed;
        break;
    }
    switch (result.status) {
    case SecretStore::Status::Unavailable:
        result.errorText = QCoreApplication::translate("KeychainResult",
            "The system keychain cannot be reached: it may be locked, or no "
            "keychain service is running.");
        break;
    case SecretStore::Status::Denied:
        result.errorText = QCoreApplication::translate("KeychainResult",
            "The system keychain refused access: it may be locked, or access "
            "was declined.");
        break;
    default:
        result.errorText = failedSentence(operation);
        break;
    }
    result.detail = detail;
    return result;
}
