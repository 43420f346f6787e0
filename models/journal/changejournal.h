#pragma once

#include "models/journal/journalentry.h"

#include <QDate>
#include <QObject>
#include <QString>

// The journal file: one JSON object per line (JSON Lines), appended as each write ends, kept
// across restarts. It holds no secrets (FieldChange keeps none), but customer data: only the
// user may read it. Past maxBytes the oldest entries are dropped, down to three quarters of it,
// so that a trim does not happen at every append.
class ChangeJournal : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kDefaultMaxBytes = 4 * 1024 * 1024;

    explicit ChangeJournal(
        QString path, qint64 maxBytes = kDefaultMaxBytes, QObject *parent = nullptr);

    // journal.jsonl in the application's data directory.
    static QString defaultPath();

    QString path() const { return m_path; }
    qint64 maxBytes() const { return m_maxBytes; }

    // False, with the reason in error, when the file cannot be written; the entry is then
    // still announced, so that the session's view of it is complete, and writeFailed() says why.
    bool append(const JournalEntry &entry, QString *error = nullptr);
    // Why the last append could not write the file; empty after one that could.
    QString lastWriteError() const { return m_lastWriteError; }

    struct Contents
    {
        QList<JournalEntry> entries; // oldest first
        int damagedLines = 0; // lines that are not an entry; skipped
        QString error; // why an existing file could not be read
    };
    Contents read() const;

    // Entries of one account (empty: all) on one day of the user's time zone (null: all days).
    static QList<JournalEntry> filtered(
        const QList<JournalEntry> &entries, const QString &account, const QDate &localDay);

signals:
    void appended(const JournalEntry &entry);
    void writeFailed(const QString &reason);

private:
    bool write(const JournalEntry &entry, QString *error);
    bool trim(QString *error);

    QString m_path;
    qint64 m_maxBytes;
    QString m_lastWriteError;
};
