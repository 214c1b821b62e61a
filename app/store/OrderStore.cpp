#include "OrderStore.h"

#include "Database.h"
#include "core/Logging.h"
#include "core/PolicyClock.h"
#include "domain/Codes.h"

#include <QRandomGenerator64>
#include <QSqlError>
#include <QVariant>

#include <random>

using namespace Qt::StringLiterals;

namespace
{
    QVariant nullable(const QString& text)
    {
        return text.isEmpty() ? QVariant() : QVariant(text);
    }

    QVariant seconds(const QDateTime& moment)
    {
        return moment.isValid() ? QVariant(moment.toSecsSinceEpoch()) : QVariant();
    }

    QDateTime moment(const QVariant& value)
    {
        return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), PolicyClock::zone());
    }

    QVariant day(QDate date)
    {
        return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
    }

    QDate toDay(const QVariant& value)
    {
        return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
    }

    // Summary columns shared by every search shape; the newest ticket stands for the order.
    const QString summarySelect = u"SELECT o.order_id, o.placed_at, o.customer_name, c.phone, o.city,"
                                  " (SELECT count(*) FROM tickets t WHERE t.order_ref = o.id),"
                                  " lt.service, lt.status, lt.sub_status"
                                  " FROM orders o"
                                  " JOIN customers c ON c.id = o.customer_id"
                                  " LEFT JOIN tickets lt ON lt.id = (SELECT t2.id FROM tickets t2"
                                  "   WHERE t2.order_ref = o.id ORDER BY t2.position DESC LIMIT 1) "_s;

    QString sqlFor(OrderStore::Statement id)
    {
        using S = OrderStore::Statement;
        switch (id) {
        case S::UpsertCustomer:
            return u"INSERT INTO customers (phone, name, email) VALUES (?, ?, ?)"
                   " ON CONFLICT (phone) DO UPDATE SET name = excluded.name, email = excluded.email"_s;
        case S::UpsertOrder:
            return u"INSERT INTO orders (order_id, customer_id, placed_at, platform, payment, amount_paise,"
                   " customer_name, customer_email, alt_phone, address, pincode, city, refund_status,"
                   " refund_initiated_at, refund_tat_days)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT (order_id) DO UPDATE SET customer_id = excluded.customer_id,"
                   " placed_at = excluded.placed_at, platform = excluded.platform, payment = excluded.payment,"
                   " amount_paise = excluded.amount_paise, customer_name = excluded.customer_name,"
                   " customer_email = excluded.customer_email, alt_phone = excluded.alt_phone,"
                   " address = excluded.address, pincode = excluded.pincode,"
                   " city = excluded.city, refund_status = excluded.refund_status,"
                   " refund_initiated_at = excluded.refund_initiated_at, refund_tat_days = excluded.refund_tat_days"_s;
        case S::TicketsOfOrder:
            return u"SELECT id, ticket_id FROM tickets WHERE order_ref = ?"_s;
        case S::UpsertTicket:
            return u"INSERT INTO tickets (ticket_id, order_ref, position, service_line, service, product_category,"
                   " product_brand, product_model, product_serial, status, sub_status, created_at, spd,"
                   " delivery_promised, slot, technician_name, technician_phone, completed_at, invoice_available)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                   " ON CONFLICT (ticket_id) DO UPDATE SET ticket_id = excluded.ticket_id,"
                   " position = excluded.position, service_line = excluded.service_line, service = excluded.service,"
                   " product_category = excluded.product_category, product_brand = excluded.product_brand,"
                   " product_model = excluded.product_model, product_serial = excluded.product_serial,"
                   " status = excluded.status, sub_status = excluded.sub_status, created_at = excluded.created_at,"
                   " spd = excluded.spd, delivery_promised = excluded.delivery_promised, slot = excluded.slot,"
                   " technician_name = excluded.technician_name, technician_phone = excluded.technician_phone,"
                   " completed_at = excluded.completed_at, invoice_available = excluded.invoice_available"
                   " WHERE tickets.order_ref = excluded.order_ref"_s;
        case S::DeleteTicket:
            return u"DELETE FROM tickets WHERE id = ?"_s;
        case S::DeleteActivity:
            return u"DELETE FROM ticket_activity WHERE ticket_ref = ?"_s;
        case S::DeleteReopens:
            return u"DELETE FROM ticket_reopens WHERE ticket_ref = ?"_s;
        case S::DeleteFakeFlags:
            return u"DELETE FROM fake_flags WHERE ticket_ref = ?"_s;
        case S::DeleteSales:
            return u"DELETE FROM ticket_sales WHERE ticket_ref = ?"_s;
        case S::DeleteCompletion:
            return u"DELETE FROM ticket_completion WHERE ticket_ref = ?"_s;
        case S::InsertActivity:
            return u"INSERT INTO ticket_activity (ticket_ref, position, at, actor, status, sub_status, remark)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
        case S::InsertReopen:
            return u"INSERT INTO ticket_reopens (ticket_ref, position, at, reason, new_ticket_id, view, detail)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
        case S::InsertFakeFlag:
            return u"INSERT INTO fake_flags (ticket_ref, position, at, kind, detail) VALUES (?, ?, ?, ?, ?)"_s;
        case S::InsertSale:
            return u"INSERT INTO ticket_sales (ticket_ref, position, item, price_paise) VALUES (?, ?, ?, ?)"_s;
        case S::InsertCompletion:
            return u"INSERT INTO ticket_completion (ticket_ref, serial) VALUES (?, ?)"_s;
        case S::InsertImage:
            return u"INSERT INTO completion_images (ticket_ref, position, ref) VALUES (?, ?, ?)"_s;
        case S::LoadOrder:
            return u"SELECT o.id, o.order_id, o.placed_at, o.platform, o.payment, o.amount_paise, o.address,"
                   " o.pincode, o.city, o.refund_status, o.refund_initiated_at, o.refund_tat_days,"
                   " o.customer_name, o.customer_email, c.phone, o.alt_phone"
                   " FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.order_id = ?"_s;
        case S::LoadTickets:
            return u"SELECT id, ticket_id, service_line, service, product_category, product_brand, product_model,"
                   " product_serial, status, sub_status, created_at, spd, delivery_promised, slot, technician_name,"
                   " technician_phone, completed_at, invoice_available"
                   " FROM tickets WHERE order_ref = ? ORDER BY position"_s;
        case S::LoadActivity:
            return u"SELECT a.ticket_ref, a.at, a.actor, a.status, a.sub_status, a.remark"
                   " FROM tickets t JOIN ticket_activity a ON a.ticket_ref = t.id"
                   " WHERE t.order_ref = ? ORDER BY a.ticket_ref, a.position"_s;
        case S::LoadReopens:
            return u"SELECT r.ticket_ref, r.at, r.reason, r.new_ticket_id, r.view, r.detail"
                   " FROM tickets t JOIN ticket_reopens r ON r.ticket_ref = t.id"
                   " WHERE t.order_ref = ? ORDER BY r.ticket_ref, r.position"_s;
        case S::LoadFakeFlags:
            return u"SELECT f.ticket_ref, f.at, f.kind, f.detail"
                   " FROM tickets t JOIN fake_flags f ON f.ticket_ref = t.id"
                   " WHERE t.order_ref = ? ORDER BY f.ticket_ref, f.position"_s;
        case S::LoadSales:
            return u"SELECT s.ticket_ref, s.item, s.price_paise"
                   " FROM tickets t JOIN ticket_sales s ON s.ticket_ref = t.id"
                   " WHERE t.order_ref = ? ORDER BY s.ticket_ref, s.position"_s;
        case S::LoadCompletion:
            return u"SELECT c.ticket_ref, c.serial"
                   " FROM tickets t JOIN ticket_completion c ON c.ticket_ref = t.id WHERE t.order_ref = ?"_s;
        case S::LoadImages:
            return u"SELECT i.ticket_ref, i.ref"
                   " FROM tickets t JOIN completion_images i ON i.ticket_ref = t.id"
                   " WHERE t.order_ref = ? ORDER BY i.ticket_ref, i.position"_s;
        case S::SearchOrderPrefix:
            // A range on the unique index: every ID that starts with the prefix sorts between
            // the prefix and the prefix followed by '~', which sorts after every digit.
            return summarySelect + u"WHERE o.order_id >= ? AND o.order_id < ? ORDER BY o.placed_at DESC LIMIT ?"_s;
        case S::SearchPhone:
            return summarySelect
                   + u"WHERE o.id IN (SELECT o2.id FROM customers c2 JOIN orders o2 ON o2.customer_id = c2.id"
                     " WHERE c2.phone = ? UNION SELECT id FROM orders WHERE alt_phone = ?)"
                     " ORDER BY o.placed_at DESC LIMIT ?"_s;
        case S::SearchEmail:
            return summarySelect + u"WHERE o.customer_email = ? COLLATE NOCASE ORDER BY o.placed_at DESC LIMIT ?"_s;
        case S::SearchTicket:
            return u"SELECT o.order_id, o.placed_at, o.customer_name, c.phone, o.city,"
                   " (SELECT count(*) FROM tickets t WHERE t.order_ref = o.id),"
                   " mt.service, mt.status, mt.sub_status, mt.ticket_id"
                   " FROM tickets mt JOIN orders o ON o.id = mt.order_ref"
                   " JOIN customers c ON c.id = o.customer_id WHERE mt.ticket_id = ? LIMIT ?"_s;
        case S::CountOrders:
            return u"SELECT count(*) FROM orders"_s;
        case S::TicketOwner:
            return u"SELECT o.order_id FROM tickets t JOIN orders o ON o.id = t.order_ref WHERE t.ticket_id = ?"_s;
        case S::LocateOrder:
            return u"SELECT id FROM orders WHERE order_id = ?"_s;
        case S::LocateTicket:
            return u"SELECT t.id, t.order_ref, o.order_id FROM tickets t JOIN orders o ON o.id = t.order_ref"
                   " WHERE t.ticket_id = ?"_s;
        case S::UpdateTicketSchedule:
            return u"UPDATE tickets SET spd = ?, slot = ?, status = ?, sub_status = ? WHERE id = ?"_s;
        case S::UpdateTicketStatus:
            return u"UPDATE tickets SET status = ?, sub_status = ? WHERE id = ?"_s;
        case S::AppendActivity:
            return u"INSERT INTO ticket_activity (ticket_ref, position, at, actor, status, sub_status, remark)"
                   " SELECT :ticket, coalesce(max(position) + 1, 0), :at, :actor, :status, :sub, :remark"
                   " FROM ticket_activity WHERE ticket_ref = :ticket"_s;
        case S::AppendReopen:
            return u"INSERT INTO ticket_reopens (ticket_ref, position, at, reason, new_ticket_id, view, detail)"
                   " SELECT :ticket, coalesce(max(position) + 1, 0), :at, :reason, :new_ticket, :view, :detail"
                   " FROM ticket_reopens WHERE ticket_ref = :ticket"_s;
        case S::UpdateOrderContact:
            return u"UPDATE orders SET alt_phone = ?, address = ? WHERE id = ?"_s;
        case S::CustomerByPhone:
            return u"SELECT id FROM customers WHERE phone = ?"_s;
        case S::TicketRef:
            return u"SELECT id FROM tickets WHERE ticket_id = ?"_s;
        case S::MaxOrderRef:
            return u"SELECT max(id) FROM orders"_s;
        case S::OrderKeysByRef:
            return u"SELECT o.order_id, c.phone, (SELECT group_concat(t.ticket_id, ' ') FROM"
                   " (SELECT ticket_id FROM tickets WHERE order_ref = o.id ORDER BY position) t)"
                   " FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = ?"_s;
        }
        return {};
    }
} // namespace

