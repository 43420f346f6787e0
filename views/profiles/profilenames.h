#pragma once

#include <QString>

class ProfileStore;

// name, or "name (2)", "name (3)", … : the first that no saved profile
// carries, compared without case so that --profile NAME keeps naming one
// profile.
QString uniqueProfileName(const ProfileStore &store, const QString &name);
