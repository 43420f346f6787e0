#pragma once

#include "sandbox/sandboxhttp.h"

#include <QRegularExpression>
#include <QStringList>

#include <initializer_list>
#include <vector>

// One request on its way to a route's handler, with what the route's path
// pattern captured (the record's id, say).
struct SandboxCall
{
    const SandboxRequest &request;
    QStringList captures;

    QString id() const { return captures.value(0); }
};

// The untyped part of SandboxRoutes: methods and path patterns, in table order.
class SandboxRouteTable
{
public:
    // pattern must match the whole path; its capture groups become SandboxCall::captures.
    void add(const QByteArray &method, const QString &pattern);

    struct Found
    {
        int index = -1; // the route for this method and path; -1 if none
        QStringList captures;
        // Every method a route has for this path, in table order ("GET, POST"):
        // empty when no pattern matches the path at all.
        QByteArray allowed;
    };
    Found find(const QByteArray &method, const QString &path) const;

private:
    struct Entry
    {
        QByteArray method;
        QRegularExpression pattern;
    };
    std::vector<Entry> m_entries;
};

// The routes of one emulated resource: method and path pattern -> a member
// handler of Service, which also gets the scope the request was authorised
// for (a Twilio account, a SignalWire project). Both emulators dispatch this
// way, so that a new resource is a table of routes and its handlers.
template<typename Service, typename Scope>
class SandboxRoutes
{
public:
    using Handler = SandboxResponse (Service::*)(Scope &, const SandboxCall &);
    struct Route
    {
        const char *method;
        QString pattern;
        Handler handler;
    };

    SandboxRoutes(std::initializer_list<Route> routes) { add(routes); }
    // For tables built in steps (one group of routes per collection).
    explicit SandboxRoutes(const std::vector<Route> &routes) { add(routes); }

    // The handler's answer, or unrouted(allowed) when no route has this
    // method and path (allowed as in SandboxRouteTable::Found).
    template<typename Unrouted>
    SandboxResponse dispatch(
        Service &service, Scope &scope, const SandboxRequest &request, Unrouted &&unrouted) const
    {
        SandboxRouteTable::Found found = m_table.find(request.method, request.path);
        if (found.index < 0)
            return unrouted(found.allowed);
        const SandboxCall call { request, std::move(found.captures) };
        return (service.*m_handlers[size_t(found.index)])(scope, call);
    }

private:
    template<typename Routes>
    void add(const Routes &routes)
    {
        for (const Route &route : routes) {
            m_table.add(route.method, route.pattern);
            m_handlers.push_back(route.handler);
        }
    }

    SandboxRouteTable m_table;
    std::vector<Handler> m_handlers;
};
