#pragma once

#include "models/records/packedtexts.h"
#include "models/records/recordstorage.h"
#include "models/records/sipdomain.h"
#include "models/records/textshape.h"

#include <QDateTime>
#include <QExplicitlySharedDataPointer>
#include <QJsonArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <array>

// A SipDomain as a table of 10,000 keeps it: 64 bytes in place and no
// allocation of its own, where the full record costs about 2 KB in 30
// allocations. The account, API version, auth type and methods repeat from
// row to row: one shared, interned shape. The SID ("SD" and 32 lower-case
// hex digits) is 16 bytes, the dates are milliseconds, and the URI and
// subresource URIs are not kept when they are the ones Twilio derives from
// the account and SID. The other texts sit in the page's block of packed
// texts (PackedTexts), and so does any value that has not the usual form.
// expanded() gives back the record it was made of, null and empty alike;
// its dates are in UTC, as SipDomain::fromJson() reads them.
class CompactSipDomain
{
public:
    using Record = SipDomain;
    using Shape = TextShape<6>;
    using Pool = TextShapePool<6>;

    CompactSipDomain() = default;
    // pool, when given, shares shapes with the records made with the same pool.
    explicit CompactSipDomain(const SipDomain &domain, Pool *pool = nullptr);

    SipDomain expanded() const;

    QString sid() const;
    QString domainName() const;
    QString friendlyName() const;
    QString voiceUrl() const;
    const QString &voiceMethod() const;
    const QString &authType() const;
    bool hasAuthMapping() const { return !authType().isEmpty(); }
    bool sipRegistration() const { return m_flags & SipRegistration; }
    bool secure() const { return m_flags & Secure; }
    QDateTime dateUpdated() const;
    bool sharesTextsWith(const CompactSipDomain &other) const
    {
        return m_texts.sharesBlockWith(other.m_texts);
    }

    // Every field of a page of the list, straight into compact form.
    static QList<CompactSipDomain> decode(const QJsonArray &items);
    // The row of the domain with this SID, or -1.
    static qsizetype indexOfId(const QList<CompactSipDomain> &domains, const QString &sid);

private:
    friend struct CompactPage;

    enum Flag : quint8 {
        SipRegistration = 0x01,
        EmergencyCallingEnabled = 0x02,
        Secure = 0x04,
        SidIsBinary = 0x08, // m_sid holds the SID; otherwise it is a packed text
        UrisDerived = 0x10, // uri and subresource_uris as Twilio derives them
    };
    using SidBytes = std::array<quint8, 16>;

    quint32 write(const SipDomain &domain, Pool &pool, PackedTexts::Writer &writer);
    void setTexts(PackedTexts texts) { m_texts = std::move(texts); }
    const Shape &shape() const { return m_shape ? *m_shape : Shape::empty(); }

    QExplicitlySharedDataPointer<const Shape> m_shape;
    SidBytes m_sid {};
    qint64 m_created = 0; // milliseconds since the epoch, or kNoDate
    qint64 m_updated = 0;
    PackedTexts m_texts;
    quint8 m_flags = 0;
};

Q_DECLARE_TYPEINFO(CompactSipDomain, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(CompactSipDomain)

template<>
struct RecordStorage<SipDomain> : CompactRecordStorage<CompactSipDomain>
{ };
