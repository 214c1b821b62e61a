#pragma once

#include "bench/LatencyStats.h"
#include "bench/SqliteFloor.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <array>
#include <functional>

class Workspace;

// Measures what an agent waits for, on the workspace's database, the way the console does it:
// the three lookups (each also as the floor, the same SQL on the bare SQLite C API, interleaved
// with AssistDesk's draws so both see the same cache), opening a ticket with every section of
// the ticket view and the history, an SOP walk to its outcome, and submitting an incident with
// its action and audit record (durable: the commit is on disk when the call returns).
// Every measure makes warm-up draws first, then records `draws` random draws. The submit
// measure writes real reschedules, incidents and audit records into the database.
class Benchmark final
{
    Q_DECLARE_TR_FUNCTIONS(Benchmark)

public:
    enum class Measure
    {
        OrderIdLookup,
        PhoneLookup,
        TicketIdLookup,
        TicketOpen,
        SopWalk,
        IncidentSubmit,
    };
    static constexpr int MeasureCount = static_cast<int>(Measure::IncidentSubmit) + 1;
    static constexpr int LookupCount = 3; // the first three measures have a floor

    struct Options
    {
        int draws = 10000;
        int warmup = 1000;
        quint64 seed = 20240425;
    };

    Benchmark(Workspace& workspace, const Options& options);
    ~Benchmark();
    Q_DISABLE_COPY_MOVE(Benchmark)

    // Runs every measure; progress(text) before each. False with errorString() when a draw failed
    // (a lookup found nothing, an action was refused, the database failed).
    bool run(const std::function<void(const QString&)>& progress);
    QString errorString() const { return m_error; }

    const LatencyStats& stats(Measure measure) const { return m_stats.at(static_cast<std::size_t>(measure)); }
    // The floor of a lookup measure (OrderIdLookup, PhoneLookup, TicketIdLookup).
    const LatencyStats& floor(Measure lookup) const { return m_floor.at(static_cast<std::size_t>(lookup)); }

    // Rows of the database's tables before the run ("orders", "tickets", "ticket_activity",
    // "incidents"); -1 when not counted.
    qint64 rowsBefore(const QString& table) const { return m_rowsBefore.value(table, -1); }

    // "od_lookup", "phone_lookup" …: the names in the JSON report.
    static QString key(Measure measure);
    // "OD ID lookup" …: for people.
    static QString title(Measure measure);

private:
    struct Keys;
    bool sample(Keys& keys);
    bool measureLookups(const Keys& keys);
    bool measureTicketOpen(const Keys& keys);
    bool measureSopWalk(const Keys& keys);
    bool measureIncidentSubmit(const Keys& keys);

    Workspace& m_workspace;
    Options m_options;
    SqliteFloor m_sqlite;
    std::array<LatencyStats, MeasureCount> m_stats;
    std::array<LatencyStats, LookupCount> m_floor;
    QHash<QString, qint64> m_rowsBefore;
    QString m_error;
};
