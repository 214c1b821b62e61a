#include "Benchmark.h"

#include "actions/TicketActions.h"
#include "search/SearchQuery.h"
#include "sop/SopTree.h"
#include "sop/SopWalk.h"
#include "store/AuditLog.h"
#include "store/IncidentStore.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"

#include <QRandomGenerator>

#include <array>
#include <random>

using namespace Qt::StringLiterals;

namespace
{
    // The SOP walk measured: the Status Check scenario of the L1 Installation | Maintenance tree,
    // the call agents take most.
    const QString sopTreeId = u"l1-installation-maintenance"_s;
    const QString sopScenario = u"(Status Check)"_s;
    // Loaded orders the SOP walk draws from; enough to defeat any per-order caching.
    constexpr int sopPoolSize = 2000;
    constexpr int maxSopAnswers = 100;

    QRandomGenerator seeded(quint64 seed, quint32 stream)
    {
        std::seed_seq sequence{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32), stream};
        return QRandomGenerator(sequence);
    }
} // namespace

// What the draws are made of, sampled from the database before any clock runs.
struct Benchmark::Keys
{
    QList<OrderKeys> orders; // OD lookup
    QList<OrderKeys> phones; // phone lookup
    QList<QString> tickets; // ticket-ID lookup
    QList<QString> openOrders; // ticket open
    QList<std::pair<Order, QString>> sopOrders; // SOP walk: an order and a ticket of the tree's lines
    QList<std::pair<QString, QString>> reschedulable; // incident submit: order and ticket
};

Benchmark::Benchmark(Workspace& workspace, const Options& options)
    : m_workspace(workspace)
    , m_options(options)
{ }

Benchmark::~Benchmark() = default;

QString Benchmark::key(Measure measure)
{
    switch (measure) {
    case Measure::OrderIdLookup:
        return u"od_lookup"_s;
    case Measure::PhoneLookup:
        return u"phone_lookup"_s;
    case Measure::TicketIdLookup:
        return u"ticket_lookup"_s;
    case Measure::TicketOpen:
        return u"ticket_open"_s;
    case Measure::SopWalk:
        return u"sop_walk"_s;
    case Measure::IncidentSubmit:
        return u"incident_submit"_s;
    }
    return {};
}

QString Benchmark::title(Measure measure)
{
    switch (measure) {
    case Measure::OrderIdLookup:
        return tr("OD ID lookup");
    case Measure::PhoneLookup:
        return tr("Phone lookup");
    case Measure::TicketIdLookup:
        return tr("Ticket-ID lookup");
    case Measure::TicketOpen:
        return tr("Ticket open (every section)");
    case Measure::SopWalk:
        return tr("SOP walk to its outcome");
    case Measure::IncidentSubmit:
        return tr("Incident submit (reschedule + audit)");
    }
    return {};
}

bool Benchmark::run(const std::function<void(const QString&)>& progress)
{
    m_error.clear();
    const int total = m_options.draws + m_options.warmup;
    for (LatencyStats& stats : m_stats) {
        stats.reserve(m_options.draws);
    }
    for (LatencyStats& stats : m_floor) {
        stats.reserve(m_options.draws);
    }
    Database& db = m_workspace.database();
    if (!m_sqlite.open(db.path(), db.pragma(u"cache_size"_s).toLongLong(), db.pragma(u"mmap_size"_s).toLongLong())) {
        m_error = m_sqlite.errorString();
        return false;
    }

    for (const QString& table : {u"orders"_s, u"tickets"_s, u"ticket_activity"_s, u"incidents"_s}) {
        m_rowsBefore.insert(table, m_sqlite.rowCount(table));
    }

    progress(tr("Drawing %1 random orders, tickets and mobile numbers for each measure…").arg(total));
    Keys keys;
    if (!sample(keys)) {
        return false;
    }
    progress(tr("Lookups: OD ID, mobile number, ticket ID, each also on the bare SQLite C API…"));
    if (!measureLookups(keys)) {
        return false;
    }
    progress(tr("Opening tickets with every section of the ticket view and the order's history…"));
    if (!measureTicketOpen(keys)) {
        return false;
    }
    progress(tr("Walking the Status Check scenario to its outcome…"));
    if (!measureSopWalk(keys)) {
        return false;
    }
    progress(tr("Submitting reschedules with their incident and audit record…"));
    return measureIncidentSubmit(keys);
}

