#pragma once

#include "models/records/sipdomain.h"
#include "models/records/sipendpoint.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Reads a page of one of the two big lists straight from its bytes, with
// simdjson (a validating parser several times faster than QJsonDocument,
// which builds a tree of every value first): into exactly the records
// SipDomain::fromJson and SipEndpoint::fromJson make from the same page.
//
// It reads only what it is sure of: a well-formed body of the page's
// shape. Anything else — malformed JSON, invalid UTF-8, a list that is not
// an array, a key twice at the top — gives nothing, and the ordinary
// QJsonDocument path reads the body as before and names the problem.
// Pure functions: they run on pool threads.
namespace FastListPage {

template<typename Record>
struct Page
{
    QList<Record> records;
    QString next; // the next page's link; null on the last page
};

// Twilio: {"<listKey>": [...], "next_page_uri": "..." | null, ...}
std::optional<Page<SipDomain>> readTwilioDomains(const QByteArray &body, const QString &listKey);
// SignalWire: {"data": [...], "links": {"next": "..." | null, ...}, ...}
std::optional<Page<SipEndpoint>> readSignalWireEndpoints(const QByteArray &body);

} // namespace FastListPage
