#include "LatencyStats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

void LatencyStats::sort() const
{
    if (!m_sorted) {
        std::sort(m_nanoseconds.begin(), m_nanoseconds.end());
        m_sorted = true;
    }
}

double LatencyStats::percentileMs(double p) const
{
    if (m_nanoseconds.isEmpty()) {
        return 0.0;
    }
    sort();
    // Nearest rank: the smallest sample with at least p% of the samples at or below it.
    const auto n = static_cast<double>(m_nanoseconds.size());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * n));
    const qsizetype index = std::clamp<qsizetype>(rank - 1, 0, m_nanoseconds.size() - 1);
    return static_cast<double>(m_nanoseconds.at(index)) / 1e6;
}

double LatencyStats::meanMs() const
{
    if (m_nanoseconds.isEmpty()) {
        return 0.0;
    }
    const double total = std::accumulate(m_nanoseconds.cbegin(), m_nanoseconds.cend(), 0.0);
    return total / static_cast<double>(m_nanoseconds.size()) / 1e6;
}
