#include "IncidentStore.h"

#include "Database.h"
#include "core/Logging.h"
#include "core/PolicyClock.h"

#include <QSqlError>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace
{
    QString sqlFor(int id)
    {
        switch (id) {
        case 0: // InsertIncident
            return u"INSERT INTO incidents (created_at, agent, channel, kind, entry_id, incident_type, sub_type, queue,"
                   " disposition, remarks, order_ref, order_id, ticket_ref, ticket_id, action, handle_seconds, "
                   "sop_path)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        case 1: // InsertEscalation
            return u"INSERT INTO escalations (incident_id, created_at, due_at, tat_hours, queue, status, entry_id,"
                   " order_ref, ticket_ref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
        case 2: // ForOrder
            return u"SELECT i.id, i.created_at, i.agent, i.channel, i.kind, i.entry_id, i.incident_type, i.sub_type,"
                   " i.queue, i.disposition, i.remarks, i.order_id, i.ticket_id, i.action, i.handle_seconds, "
                   "i.sop_path,"
                   " e.id, e.created_at, e.due_at, e.tat_hours, e.queue, e.status, e.entry_id"
                   " FROM incidents i LEFT JOIN escalations e ON e.incident_id = i.id"
                   " WHERE i.order_ref = (SELECT id FROM orders WHERE order_id = ?)"
                   " ORDER BY i.created_at DESC, i.id DESC"_s;
        case 3: // OpenEscalation
            return u"SELECT e.id, e.incident_id, e.created_at, e.due_at, e.tat_hours, e.queue, e.status, e.entry_id,"
                   " i.order_id, i.ticket_id"
                   " FROM escalations e JOIN incidents i ON i.id = e.incident_id"
                   " WHERE e.order_ref = ? AND e.entry_id = ? AND e.status NOT IN ('resolved', 'closed')"
                   " AND (? IS NULL OR e.ticket_ref = ?) ORDER BY e.due_at LIMIT 1"_s;
        case 4: // FindIncident
            return u"SELECT i.id, i.created_at, i.agent, i.channel, i.kind, i.entry_id, i.incident_type, i.sub_type,"
                   " i.queue, i.disposition, i.remarks, i.order_id, i.ticket_id, i.action, i.handle_seconds, "
                   "i.sop_path,"
                   " e.id, e.created_at, e.due_at, e.tat_hours, e.queue, e.status, e.entry_id"
                   " FROM incidents i LEFT JOIN escalations e ON e.incident_id = i.id WHERE i.id = ?"_s;
        default:
            break;
        }
        return {};
    }

    QDateTime moment(const QVariant& value)
    {
        return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), PolicyClock::zone());
    }

    QVariant nullable(const QString& text)
    {
        return text.isEmpty() ? QVariant() : QVariant(text);
    }
    Incident incidentFrom(const QSqlQuery* q)
    {
        Incident i;
        i.id = q->value(0).toLongLong();
        i.createdAt = moment(q->value(1));
        i.agent = q->value(2).toString();
        i.channel = TaggingCatalog::parseChannel(q->value(3).toString()).value_or(Channel::Inbound);
        i.kind = TaggingCatalog::parseKind(q->value(4).toString()).value_or(IncidentKind::Complaint);
        i.entryId = q->value(5).toString();
        i.incidentType = q->value(6).toString();
        i.subType = q->value(7).toString();
        i.queueId = q->value(8).toString();
        i.disposition = TaggingCatalog::parseDisposition(q->value(9).toString()).value_or(Disposition::Resolved);
        i.remarks = q->value(10).toString();
        i.orderId = q->value(11).toString();
        i.ticketId = q->value(12).toString();
        i.action = TaggingCatalog::parseAction(q->value(13).toString()).value_or(TicketAction::None);
        i.handleSeconds = q->value(14).isNull() ? -1 : q->value(14).toLongLong();
        i.sopPath = q->value(15).toString();
        if (!q->value(16).isNull()) {
            Escalation e;
            e.id = q->value(16).toLongLong();
            e.incidentId = i.id;
            e.createdAt = moment(q->value(17));
            e.dueAt = moment(q->value(18));
            e.tatHours = q->value(19).toInt();
            e.queueId = q->value(20).toString();
            e.status = q->value(21).toString();
            e.entryId = q->value(22).toString();
            e.orderId = i.orderId;
            e.ticketId = i.ticketId;
            i.escalation = e;
        }
        return i;
    }
} // namespace

IncidentStore::IncidentStore(Database& db)
    : m_db(db)
{ }

IncidentStore::~IncidentStore() = default;

