#pragma once

#include "models/profiles/secretstore.h"

#include <qt6keychain/keychain.h>

// What one finished qtkeychain job means for the user, as a pure function so
// that every error code can be tested without a keychain. The sentence for
// the user never carries the backend's own text (a D-Bus error with an
// object path means nothing to a support engineer); that text goes to
// Result::detail, for a "Details" section, with the secret scrubbed out.
namespace KeychainResult {

enum class Operation { Read, Write, Remove };

// backendText: the job's errorString(); secret: what was being written (so
// that it can be scrubbed should the backend ever echo it); dbusAvailable:
// whether a session bus is configured at all.
SecretStore::Result of(QKeychain::Error error, const QString &backendText, Operation operation,
    const QString &secret = QString(), bool dbusAvailable = true);

} // namespace KeychainResult
