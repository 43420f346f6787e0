#include "models/journal/journalrecorder.h"

#include "models/accounts/account.h"
#include "models/api/apirequest.h"
#include "models/journal/changejournal.h"
#include "models/journal/journalwrites.h"

using namespace Qt::StringLiterals;

JournalRecorder::JournalRecorder(ChangeJournal *journal, const Account &account, QObject *client)
    : QObject(client)
    , m_journal(journal)
    , m_profile(account.name)
    , m_service(account.service == Account::Service::Twilio ? u"twilio"_s : u"signalwire"_s)
    , m_account(account.identifier())
{
    setObjectName(u"journalRecorder"_s);
}

JournalRecorder *JournalRecorder::attach(
    ChangeJournal *journal, const Account &account, QObject *client)
{
    delete of(client);
    return journal && client ? new JournalRecorder(journal, account, client) : nullptr;
}

JournalRecorder *JournalRecorder::of(const QObject *client)
{
    return client ? client->findChild<JournalRecorder *>(
                        u"journalRecorder"_s, Qt::FindDirectChildrenOnly)
                  : nullptr;
}

JournalRecorder::~JournalRecorder()
{
    // The account is closing before these were answered: they may or may not have happened.
    const QList<QObject *> requests = m_pending.keys();
    for (QObject *request : requests)
        onUnanswered(request);
}

void JournalRecorder::track(ApiRequest *request, JournalEntry entry, Completion complete)
{
    if (!request)
        return;
    m_pending.insert(request, { std::move(entry), std::move(complete) });
    connect(request, &ApiRequest::finished, this, [this, request] { onFinished(request); });
    connect(request, &QObject::destroyed, this, &JournalRecorder::onUnanswered);
}

void JournalRecorder::onFinished(ApiRequest *request)
{
    auto pending = m_pending.find(request);
    if (pending == m_pending.end())
        return;
    Pending done = std::move(*pending);
    m_pending.erase(pending);
    const ApiError &error = request->error();
    done.entry.outcome = JournalWrites::outcomeOf(error);
    done.entry.message = JournalWrites::messageOf(error);
    if (done.complete)
        done.complete(done.entry, error ? QJsonObject() : request->json().object());
    record(std::move(done.entry));
}

void JournalRecorder::onUnanswered(QObject *request)
{
    auto pending = m_pending.find(request);
    if (pending == m_pending.end())
        return;
    Pending unanswered = std::move(*pending);
    m_pending.erase(pending);
    unanswered.entry.outcome = JournalEntry::Outcome::Unknown;
    unanswered.entry.message = tr("The account was closed before the answer came.");
    if (unanswered.complete)
        unanswered.complete(unanswered.entry, {});
    record(std::move(unanswered.entry));
}

void JournalRecorder::record(JournalEntry entry)
{
    if (!m_journal)
        return;
    entry.time = QDateTime::currentDateTimeUtc();
    entry.profile = m_profile;
    entry.service = m_service;
    entry.account = m_account;
    m_journal->append(entry);
}