QSqlQuery* IncidentStore::statement(Statement id)
{
    auto& slot = m_statements[id];
    if (!slot) {
        auto query = std::make_unique<QSqlQuery>(m_db.connection());
        query->setForwardOnly(true);
        if (!query->prepare(sqlFor(id))) {
            m_error = Database::describe(query->lastError());
            return nullptr;
        }
        slot = std::move(query);
    }
    return slot.get();
}

bool IncidentStore::run(QSqlQuery* query)
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

bool IncidentStore::insert(Incident& incident, qint64 orderRef, std::optional<qint64> ticketRef)
{
    m_error.clear();
    QSqlQuery* q = statement(InsertIncident);
    if (!q) {
        return false;
    }
    q->addBindValue(incident.createdAt.toSecsSinceEpoch());
    q->addBindValue(incident.agent);
    q->addBindValue(TaggingCatalog::channelName(incident.channel));
    q->addBindValue(TaggingCatalog::kindName(incident.kind));
    q->addBindValue(incident.entryId);
    q->addBindValue(incident.incidentType);
    q->addBindValue(nullable(incident.subType));
    q->addBindValue(incident.queueId);
    q->addBindValue(TaggingCatalog::dispositionName(incident.disposition));
    q->addBindValue(incident.remarks);
    q->addBindValue(orderRef);
    q->addBindValue(incident.orderId);
    q->addBindValue(ticketRef ? QVariant(*ticketRef) : QVariant());
    q->addBindValue(nullable(incident.ticketId));
    q->addBindValue(nullable(TaggingCatalog::actionName(incident.action)));
    q->addBindValue(incident.handleSeconds >= 0 ? QVariant(incident.handleSeconds) : QVariant());
    q->addBindValue(nullable(incident.sopPath));
    if (!run(q)) {
        return false;
    }
    incident.id = q->lastInsertId().toLongLong();
    return true;
}

bool IncidentStore::insertEscalation(Escalation& escalation, qint64 orderRef, std::optional<qint64> ticketRef)
{
    m_error.clear();
    QSqlQuery* q = statement(InsertEscalation);
    if (!q) {
        return false;
    }
    q->addBindValue(escalation.incidentId);
    q->addBindValue(escalation.createdAt.toSecsSinceEpoch());
    q->addBindValue(escalation.dueAt.toSecsSinceEpoch());
    q->addBindValue(escalation.tatHours);
    q->addBindValue(escalation.queueId);
    q->addBindValue(escalation.status);
    q->addBindValue(escalation.entryId);
    q->addBindValue(orderRef);
    q->addBindValue(ticketRef ? QVariant(*ticketRef) : QVariant());
    if (!run(q)) {
        return false;
    }
    escalation.id = q->lastInsertId().toLongLong();
    return true;
}

QList<Incident> IncidentStore::forOrder(const QString& orderId)
{
    m_error.clear();
    QSqlQuery* q = statement(ForOrder);
    if (!q) {
        return {};
    }
    q->addBindValue(orderId);
    if (!run(q)) {
        return {};
    }
    QList<Incident> incidents;
    while (q->next()) {
        incidents.append(incidentFrom(q));
    }
    q->finish();
    return incidents;
}

std::optional<Incident> IncidentStore::find(qint64 id)
{
    m_error.clear();
    QSqlQuery* q = statement(FindIncident);
    if (!q) {
        return std::nullopt;
    }
    q->addBindValue(id);
    if (!run(q)) {
        return std::nullopt;
    }
    std::optional<Incident> result;
    if (q->next()) {
        result = incidentFrom(q);
    }
    q->finish();
    return result;
}

std::optional<Escalation> IncidentStore::openEscalation(qint64 orderRef, std::optional<qint64> ticketRef,
                                                        const QString& entryId)
{
    m_error.clear();
    QSqlQuery* q = statement(OpenEscalation);
    if (!q) {
        return std::nullopt;
    }
    const QVariant ticket = ticketRef ? QVariant(*ticketRef) : QVariant();
    q->addBindValue(orderRef);
    q->addBindValue(entryId);
    q->addBindValue(ticket);
    q->addBindValue(ticket);
    if (!run(q) || !q->next()) {
        return std::nullopt;
    }
    Escalation e;
    e.id = q->value(0).toLongLong();
    e.incidentId = q->value(1).toLongLong();
    e.createdAt = moment(q->value(2));
    e.dueAt = moment(q->value(3));
    e.tatHours = q->value(4).toInt();
    e.queueId = q->value(5).toString();
    e.status = q->value(6).toString();
    e.entryId = q->value(7).toString();
    e.orderId = q->value(8).toString();
    e.ticketId = q->value(9).toString();
    q->finish();
    return e;
}
