// assistdesk-cli bench: what agents wait for, at call-center scale, against the bare SQLite floor.

#include "Cli.h"

#include "agents/AgentStore.h"
#include "bench/Benchmark.h"
#include "bench/SqliteFloor.h"
#include "demo/DemoGenerator.h"
#include "document/OrderDocument.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>

#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace
{
    constexpr qint64 defaultBenchOrders = 1000000;
    constexpr int defaultDraws = 10000;
    constexpr qint64 importOrders = 20000;

    struct Throughput
    {
        qint64 orders = 0;
        double seconds = 0.0;

        double perSecond() const { return seconds > 0.0 ? static_cast<double>(orders) / seconds : 0.0; }
        QJsonObject toJson() const
        {
            return {{u"orders"_s, orders}, {u"seconds"_s, seconds}, {u"orders_per_second"_s, qRound(perSecond())}};
        }
    };

    double rounded(double ms)
    {
        return std::round(ms * 1000.0) / 1000.0; // microsecond precision, in milliseconds
    }

    QJsonObject latencyJson(const LatencyStats& stats)
    {
        return {{u"count"_s, stats.count()},
                {u"p50_ms"_s, rounded(stats.percentileMs(50))},
                {u"p95_ms"_s, rounded(stats.percentileMs(95))},
                {u"p99_ms"_s, rounded(stats.percentileMs(99))},
                {u"max_ms"_s, rounded(stats.maxMs())},
                {u"mean_ms"_s, rounded(stats.meanMs())}};
    }

    double ratio(double assistDesk, double floor)
    {
        return floor > 0.0 ? std::round(assistDesk / floor * 100.0) / 100.0 : 0.0;
    }
} // namespace

