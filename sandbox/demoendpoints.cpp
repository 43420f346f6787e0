#include "sandbox/demoendpoints.h"

#include "models/records/callhandlers.h"
#include "models/records/vocabulary.h"

using namespace Qt::StringLiterals;

namespace DemoData {

namespace {

const QString kFirstNames[] = {
    u"Alice"_s,
    u"Bob"_s,
    u"Carol"_s,
    u"David"_s,
    u"Erin"_s,
    u"Frank"_s,
    u"Grace"_s,
    u"Heidi"_s,
    u"Ivan"_s,
    u"Judy"_s,
    u"Mallory"_s,
    u"Niaj"_s,
    u"Olivia"_s,
    u"Peggy"_s,
    u"Rupert"_s,
    u"Sybil"_s,
    u"Trent"_s,
    u"Victor"_s,
    u"Walter"_s,
    u"Yasmin"_s,
    u"Zoë"_s,
    u"José"_s,
    u"Björn"_s,
    u"Aiko"_s,
    u"Priya"_s,
    u"Omar"_s,
    u"Chen"_s,
    u"Fatima"_s,
    u"Liam"_s,
    u"Noah"_s,
    u"Emma"_s,
    u"Mia"_s,
    u"Lucas"_s,
    u"Sofia"_s,
    u"Mateo"_s,
    u"Hannah"_s,
    u"Kwame"_s,
    u"Ingrid"_s,
    u"Dmitri"_s,
    u"Amara"_s,
};
const QString kLastNames[] = {
    u"Smith"_s,
    u"Johnson"_s,
    u"Williams"_s,
    u"Brown"_s,
    u"Jones"_s,
    u"Garcia"_s,
    u"Miller"_s,
    u"Davis"_s,
    u"Martinez"_s,
    u"Lopez"_s,
    u"Wilson"_s,
    u"Anderson"_s,
    u"Taylor"_s,
    u"Thomas"_s,
    u"Moore"_s,
    u"Jackson"_s,
    u"Martin"_s,
    u"Lee"_s,
    u"Müller"_s,
    u"Schmidt"_s,
    u"Nguyen"_s,
    u"Kim"_s,
    u"Patel"_s,
    u"Rossi"_s,
    u"Dubois"_s,
    u"Novak"_s,
    u"Silva"_s,
    u"Tanaka"_s,
    u"Okafor"_s,
    u"Larsen"_s,
    u"Kowalski"_s,
    u"Haddad"_s,
    u"O'Brien"_s,
    u"Ivanova"_s,
    u"Sato"_s,
    u"Fischer"_s,
};
const struct
{
    QString username;
    QString display;
} kRoles[] = {
    { u"frontdesk"_s, u"Front Desk"_s },
    { u"reception"_s, u"Reception"_s },
    { u"lobby"_s, u"Lobby"_s },
    { u"warehouse"_s, u"Warehouse"_s },
    { u"conf-room"_s, u"Conference Room"_s },
    { u"helpdesk"_s, u"Help Desk"_s },
    { u"sales"_s, u"Sales"_s },
    { u"support"_s, u"Support"_s },
    { u"dock"_s, u"Loading Dock"_s },
    { u"lab"_s, u"Lab"_s },
    { u"nurse-station"_s, u"Nurse Station"_s },
    { u"security"_s, u"Security"_s },
    { u"kiosk"_s, u"Kiosk"_s },
    { u"dispatch"_s, u"Dispatch"_s },
};
const QString kHosts[] = {
    u"example.com"_s,
    u"voice.example.org"_s,
    u"hooks.example.net"_s,
    u"pbx.example.com"_s,
    u"calls.acme.example"_s,
};
const QString kRelayNames[] = {
    u"office"_s,
    u"support"_s,
    u"sales"_s,
    u"reception"_s,
    u"night-shift"_s,
    u"overflow"_s,
};
const QString kCallbackMethods[] = { u"POST"_s, u"POST"_s, u"GET"_s };
const QString kEncryptions[] = { u"default"_s, u"default"_s, u"default"_s, u"default"_s,
    u"default"_s, u"optional"_s, u"optional"_s, u"optional"_s, u"required"_s, u"required"_s };
const QString kAreaCodes[] = { u"212"_s, u"415"_s, u"312"_s, u"617"_s, u"206"_s, u"512"_s, u"303"_s,
    u"404"_s, u"702"_s, u"919"_s };

// Fisher–Yates with the demo PRNG, so that the order is reproducible.
QStringList shuffled(Random &random, QStringList list)
{
    for (qsizetype i = list.size() - 1; i > 0; --i)
        list.swapItemsAt(i, random.bounded(int(i + 1)));
    return list;
}

// A random non-empty subset of list in random order.
QStringList shuffledSubset(Random &random, const QStringList &list)
{
    return shuffled(random, list).mid(0, 1 + random.bounded(int(list.size())));
}

} // namespace

StoredEndpoint EndpointMaker::make(int index)
{
    StoredEndpoint endpoint = newEndpoint(m_random.uuid());
    endpoint.password = u"demo-"_s + QString::number(m_random.next(), 36);
    fillIdentity(endpoint.record);
    fillMedia(endpoint.record);
    fillHandler(endpoint, nextHandler(), index);
    refreshDerivedFields(endpoint);
    return endpoint;
}

void EndpointMaker::fillIdentity(SipEndpoint &record)
{
    if (m_random.chance(65)) {
        const QString &first = m_random.pick(kFirstNames);
        const QString &last = m_random.pick(kLastNames);
        const QString lastName = QString(last).remove(u'\'').toLower();
        const int style = m_random.bounded(10);
        if (style < 7)
            record.username = first.toLower() + u'.' + lastName;
        else if (style < 9)
            record.username = first.left(1).toLower() + lastName;
        else
            record.username = first.toLower() + QString::number(10 + m_random.bounded(90));
        if (m_random.chance(75))
            record.callerId = first + u' ' + last;
    } else {
        const auto &role = m_random.pick(kRoles);
        const int number = 1 + m_random.bounded(40);
        record.username = role.username + u'-' + QString::number(number);
        if (m_random.chance(60))
            record.callerId = role.display + u' ' + QString::number(number);
    }
    if (!m_random.chance(40))
        record.sendAs = u"+1"_s + m_random.pick(kAreaCodes) + u"555"_s
            + QString::number(10000 + m_random.bounded(10000)).mid(1); // four digits
}

void EndpointMaker::fillMedia(SipEndpoint &record)
{
    record.encryption = m_random.pick(kEncryptions);
    if (m_random.chance(50)) {
        record.codecs = shuffledSubset(m_random, SignalWireVocabulary::knownCodecs());
        if (m_random.chance(25)) {
            const qsizetype opus = record.codecs.indexOf(u"OPUS"_s);
            if (opus >= 0)
                record.codecs[opus] = u"OPUS@48000h@20i"_s;
        }
    }
    if (m_random.chance(40))
        record.ciphers = shuffledSubset(m_random, SignalWireVocabulary::knownCiphers());
}

// Deals the handlers like cards so that every one of them (and "none")
// appears in every dozen endpoints, in a random order.
QString EndpointMaker::nextHandler()
{
    if (m_deck.isEmpty())
        m_deck =
            shuffled(m_random, SignalWireVocabulary::callHandlers() + QStringList { QString() });
    return m_deck.takeLast();
}

QString EndpointMaker::url(const QString &path)
{
    return u"https://"_s + m_random.pick(kHosts) + path;
}

// Every field the handler shows gets a value, in the handler's field order.
void EndpointMaker::fillHandler(StoredEndpoint &endpoint, const QString &handler, int index)
{
    endpoint.record.callHandler = handler;
    const SignalWireCallHandlers::Handler *entry = SignalWireCallHandlers::find(handler);
    if (!entry)
        return;
    for (const QString &key : entry->shownFields()) {
        if (const RequestField *field = requestField(key))
            field->slot(endpoint) = demoValue(key, index);
    }
}

// A realistic value for one call handler field. The order in which the
// random numbers are drawn is part of the demo data: a change here changes
// every endpoint after the first that uses the field.
QString EndpointMaker::demoValue(const QString &key, int index)
{
    if (key == u"call_request_url")
        return url(u"/laml/voice/%1"_s.arg(index));
    if (key == u"call_fallback_url")
        return url(u"/laml/fallback"_s);
    if (key == u"call_status_callback_url")
        return url(u"/laml/status"_s);
    if (key == u"call_relay_topic_status_callback_url")
        return url(u"/relay/topic-status"_s);
    if (key == u"call_relay_context_status_callback_url")
        return url(u"/relay/context-status"_s);
    if (key == u"call_relay_script_url") {
        const QString name = m_random.pick(kRelayNames);
        return url(u"/swml/"_s + name + u".yaml"_s);
    }
    if (key == u"call_relay_topic" || key == u"call_relay_context")
        return m_random.pick(kRelayNames);
    if (key == u"call_relay_application")
        return m_random.pick(kRelayNames) + u"-app"_s;
    if (key == u"call_flow_version")
        return m_random.pick(SignalWireVocabulary::callFlowVersions());
    if (key.endsWith(u"_method"))
        return m_random.pick(kCallbackMethods);
    // The ids of LaML applications, Dialogflow agents, video rooms, call flows and AI agents.
    return m_random.uuid();
}

} // namespace DemoData
