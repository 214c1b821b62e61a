#pragma once

#include "domain/Order.h"
#include "search/SearchQuery.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>

class Database;

// Where a ticket lives in the database, for writes that change it.
struct TicketLocation
{
    qint64 orderRef = 0;
    qint64 ticketRef = 0;
    QString orderId;
};

// The keys an agent could be given for one order: for measurements (the benchmark, the GUI's
// --measure-orders) that need orders spread over the whole table.
struct OrderKeys
{
    QString orderId;
    QString phone;
    QStringList ticketIds; // in the order's ticket order; empty for an order without ticket
};

// A search hit: the order, plus the ticket the agent asked for when the search was by ticket ID.
struct SearchHit
{
    OrderSummary summary;
    QString matchedTicketId;
};

// Orders and their tickets in the database. Every statement is prepared once per store and
// reused; every write of one order happens in one transaction (a savepoint when the caller
// already holds one, so an import can batch many orders and still reject one alone).
class OrderStore final
{
    Q_DECLARE_TR_FUNCTIONS(OrderStore)

public:
    static constexpr int DefaultSearchLimit = 200;

    explicit OrderStore(Database& db);
    ~OrderStore();
    Q_DISABLE_COPY_MOVE(OrderStore)

    // Inserts the order or replaces what the database holds for it (tickets matched by ticket ID).
    bool upsert(const Order& order);
    // The order, or nullopt: then hasError() tells a failure from "no such order".
    std::optional<Order> order(const QString& orderId);
    QList<SearchHit> search(const SearchQuery& query, int limit = DefaultSearchLimit);
    qint64 orderCount();
    // count orders drawn uniformly at random (with replacement) from the whole table; the same
    // seed gives the same orders. Empty on error or when there is no order.
    QList<OrderKeys> sampleOrders(int count, quint64 seed);

    // Row ids for writes; nullopt when there is no such order or ticket (or on error).
    std::optional<qint64> orderRef(const QString& orderId);
    std::optional<TicketLocation> locateTicket(const QString& ticketId);

    // Single changes made by the ticket actions. They join the caller's transaction: the action
    // writes the ticket change, its activity entry, the incident and the audit record together.
    bool updateTicketSchedule(qint64 ticketRef, QDate spd, const QString& slot, const QString& status,
                              const QString& subStatus);
    bool updateTicketStatus(qint64 ticketRef, const QString& status, const QString& subStatus);
    bool appendActivity(qint64 ticketRef, const ActivityEntry& entry);
    // A new ticket for the order (the revisit of a reopen), with its sections, at that position.
    bool addTicket(qint64 orderRef, const Ticket& ticket, int position);
    bool appendReopen(qint64 ticketRef, const ReopenEntry& entry);
    bool updateOrderContact(qint64 orderRef, const QString& altPhone, const QString& address);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    enum class Statement
    {
        UpsertCustomer,
        UpsertOrder,
        TicketsOfOrder,
        UpsertTicket,
        DeleteTicket,
        DeleteActivity,
        DeleteReopens,
        DeleteFakeFlags,
        DeleteSales,
        DeleteCompletion,
        InsertActivity,
        InsertReopen,
        InsertFakeFlag,
        InsertSale,
        InsertCompletion,
        InsertImage,
        LoadOrder,
        LoadTickets,
        LoadActivity,
        LoadReopens,
        LoadFakeFlags,
        LoadSales,
        LoadCompletion,
        LoadImages,
        SearchOrderPrefix,
        SearchPhone,
        SearchEmail,
        SearchTicket,
        CountOrders,
        TicketOwner,
        LocateOrder,
        LocateTicket,
        UpdateTicketSchedule,
        UpdateTicketStatus,
        AppendActivity,
        AppendReopen,
        UpdateOrderContact,
        CustomerByPhone,
        TicketRef,
        MaxOrderRef,
        OrderKeysByRef,
    };
    static constexpr int StatementCount = static_cast<int>(Statement::OrderKeysByRef) + 1;
    // The SQL of a statement, for the benchmark's floor: the same query run on the bare SQLite C API.
    static QString sql(Statement id);

private:
    QSqlQuery* statement(Statement id);
    bool run(QSqlQuery* query);
    bool expectOneRow(QSqlQuery* query);
    // The row id a one-column SELECT of the key finds; nullopt (with m_error set) when none.
    std::optional<qint64> rowId(Statement id, const QString& key);
    bool writeOrder(const Order& order);
    static void bindTicket(QSqlQuery* q, const Ticket& t, qint64 orderRef, int position);
    bool writeTicketSections(qint64 ticketRef, const Ticket& ticket, bool fresh);
    bool loadTicketSections(qint64 orderRef, Order& order, const QHash<qint64, qsizetype>& index);

    Database& m_db;
    std::array<std::unique_ptr<QSqlQuery>, StatementCount> m_statements;
    QString m_error;
};
