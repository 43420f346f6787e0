#include "models/profiles/profilenames.h"

#include "models/profiles/profilestore.h"

#include <QCoreApplication>

QString uniqueProfileName(const QStringList &taken, const QString &name)
{
    const auto isTaken = [&taken](const QString &candidate) {
        return taken.contains(candidate, Qt::CaseInsensitive);
    };
    QString candidate = name;
    for (int n = 2; isTaken(candidate); ++n)
        candidate = QCoreApplication::translate("ProfileNames", "%1 (%2)").arg(name).arg(n);
    return candidate;
}

QString uniqueProfileName(const ProfileStore &store, const QString &name)
{
    QStringList taken;
    for (const Profile &profile : store.profiles())
        taken.append(profile.name);
    return uniqueProfileName(taken, name);
}
