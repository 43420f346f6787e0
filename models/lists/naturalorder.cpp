#include "models/lists/naturalorder.h"

#include <QChar>

#include <array>


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

// The first byte of each unit of a key, in the order of compare(): the end of
// the text first (a text that is the start of another sorts first), then
// punctuation and spaces, numbers, letters.
constexpr char kEnd = 0x00;
constexpr quint8 kOtherPunctuation = 0x43; // + the UTF-16 unit, after all ASCII
constexpr quint8 kNumber = 0x50; // + the count of digits without leading zeros, the digits
constexpr quint8 kLettersBeforeA = 0x7f; // + the case-folded unit
constexpr quint8 kLetterA = 0x80; // ASCII letters, case-folded, one byte each
constexpr quint8 kLettersAfterZ = 0x9a; // + the case-folded unit
// The most bytes one UTF-16 unit of a text takes in its key; a number, its
// marker, length and digits, takes no more than that per digit either.
constexpr qsizetype kMostBytesPerUnit = 3;

constexpr quint8 punctuationUnit(char16_t c)
{
    // ASCII that is neither letter nor digit, in code order, from 1.
    int rank = 1;
    if (c > u'9')
        rank -= 10;
    if (c > u'Z')
        rank -= 26;
    if (c > u'z')
        rank -= 26;
    return quint8(rank + c); // at most 1 + 0x7f - 62 = 66 < kOtherPunctuation
}

// The key byte of each ASCII character but digits.
constexpr std::array<quint8, 0x80> asciiUnits()
{
    std::array<quint8, 0x80> units {};
    for (char16_t c = 0; c < 0x80; ++c) {
        if (c >= u'A' && c <= u'Z')
            units[c] = quint8(kLetterA + (c - u'A'));
        else if (c >= u'a' && c <= u'z')
            units[c] = quint8(kLetterA + (c - u'a'));
        else
            units[c] = punctuationUnit(c);
    }
    return units;
}
constexpr std::array<quint8, 0x80> kAsciiUnits = asciiUnits();

char *putUnitWithCode(char *out, quint8 unit, quint32 code)
{
    *out++ = char(unit);
    *out++ = char(code >> 8);
    *out++ = char(code & 0xff);
    return out;
}

char *putNumberLength(char *out, qsizetype digits)
{
    if (digits < 0xff) {
        *out++ = char(digits);
        return out;
    }
    *out++ = char(0xff); // longer numbers: their length in four bytes after it
    for (int shift = 24; shift >= 0; shift -= 8)
        *out++ = char((quint64(digits) >> shift) & 0xff);
    return out;
}

char *putNonAscii(char *out, char16_t c)
{
    constexpr quint32 kClassShift = 17, kCodeMask = (1u << kClassShift) - 1;
    const quint32 rank = weight(c);
    const quint32 code = rank & kCodeMask;
    if (rank >> kClassShift == 0) // punctuation, after all of ASCII's
        return putUnitWithCode(out, kOtherPunctuation, code);
    if (code >= u'a' && code <= u'z') { // folded into ASCII (the Kelvin sign)
        *out++ = char(kLetterA + (code - u'a'));
        return out;
    }
    return putUnitWithCode(out, code < u'a' ? kLettersBeforeA : kLettersAfterZ, code);
}

} // namespace

void NaturalOrder::appendKey(QStringView text, QByteArray &keys)
{
    const qsizetype size = text.size();
    const qsizetype start = keys.size();
    // Written in place: a sort makes 100,000 keys at once.
    keys.resize(start + kMostBytesPerUnit * size + 1);
    char *out = keys.data() + start;
    const char16_t *units = text.utf16();
    qsizetype i = 0;
    while (i < size) {
        const char16_t c = units[i];
        if (isDigit(c)) {
            while (i < size && units[i] == u'0')
                ++i;
            qsizetype end = i;
            while (end < size && isDigit(units[end]))
                ++end;
            *out++ = char(kNumber);
            out = putNumberLength(out, end - i);
            for (; i < end; ++i)
                *out++ = char(units[i]);
            continue;
        }
        if (c < 0x80)
            *out++ = char(kAsciiUnits[c]);
        else
            out = putNonAscii(out, c);
        ++i;
    }
    *out++ = kEnd;
    keys.resize(out - keys.constData());
}
