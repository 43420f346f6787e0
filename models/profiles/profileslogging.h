#pragma once

#include <QLoggingCategory>

// "sipdesk.profiles": ids and names only, never a secret.
Q_DECLARE_LOGGING_CATEGORY(lcSipdeskProfiles)
