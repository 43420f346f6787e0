#pragma once

#include "sandbox/signalwireendpointfields.h"
#include "sandbox/signalwireerrors.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <map>
#include <optional>
#include <vector>

// Keyset paging of the SignalWire emulator: page_size, page_number and
// page_token in, {"links": {...}} out (docs/sandbox.md says why the token,
// not the number, decides the rows).

struct PageQuery
{
    int size = 50;
    int number = 0;
    std::optional<quint64> token; // rows strictly older than this sequence number
    QString filterUsername;
    QString filterCallerId;

    bool matches(const SipEndpoint &record) const;
};

struct Page
{
    std::vector<const StoredEndpoint *> rows;
    bool hasNext = false;
    bool hasPrevious = false;
    std::optional<quint64> previousToken; // none with hasPrevious: it is the first page
};

PageQuery parsePageQuery(const QUrlQuery &query, QList<SignalWireErrors::Problem> *problems);
// The rows of one page, newest first, from endpoints keyed by creation sequence.
Page pageOf(const std::map<quint64, StoredEndpoint> &endpoints, const PageQuery &query);
// self, first and, where they exist, next and prev, under prefix ("[origin]/api/…/sip").
QJsonObject pageLinks(const QString &prefix, const PageQuery &query, const Page &page);
