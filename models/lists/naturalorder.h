#pragma once

#include <QStringView>
#include <QtGlobal>

#include <optional>

// The order people expect of names with numbers in them: "dispatch-8"
// before "dispatch-100", without regard to case. Runs of ASCII digits compare
// by their value; other characters by kind (punctuation and spaces, then
// digits, then letters) and, among letters, case-folded. Where that finds no
// difference, the first difference in case or in leading zeros decides
// ("Alice" before "alice", "8" before "08"), so that only equal strings
// compare equal and a sort has one answer.
//
// It reads the strings in place and allocates nothing: a sort of 100,000
// rows calls it about two million times.
namespace NaturalOrder {

// Negative when a sorts before b, zero when they are equal, positive after.
int compare(QStringView a, QStringView b);

inline bool lessThan(QStringView a, QStringView b)
{
    return compare(a, b) < 0;
}

// The start of a string's place in the order, in 16 bytes: a sort keeps one
// per row in one array, and most comparisons are decided there without
// reading the strings (which lie all over the heap, a cache miss each).
struct Prefix
{
    quint64 high = 0;
    quint64 low = 0;
    // The text is all in the prefix, with nothing for a tie to decide (no
    // capital letters, no leading zeros): equal prefixes, equal texts.
    bool whole = false;
};
Prefix prefixOf(QStringView text);
// Negative or positive when the prefixes decide the order as compare()
// would, and zero when the texts are equal as far as compare() is
// concerned; nullopt when only compare() can tell (equal so far, or a
// character the prefix does not encode).
std::optional<int> comparePrefixes(const Prefix &a, const Prefix &b);

} // namespace NaturalOrder
