#pragma once

#include <QString>
#include <QStringList>

class ProfileStore;

// name, or "name (2)", "name (3)", … : the first that taken does not hold,
// compared without case so that --profile NAME keeps naming one profile.
QString uniqueProfileName(const QStringList &taken, const QString &name);
// The same against the names of the saved profiles.
QString uniqueProfileName(const ProfileStore &store, const QString &name);