QString OrderStore::sql(Statement id)
{
    return sqlFor(id);
}

OrderStore::OrderStore(Database& db)
    : m_db(db)
{ }

OrderStore::~OrderStore() = default;

QSqlQuery* OrderStore::statement(Statement id)
{
    auto& slot = m_statements[static_cast<std::size_t>(id)];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(m_db.connection());
        query->setForwardOnly(true);
        if (!query->prepare(sqlFor(id))) {
            m_error = Database::describe(query->lastError());
            qCWarning(lcStore) << "cannot prepare statement" << static_cast<int>(id) << query->lastError().text();
            return nullptr;
        }
        slot = std::move(query);
    }
    return slot.get();
}

bool OrderStore::run(QSqlQuery* query)
{
    if (!query) {
        return false;
    }
    if (!query->exec()) {
        m_error = Database::describe(query->lastError());
        qCWarning(lcStore).noquote() << "statement failed:" << query->lastQuery() << query->lastError().text();
        return false;
    }
    return true;
}

qint64 OrderStore::orderCount()
{
    m_error.clear();
    QSqlQuery* q = statement(Statement::CountOrders);
    if (!run(q) || !q->next()) {
        return -1;
    }
    const qint64 count = q->value(0).toLongLong();
    q->finish();
    return count;
}

