#pragma once

#include "Order.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Where a ticket stands, as the SOP reads it: "Ticket is in the Open", "Cancelled", "Completed".
enum class TicketState
{
    Open,
    Cancelled,
    Completed,
};

struct StatusDefinition
{
    QString status; // canonical code, e.g. RESCHEDULED
    QString subStatus; // canonical code, e.g. CUSTOMER_RESCHEDULE
    QString statusLabel;
    QString meaning; // the KM article's wording
    TicketState state = TicketState::Open;
    QList<ServiceLine> lines; // empty: every line
    QString assumption; // non-empty for a pair the KM table does not have; says why it exists
};

// The KM table "TICKET JOURNEY: STATUS UPDATE: DEFINITION", loaded from
// resources/status/status-definitions.json. It validates documents and explains a status pair.
class StatusCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(StatusCatalog)

public:
    // The catalog shipped in the resources. Loaded once; a defective resource is a build defect
    // and aborts with a message (a test loads it on every build).
    static const StatusCatalog& instance();

    // Parses a catalog document; false with *error set when it is malformed.
    bool load(const QByteArray& json, QString* error);

    // Canonical spelling of a status or sub-status code: trimmed, upper case, spaces as
    // underscores, aliases applied ("Cancelled" → "CANCELED"). Does not check existence.
    QString canonical(const QString& code) const;

    const StatusDefinition* find(const QString& status, const QString& subStatus) const;
    bool hasStatus(const QString& status) const;
    QStringList subStatusesOf(const QString& status) const;
    const QList<StatusDefinition>& definitions() const { return m_definitions; }

    // State of a pair; Open for an unknown pair.
    TicketState state(const QString& status, const QString& subStatus) const;
    // "Service rescheduled by customer- Updated by technician" (translated when a translation is
    // installed); empty for an unknown pair.
    QString meaning(const QString& status, const QString& subStatus) const;

    static QString stateName(TicketState state);

private:
    QList<StatusDefinition> m_definitions;
    QHash<QString, QString> m_aliases;
};
