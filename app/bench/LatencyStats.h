#pragma once

#include <QList>
#include <QtGlobal>

#include <chrono>

// The time of each draw of one measured operation, and its percentiles. Nearest-rank percentiles
// over the recorded draws only (warm-up draws are not recorded).
class LatencyStats final
{
public:
    using Clock = std::chrono::steady_clock;

    void reserve(qsizetype draws) { m_nanoseconds.reserve(draws); }
    void add(Clock::duration elapsed)
    {
        m_nanoseconds.append(std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed).count());
        m_sorted = false;
    }

    qsizetype count() const { return m_nanoseconds.size(); }
    // p in (0, 100]; milliseconds. 0 when nothing was recorded.
    double percentileMs(double p) const;
    double meanMs() const;
    double maxMs() const { return percentileMs(100.0); }

private:
    void sort() const;

    mutable QList<qint64> m_nanoseconds;
    mutable bool m_sorted = true;
};

// Times one call: LatencyStats::Clock::now() before and after, nothing else.
template <typename F>
LatencyStats::Clock::duration timed(F&& call)
{
    const auto start = LatencyStats::Clock::now();
    call();
    return LatencyStats::Clock::now() - start;
}