QList<OrderKeys> OrderStore::sampleOrders(int count, quint64 seed)
{
    m_error.clear();
    QSqlQuery* q = statement(Statement::MaxOrderRef);
    if (!run(q) || !q->next()) {
        return {};
    }
    const qint64 maxRef = q->value(0).toLongLong();
    q->finish();
    if (maxRef <= 0) {
        return {};
    }
    std::seed_seq sequence{static_cast<quint32>(seed), static_cast<quint32>(seed >> 32)};
    QRandomGenerator64 rng(sequence);
    QList<OrderKeys> keys;
    keys.reserve(count);
    // Row ids of deleted orders are gaps; give up after many misses rather than loop forever.
    for (qint64 attempt = 0; keys.size() < count && attempt < 20LL * count + 1000; ++attempt) {
        q = statement(Statement::OrderKeysByRef);
        if (!q) {
            return {};
        }
        q->addBindValue(static_cast<qint64>(rng.bounded(static_cast<quint64>(maxRef))) + 1);
        if (!run(q)) {
            return {};
        }
        if (q->next()) {
            const QString tickets = q->value(2).toString();
            keys.append({q->value(0).toString(), q->value(1).toString(),
                         tickets.isEmpty() ? QStringList() : tickets.split(u' ')});
        }
        q->finish();
    }
    return keys;
}

