#pragma once

#include "models/journal/journalentry.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

#include <functional>

class ApiRequest;
class ChangeJournal;
struct Account;

// The journal's side of one open account: a write handed to track() is recorded once it
// ends, with the account's profile name, service and SID or project id, the time and the
// outcome. It lives as a child of the account's client (attach()), so that whoever holds the
// client finds it (of()) and it goes when the account closes: a write still unanswered then
// is recorded with its outcome unknown.
class JournalRecorder : public QObject
{
    Q_OBJECT

public:
    // Completes the entry when the write ends (a created record's id): answer is the
    // successful answer's JSON, empty for any other end.
    using Completion = std::function<void(JournalEntry &entry, const QJsonObject &answer)>;

    // The recorder of client's account, recording into journal (not owned), in place of the
    // one it had; none without a journal.
    static JournalRecorder *attach(ChangeJournal *journal, const Account &account, QObject *client);
    // The recorder attach() gave client, if any.
    static JournalRecorder *of(const QObject *client);

    ~JournalRecorder() override;

    // Records entry when request ends, after complete.
    void track(ApiRequest *request, JournalEntry entry, Completion complete = {});

private:
    JournalRecorder(ChangeJournal *journal, const Account &account, QObject *client);
    void onFinished(ApiRequest *request);
    void onUnanswered(QObject *request);
    void record(JournalEntry entry);

    struct Pending
    {
        JournalEntry entry;
        Completion complete;
    };

    QPointer<ChangeJournal> m_journal;
    QString m_profile;
    QString m_service;
    QString m_account;
    QHash<QObject *, Pending> m_pending;
};
