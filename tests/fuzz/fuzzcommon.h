#pragma once

// Shared by the fuzz targets (docs/fuzzing.md). Each target defines
// LLVMFuzzerTestOneInput; built with -fsanitize=fuzzer it is a libFuzzer
// fuzzer, otherwise replaymain.cpp runs it over its seed corpus.

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// For targets that need an application object: one, created once and kept
// until the process ends (QCoreApplication keeps a reference to argc, so
// argc and argv must outlive it).
inline void ensureApplication()
{
    if (QCoreApplication::instance())
        return;
    static int argc = 1;
    static char name[] = "sipdesk-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication *app = new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

// A broken promise of the code under test: report and crash, so that
// libFuzzer keeps the input as a reproducer.
[[noreturn]] inline void fail(const char *check, const QString &detail)
{
    std::fprintf(stderr, "fuzz check failed: %s\n  %s\n", check, qPrintable(detail));
    std::abort();
}

} // namespace Fuzz

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            Fuzz::fail(#condition, detail);                                                        \
    } while (false)