bool OrderStore::upsert(const Order& order)
{
    m_error.clear();
    TransactionScope transaction(m_db);
    if (!transaction.isActive()) {
        m_error = m_db.errorString();
        return false;
    }
    if (!writeOrder(order)) {
        return false; // the scope rolls back
    }
    if (!transaction.commit()) {
        m_error = m_db.errorString();
        return false;
    }
    return true;
}

bool OrderStore::writeOrder(const Order& order)
{
    QSqlQuery* q = statement(Statement::UpsertCustomer);
    if (!q) {
        return false;
    }
    q->addBindValue(order.customer.phone);
    q->addBindValue(order.customer.name);
    q->addBindValue(order.customer.email);
    if (!run(q)) {
        return false;
    }
    // The row ids are read back with a SELECT rather than RETURNING: SQLite 3.40 collects
    // RETURNING rows in a temporary b-tree whose page cache is allocated and freed on every
    // statement, which made writing an order several times slower (docs/performance.md).
    const std::optional<qint64> customerId = rowId(Statement::CustomerByPhone, order.customer.phone);
    if (!customerId) {
        return false;
    }

    q = statement(Statement::UpsertOrder);
    if (!q) {
        return false;
    }
    q->addBindValue(order.orderId);
    q->addBindValue(*customerId);
    q->addBindValue(seconds(order.placedAt));
    q->addBindValue(Codes::platform(order.platform));
    q->addBindValue(Codes::payment(order.payment));
    q->addBindValue(order.amountPaise);
    q->addBindValue(order.customer.name);
    q->addBindValue(order.customer.email);
    q->addBindValue(nullable(order.customer.altPhone));
    q->addBindValue(order.customer.address);
    q->addBindValue(order.customer.pincode);
    q->addBindValue(order.customer.city);
    q->addBindValue(order.refund ? QVariant(Codes::refundStatus(order.refund->status)) : QVariant());
    q->addBindValue(order.refund ? seconds(order.refund->initiatedAt) : QVariant());
    q->addBindValue(order.refund ? QVariant(order.refund->tatDays) : QVariant());
    if (!run(q)) {
        return false;
    }
    const std::optional<qint64> found = rowId(Statement::LocateOrder, order.orderId);
    if (!found) {
        return false;
    }
    const qint64 orderRef = *found;

    // Tickets the database already holds for this order, by upper-cased ticket ID.
    QHash<QString, qint64> existing;
    q = statement(Statement::TicketsOfOrder);
    if (!q) {
        return false;
    }
    q->addBindValue(orderRef);
    if (!run(q)) {
        return false;
    }
    while (q->next()) {
        existing.insert(q->value(1).toString().toUpper(), q->value(0).toLongLong());
    }
    q->finish();

    for (qsizetype position = 0; position < order.tickets.size(); ++position) {
        const Ticket& t = order.tickets.at(position);
        q = statement(Statement::UpsertTicket);
        if (!q) {
            return false;
        }
        bindTicket(q, t, orderRef, static_cast<int>(position));
        if (!run(q)) {
            return false;
        }
        if (q->numRowsAffected() != 1) {
            // The conflict clause's WHERE refused: the ticket is registered under another order.
            QString owner;
            if (QSqlQuery* who = statement(Statement::TicketOwner)) {
                who->addBindValue(t.ticketId);
                if (run(who) && who->next()) {
                    owner = who->value(0).toString();
                }
                who->finish();
            }
            m_error =
                tr("ticket %1 already belongs to order %2; a ticket cannot move between orders").arg(t.ticketId, owner);
            return false;
        }
        const std::optional<qint64> ticketRef = rowId(Statement::TicketRef, t.ticketId);
        if (!ticketRef) {
            return false;
        }
        const bool fresh = !existing.contains(t.ticketId.toUpper());
        existing.remove(t.ticketId.toUpper());
        if (!writeTicketSections(*ticketRef, t, fresh)) {
            return false;
        }
    }

    // Tickets that the new version of the order no longer has.
    for (const qint64 staleRef : std::as_const(existing)) {
        q = statement(Statement::DeleteTicket);
        if (!q) {
            return false;
        }
        q->addBindValue(staleRef);
        if (!run(q)) {
            return false;
        }
    }
    return true;
}

