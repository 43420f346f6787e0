#include "models/lists/naturalorder.h"

#include <QChar>

#include <algorithm>
#include <bit>

namespace {

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

// Where a character sorts when it is not part of a number compared with a
// number: spaces and punctuation, then digits, then letters (case-folded).
quint32 weight(char16_t c)
{
    constexpr quint32 kPunctuation = 0, kDigit = 1u << 17, kLetter = 2u << 17;
    if (c < 0x80) {
        if (c >= u'A' && c <= u'Z')
            return kLetter | quint32(c - u'A' + u'a');
        if (c >= u'a' && c <= u'z')
            return kLetter | quint32(c);
        if (isDigit(c))
            return kDigit | quint32(c);
        return kPunctuation | quint32(c);
    }
    const QChar character(c);
    if (character.isLetterOrNumber() || character.isMark())
        return kLetter | quint32(character.toCaseFolded().unicode());
    return kPunctuation | quint32(c);
}

int sign(qsizetype difference)
{
    return difference < 0 ? -1 : (difference > 0 ? 1 : 0);
}

} // namespace

int NaturalOrder::compare(QStringView a, QStringView b)
{
    const qsizetype sizeA = a.size(), sizeB = b.size();
    // An equal prefix decides nothing, unless it ends inside a number: then
    // that number is compared from its start.
    qsizetype prefix = 0;
    const qsizetype shorter = qMin(sizeA, sizeB);
    while (prefix < shorter && a[prefix] == b[prefix])
        ++prefix;
    while (prefix > 0 && isDigit(a[prefix - 1].unicode()))
        --prefix;
    qsizetype i = prefix, j = prefix;
    int tie = 0; // the first difference in case or leading zeros
    while (i < sizeA && j < sizeB) {
        const char16_t ca = a[i].unicode(), cb = b[j].unicode();
        if (isDigit(ca) && isDigit(cb)) {
            const qsizetype startA = i, startB = j;
            while (i < sizeA && a[i] == u'0')
                ++i;
            while (j < sizeB && b[j] == u'0')
                ++j;
            const qsizetype zerosA = i - startA, zerosB = j - startB;
            qsizetype endA = i, endB = j;
            while (endA < sizeA && isDigit(a[endA].unicode()))
                ++endA;
            while (endB < sizeB && isDigit(b[endB].unicode()))
                ++endB;
            // Without leading zeros, the longer run is the larger number.
            if (endA - i != endB - j)
                return sign((endA - i) - (endB - j));
            for (; i < endA; ++i, ++j) {
                if (a[i] != b[j])
                    return sign(qsizetype(a[i].unicode()) - qsizetype(b[j].unicode()));
            }
            if (tie == 0)
                tie = sign(zerosA - zerosB); // fewer leading zeros first
            continue;
        }
        const quint32 wa = weight(ca), wb = weight(cb);
        if (wa != wb)
            return wa < wb ? -1 : 1;
        if (tie == 0 && ca != cb)
            tie = ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < sizeA || j < sizeB)
        return i < sizeA ? 1 : -1; // the shorter one, a prefix of the other, first
    return tie;
}

namespace {

// One byte per unit, in the order compare() gives: 0 ends the text, then
// spaces and punctuation, the start of a number (with its length), the
// number's digits, letters (case-folded); 0xff: not encoded, compare() decides.
constexpr quint8 kEnd = 0, kNumber = 0x50, kDigits = 0x60, kLetters = 0x80, kUnknown = 0xff;
constexpr int kPrefixUnits = 16;

quint8 punctuationUnit(char16_t c)
{
    // ASCII that is neither letter nor digit, in code order, from 1.
    int rank = 1;
    if (c > u'9')
        rank -= 10;
    if (c > u'Z')
        rank -= 26;
    if (c > u'z')
        rank -= 26;
    return quint8(rank + c); // at most 1 + 0x7f - 62 = 66 < kNumber
}

} // namespace

NaturalOrder::Prefix NaturalOrder::prefixOf(QStringView text)
{
    quint8 units[kPrefixUnits] = {};
    int unit = 0;
    bool plain = true; // no capital letter, no leading zero
    const qsizetype size = text.size();
    qsizetype i = 0;
    auto put = [&](quint8 value) {
        if (unit < kPrefixUnits)
            units[unit++] = value;
    };
    while (i < size && unit < kPrefixUnits) {
        const char16_t c = text[i].unicode();
        if (isDigit(c)) {
            const qsizetype start = i;
            while (i < size && text[i] == u'0')
                ++i;
            plain =
                plain && (i == start || i == size || !isDigit(text[i].unicode())) && i - start <= 1;
            qsizetype end = i;
            while (end < size && isDigit(text[end].unicode()))
                ++end;
            if (end - i > 15) {
                put(kUnknown);
                break;
            }
            put(quint8(kNumber + (end - i)));
            for (; i < end; ++i)
                put(quint8(kDigits + (text[i].unicode() - u'0')));
            continue;
        }
        if (c >= 0x80) {
            put(kUnknown);
            break;
        }
        if (c >= u'A' && c <= u'Z') {
            put(quint8(kLetters + (c - u'A')));
            plain = false;
        } else if (c >= u'a' && c <= u'z')
            put(quint8(kLetters + (c - u'a')));
        else
            put(punctuationUnit(c));
        ++i;
    }
    Prefix prefix;
    // Whole: every character encoded, none unknown, room for the end.
    prefix.whole = plain && i == size && unit < kPrefixUnits
        && std::find(units, units + unit, kUnknown) == units + unit;
    for (int k = 0; k < 8; ++k) {
        prefix.high = (prefix.high << 8) | units[k];
        prefix.low = (prefix.low << 8) | units[k + 8];
    }
    return prefix;
}

std::optional<int> NaturalOrder::comparePrefixes(const Prefix &a, const Prefix &b)
{
    quint64 wordA = a.high, wordB = b.high;
    if (wordA == wordB) {
        wordA = a.low;
        wordB = b.low;
        if (wordA == wordB) {
            if (a.whole && b.whole)
                return 0;
            return std::nullopt;
        }
    }
    // The first unit that differs decides, unless either side did not encode it.
    const int shift = 56 - (std::countl_zero(wordA ^ wordB) / 8) * 8;
    const quint8 unitA = quint8(wordA >> shift), unitB = quint8(wordB >> shift);
    if (unitA == kUnknown || unitB == kUnknown)
        return std::nullopt;
    return unitA < unitB ? -1 : 1;
}
