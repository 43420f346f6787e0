#pragma once

#include "sandbox/sandboxhttp.h"
#include "sandbox/sandboxroutes.h"

#include "models/records/sipendpoint.h"

#include <QHash>
#include <QString>

#include <map>
#include <memory>
#include <optional>

struct SignalWireProject
{
    QString space;
    QString projectId;
    QString apiToken;
};

// Emulates the SignalWire Relay REST SIP Endpoints resource under
// /api/relay/rest/endpoints/sip for any number of projects (Basic auth
// project id + API token selects the project).
class SignalWireSipEndpoints : public SandboxService
{
public:
    static constexpr QStringView kBasePath = u"/api/relay/rest";

    SignalWireSipEndpoints();
    ~SignalWireSipEndpoints() override;

    void addProject(const SignalWireProject &project);
    // Deterministic demo data: the same seed gives the same endpoints.
    void addDemoEndpoints(const QString &projectId, int count, quint32 seed);

    int endpointCount(const QString &projectId) const;
    std::optional<SipEndpoint> endpoint(const QString &projectId, const QString &id) const;

    // Page links are host-relative by default; absolute ones use the origin
    // of the request ("http://127.0.0.1:P").
    void setAbsoluteLinks(bool absolute) { m_absoluteLinks = absolute; }
    // Answer 422s in the older {type,code,message,attribute,url} entry shape.
    void setLegacyErrorShape(bool legacy) { m_legacyErrors = legacy; }

    bool handles(const QString &path) const override;
    SandboxResponse handle(const SandboxRequest &request) override;
    SandboxResponse faultResponse(int status) const override;

private:
    struct Project;
    using Routes = SandboxRoutes<SignalWireSipEndpoints, Project>;
    static Routes routes();
    Project *authenticate(const SandboxRequest &request);

    // The routes' handlers (routes() has the table).
    SandboxResponse list(Project &project, const SandboxCall &call);
    SandboxResponse create(Project &project, const SandboxCall &call);
    SandboxResponse fetch(Project &project, const SandboxCall &call);
    SandboxResponse update(Project &project, const SandboxCall &call);
    SandboxResponse erase(Project &project, const SandboxCall &call);

    const Routes m_routes; // one per service: no state shared between sandboxes in other threads
    std::map<QString, std::unique_ptr<Project>> m_projects; // by project id
    bool m_absoluteLinks = false;
    bool m_legacyErrors = false;
};