bool OrderStore::writeTicketSections(qint64 ticketRef, const Ticket& t, bool fresh)
{
    if (!fresh) {
        for (Statement del : {Statement::DeleteActivity, Statement::DeleteReopens, Statement::DeleteFakeFlags,
                              Statement::DeleteSales, Statement::DeleteCompletion}) {
            QSqlQuery* q = statement(del);
            if (!q) {
                return false;
            }
            q->addBindValue(ticketRef);
            if (!run(q)) {
                return false;
            }
        }
    }

    for (qsizetype i = 0; i < t.activity.size(); ++i) {
        const ActivityEntry& a = t.activity.at(i);
        QSqlQuery* q = statement(Statement::InsertActivity);
        if (!q) {
            return false;
        }
        q->addBindValue(ticketRef);
        q->addBindValue(i);
        q->addBindValue(seconds(a.at));
        q->addBindValue(a.by);
        q->addBindValue(a.status);
        q->addBindValue(a.subStatus);
        q->addBindValue(a.remark);
        if (!run(q)) {
            return false;
        }
    }
    for (qsizetype i = 0; i < t.reopens.size(); ++i) {
        const ReopenEntry& r = t.reopens.at(i);
        QSqlQuery* q = statement(Statement::InsertReopen);
        if (!q) {
            return false;
        }
        q->addBindValue(ticketRef);
        q->addBindValue(i);
        q->addBindValue(seconds(r.at));
        q->addBindValue(r.reason);
        q->addBindValue(nullable(r.newTicketId));
        q->addBindValue(nullable(r.view));
        q->addBindValue(nullable(r.detail));
        if (!run(q)) {
            return false;
        }
    }
    for (qsizetype i = 0; i < t.fakeFlags.size(); ++i) {
        const FakeFlag& f = t.fakeFlags.at(i);
        QSqlQuery* q = statement(Statement::InsertFakeFlag);
        if (!q) {
            return false;
        }
        q->addBindValue(ticketRef);
        q->addBindValue(i);
        q->addBindValue(seconds(f.at));
        q->addBindValue(f.kind);
        q->addBindValue(f.detail);
        if (!run(q)) {
            return false;
        }
    }
    for (qsizetype i = 0; i < t.sales.size(); ++i) {
        QSqlQuery* q = statement(Statement::InsertSale);
        if (!q) {
            return false;
        }
        q->addBindValue(ticketRef);
        q->addBindValue(i);
        q->addBindValue(t.sales.at(i).item);
        q->addBindValue(t.sales.at(i).pricePaise);
        if (!run(q)) {
            return false;
        }
    }
    if (t.completion) {
        QSqlQuery* q = statement(Statement::InsertCompletion);
        if (!q) {
            return false;
        }
        q->addBindValue(ticketRef);
        q->addBindValue(t.completion->serial);
        if (!run(q)) {
            return false;
        }
        for (qsizetype i = 0; i < t.completion->images.size(); ++i) {
            QSqlQuery* image = statement(Statement::InsertImage);
            if (!image) {
                return false;
            }
            image->addBindValue(ticketRef);
            image->addBindValue(i);
            image->addBindValue(t.completion->images.at(i));
            if (!run(image)) {
                return false;
            }
        }
    }
    return true;
}

