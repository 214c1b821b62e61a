#include "Order.h"

qint64 Ticket::salesTotalPaise() const
{
    qint64 total = 0;
    for (const SaleItem& sale : sales) {
        total += sale.pricePaise;
    }
    return total;
}

const Ticket* Order::ticket(const QString& ticketId) const
{
    for (const Ticket& t : tickets) {
        if (t.ticketId.compare(ticketId, Qt::CaseInsensitive) == 0) {
            return &t;
        }
    }
    return nullptr;
}
