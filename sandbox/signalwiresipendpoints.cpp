#include "sandbox/signalwiresipendpoints.h"

#include "sandbox/demoendpoints.h"
#include "sandbox/signalwireendpointfields.h"
#include "sandbox/signalwireerrors.h"
#include "sandbox/signalwirepaging.h"

#include "models/validation/rules.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SignalWireErrors;

namespace {

constexpr QStringView kCollection = u"/endpoints/sip";

} // namespace

// ---------------------------------------------------------------- one project

struct SignalWireSipEndpoints::Project
{
    SignalWireProject info;
    std::map<quint64, StoredEndpoint> endpoints; // by creation sequence: newest last
    QHash<QString, quint64> sequenceById; // lower-case id
    QHash<QString, quint64> sequenceByUsername; // case-folded username
    QHash<QString, int> demoSuffixes; // next free suffix per demo base name
    quint64 nextSequence = 1;

    // --- storage

    void reserve(int more)
    {
        const qsizetype size = qsizetype(endpoints.size()) + std::max(more, 0);
        sequenceById.reserve(size);
        sequenceByUsername.reserve(size);
    }

    const StoredEndpoint *find(const QString &id) const
    {
        if (!Rules::isUuid(id))
            return nullptr;
        const auto sequence = sequenceById.constFind(id.toLower());
        return sequence == sequenceById.constEnd() ? nullptr : &endpoints.at(*sequence);
    }

    bool usernameTaken(const QString &username, quint64 except) const
    {
        const auto owner = sequenceByUsername.constFind(username.toCaseFolded());
        return owner != sequenceByUsername.constEnd() && *owner != except;
    }

    // Ids are created here, from QUuid or DemoData::Random::uuid(): lower case already.
    const StoredEndpoint &insert(StoredEndpoint endpoint, const QString &foldedUsername)
    {
        endpoint.sequence = nextSequence++;
        sequenceById.insert(endpoint.record.id, endpoint.sequence);
        sequenceByUsername.insert(foldedUsername, endpoint.sequence);
        return endpoints.emplace_hint(endpoints.end(), endpoint.sequence, std::move(endpoint))
            ->second;
    }

    const StoredEndpoint &replace(StoredEndpoint updated)
    {
        StoredEndpoint &stored = endpoints.at(updated.sequence);
        sequenceByUsername.remove(stored.record.username.toCaseFolded());
        sequenceByUsername.insert(updated.record.username.toCaseFolded(), updated.sequence);
        stored = std::move(updated);
        return stored;
    }

    void remove(const StoredEndpoint &endpoint)
    {
        const quint64 sequence = endpoint.sequence;
        sequenceById.remove(endpoint.record.id);
        sequenceByUsername.remove(endpoint.record.username.toCaseFolded());
        endpoints.erase(sequence);
    }

    // base, or base with the next free number; sets folded to its case-folded form.
    QString uniqueDemoUsername(const QString &base, QString *folded)
    {
        QString username = base;
        *folded = username.toCaseFolded();
        const bool endsWithDigit = base.back().isDigit();
        while (sequenceByUsername.contains(*folded)) {
            int &suffix = demoSuffixes[base];
            suffix = std::max(suffix, 1) + 1;
            username = base + (endsWithDigit ? u"."_s : QString()) + QString::number(suffix);
            *folded = username.toCaseFolded();
        }
        return username;
    }

    // Applies body to endpoint; the problems of the fields that could not be applied.
    QList<Problem> applyChanges(StoredEndpoint &endpoint, const QJsonObject &body) const
    {
        QList<Problem> problems = applyRequest(endpoint, body);
        if (body.contains(u"username"_s) && !hasProblemFor(problems, u"username"_s)
            && usernameTaken(endpoint.record.username, endpoint.sequence)) {
            problems.append({ u"username"_s, u"value_not_unique"_s, u"Value Not Unique"_s,
                u"username has already been taken"_s });
        }
        refreshDerivedFields(endpoint);
        return problems;
    }
};

// ---------------------------------------------------------------- the service

SignalWireSipEndpoints::SignalWireSipEndpoints()
    : m_routes(routes())
{ }

SignalWireSipEndpoints::~SignalWireSipEndpoints() = default;

void SignalWireSipEndpoints::addProject(const SignalWireProject &project)
{
    std::unique_ptr<Project> &slot = m_projects[project.projectId];
    if (!slot)
        slot = std::make_unique<Project>();
    slot->info = project; // adding a known project again only updates its credentials
}

void SignalWireSipEndpoints::addDemoEndpoints(const QString &projectId, int count, quint32 seed)
{
    const auto it = m_projects.find(projectId);
    if (it == m_projects.end())
        return;
    Project &project = *it->second;
    project.reserve(count);
    DemoData::EndpointMaker maker(seed);
    for (int i = 0; i < count; ++i) {
        StoredEndpoint endpoint = maker.make(i);
        QString folded;
        endpoint.record.username = project.uniqueDemoUsername(endpoint.record.username, &folded);
        project.insert(std::move(endpoint), folded);
    }
}