std::optional<Order> OrderStore::order(const QString& orderId)
{
    m_error.clear();
    QSqlQuery* q = statement(Statement::LoadOrder);
    if (!q) {
        return std::nullopt;
    }
    q->addBindValue(orderId);
    if (!run(q)) {
        return std::nullopt;
    }
    if (!q->next()) {
        q->finish();
        return std::nullopt;
    }
    Order order;
    const qint64 orderRef = q->value(0).toLongLong();
    order.orderId = q->value(1).toString();
    order.placedAt = moment(q->value(2));
    order.platform = Codes::parsePlatform(q->value(3).toString()).value_or(Platform::Web);
    order.payment = Codes::parsePayment(q->value(4).toString()).value_or(Payment::Prepaid);
    order.amountPaise = q->value(5).toLongLong();
    order.customer.address = q->value(6).toString();
    order.customer.pincode = q->value(7).toString();
    order.customer.city = q->value(8).toString();
    if (!q->value(9).isNull()) {
        Refund refund;
        refund.status = Codes::parseRefundStatus(q->value(9).toString()).value_or(RefundStatus::Initiated);
        refund.initiatedAt = moment(q->value(10));
        refund.tatDays = q->value(11).toInt();
        order.refund = refund;
    }
    order.customer.name = q->value(12).toString();
    order.customer.email = q->value(13).toString();
    order.customer.phone = q->value(14).toString();
    order.customer.altPhone = q->value(15).toString();
    q->finish();

    q = statement(Statement::LoadTickets);
    if (!q) {
        return std::nullopt;
    }
    q->addBindValue(orderRef);
    if (!run(q)) {
        return std::nullopt;
    }
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        Ticket t;
        index.insert(q->value(0).toLongLong(), order.tickets.size());
        t.ticketId = q->value(1).toString();
        t.line = Codes::parseServiceLine(q->value(2).toString()).value_or(ServiceLine::Installation);
        t.service = q->value(3).toString();
        t.product = {q->value(4).toString(), q->value(5).toString(), q->value(6).toString(), q->value(7).toString()};
        t.status = q->value(8).toString();
        t.subStatus = q->value(9).toString();
        t.createdAt = moment(q->value(10));
        t.spd = toDay(q->value(11));
        t.deliveryPromised = toDay(q->value(12));
        t.slot = q->value(13).toString();
        if (!q->value(14).isNull()) {
            t.technician = Technician{q->value(14).toString(), q->value(15).toString()};
        }
        t.completedAt = moment(q->value(16));
        t.invoiceAvailable = q->value(17).toInt() != 0;
        order.tickets.append(t);
    }
    q->finish();

    if (!order.tickets.isEmpty() && !loadTicketSections(orderRef, order, index)) {
        return std::nullopt;
    }
    return order;
}