bool Benchmark::sample(Keys& keys)
{
    OrderStore& orders = m_workspace.orders();
    const int total = m_options.draws + m_options.warmup;
    auto draw = [&](int count, quint32 stream) {
        QList<OrderKeys> drawn = orders.sampleOrders(count, m_options.seed ^ (quint64{stream} << 40));
        if (drawn.size() < count) {
            m_error = orders.hasError() ? orders.errorString()
                                        : tr("The database has too few orders to draw from; it needs at least one "
                                             "order with a ticket.");
        }
        return drawn;
    };

    keys.orders = draw(total, 1);
    keys.phones = draw(total, 2);
    if (!m_error.isEmpty()) {
        return false;
    }
    QRandomGenerator rng = seeded(m_options.seed, 3);
    // Orders without a ticket are a few per cent; draw a little more than needed and skip them.
    for (int round = 0; round < 20 && (keys.tickets.size() < total || keys.openOrders.size() < total); ++round) {
        const QList<OrderKeys> drawn = draw(total + total / 4, 3 + static_cast<quint32>(round));
        if (!m_error.isEmpty()) {
            return false;
        }
        for (const OrderKeys& order : drawn) {
            if (order.ticketIds.isEmpty()) {
                continue;
            }
            const QString& ticket =
                order.ticketIds.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(order.ticketIds.size()))));
            // Only IDs the search box takes as ticket IDs (the console's own revisit IDs are not).
            if (keys.tickets.size() < total && SearchQuery::parse(ticket).kind == SearchQuery::Kind::TicketId) {
                keys.tickets.append(ticket);
            } else if (keys.openOrders.size() < total) {
                keys.openOrders.append(order.orderId);
            }
        }
    }
    if (keys.tickets.size() < total || keys.openOrders.size() < total) {
        m_error = tr("The database has too few orders with tickets to draw from.");
        return false;
    }

    // Loaded orders for the SOP walk, and tickets that may be rescheduled for the submit.
    TicketActions actions(m_workspace);
    for (int round = 0; round < 20 && (keys.sopOrders.size() < sopPoolSize || keys.reschedulable.size() < total);
         ++round) {
        const QList<OrderKeys> drawn = draw(total, 100 + static_cast<quint32>(round));
        if (!m_error.isEmpty()) {
            return false;
        }
        for (const OrderKeys& drawnKeys : drawn) {
            const std::optional<Order> order = orders.order(drawnKeys.orderId);
            if (!order) {
                m_error = orders.hasError() ? orders.errorString() : tr("Order %1 vanished.").arg(drawnKeys.orderId);
                return false;
            }
            for (const Ticket& ticket : order->tickets) {
                const bool sopLine =
                    ticket.line == ServiceLine::Installation || ticket.line == ServiceLine::Maintenance;
                if (sopLine && keys.sopOrders.size() < sopPoolSize) {
                    keys.sopOrders.append({*order, ticket.ticketId});
                    break;
                }
                // A mobile repair may be rescheduled once only (before pickup): leave them out, so
                // that a ticket drawn twice can be rescheduled again.
                if (keys.reschedulable.size() < total && ticket.line != ServiceLine::MobileRepair
                    && !actions.checkReschedule(ticket)) {
                    keys.reschedulable.append({order->orderId, ticket.ticketId});
                    break;
                }
            }
        }
    }
    if (keys.sopOrders.isEmpty() || keys.reschedulable.isEmpty()) {
        m_error = tr("The database has no open installation or maintenance ticket to walk or reschedule.");
        return false;
    }
    return true;
}

bool Benchmark::measureLookups(const Keys& keys)
{
    OrderStore& orders = m_workspace.orders();
    const int total = m_options.draws + m_options.warmup;
    for (int m = 0; m < LookupCount; ++m) {
        const auto measure = static_cast<Measure>(m);
        LatencyStats& assistDesk = m_stats.at(static_cast<std::size_t>(m));
        LatencyStats& bare = m_floor.at(static_cast<std::size_t>(m));
        const SqliteFloor::Lookup lookup = measure == Measure::OrderIdLookup ? SqliteFloor::Lookup::OrderId
                                           : measure == Measure::PhoneLookup ? SqliteFloor::Lookup::Phone
                                                                             : SqliteFloor::Lookup::TicketId;
        for (int i = 0; i < total; ++i) {
            const QString text = measure == Measure::OrderIdLookup ? keys.orders.at(i).orderId
                                 : measure == Measure::PhoneLookup ? keys.phones.at(i).phone
                                                                   : keys.tickets.at(i);
            qsizetype hits = 0;
            // What the search box does with the text the agent typed.
            auto search = [&] {
                const SearchQuery query = SearchQuery::parse(text);
                hits = orders.search(query).size();
            };
            // The floor gets the text as the statement binds it, already in UTF-8.
            const QByteArray utf8 = text.toUtf8();
            int rows = 0;
            auto floorLookup = [&] { rows = m_sqlite.run(lookup, utf8, OrderStore::DefaultSearchLimit); };

            // Alternate which one goes first, so neither always finds the pages the other just read.
            LatencyStats::Clock::duration first;
            LatencyStats::Clock::duration second;
            const bool assistDeskFirst = i % 2 == 0;
            first = assistDeskFirst ? timed(search) : timed(floorLookup);
            second = assistDeskFirst ? timed(floorLookup) : timed(search);
            if (hits == 0 || rows <= 0) {
                m_error = rows < 0            ? m_sqlite.errorString()
                          : orders.hasError() ? orders.errorString()
                                              : tr("%1 of \"%2\" found nothing, yet it was drawn from the database.")
                                                    .arg(title(measure), text);
                return false;
            }
            if (i >= m_options.warmup) {
                assistDesk.add(assistDeskFirst ? first : second);
                bare.add(assistDeskFirst ? second : first);
            }
        }
    }
    return true;
}