int SignalWireSipEndpoints::endpointCount(const QString &projectId) const
{
    const auto it = m_projects.find(projectId);
    return it == m_projects.end() ? 0 : int(it->second->endpoints.size());
}

std::optional<SipEndpoint> SignalWireSipEndpoints::endpoint(
    const QString &projectId, const QString &id) const
{
    const auto it = m_projects.find(projectId);
    if (it == m_projects.end())
        return {};
    const StoredEndpoint *stored = it->second->find(id);
    return stored ? std::optional<SipEndpoint>(stored->record) : std::nullopt;
}

bool SignalWireSipEndpoints::handles(const QString &path) const
{
    return path.startsWith(kBasePath)
        && (path.size() == kBasePath.size() || path.at(kBasePath.size()) == u'/');
}

SignalWireSipEndpoints::Routes SignalWireSipEndpoints::routes()
{
    const QString collection =
        QRegularExpression::escape(kBasePath.toString() + kCollection.toString());
    return {
        { "GET", collection, &SignalWireSipEndpoints::list },
        { "POST", collection, &SignalWireSipEndpoints::create },
        { "GET", collection + u"/([^/]+)"_s, &SignalWireSipEndpoints::fetch },
        { "PUT", collection + u"/([^/]+)"_s, &SignalWireSipEndpoints::update },
        { "DELETE", collection + u"/([^/]+)"_s, &SignalWireSipEndpoints::erase },
    };
}

SandboxResponse SignalWireSipEndpoints::handle(const SandboxRequest &request)
{
    Project *project = authenticate(request);
    if (!project)
        return plainErrorResponse(401);
    return m_routes.dispatch(*this, *project, request, [](const QByteArray &allowed) {
        return allowed.isEmpty() ? plainErrorResponse(404) : methodNotAllowed(allowed);
    });
}

SandboxResponse SignalWireSipEndpoints::faultResponse(int status) const
{
    return plainErrorResponse(status);
}

SignalWireSipEndpoints::Project *SignalWireSipEndpoints::authenticate(const SandboxRequest &request)
{
    if (!request.hasBasicAuth)
        return nullptr;
    const auto it = m_projects.find(request.authUser);
    if (it == m_projects.end() || it->second->info.apiToken != request.authPassword)
        return nullptr;
    return it->second.get();
}

// ---------------------------------------------------------------- routes

SandboxResponse SignalWireSipEndpoints::list(Project &project, const SandboxCall &call)
{
    QList<Problem> problems;
    const PageQuery query = parsePageQuery(call.request.query, &problems);
    if (!problems.isEmpty())
        return errorsResponse(422, problems, m_legacyErrors);
    const Page rows = pageOf(project.endpoints, query);
    QJsonArray data;
    for (const StoredEndpoint *endpoint : rows.rows)
        data.append(endpoint->record.toJson());
    const QString origin = m_absoluteLinks ? call.request.origin : QString();
    const QString linkPrefix = origin + kBasePath.toString() + kCollection.toString();
    return SandboxResponse::json(
        200, { { u"links"_s, pageLinks(linkPrefix, query, rows) }, { u"data"_s, data } });
}

SandboxResponse SignalWireSipEndpoints::create(Project &project, const SandboxCall &call)
{
    QString detail;
    const std::optional<QJsonObject> body = parseObject(call.request.body, &detail);
    if (!body)
        return invalidJson(detail, m_legacyErrors);
    StoredEndpoint endpoint = newEndpoint(QUuid::createUuid().toString(QUuid::WithoutBraces));
    QList<Problem> problems = presenceProblems(*body, { u"username"_s, u"password"_s });
    problems += project.applyChanges(endpoint, *body);
    if (!problems.isEmpty())
        return errorsResponse(422, problems, m_legacyErrors);
    const QString folded = endpoint.record.username.toCaseFolded();
    return SandboxResponse::json(200, project.insert(std::move(endpoint), folded).record.toJson());
}

SandboxResponse SignalWireSipEndpoints::update(Project &project, const SandboxCall &call)
{
    const StoredEndpoint *stored = project.find(call.id());
    if (!stored)
        return plainErrorResponse(404);
    QString detail;
    const std::optional<QJsonObject> body = parseObject(call.request.body, &detail);
    if (!body)
        return invalidJson(detail, m_legacyErrors);
    StoredEndpoint endpoint = *stored;
    const QList<Problem> problems = project.applyChanges(endpoint, *body);
    if (!problems.isEmpty())
        return errorsResponse(422, problems, m_legacyErrors);
    return SandboxResponse::json(200, project.replace(std::move(endpoint)).record.toJson());
}

SandboxResponse SignalWireSipEndpoints::fetch(Project &project, const SandboxCall &call)
{
    const StoredEndpoint *stored = project.find(call.id());
    return stored ? SandboxResponse::json(200, stored->record.toJson()) : plainErrorResponse(404);
}

SandboxResponse SignalWireSipEndpoints::erase(Project &project, const SandboxCall &call)
{
    const StoredEndpoint *stored = project.find(call.id());
    if (!stored)
        return plainErrorResponse(404);
    project.remove(*stored);
    return SandboxResponse::empty(204);
}