bool OrderStore::loadTicketSections(qint64 orderRef, Order& order, const QHash<qint64, qsizetype>& index)
{
    // One query per section for the whole order, however many tickets it has.
    auto each = [&](Statement id, auto&& fill) {
        QSqlQuery* q = statement(id);
        if (!q) {
            return false;
        }
        q->addBindValue(orderRef);
        if (!run(q)) {
            return false;
        }
        while (q->next()) {
            const auto it = index.constFind(q->value(0).toLongLong());
            if (it != index.cend()) {
                fill(order.tickets[*it], *q);
            }
        }
        q->finish();
        return true;
    };
    return each(Statement::LoadActivity,
                [](Ticket& t, const QSqlQuery& q) {
                    t.activity.append({moment(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                                       q.value(4).toString(), q.value(5).toString()});
                })
           && each(Statement::LoadReopens,
                   [](Ticket& t, const QSqlQuery& q) {
                       t.reopens.append({moment(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                                         q.value(4).toString(), q.value(5).toString()});
                   })
           && each(Statement::LoadFakeFlags,
                   [](Ticket& t, const QSqlQuery& q) {
                       t.fakeFlags.append({moment(q.value(1)), q.value(2).toString(), q.value(3).toString()});
                   })
           && each(Statement::LoadSales,
                   [](Ticket& t, const QSqlQuery& q) {
                       t.sales.append({q.value(1).toString(), q.value(2).toLongLong()});
                   })
           && each(Statement::LoadCompletion,
                   [](Ticket& t, const QSqlQuery& q) {
                       t.completion = Completion{q.value(1).toString(), {}};
                   })
           && each(Statement::LoadImages, [](Ticket& t, const QSqlQuery& q) {
                  if (t.completion) {
                      t.completion->images.append(q.value(1).toString());
                  }
              });
}

QList<SearchHit> OrderStore::search(const SearchQuery& query, int limit)
{
    m_error.clear();
    QSqlQuery* q = nullptr;
    switch (query.kind) {
    case SearchQuery::Kind::OrderId:
        // A full-length ID may also be the start of a longer one (IDs run from 15 to 21
        // digits): search as a prefix, and keep only the exact match when there is one.
    case SearchQuery::Kind::OrderIdPrefix:
        q = statement(Statement::SearchOrderPrefix);
        if (q) {
            q->addBindValue(query.value);
            q->addBindValue(QString(query.value + u'~'));
        }
        break;
    case SearchQuery::Kind::Phone:
        q = statement(Statement::SearchPhone);
        if (q) {
            q->addBindValue(query.value);
            q->addBindValue(query.value);
        }
        break;
    case SearchQuery::Kind::Email:
        q = statement(Statement::SearchEmail);
        if (q) {
            q->addBindValue(query.value);
        }
        break;
    case SearchQuery::Kind::TicketId:
        q = statement(Statement::SearchTicket);
        if (q) {
            q->addBindValue(query.value);
        }
        break;
    case SearchQuery::Kind::Empty:
    case SearchQuery::Kind::Invalid:
        return {};
    }
    if (!q) {
        return {};
    }
    q->addBindValue(limit);
    if (!run(q)) {
        return {};
    }
    QList<SearchHit> hits;
    const bool byTicket = query.kind == SearchQuery::Kind::TicketId;
    while (q->next()) {
        SearchHit hit;
        OrderSummary& s = hit.summary;
        s.orderId = q->value(0).toString();
        s.placedAt = moment(q->value(1));
        s.customerName = q->value(2).toString();
        s.phone = q->value(3).toString();
        s.city = q->value(4).toString();
        s.ticketCount = q->value(5).toInt();
        s.firstService = q->value(6).toString();
        s.firstStatus = q->value(7).toString();
        s.firstSubStatus = q->value(8).toString();
        if (byTicket) {
            hit.matchedTicketId = q->value(9).toString();
        }
        hits.append(hit);
    }
    q->finish();
    if (query.kind == SearchQuery::Kind::OrderId) {
        const auto exact = std::find_if(hits.cbegin(), hits.cend(),
                                        [&query](const SearchHit& hit) { return hit.summary.orderId == query.value; });
        if (exact != hits.cend()) {
            hits = {*exact};
        }
    }
    qCDebug(lcSearch) << SearchQuery::kindName(query.kind) << "found" << hits.size();
    return hits;
}

std::optional<qint64> OrderStore::orderRef(const QString& orderId)
{
    m_error.clear();
    QSqlQuery* q = statement(Statement::LocateOrder);
    if (!q) {
        return std::nullopt;
    }
    q->addBindValue(orderId);
    if (!run(q) || !q->next()) {
        return std::nullopt;
    }
    const qint64 ref = q->value(0).toLongLong();
    q->finish();
    return ref;
}

std::optional<TicketLocation> OrderStore::locateTicket(const QString& ticketId)
{
    m_error.clear();
    QSqlQuery* q = statement(Statement::LocateTicket);
    if (!q) {
        return std::nullopt;
    }
    q->addBindValue(ticketId);
    if (!run(q) || !q->next()) {
        return std::nullopt;
    }
    TicketLocation location{q->value(1).toLongLong(), q->value(0).toLongLong(), q->value(2).toString()};
    q->finish();
    return location;
}

bool OrderStore::updateTicketSchedule(qint64 ticketRef, QDate spd, const QString& slot, const QString& status,
                                      const QString& subStatus)
{
    QSqlQuery* q = statement(Statement::UpdateTicketSchedule);
    if (!q) {
        return false;
    }
    q->addBindValue(day(spd));
    q->addBindValue(nullable(slot));
    q->addBindValue(status);
    q->addBindValue(subStatus);
    q->addBindValue(ticketRef);
    return run(q) && expectOneRow(q);
}

bool OrderStore::updateTicketStatus(qint64 ticketRef, const QString& status, const QString& subStatus)
{
    QSqlQuery* q = statement(Statement::UpdateTicketStatus);
    if (!q) {
        return false;
    }
    q->addBindValue(status);
    q->addBindValue(subStatus);
    q->addBindValue(ticketRef);
    return run(q) && expectOneRow(q);
}

bool OrderStore::appendActivity(qint64 ticketRef, const ActivityEntry& entry)
{
    QSqlQuery* q = statement(Statement::AppendActivity);
    if (!q) {
        return false;
    }
    q->bindValue(u":ticket"_s, ticketRef);
    q->bindValue(u":at"_s, seconds(entry.at));
    q->bindValue(u":actor"_s, entry.by);
    q->bindValue(u":status"_s, entry.status);
    q->bindValue(u":sub"_s, entry.subStatus);
    q->bindValue(u":remark"_s, entry.remark);
    return run(q);
}

bool OrderStore::appendReopen(qint64 ticketRef, const ReopenEntry& entry)
{
    QSqlQuery* q = statement(Statement::AppendReopen);
    if (!q) {
        return false;
    }
    q->bindValue(u":ticket"_s, ticketRef);
    q->bindValue(u":at"_s, seconds(entry.at));
    q->bindValue(u":reason"_s, entry.reason);
    q->bindValue(u":new_ticket"_s, nullable(entry.newTicketId));
    q->bindValue(u":view"_s, nullable(entry.view));
    q->bindValue(u":detail"_s, nullable(entry.detail));
    return run(q);
}

bool OrderStore::updateOrderContact(qint64 orderRef, const QString& altPhone, const QString& address)
{
    QSqlQuery* q = statement(Statement::UpdateOrderContact);
    if (!q) {
        return false;
    }
    q->addBindValue(nullable(altPhone));
    q->addBindValue(address);
    q->addBindValue(orderRef);
    return run(q) && expectOneRow(q);
}

std::optional<qint64> OrderStore::rowId(Statement id, const QString& key)
{
    QSqlQuery* q = statement(id);
    if (!q) {
        return std::nullopt;
    }
    q->addBindValue(key);
    if (!run(q)) {
        return std::nullopt;
    }
    if (!q->next()) {
        q->finish();
        m_error = tr("the record just written cannot be read back; try again");
        return std::nullopt;
    }
    const qint64 found = q->value(0).toLongLong();
    q->finish();
    return found;
}

bool OrderStore::expectOneRow(QSqlQuery* query)
{
    if (query->numRowsAffected() != 1) {
        m_error = tr("the record to change is no longer in the database; reopen the order and try again");
        return false;
    }
    return true;
}

// The values of UpsertTicket, in its column order.
void OrderStore::bindTicket(QSqlQuery* q, const Ticket& t, qint64 orderRef, int position)
{
    q->addBindValue(t.ticketId);
    q->addBindValue(orderRef);
    q->addBindValue(position);
    q->addBindValue(Codes::serviceLine(t.line));
    q->addBindValue(t.service);
    q->addBindValue(t.product.category);
    q->addBindValue(t.product.brand);
    q->addBindValue(nullable(t.product.model));
    q->addBindValue(nullable(t.product.serial));
    q->addBindValue(t.status);
    q->addBindValue(t.subStatus);
    q->addBindValue(seconds(t.createdAt));
    q->addBindValue(day(t.spd));
    q->addBindValue(day(t.deliveryPromised));
    q->addBindValue(nullable(t.slot));
    q->addBindValue(t.technician ? QVariant(t.technician->name) : QVariant());
    q->addBindValue(t.technician ? QVariant(t.technician->phone) : QVariant());
    q->addBindValue(seconds(t.completedAt));
    q->addBindValue(t.invoiceAvailable ? 1 : 0);
}

bool OrderStore::addTicket(qint64 orderRef, const Ticket& t, int position)
{
    QSqlQuery* q = statement(Statement::UpsertTicket);
    if (!q) {
        return false;
    }
    bindTicket(q, t, orderRef, position);
    if (!run(q)) {
        return false;
    }
    if (q->numRowsAffected() != 1) {
        m_error = tr("ticket %1 already exists in another order").arg(t.ticketId);
        return false;
    }
    const std::optional<qint64> ticketRef = rowId(Statement::TicketRef, t.ticketId);
    return ticketRef && writeTicketSections(*ticketRef, t, true);
}
