#pragma once

#include "models/api/apilistjob.h"
#include "models/api/twilioclient.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

// Whether SIP domains have a credential list mapped for registrations: the
// domain's JSON does not say (its auth_type is about calls only), and
// without one no device can register (Twilio error 32212). Each domain costs
// one request (Auth/Registrations/CredentialListMappings, one item a page),
// so checks run only for the domains asked for, a few at a time; a result
// is kept until forget() or clear(). Jobs are children of the client: when
// the client goes, the running checks go with it and nothing more is sent.
class RegistrationMappingCheck : public QObject
{
    Q_OBJECT

public:
    enum class State {
        NotChecked, // never asked for, or forgotten
        Pending, // waiting for its turn or running
        Mapped, // at least one credential list is mapped for registrations
        Unmapped, // none: devices cannot register
        Failed, // the check did not get an answer; see failure()
    };
    Q_ENUM(State)

    static constexpr int kDefaultMaxRunning = 4;

    explicit RegistrationMappingCheck(QObject *parent = nullptr);
    ~RegistrationMappingCheck() override;

    // The account to check through; not owned. Drops every result.
    void setClient(TwilioClient *client);
    void setMaxRunning(int maxRunning);

    // The domains to check, most wanted first. Replaces those still waiting
    // for their turn (running checks go on); domains with a result are
    // skipped. Returns the domains whose state went from or to Pending.
    QSet<QString> setWanted(const QStringList &domainSids);
    // Drops the domain's result (its record changed) and stops its running
    // check, whose answer may describe the domain as it was.
    void forget(const QString &domainSid);
    // Drops every result and stops every check.
    void clear();

    State state(const QString &domainSid) const;
    // Why a Failed check failed, in words for the user.
    QString failure(const QString &domainSid) const;
    int runningCount() const { return int(m_running.size()); }
    int waitingCount() const { return int(m_waiting.size()); }

signals:
    // The domain's state changed: its check started waiting, or finished.
    void stateChanged(const QString &domainSid);

private:
    struct Result
    {
        State state = State::NotChecked;
        QString failure;
    };

    void pump();
    void start(const QString &domainSid);
    void finish(const QString &domainSid, const Result &result);
    void stopRunning();

    QPointer<TwilioClient> m_client;
    int m_maxRunning = kDefaultMaxRunning;
    QHash<QString, Result> m_results;
    QHash<QString, QPointer<ApiListJob>> m_running;
    QList<QString> m_waiting; // in the order wanted
    QSet<QString> m_waitingSet;
};
