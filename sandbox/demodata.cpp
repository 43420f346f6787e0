#include "sandbox/demodata.h"

#include <QRandomGenerator>
#include <QtEndian>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace DemoData {

quint64 Random::next()
{
    m_state ^= m_state >> 12;
    m_state ^= m_state << 25;
    m_state ^= m_state >> 27;
    return m_state * 0x2545F4914F6CDD1Dull;
}

QString Random::hex(int digits)
{
    static constexpr char kHex[] = "0123456789abcdef";
    QString text(digits, Qt::Uninitialized);
    for (int i = 0; i < digits; ++i)
        text[i] = QLatin1Char(kHex[next() & 0xF]);
    return text;
}

QString Random::uuid()
{
    // Version 4, variant 1, like QUuid::createUuid() but reproducible.
    uchar bytes[16];
    qToBigEndian(next(), bytes);
    qToBigEndian(next(), bytes + 8);
    bytes[6] = uchar((bytes[6] & 0x0f) | 0x40);
    bytes[8] = uchar((bytes[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(QByteArrayView(bytes, sizeof bytes)).toString(QUuid::WithoutBraces);
}

QString randomSid(QStringView prefix)
{
    Random random(QRandomGenerator::global()->generate64());
    return prefix.toString() + random.hex(32);
}

QString slug(const QString &text)
{
    QString result;
    for (QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            result += c.toLower();
        else if ((c.isSpace() || c == u'-') && !result.isEmpty() && !result.endsWith(u'-'))
            result += u'-';
    }
    while (result.endsWith(u'-'))
        result.chop(1);
    return result.isEmpty() ? u"office"_s : result;
}

namespace {

const QString kCompanies[] = {
    u"Dunder Mifflin"_s,
    u"Acme Logistics"_s,
    u"Globex"_s,
    u"Initech"_s,
    u"Umbrella Health"_s,
    u"Stark Dental"_s,
    u"Wayne Property"_s,
    u"Hooli"_s,
    u"Vandelay Imports"_s,
    u"Soylent Foods"_s,
    u"Cyberdyne Clinics"_s,
    u"Wonka Sweets"_s,
    u"Pied Piper"_s,
    u"Bluth Homes"_s,
    u"Oceanic Travel"_s,
    u"Café Müller"_s,
};
const QString kOffices[] = {
    u"Scranton Office"_s,
    u"HQ"_s,
    u"Support Line"_s,
    u"Front Desk"_s,
    u"Warehouse"_s,
    u"Night Shift"_s,
    u"Sales Floor"_s,
    u"Branch 2"_s,
    u"Call Center"_s,
    u"Reception"_s,
    u"Zürich Büro"_s,
    u"São Paulo"_s,
    u"Tōkyō Office"_s,
    u"Dispatch"_s,
};
const QString kAuthTypes[] = {
    QString(),
    u"IP_ACL"_s,
    u"IP_ACL"_s,
    u"CREDENTIAL_LIST"_s,
    u"IP_ACL,CREDENTIAL_LIST"_s,
    u"IP_ACL,CREDENTIAL_LIST"_s,
    u"CREDENTIAL_LIST"_s,
};

QString methodFor(Random &random)
{
    return random.chance(85) ? u"POST"_s : u"GET"_s;
}

SipDomain makeDomain(Random &random, const QString &accountSid, int index, const QDateTime &created)
{
    const QString &company = random.pick(kCompanies);
    const QString &office = random.pick(kOffices);
    const QString host = slug(company) + u".example.com"_s;

    SipDomain domain;
    domain.sid = u"SD"_s + random.hex(32);
    domain.accountSid = accountSid;
    domain.apiVersion = u"2010-04-01"_s;
    domain.friendlyName = (company + u" – "_s + office).left(64);
    domain.domainName = u"%1-%2-%3.sip.twilio.com"_s.arg(slug(company), slug(office)).arg(index);
    // Not stored by the sandbox: DemoSipAuth maps lists so that the derived
    // auth_type comes out as drawn here.
    domain.authType = random.pick(kAuthTypes);
    domain.dateCreated = created;
    static const QDateTime latest(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC);
    domain.dateUpdated =
        std::min(created.addSecs(random.bounded(400) * 86400 + random.bounded(86400)), latest);
    domain.voiceMethod = domain.voiceFallbackMethod = domain.voiceStatusCallbackMethod =
        methodFor(random);
    if (random.chance(80))
        domain.voiceUrl = u"https://%1/twilio/voice/%2"_s.arg(host).arg(index);
    if (random.chance(30))
        domain.voiceFallbackUrl = u"https://%1/twilio/fallback"_s.arg(host);
    if (random.chance(40))
        domain.voiceStatusCallbackUrl = u"https://%1/twilio/status"_s.arg(host);
    domain.sipRegistration = random.chance(50);
    domain.secure = random.chance(40);
    domain.emergencyCallingEnabled = random.chance(20);
    if (domain.emergencyCallingEnabled)
        domain.emergencyCallerSid = u"PN"_s + random.hex(32);
    if (random.chance(15))
        domain.byocTrunkSid = u"BY"_s + random.hex(32);
    return domain;
}

} // namespace

std::vector<SipDomain> domains(const QString &accountSid, int count, quint32 seed)
{
    Random random(seed);
    std::vector<SipDomain> result;
    result.reserve(size_t(qMax(0, count)));
    // Creation dates rise with the index, from 2015 to late 2026.
    const QDateTime start(QDate(2015, 3, 1), QTime(9, 0), Qt::UTC);
    const qint64 span = start.secsTo(QDateTime(QDate(2026, 10, 1), QTime(0, 0), Qt::UTC));
    for (int i = 0; i < count; ++i) {
        const qint64 offset = count > 1 ? span * i / (count - 1) : 0;
        result.push_back(makeDomain(random, accountSid, i + 1, start.addSecs(offset)));
    }
    return result;
}

} // namespace DemoData
