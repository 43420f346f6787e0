#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

// A JSON object from tests/fixtures; the test defines SIPDESK_FIXTURES_DIR.
inline QJsonObject loadFixture(const char *name)
{
    QFile file(QLatin1String(SIPDESK_FIXTURES_DIR) + u'/' + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", name);
    return QJsonDocument::fromJson(file.readAll()).object();
}
