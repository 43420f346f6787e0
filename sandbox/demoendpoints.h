#pragma once

#include "sandbox/demodata.h"
#include "sandbox/signalwireendpointfields.h"

#include <QString>
#include <QStringList>

namespace DemoData {

// Makes the SignalWire demo endpoints, one at a time, reproducibly: the same
// seed gives the same endpoints in the same order.
class EndpointMaker
{
public:
    explicit EndpointMaker(quint32 seed)
        : m_random(seed)
    { }

    // The username is a base name, not yet made unique within the project.
    StoredEndpoint make(int index);

private:
    void fillIdentity(SipEndpoint &record);
    void fillMedia(SipEndpoint &record);
    QString nextHandler();
    void fillHandler(StoredEndpoint &endpoint, const QString &handler, int index);
    QString demoValue(const QString &key, int index);
    QString url(const QString &path);

    Random m_random;
    QStringList m_deck;
};

} // namespace DemoData