bool Benchmark::measureTicketOpen(const Keys& keys)
{
    OrderStore& orders = m_workspace.orders();
    IncidentStore& incidents = m_workspace.incidents();
    AuditLog& audit = m_workspace.audit();
    LatencyStats& stats = m_stats.at(static_cast<std::size_t>(Measure::TicketOpen));
    const int total = m_options.draws + m_options.warmup;
    for (int i = 0; i < total; ++i) {
        const QString& orderId = keys.openOrders.at(i);
        bool found = false;
        // What MainWindow::openOrder reads: the order with every ticket section, then the
        // history panel's incidents and audit records.
        const auto elapsed = timed([&] {
            const std::optional<Order> order = orders.order(orderId);
            const QList<Incident> history = incidents.forOrder(orderId);
            const QList<AuditRecord> records = audit.forOrder(orderId);
            found = order.has_value() && !order->tickets.isEmpty();
        });
        if (!found) {
            m_error = orders.hasError() ? orders.errorString() : tr("Order %1 could not be opened.").arg(orderId);
            return false;
        }
        if (i >= m_options.warmup) {
            stats.add(elapsed);
        }
    }
    return true;
}

bool Benchmark::measureSopWalk(const Keys& keys)
{
    const SopTree* tree = SopLibrary::instance().tree(sopTreeId);
    const SopScenario* scenario = nullptr;
    if (tree) {
        for (const SopScenario& candidate : tree->scenarios) {
            if (candidate.title.contains(sopScenario, Qt::CaseInsensitive)) {
                scenario = &candidate;
                break;
            }
        }
    }
    if (!scenario) {
        m_error = tr("The SOP tree %1 has no scenario \"%2\".").arg(sopTreeId, sopScenario);
        return false;
    }
    const PolicyClock& clock = m_workspace.clock();
    LatencyStats& stats = m_stats.at(static_cast<std::size_t>(Measure::SopWalk));
    QRandomGenerator rng = seeded(m_options.seed, 200);
    const int total = m_options.draws + m_options.warmup;
    for (int i = 0; i < total; ++i) {
        const auto& [order, ticketId] =
            keys.sopOrders.at(static_cast<qsizetype>(rng.bounded(static_cast<quint32>(keys.sopOrders.size()))));
        // The customer's answers: a random option at every question the data cannot answer.
        const quint32 answers = rng.generate();
        bool finished = false;
        const auto elapsed = timed([&] {
            SopWalk walk(*tree, *scenario, SopFacts(order, order.ticket(ticketId), clock));
            QRandomGenerator customer(answers);
            for (int n = 0; n < maxSopAnswers; ++n) {
                const SopNode* node = walk.pending();
                if (!node) {
                    break;
                }
                walk.answer(static_cast<int>(customer.bounded(static_cast<quint32>(node->options.size()))));
            }
            const TaggingEntry* entry = walk.entry();
            const QString tagging = walk.tagging(Channel::Inbound);
            const QList<SopActionLine> actions = walk.actionLines(entry ? entry->tatHours : 0, clock.now());
            finished = walk.isFinished();
        });
        if (!finished) {
            m_error = tr("The SOP walk on order %1 did not reach an outcome.").arg(order.orderId);
            return false;
        }
        if (i >= m_options.warmup) {
            stats.add(elapsed);
        }
    }
    return true;
}

bool Benchmark::measureIncidentSubmit(const Keys& keys)
{
    TicketActions actions(m_workspace);
    const PolicyClock& clock = m_workspace.clock();
    LatencyStats& stats = m_stats.at(static_cast<std::size_t>(Measure::IncidentSubmit));
    static const std::array<QString, 4> timeSlots = {u"09:00-12:00"_s, u"12:00-15:00"_s, u"15:00-18:00"_s,
                                                     u"18:00-21:00"_s};
    const int total = m_options.draws + m_options.warmup;
    for (int i = 0; i < total; ++i) {
        const auto& [orderId, ticketId] = keys.reschedulable.at(i % keys.reschedulable.size());
        IncidentDraft draft;
        draft.orderId = orderId;
        draft.ticketId = ticketId;
        draft.channel = Channel::Inbound;
        draft.entryId = u"request-to-reschedule"_s;
        draft.remarks = u"Customer asked for another day (benchmark)."_s;
        draft.handleSeconds = 60;
        const QDate date = clock.today().addDays(1 + i % 7);
        ActionOutcome outcome;
        // The whole submit as the console runs it: the rules checked against the database, then
        // the ticket change, its activity entry, the incident and the audit record in one
        // transaction, committed to disk.
        const auto elapsed =
            timed([&] { outcome = actions.reschedule(draft, date, timeSlots.at(i % timeSlots.size())); });
        if (!outcome.ok) {
            m_error = tr("Rescheduling ticket %1 failed: %2").arg(ticketId, outcome.message);
            return false;
        }
        if (i >= m_options.warmup) {
            stats.add(elapsed);
        }
    }
    return true;
}
