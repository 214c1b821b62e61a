#pragma once

#include "tagging/TaggingCatalog.h"

#include <QDateTime>
#include <QString>

#include <optional>

// An incident escalated to L2 (or to the refunds or safety queue) with the Oathkeeper TAT
// promised to the customer.
struct Escalation
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QDateTime createdAt;
    QDateTime dueAt;
    int tatHours = 0;
    QString queueId;
    QString status = QStringLiteral("open");
    QString entryId;
    QString orderId;
    QString ticketId;
};

// One tagged interaction with a customer: Inbound >> Complaint >> Delay in Service >> Out of SPD
// >> Unresolved, with queue, remarks, the order and ticket it is about, and how long it took.
struct Incident
{
    qint64 id = 0;
    QDateTime createdAt;
    QString agent;
    Channel channel = Channel::Inbound;
    IncidentKind kind = IncidentKind::Complaint;
    QString entryId;
    QString incidentType;
    QString subType;
    QString queueId;
    Disposition disposition = Disposition::Resolved;
    QString remarks;
    QString orderId;
    QString ticketId; // empty for an order-level incident
    TicketAction action = TicketAction::None; // the action carried out with it
    qint64 handleSeconds = -1; // from opening the order to submitting; -1 when unknown
    QString sopPath; // the SOP walk (JSON), when one was walked
    std::optional<Escalation> escalation;

    QString notation() const { return TaggingCatalog::notation(channel, kind, incidentType, subType, disposition); }
};