int Cli::bench(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Measure what agents wait for: OD ID, phone and ticket-ID lookups (each also as the same query on the "
           "bare SQLite C API, the floor), opening a ticket with every section, an SOP walk, and submitting an "
           "incident with its action and audit record; p50, p95 and p99 over random draws after a warm-up. Also "
           "the import throughput and, when FILE does not exist yet, the time to generate it. The submits write "
           "real reschedules and incidents into FILE, so it must be a demo database (one the benchmark creates)."));
    parser.addOption(
        {u"db"_s, tr("The database to measure; created with the demo generator when it does not exist."), tr("FILE")});
    parser.addOption({u"orders"_s,
                      tr("Orders to generate when FILE does not exist (default %1).").arg(defaultBenchOrders),
                      tr("N")});
    parser.addOption({u"draws"_s, tr("Recorded random draws per measure (default %1).").arg(defaultDraws), tr("N")});
    parser.addOption(todayOption());
    parser.addOption(agentOption());
    parser.addOption({u"json"_s, tr("Print the figures as one JSON object.")});
    if (const auto status = parse(parser, u"bench"_s, arguments)) {
        return *status;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("bench takes no file arguments; give the database with --db FILE."));
    }
    // Never the default database: the benchmark writes incidents into it.
    if (parser.value(u"db"_s).isEmpty()) {
        return usage(tr("bench needs --db FILE: a database made for benchmarking (it is created when it does not "
                        "exist). The benchmark writes incidents, so it never uses your default database."));
    }
    qint64 orders = defaultBenchOrders;
    if (parser.isSet(u"orders"_s)) {
        bool ok = false;
        orders = parser.value(u"orders"_s).toLongLong(&ok);
        if (!ok || orders < 100 || orders > 100000000) {
            return usage(tr("--orders must be a whole number from 100 to 100000000."));
        }
    }
    Benchmark::Options options;
    options.draws = defaultDraws;
    if (parser.isSet(u"draws"_s)) {
        bool ok = false;
        options.draws = parser.value(u"draws"_s).toInt(&ok);
        if (!ok || options.draws < 100 || options.draws > 10000000) {
            return usage(tr("--draws must be a whole number from 100 to 10000000."));
        }
    }
    options.warmup = qMax(1000, options.draws / 10);
    if (!parseToday(parser.value(u"today"_s))) {
        return UsageError;
    }
    const bool json = parser.isSet(u"json"_s);
    const QString file = QFileInfo(parser.value(u"db"_s)).absoluteFilePath();
    const QString shown = QDir::toNativeSeparators(file);
    QStringList dated;
    if (!parser.value(u"today"_s).isEmpty()) {
        dated = {u"--today"_s, parser.value(u"today"_s)};
    }

    // A nested CLI runs the real demo and import commands, so that what is timed is exactly what
    // users run. Its results are not wanted; its messages go to our stderr.
    QString discarded;
    QTextStream sink(&discarded);
    auto runCommand = [&](const QStringList& command) {
        Cli nested(sink, m_err);
        return nested.run(command);
    };

    std::optional<Throughput> generation;
    if (!QFileInfo::exists(file)) {
        m_err << tr("%1 does not exist: generating %2 demo orders (this is measured)…")
                     .arg(shown, QLocale().toString(orders))
              << Qt::endl;
        QElapsedTimer timer;
        timer.start();
        const int status = runCommand(
            QStringList{u"demo"_s, u"--db"_s, file, u"--orders"_s, QString::number(orders), u"--no-media"_s} + dated);
        if (status != Ok) {
            return status;
        }
        generation = Throughput{orders, static_cast<double>(timer.nsecsElapsed()) / 1e9};
    } else if (parser.isSet(u"orders"_s)) {
        m_err << tr("%1 exists: measuring the orders it holds; --orders only applies when the benchmark creates the "
                    "database.")
                     .arg(shown)
              << Qt::endl;
    }

    // Import throughput: demo orders written as JSON Lines, loaded by the import command into a
    // fresh database beside FILE (same disk), which is removed afterwards.
    Throughput import;
    {
        QTemporaryDir folder(QFileInfo(file).absoluteDir().filePath(u"assistdesk-bench-XXXXXX"_s));
        if (!folder.isValid()) {
            m_err << tr("Cannot create a scratch folder beside %1 for the import measure: %2")
                         .arg(shown, folder.errorString())
                  << Qt::endl;
            return DatabaseError;
        }
        import.orders = qMin(orders, importOrders);
        m_err << tr("Import: writing %1 order documents, then importing them into an empty database…")
                     .arg(QLocale().toString(import.orders))
              << Qt::endl;
        const QString documents = folder.filePath(u"orders.jsonl"_s);
        QFile out(documents);
        if (!out.open(QIODevice::WriteOnly)) {
            m_err << tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(documents), out.errorString()) << Qt::endl;
            return DatabaseError;
        }
        const DemoGenerator generator(m_clock, DemoGenerator::DefaultSeed + 1);
        for (qint64 i = 0; i < import.orders; ++i) {
            out.write(QJsonDocument(OrderDocument::toJson(generator.order(i))).toJson(QJsonDocument::Compact));
            out.write("\n");
        }
        out.close();
        QElapsedTimer timer;
        timer.start();
        const int status = runCommand({u"import"_s, u"--db"_s, folder.filePath(u"import.sqlite"_s), documents});
        import.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
        if (status != Ok) {
            m_err << tr("The import measure failed (exit status %1).").arg(status) << Qt::endl;
            return status;
        }
    }

    if (!openDatabase(file, true)) {
        return DatabaseError;
    }
    // The submits reschedule thousands of tickets: never on a floor's real data. A database the
    // benchmark (or "demo") wrote has the demo floor.
    if (!m_workspace->agents().find(u"sup.demo"_s)) {
        m_err << tr("%1 is not a demo database (it has no demo floor), and the benchmark reschedules thousands of its "
                    "tickets. Give a new file: the benchmark creates it with the demo generator.")
                     .arg(shown)
              << Qt::endl;
        return Rejected;
    }
    // The submits are real incidents under an agent's name, checked like any other: the agent
    // given, or the demo database's L1 agent.
    const bool agentGiven = parser.isSet(u"agent"_s) || !qEnvironmentVariable("ASSISTDESK_AGENT").isEmpty();
    if (agentGiven) {
        if (!actAs(parser)) {
            return Rejected;
        }
    } else if (const std::optional<Agent> demoAgent = m_workspace->agents().find(u"l1.demo"_s)) {
        m_workspace->setAgent(*demoAgent);
    } else {
        m_err << tr("%1 has no demo agent l1.demo: say who submits the benchmark's incidents with --agent ID (an L1 "
                    "agent of this database).")
                     .arg(shown)
              << Qt::endl;
        return Rejected;
    }
    Benchmark benchmark(*m_workspace, options);
    if (!benchmark.run([this](const QString& text) { m_err << text << Qt::endl; })) {
        m_err << benchmark.errorString() << Qt::endl;
        return DatabaseError;
    }

    Database& db = m_workspace->database();
    const QString journal = db.pragma(u"journal_mode"_s).toString();
    const int synchronous = db.pragma(u"synchronous"_s).toInt();
    static const QStringList synchronousNames = {u"off"_s, u"normal"_s, u"full"_s, u"extra"_s};
    const QString synchronousName = synchronousNames.value(synchronous, QString::number(synchronous));
    using M = Benchmark::Measure;

    if (json) {
        QJsonObject latency;
        QJsonObject floor;
        QJsonObject ratios;
        for (int m = 0; m < Benchmark::MeasureCount; ++m) {
            const auto measure = static_cast<M>(m);
            latency.insert(Benchmark::key(measure), latencyJson(benchmark.stats(measure)));
            if (m < Benchmark::LookupCount) {
                const LatencyStats& bare = benchmark.floor(measure);
                const LatencyStats& ours = benchmark.stats(measure);
                floor.insert(Benchmark::key(measure), latencyJson(bare));
                ratios.insert(Benchmark::key(measure),
                              QJsonObject{{u"p50"_s, ratio(ours.percentileMs(50), bare.percentileMs(50))},
                                          {u"p95"_s, ratio(ours.percentileMs(95), bare.percentileMs(95))},
                                          {u"p99"_s, ratio(ours.percentileMs(99), bare.percentileMs(99))}});
            }
        }
        QJsonObject report{
            {u"database"_s, shown},
            {u"assistdesk_version"_s, QCoreApplication::applicationVersion()},
            {u"sqlite_version"_s, SqliteFloor::libraryVersion()},
            {u"qt_version"_s, QString::fromLatin1(qVersion())},
            {u"machine"_s, QJsonObject{{u"os"_s, QSysInfo::prettyProductName()},
                                       {u"cpu_architecture"_s, QSysInfo::currentCpuArchitecture()},
                                       {u"threads"_s, QThread::idealThreadCount()}}},
            {u"settings"_s, QJsonObject{{u"journal_mode"_s, journal},
                                        {u"synchronous"_s, synchronousName},
                                        {u"cache_size"_s, db.pragma(u"cache_size"_s).toLongLong()},
                                        {u"mmap_size"_s, db.pragma(u"mmap_size"_s).toLongLong()},
                                        {u"page_size"_s, db.pragma(u"page_size"_s).toLongLong()}}},
            {u"rows"_s, QJsonObject{{u"orders"_s, benchmark.rowsBefore(u"orders"_s)},
                                    {u"tickets"_s, benchmark.rowsBefore(u"tickets"_s)},
                                    {u"activity"_s, benchmark.rowsBefore(u"ticket_activity"_s)},
                                    {u"incidents"_s, benchmark.rowsBefore(u"incidents"_s)}}},
            {u"draws"_s, options.draws},
            {u"warmup_draws"_s, options.warmup},
            {u"latency"_s, latency},
            {u"floor"_s, floor},
            {u"ratio"_s, ratios},
            {u"import"_s, import.toJson()},
            {u"generation"_s, generation ? QJsonValue(generation->toJson()) : QJsonValue()},
        };
        m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        return Ok;
    }

    const QLocale locale;
    auto ms = [](double value) { return QString::number(value, 'f', 3).rightJustified(9); };
    m_out << tr("AssistDesk benchmark: %1").arg(shown) << Qt::endl;
    m_out << tr("%1 orders, %2 tickets, %3 activity rows; SQLite %4, journal %5, synchronous %6")
                 .arg(locale.toString(benchmark.rowsBefore(u"orders"_s)),
                      locale.toString(benchmark.rowsBefore(u"tickets"_s)),
                      locale.toString(benchmark.rowsBefore(u"ticket_activity"_s)), SqliteFloor::libraryVersion(),
                      journal, synchronousName)
          << Qt::endl;
    m_out << tr("%1 random draws per measure after %2 warm-up draws; times in milliseconds.")
                 .arg(locale.toString(options.draws), locale.toString(options.warmup))
          << Qt::endl
          << Qt::endl;
    m_out << tr("Measure").leftJustified(38) << tr("p50").rightJustified(9) << tr("p95").rightJustified(9)
          << tr("p99").rightJustified(9) << tr("floor p50").rightJustified(11) << tr("floor p99").rightJustified(11)
          << tr("×floor p99").rightJustified(11) << Qt::endl;
    for (int m = 0; m < Benchmark::MeasureCount; ++m) {
        const auto measure = static_cast<M>(m);
        const LatencyStats& stats = benchmark.stats(measure);
        m_out << Benchmark::title(measure).leftJustified(38) << ms(stats.percentileMs(50)) << ms(stats.percentileMs(95))
              << ms(stats.percentileMs(99));
        if (m < Benchmark::LookupCount) {
            const LatencyStats& bare = benchmark.floor(measure);
            m_out << u"  "_s << ms(bare.percentileMs(50)) << u"  "_s << ms(bare.percentileMs(99))
                  << QString::number(ratio(stats.percentileMs(99), bare.percentileMs(99)), 'f', 2).rightJustified(11);
        }
        m_out << Qt::endl;
    }
    m_out << Qt::endl
          << tr("Import: %1 orders in %2 s, %3 orders/s.")
                 .arg(locale.toString(import.orders), QString::number(import.seconds, 'f', 2),
                      locale.toString(qRound(import.perSecond())))
          << Qt::endl;
    if (generation) {
        m_out << tr("Demo generation: %1 orders in %2 s, %3 orders/s.")
                     .arg(locale.toString(generation->orders), QString::number(generation->seconds, 'f', 1),
                          locale.toString(qRound(generation->perSecond())))
              << Qt::endl;
    } else {
        m_out << tr("Demo generation: not measured (the database already existed).") << Qt::endl;
    }
    return Ok;
}
