#pragma once

#include "core/PolicyClock.h"
#include "domain/Order.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QString>

#include <functional>

class Database;
class OrderStore;

// Realistic, deterministic demo orders: every service line, every status/sub-status pair of the
// KM table, technician timelines, reopens, fake flags, sales, completion proof, orders with
// several tickets and orders without one; Indian names, cities, PIN codes and mobiles.
// The same seed and the same "today" always give the same orders: order i depends only on
// (seed, i, today), never on the orders before it.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    static constexpr int DefaultOrders = 5000;
    static constexpr quint64 DefaultSeed = 20240425; // the KM article's go-live date

    DemoGenerator(const PolicyClock& clock, quint64 seed = DefaultSeed);

    // Folder holding the sample completion photos; orders reference them as local files.
    // Empty (the default): completion images are URLs only.
    void setMediaFolder(const QString& folder) { m_mediaFolder = folder; }
    // Copies the bundled sample photos into the media folder; false with *error when it cannot.
    bool installMedia(QString* error) const;

    Order order(qint64 index) const;

    // Writes orders [0, count) in batches of one transaction each, with the page cache of a bulk
    // writer; progress(done) after each batch.
    bool generate(Database& db, OrderStore& store, qint64 count, const std::function<void(qint64)>& progress,
                  QString* error) const;

    // Status pairs in the order demo tickets are forced through, so that a few hundred orders
    // already contain every pair of the KM table.
    static int forcedPairCount();

private:
    Customer customer(qint64 customerIndex) const;
    Ticket ticket(QRandomGenerator& rng, qint64 ticketSerial, int position, const QDateTime& notBefore) const;
    // Reopens the completed ticket at position: records the reopen and adds the revisit ticket.
    void reopen(QRandomGenerator& rng, Order& order, qsizetype position, qint64 ticketSerial) const;

    PolicyClock m_clock;
    quint64 m_seed;
    QDateTime m_anchor; // "now" for the generated world: today 09:00 IST
    QString m_mediaFolder;
};
