// ReplyClassifier::parseRetryAfter: whatever the header says, the wait is
// nothing or between 0 and just over the longest the policy waits.

#include "tests/fuzz/fuzzcommon.h"

#include "models/api/replyclassifier.h"

#include <QTimeZone>

using namespace std::chrono;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // A fixed "now", so that a crash reproduces on any day.
    static const QDateTime now(QDate(2026, 11, 29), QTime(12, 0), QTimeZone::utc());
    const milliseconds longest(30000);
    const std::optional<milliseconds> wait =
        ReplyClassifier::parseRetryAfter(Fuzz::bytes(data, size), longest, now);
    if (wait)
        FUZZ_CHECK(wait->count() >= 0 && *wait <= longest + milliseconds(1),
            QString::number(wait->count()));
    return 0;
}
