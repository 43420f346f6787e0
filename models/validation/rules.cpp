#include "models/validation/rules.h"

#include "models/records/vocabulary.h"

#include <algorithm>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Rules", text);
}

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isLetterOrDigit(char32_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
}

// The characters of value that allowed refuses, each named once in the order
// they first appear: quoted, white space by name. Whole code points, so that
// an emoji is shown as itself and not as two broken halves.
template<class Allowed>
QString foundCharacters(QStringView value, Allowed allowed)
{
    QList<char32_t> found;
    for (const char32_t c : value.toUcs4())
        if (!allowed(c) && !found.contains(c))
            found.append(c);
    // A pasted paragraph must not turn the message into a paragraph too.
    constexpr qsizetype kMostNamed = 8;
    QStringList named;
    for (const char32_t c : found.first(qMin(found.size(), kMostNamed))) {
        if (c == u' ')
            named << tr("a space");
        else if (QChar::isSpace(c) || QChar::category(c) == QChar::Other_Control)
            named << tr("white space or a control character");
        else
            named << u"\"%1\""_s.arg(QString::fromUcs4(&c, 1));
    }
    named.removeDuplicates();
    if (found.size() > kMostNamed)
        named << tr("others");
    return QLocale().createSeparatedList(named);
}

constexpr qsizetype kSidHexDigits = 32;
constexpr qsizetype kDnsLabelMax = 63;
constexpr qsizetype kDnsNameMax = 253;

} // namespace

