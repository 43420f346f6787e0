#include "sandbox/requestlog.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QJsonObject RequestLog::Entry::toJson() const
{
    QJsonObject json {
        { u"time"_s, time.toString(Qt::ISODateWithMs) },
        { u"method"_s, QString::fromLatin1(method) },
        { u"path"_s, path },
        { u"fields"_s, QJsonArray::fromStringList(fields) },
        { u"auth_user"_s, authUser },
        { u"status"_s, status },
    };
    if (!query.isEmpty())
        json.insert(u"query"_s, query);
    if (!fault.isEmpty())
        json.insert(u"fault"_s, fault);
    return json;
}

bool RequestLog::openFile(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        return true;
    *error = m_file.errorString();
    return false;
}

void RequestLog::append(const Entry &entry)
{
    if (m_entries.size() >= kMaxEntries)
        m_entries.removeFirst();
    m_entries.append(entry);
    if (m_file.isOpen()) {
        m_file.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
        m_file.flush();
    }
}

QString RequestLog::loggedQuery(const QUrlQuery &query)
{
    QUrlQuery logged = query;
    for (const auto &[name, value] : query.queryItems()) {
        if (name.compare(u"Password"_s, Qt::CaseInsensitive) == 0 && logged.hasQueryItem(name)) {
            logged.removeAllQueryItems(name);
            logged.addQueryItem(name, u"[redacted]"_s);
        }
    }
    return logged.toString(QUrl::FullyEncoded);
}

QStringList RequestLog::fieldNames(const QByteArray &contentType, const QByteArray &body)
{
    QStringList names;
    if (body.isEmpty())
        return names;
    if (contentType == "application/json") {
        const QJsonObject object = QJsonDocument::fromJson(body).object();
        names = object.keys();
        return names;
    }
    for (const QByteArray &pair : body.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        name.replace('+', ' ');
        names.append(QString::fromUtf8(QByteArray::fromPercentEncoding(name)));
    }
    return names;
}
