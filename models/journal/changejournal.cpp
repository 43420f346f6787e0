#include "models/journal/changejournal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QByteArray lineOf(const JournalEntry &entry)
{
    return QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n';
}

} // namespace

ChangeJournal::ChangeJournal(QString path, qint64 maxBytes, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_maxBytes(maxBytes)
{ }

QString ChangeJournal::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal.jsonl"_s;
}

bool ChangeJournal::append(const JournalEntry &entry, QString *error)
{
    emit appended(entry);
    QString reason;
    const bool written = write(entry, &reason);
    m_lastWriteError = written ? QString() : reason;
    if (error)
        *error = reason;
    if (!written)
        emit writeFailed(reason);
    return written;
}

bool ChangeJournal::write(const JournalEntry &entry, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    const bool created = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (created)
        file.setPermissions(kOwnerOnly);
    const QByteArray line = lineOf(entry);
    if (file.write(line) != line.size() || !file.flush()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    const qint64 size = file.size();
    file.close();
    return size <= m_maxBytes || trim(error);
}

bool ChangeJournal::trim(QString *error)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    QList<QByteArray> lines = file.readAll().split('\n');
    file.close();
    lines.removeIf([](const QByteArray &line) { return line.isEmpty(); });
    const qint64 budget = m_maxBytes * 3 / 4;
    qint64 kept = 0;
    qsizetype first = lines.size();
    // From the newest back; the newest entry stays even when it alone is over the budget.
    while (first > 0) {
        const qint64 size = lines.at(first - 1).size() + 1;
        if (kept + size > budget && kept > 0)
            break;
        kept += size;
        --first;
    }
    QSaveFile out(m_path);
    if (!out.open(QIODevice::WriteOnly)) {
        if (error)
            *error = out.errorString();
        return false;
    }
    out.setPermissions(kOwnerOnly);
    for (qsizetype i = first; i < lines.size(); ++i)
        out.write(lines.at(i) + '\n');
    if (!out.commit()) {
        if (error)
            *error = out.errorString();
        return false;
    }
    return true;
}

ChangeJournal::Contents ChangeJournal::read() const
{
    Contents contents;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (file.exists())
            contents.error = file.errorString();
        return contents;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(line);
        const auto entry =
            document.isObject() ? JournalEntry::fromJson(document.object()) : std::nullopt;
        if (entry)
            contents.entries.append(*entry);
        else
            ++contents.damagedLines;
    }
    return contents;
}

QList<JournalEntry> ChangeJournal::filtered(
    const QList<JournalEntry> &entries, const QString &account, const QDate &localDay)
{
    QList<JournalEntry> result;
    for (const JournalEntry &entry : entries) {
        if (!account.isEmpty() && entry.account != account)
            continue;
        if (localDay.isValid() && entry.time.toLocalTime().date() != localDay)
            continue;
        result.append(entry);
    }
    return result;
}
