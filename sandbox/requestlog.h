#pragma once

#include <QDateTime>
#include <QFile>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

// What clients sent, for tests to assert on: method, path, the names (never
// the values) of the fields in the body, the Basic-auth user (an account SID,
// API key SID or project id — identifiers, not secrets) and the status. The
// secret half of the credentials is never recorded.
class RequestLog
{
public:
    struct Entry
    {
        QDateTime time;
        QByteArray method;
        QString path;
        QString query;
        QStringList fields;
        QString authUser;
        int status = 0;
        QString fault; // name of the injected fault, if any

        QJsonObject toJson() const;
    };

    // Also append every entry as one JSON line to this file.
    bool openFile(const QString &path, QString *error);

    void append(const Entry &entry);
    const QList<Entry> &entries() const { return m_entries; }
    void clear() { m_entries.clear(); }

    // The query as logged: a Password parameter's value (a client that sends
    // a credential's password in the URL) is replaced by "[redacted]".
    static QString loggedQuery(const QUrlQuery &query);
    // Field names of a form-encoded or JSON-object body.
    static QStringList fieldNames(const QByteArray &contentType, const QByteArray &body);

private:
    static constexpr qsizetype kMaxEntries = 100000;
    QList<Entry> m_entries;
    QFile m_file;
};
