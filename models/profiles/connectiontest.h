#pragma once

#include "models/accounts/account.h"
#include "models/api/apierror.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class QNetworkAccessManager;
class QTimer;
class ApiListJob;

// "Test connection" for a profile: one cheap authenticated request (the
// first page of one SIP domain or endpoint) and a verdict the user can act on.
class ConnectionTest : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Authenticated,
        WrongCredentials, // 401: the service does not know them
        NotAllowed, // 403: it knows them, but they may not list the records
        CannotReachHost,
        TlsError,
        Failed
    };

    ConnectionTest(
        QNetworkAccessManager *network, const Account &account, QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start();
    void cancel();
    // How long the user waits at most (15 s unless a test says otherwise);
    // before start().
    void setDeadline(std::chrono::milliseconds deadline) { m_deadlineLength = deadline; }

    // The verdict on a failed request to host: the cause, said once, as the
    // network layer or the service gave it ("Host … not found", "Connection
    // refused (host)", "TLS handshake failed: …", "Timed out after 15 s").
    static Outcome outcomeOf(const ApiError &error);
    static QString failureMessage(const ApiError &error, const QString &host);
    static QString timeoutMessage(std::chrono::milliseconds waited, const QString &host);

    Outcome outcome() const { return m_outcome; }
    // One translated sentence: "Authenticated.", "Wrong credentials: …".
    QString message() const { return m_message; }

signals:
    void finished();

private:
    void onPage();
    void onListFinished();
    void onDeadline();
    void conclude(Outcome outcome, const QString &message);
    void stop();

    QPointer<QNetworkAccessManager> m_network;
    Account m_account;
    // The client owns the list job: deleting it cancels the request.
    QPointer<QObject> m_client;
    QPointer<ApiListJob> m_job;
    QTimer *m_deadline = nullptr;
    std::chrono::milliseconds m_deadlineLength;
    bool m_started = false;
    bool m_done = false;
    Outcome m_outcome = Outcome::Failed;
    QString m_message;
};
