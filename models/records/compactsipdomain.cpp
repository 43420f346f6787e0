#include "models/records/compactsipdomain.h"

#include "models/records/compactpage.h"

#include <QMap>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QString SipDomain::*const kShapeTexts[] = {
    &SipDomain::accountSid,
    &SipDomain::apiVersion,
    &SipDomain::authType,
    &SipDomain::voiceMethod,
    &SipDomain::voiceFallbackMethod,
    &SipDomain::voiceStatusCallbackMethod,
};
constexpr int kAuthType = 2;
constexpr int kVoiceMethod = 3;

// The packed texts' field numbers.
enum PackedField : quint8 {
    Sid, // when it is not "SD" and 32 lower-case hex digits
    DomainName,
    FriendlyName,
    VoiceUrl,
    VoiceFallbackUrl,
    VoiceStatusCallbackUrl,
    ByocTrunkSid,
    EmergencyCallerSid,
    Uri, // these two when they are not the derived ones
    SubresourceUris, // name, URI, name, URI…
};
const struct
{
    PackedField field;
    QString SipDomain::*member;
} kPackedTexts[] = {
    { DomainName, &SipDomain::domainName },
    { FriendlyName, &SipDomain::friendlyName },
    { VoiceUrl, &SipDomain::voiceUrl },
    { VoiceFallbackUrl, &SipDomain::voiceFallbackUrl },
    { VoiceStatusCallbackUrl, &SipDomain::voiceStatusCallbackUrl },
    { ByocTrunkSid, &SipDomain::byocTrunkSid },
    { EmergencyCallerSid, &SipDomain::emergencyCallerSid },
};

constexpr qint64 kNoDate = std::numeric_limits<qint64>::min();
constexpr QStringView kSidPrefix = u"SD";
constexpr int kSidDigits = 32;

qint64 millisecondsOf(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toMSecsSinceEpoch() : kNoDate;
}

QDateTime dateOf(qint64 milliseconds)
{
    return milliseconds == kNoDate ? QDateTime()
                                   : QDateTime::fromMSecsSinceEpoch(milliseconds, Qt::UTC);
}

int hexDigit(QChar digit)
{
    const char16_t c = digit.unicode();
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    return -1; // upper case too: it would not read back as written
}

// The SID's 16 bytes, when it has the canonical form.
std::optional<std::array<quint8, 16>> sidBytes(const QString &sid)
{
    if (sid.size() != kSidPrefix.size() + kSidDigits || !sid.startsWith(kSidPrefix))
        return std::nullopt;
    std::array<quint8, 16> bytes {};
    for (int index = 0; index < kSidDigits; ++index) {
        const int digit = hexDigit(sid.at(kSidPrefix.size() + index));
        if (digit < 0)
            return std::nullopt;
        bytes[size_t(index / 2)] |= quint8(index % 2 ? digit : digit << 4);
    }
    return bytes;
}

QString sidText(const std::array<quint8, 16> &bytes)
{
    static constexpr char16_t kHex[] = u"0123456789abcdef";
    QString sid(kSidPrefix.size() + kSidDigits, Qt::Uninitialized);
    QChar *at = sid.data();
    for (QChar prefix : kSidPrefix)
        *at++ = prefix;
    for (quint8 byte : bytes) {
        *at++ = QChar(kHex[byte >> 4]);
        *at++ = QChar(kHex[byte & 0xf]);
    }
    return sid;
}

// Where Twilio serves the domain: "/2010-04-01/Accounts/AC…/SIP/Domains/SD…".
QString domainPath(const QString &accountSid, const QString &sid)
{
    return u"/2010-04-01/Accounts/"_s + accountSid + u"/SIP/Domains/"_s + sid;
}

QMap<QString, QString> derivedSubresourceUris(const QString &path)
{
    return {
        { u"credential_list_mappings"_s, path + u"/CredentialListMappings.json"_s },
        { u"ip_access_control_list_mappings"_s, path + u"/IpAccessControlListMappings.json"_s },
    };
}

bool sameText(const QString &a, const QString &b)
{
    return a.isNull() == b.isNull() && a == b;
}

bool urisAreDerived(const SipDomain &domain)
{
    if (domain.sid.isEmpty() || domain.accountSid.isEmpty())
        return false;
    const QString path = domainPath(domain.accountSid, domain.sid);
    return sameText(domain.uri, path + u".json"_s)
        && domain.subresourceUris == derivedSubresourceUris(path);
}

