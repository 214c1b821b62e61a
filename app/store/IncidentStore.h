#pragma once

#include "tagging/Incident.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlQuery>

#include <array>
#include <memory>
#include <optional>

class Database;

// Incidents and their escalations. Writes join the caller's transaction (the ticket actions
// write the incident together with the ticket change and the audit record).
class IncidentStore final
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)

public:
    explicit IncidentStore(Database& db);
    ~IncidentStore();
    Q_DISABLE_COPY_MOVE(IncidentStore)

    // Sets incident.id.
    bool insert(Incident& incident, qint64 orderRef, std::optional<qint64> ticketRef);
    // Sets escalation.id.
    bool insertEscalation(Escalation& escalation, qint64 orderRef, std::optional<qint64> ticketRef);

    // The order's incidents, newest first, with their escalations.
    QList<Incident> forOrder(const QString& orderId);
    // One incident with its escalation.
    std::optional<Incident> find(qint64 id);
    // An escalation of this incident type on this order (and ticket, when given) still open.
    std::optional<Escalation> openEscalation(qint64 orderRef, std::optional<qint64> ticketRef, const QString& entryId);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

private:
    enum Statement
    {
        InsertIncident,
        InsertEscalation,
        ForOrder,
        OpenEscalation,
        FindIncident,
        StatementCount,
    };
    QSqlQuery* statement(Statement id);
    bool run(QSqlQuery* query);

    Database& m_db;
    std::array<std::unique_ptr<QSqlQuery>, StatementCount> m_statements;
    QString m_error;
};
