#pragma once

#include "models/api/apierror.h"
#include "models/api/twilioclient.h"
#include "models/records/sipauth.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

class ApiListJob;
class ApiRequest;

// Which of an account's credential lists and IP access control lists are
// mapped to one SIP domain, for its three mapping sets (calls: credential
// lists and IP ACLs; registrations: credential lists). load() reads the
// account's lists (every page) and the domain's mappings; the caller then
// changes the chosen state; apply() sends the difference one request at a
// time — creates first, then deletes, so that swapping one list for another
// never leaves the domain without calls authentication, which would stop
// its traffic — records each outcome, and re-lists the three mapping sets so
// that mapped() is what the service has. No request is sent after cancel()
// or destruction.
class DomainAuthMappings : public QObject
{
    Q_OBJECT

public:
    using Mapping = TwilioCollections::Mapping;
    static constexpr Mapping kMappings[] = { Mapping::CallsCredentialLists,
        Mapping::CallsIpAccessControlLists, Mapping::RegistrationsCredentialLists };

    enum class Outcome {
        Done,
        Refused, // the service answered no: message is its reason
        Failed, // no answer, or one that leaves the outcome unknown
        NotSent, // cancelled, or the client went away before it was sent
    };
    struct Change
    {
        Mapping mapping;
        QString listSid;
        bool map = true; // false: unmap
        friend bool operator==(const Change &, const Change &) = default;
    };
    struct Result
    {
        Change change;
        Outcome outcome = Outcome::NotSent;
        QString message; // for the user; empty when done
    };

    explicit DomainAuthMappings(TwilioClient *client, QObject *parent = nullptr);
    ~DomainAuthMappings() override;

    // Loads the account's lists, and the domain's mappings when domainSid is
    // not empty (a domain not created yet has none). Forgets the choices.
    void load(const QString &domainSid);
    bool isLoading() const { return !m_loads.isEmpty(); }
    bool isLoaded() const { return m_loaded; }
    const ApiError &loadError() const { return m_loadError; }
    QString domainSid() const { return m_domainSid; }

    const QList<CredentialList> &credentialLists() const { return m_credentialLists; }
    const QList<IpAccessControlList> &ipAccessControlLists() const { return m_ipAcls; }
    // The list SIDs a mapping set can hold: credential lists or IP ACLs.
    QStringList candidates(Mapping mapping) const;
    QString friendlyNameOf(const QString &listSid) const;

    // As the service had them at the last load or apply.
    QSet<QString> mapped(Mapping mapping) const { return m_mapped[index(mapping)]; }
    QSet<QString> chosen(Mapping mapping) const { return m_chosen[index(mapping)]; }
    void setChosen(Mapping mapping, const QString &listSid, bool on);
    void setChosen(Mapping mapping, const QSet<QString> &listSids);

    // What apply() would send, in the order it sends it.
    QList<Change> changes() const;
    bool hasChanges() const { return !changes().isEmpty(); }

    // Sends changes() for domainSid (the loaded one, or a domain just
    // created). Emits progress() after each answer and finished() at the
    // end; then mapped() and chosen() both hold the service's state.
    void apply(const QString &domainSid);
    bool isApplying() const { return m_applying; }
    const QList<Result> &results() const { return m_results; }
    // The results that are not done.
    QList<Result> failures() const;
    // Whether the final re-list answered; if not, mapped() is what the
    // answers imply.
    bool finalStateConfirmed() const { return m_confirmed; }
    // Stops loading or applying: nothing more is sent, nothing is emitted.
    void cancel();

    static QString mappingName(Mapping mapping);
    // How many mapping changes any instance has sent and had answered, in
    // this process: views that show mappings reload when it moves.
    static quint64 changesAnswered() { return s_changesAnswered; }

signals:
    void loaded(); // also after a failed load: see loadError()
    void progress(int answered, int total);
    void finished();
    // One change's request was sent (for the journal); its answer follows as progress().
    void changeSent(const DomainAuthMappings::Change &change, ApiRequest *request);

private:
    static int index(Mapping mapping) { return int(mapping); }
    void track(ApiListJob *job, std::function<void(const QJsonArray &)> take);
    void loadMappings(bool forApply);
    void onLoadJobDone(ApiListJob *job, const ApiError &error);
    void sendNext();
    void onChangeAnswered(ApiRequest *request);
    void finishApply();

    QPointer<TwilioClient> m_client;
    QString m_domainSid;
    QList<CredentialList> m_credentialLists;
    QList<IpAccessControlList> m_ipAcls;
    QSet<QString> m_mapped[3];
    QSet<QString> m_chosen[3];
    QSet<QString> m_relisted[3];
    QList<QPointer<ApiListJob>> m_loads;
    ApiError m_loadError;
    bool m_loaded = false;
    bool m_relisting = false;

    bool m_applying = false;
    bool m_confirmed = false;
    QList<Change> m_queue;
    QList<Result> m_results;
    QPointer<ApiRequest> m_request;
    static inline quint64 s_changesAnswered = 0;
};