QStringList flattened(const QMap<QString, QString> &map)
{
    QStringList list;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        list << it.key() << it.value();
    return list;
}

} // namespace

CompactSipDomain::CompactSipDomain(const SipDomain &domain, Pool *pool)
{
    CompactPage::make(*this, domain, pool);
}

quint32 CompactSipDomain::write(const SipDomain &domain, Pool &pool, PackedTexts::Writer &writer)
{
    m_shape = pool.shapeOf(domain, kShapeTexts);
    m_created = millisecondsOf(domain.dateCreated);
    m_updated = millisecondsOf(domain.dateUpdated);
    m_flags = (domain.sipRegistration ? SipRegistration : 0)
        | (domain.emergencyCallingEnabled ? EmergencyCallingEnabled : 0)
        | (domain.secure ? Secure : 0);

    writer.beginRow();
    if (const auto bytes = sidBytes(domain.sid)) {
        m_sid = *bytes;
        m_flags |= SidIsBinary;
    } else {
        writer.add(Sid, domain.sid);
    }
    for (const auto &text : kPackedTexts)
        writer.add(text.field, domain.*text.member);
    if (urisAreDerived(domain)) {
        m_flags |= UrisDerived;
    } else {
        writer.add(Uri, domain.uri);
        writer.addList(SubresourceUris, flattened(domain.subresourceUris));
    }
    return writer.endRow();
}

SipDomain CompactSipDomain::expanded() const
{
    SipDomain domain;
    shape().copyTo(domain, kShapeTexts);
    domain.dateCreated = dateOf(m_created);
    domain.dateUpdated = dateOf(m_updated);
    domain.sipRegistration = m_flags & SipRegistration;
    domain.emergencyCallingEnabled = m_flags & EmergencyCallingEnabled;
    domain.secure = m_flags & Secure;
    if (m_flags & SidIsBinary)
        domain.sid = sidText(m_sid);
    PackedTexts::Reader reader(m_texts);
    while (reader.next()) {
        switch (reader.field()) {
        case Sid:
            domain.sid = reader.text();
            break;
        case Uri:
            domain.uri = reader.text();
            break;
        case SubresourceUris: {
            const QStringList flat = reader.list();
            for (qsizetype index = 0; index + 1 < flat.size(); index += 2)
                domain.subresourceUris.insert(flat.at(index), flat.at(index + 1));
            break;
        }
        default:
            for (const auto &text : kPackedTexts) {
                if (text.field == reader.field())
                    domain.*text.member = reader.text();
            }
        }
    }
    if (m_flags & UrisDerived) {
        const QString path = domainPath(domain.accountSid, domain.sid);
        domain.uri = path + u".json"_s;
        domain.subresourceUris = derivedSubresourceUris(path);
    }
    return domain;
}

QString CompactSipDomain::sid() const
{
    return m_flags & SidIsBinary ? sidText(m_sid) : m_texts.text(Sid);
}

QString CompactSipDomain::domainName() const
{
    return m_texts.text(DomainName);
}

QString CompactSipDomain::friendlyName() const
{
    return m_texts.text(FriendlyName);
}

QString CompactSipDomain::voiceUrl() const
{
    return m_texts.text(VoiceUrl);
}

const QString &CompactSipDomain::voiceMethod() const
{
    return shape().texts[kVoiceMethod];
}

const QString &CompactSipDomain::authType() const
{
    return shape().texts[kAuthType];
}

QDateTime CompactSipDomain::dateUpdated() const
{
    return dateOf(m_updated);
}

qsizetype CompactSipDomain::indexOfId(const QList<CompactSipDomain> &domains, const QString &sid)
{
    // Parsed once rather than spelling out every row's SID.
    const auto bytes = sidBytes(sid);
    const auto it = std::find_if(domains.cbegin(), domains.cend(),
        [&](const CompactSipDomain &domain) {
            if (domain.m_flags & SidIsBinary)
                return bytes && domain.m_sid == *bytes;
            return !bytes && sameText(domain.m_texts.text(Sid), sid);
        });
    return it == domains.cend() ? -1 : it - domains.cbegin();
}

QList<CompactSipDomain> CompactSipDomain::decode(const QJsonArray &items)
{
    return CompactPage::decode<CompactSipDomain>(items);
}