namespace Rules {

bool isSid(QStringView value, QStringView prefix)
{
    if (value.size() != prefix.size() + kSidHexDigits || !value.startsWith(prefix))
        return false;
    return std::all_of(value.begin() + prefix.size(), value.end(), isHexDigit);
}

QString sidProblem(const QString &value, QStringView prefix)
{
    if (isSid(value, prefix))
        return {};
    if (!value.startsWith(prefix))
        return tr("must start with %1").arg(prefix);
    if (value.size() != prefix.size() + kSidHexDigits)
        return tr("must be %1 followed by exactly 32 hex digits (34 characters, not %2)")
            .arg(prefix)
            .arg(value.size());
    return tr("may contain only the hex digits 0-9 and a-f after %1").arg(prefix);
}

bool isUuid(QStringView value)
{
    static constexpr int groups[] = { 8, 4, 4, 4, 12 };
    qsizetype pos = 0;
    for (int i = 0; i < 5; ++i) {
        if (i > 0) {
            if (pos >= value.size() || value[pos] != u'-')
                return false;
            ++pos;
        }
        for (int n = 0; n < groups[i]; ++n, ++pos) {
            if (pos >= value.size() || !isHexDigit(value[pos]))
                return false;
        }
    }
    return pos == value.size();
}

QString uuidProblem(const QString &value)
{
    if (isUuid(value))
        return {};
    return tr("must be a UUID such as 123e4567-e89b-12d3-a456-426614174000");
}

QString domainNameProblem(const QString &value)
{
    static const QString suffix = u".sip.twilio.com"_s;
    if (value.isEmpty())
        return tr("is required");
    const bool hasSuffix = value.endsWith(suffix, Qt::CaseInsensitive);
    if (hasSuffix && value.size() == suffix.size())
        return tr("needs a name before .sip.twilio.com");
    // Every problem at once, so that one correction fixes the value.
    QStringList problems;
    if (!hasSuffix)
        problems << tr("must end with .sip.twilio.com");
    if (value.size() > kDnsNameMax)
        problems
            << tr("may be at most %1 characters long (now %2)").arg(kDnsNameMax).arg(value.size());
    const QStringView name = hasSuffix ? QStringView(value).chopped(suffix.size()) : value;
    const QString invalid = foundCharacters(
        name, [](char32_t c) { return c == u'.' || c == u'-' || isLetterOrDigit(c); });
    if (!invalid.isEmpty())
        problems << tr("may contain only letters, digits and \"-\" (found %1)").arg(invalid);
    bool emptyLabel = false;
    bool longLabel = false;
    bool hyphenAtEdge = false;
    for (const QStringView label : name.split(u'.')) {
        emptyLabel |= label.isEmpty();
        longLabel |= label.size() > kDnsLabelMax;
        hyphenAtEdge |= label.startsWith(u'-') || label.endsWith(u'-');
    }
    if (emptyLabel)
        problems << tr("must not contain empty labels (\"..\" or a leading dot)");
    if (longLabel)
        problems << tr("each part between dots may be at most %1 characters").arg(kDnsLabelMax);
    if (hyphenAtEdge)
        problems << tr("parts must not start or end with \"-\"");
    return problems.join(u"; "_s);
}

QString withDomainSuffix(const QString &value)
{
    static const QString suffix = u".sip.twilio.com"_s;
    const QString name = value.trimmed();
    if (name.endsWith(suffix, Qt::CaseInsensitive))
        return name;
    // The longest end of the name that starts the suffix.
    for (qsizetype length = qMin(name.size(), suffix.size() - 1); length > 0; --length) {
        if (suffix.startsWith(QStringView(name).right(length), Qt::CaseInsensitive))
            return name.chopped(length) + suffix;
    }
    return name + suffix;
}

namespace {
QString lengthProblem(const QString &value, int maxLength)
{
    if (value.size() > maxLength)
        return tr("may be at most %1 characters long (now %2)").arg(maxLength).arg(value.size());
    return {};
}
} // namespace

QString friendlyNameProblem(const QString &value)
{
    return lengthProblem(value, kFriendlyNameMaxLength);
}

QString longFriendlyNameProblem(const QString &value)
{
    return lengthProblem(value, kLongFriendlyNameMaxLength);
}

QString sipUsernameProblem(const QString &value)
{
    static const QString userMarks = u"-_.!~*'()&=+$,;?/"_s;
    if (value.isEmpty())
        return tr("is required");
    QStringList problems;
    if (const QString problem = lengthProblem(value, kSipUsernameMaxLength); !problem.isEmpty())
        problems << problem;
    const QString invalid = foundCharacters(value, [](char32_t c) {
        return isLetterOrDigit(c) || (c < 0x80 && userMarks.contains(QChar(c)));
    });
    if (!invalid.isEmpty())
        problems
            << tr("may contain only letters, digits and -_.!~*'()&=+$,;?/ (found %1)").arg(invalid);
    return problems.join(u"; "_s);
}

QString sipPasswordProblem(const QString &value)
{
    QStringList missing;
    if (value.size() < kSipPasswordMinLength)
        missing << tr("at least %1 characters").arg(kSipPasswordMinLength);
    const auto has = [&value](auto test) { return std::any_of(value.begin(), value.end(), test); };
    if (!has([](QChar c) { return c >= u'0' && c <= u'9'; }))
        missing << tr("a digit");
    if (!has([](QChar c) { return c.isLower(); }))
        missing << tr("a lower-case letter");
    if (!has([](QChar c) { return c.isUpper(); }))
        missing << tr("an upper-case letter");
    if (missing.isEmpty())
        return {};
    return tr("needs %1").arg(QLocale().createSeparatedList(missing));
}

QString ipv4AddressProblem(const QString &value)
{
    if (value.isEmpty())
        return tr("is required");
    const QStringList parts = value.split(u'.');
    const auto isNumber = [](const QString &part) {
        if (part.isEmpty() || part.size() > 3 || (part.size() > 1 && part.startsWith(u'0')))
            return false;
        if (!std::all_of(part.begin(), part.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
            return false;
        return part.toInt() <= 255;
    };
    if (parts.size() != 4 || !std::all_of(parts.begin(), parts.end(), isNumber))
        return tr("must be an IPv4 address such as 192.0.2.10 (four numbers 0-255, no "
                  "leading zeros; IPv6 is not supported)");
    return {};
}

QString cidrPrefixProblem(const QString &value)
{
    bool ok = false;
    const int prefix = value.toInt(&ok);
    const bool digitsOnly = !value.isEmpty()
        && std::all_of(value.begin(), value.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!ok || !digitsOnly || prefix < kCidrPrefixMin || prefix > kCidrPrefixMax)
        return tr("must be a whole number from %1 to %2").arg(kCidrPrefixMin).arg(kCidrPrefixMax);
    return {};
}

QString urlProblem(const QString &value)
{
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return tr("must be an absolute URL such as https://example.com/voice");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s)
        return tr("must start with http:// or https://");
    if (url.host().isEmpty())
        return tr("must name a host, as in https://example.com/voice");
    return {};
}

QString enumProblem(const QString &value, const QStringList &allowed)
{
    if (allowed.contains(value))
        return {};
    return tr("must be one of: %1").arg(allowed.join(u", "_s));
}

bool parseFormBool(QStringView value, bool *ok)
{
    *ok = value == u"true" || value == u"false";
    return value == u"true";
}

QString dnsLabelProblem(const QString &value)
{
    if (value.isEmpty())
        return tr("is required");
    QStringList problems;
    if (value.size() > kDnsLabelMax)
        problems << tr("may be at most %1 characters long").arg(kDnsLabelMax);
    const QString invalid =
        foundCharacters(value, [](char32_t c) { return c == u'-' || isLetterOrDigit(c); });
    if (!invalid.isEmpty())
        problems << tr("may contain only letters, digits and \"-\" (found %1)").arg(invalid);
    if (value.startsWith(u'-') || value.endsWith(u'-'))
        problems << tr("must not start or end with \"-\"");
    return problems.join(u"; "_s);
}

QString usernameProblem(const QString &value)
{
    if (value.isEmpty())
        return tr("is required");
    QStringList problems;
    if (value.contains(u'@'))
        problems << tr("must not contain \"@\"");
    if (std::any_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); }))
        problems << tr("must not contain spaces or other white space");
    return problems.join(u"; "_s);
}

QString asSentence(const QString &problem)
{
    QString sentence = problem.trimmed();
    if (sentence.isEmpty())
        return sentence;
    sentence[0] = sentence[0].toUpper();
    static const QString endings = u".!?…"_s;
    if (!endings.contains(sentence.back()))
        sentence += u'.';
    return sentence;
}

namespace {
QString listProblem(const QStringList &values, const QStringList &known, bool allowParameters)
{
    QSet<QString> seen;
    for (const QString &value : values) {
        const QString name = allowParameters ? SignalWireVocabulary::codecName(value) : value;
        if (!known.contains(name))
            return tr("\"%1\" is not one of: %2").arg(value, known.join(u", "_s));
        if (seen.contains(name))
            return tr("\"%1\" is listed twice").arg(name);
        seen.insert(name);
    }
    return {};
}
} // namespace

QString codecListProblem(const QStringList &codecs)
{
    return listProblem(codecs, SignalWireVocabulary::knownCodecs(), true);
}

QString cipherListProblem(const QStringList &ciphers)
{
    return listProblem(ciphers, SignalWireVocabulary::knownCiphers(), false);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace Rules
