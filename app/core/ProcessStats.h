#pragma once

#include <QtGlobal>

#include <optional>

// What the operating system says about this process, for measurements (the startup benchmark).
namespace ProcessStats
{
    // The peak resident set size so far, in KiB (VmHWM on Linux); nullopt where the system does
    // not tell.
    std::optional<qint64> peakResidentKiB();
} // namespace ProcessStats
