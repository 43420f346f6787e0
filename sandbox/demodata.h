#pragma once

#include "models/records/sipdomain.h"

#include <QString>
#include <QStringView>

#include <vector>

// Deterministic, realistic demo data for the sandbox: the same seed always
// gives the same records, so screenshots, tests and benchmarks repeat.
namespace DemoData {

// A small, fast PRNG (xorshift64*) with the helpers the generators need.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed * 0x9E3779B97F4A7C15ull + 1)
    { }
    quint64 next();
    int bounded(int n) { return int(next() % quint64(n)); }
    bool chance(int percent) { return bounded(100) < percent; }
    QString hex(int digits);
    QString uuid();
    template<typename List>
    const auto &pick(const List &list)
    {
        return list[bounded(int(std::size(list)))];
    }

private:
    quint64 m_state;
};

std::vector<SipDomain> domains(const QString &accountSid, int count, quint32 seed);

// A fresh random SID (prefix + 32 hex digits) for records created at run time.
QString randomSid(QStringView prefix);

// "Dunder Mifflin" -> "dunder-mifflin"
QString slug(const QString &text);

} // namespace DemoData
