#pragma once

#include "core/PolicyClock.h"
#include "domain/Order.h"
#include "tagging/Incident.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

class Workspace;

// What the agent tags: the channel, the catalog entry, and what was changed from its defaults.
struct IncidentDraft
{
    QString orderId;
    QString ticketId; // empty: the incident is about the order (e.g. a booking without ticket)
    Channel channel = Channel::Inbound;
    QString entryId; // the catalog entry (incident type and sub-type)
    QString queueId; // empty: the entry's queue
    std::optional<Disposition> disposition; // empty: the entry's disposition
    QString remarks;
    qint64 handleSeconds = -1; // from opening the order to submitting
    QString sopPath; // the SOP walk, as JSON, when one was walked
    QString customerSaid; // the customer's answers in that walk, for the remarks templates
};

// The article's three ways of reopening (REOPENING COMPLETED SERVICE CASES).
enum class ReopenView
{
    AlternateContactChange,
    MobileNumberChange,
    AddressChange,
};

struct ActionOutcome
{
    bool ok = false;
    bool refused = false; // a rule said no; otherwise a failure (database) when !ok
    QString message; // why not, in words an agent understands
    Incident incident; // what was written, when ok
    QString newTicketId; // the revisit ticket a reopen registered
};

// Tagging and the ticket actions (Reschedule, Reopen, Cancel, Escalate to L2), with the KM
// article's rules enforced here, in the core, whatever the caller: GUI, CLI or a script.
// Every action writes the ticket change, its activity entry, the incident (and escalation) and an
// audit record in one transaction: all of it or none of it. Rules are checked against the
// database as it is at that moment, not against a screen that may be out of date.
class TicketActions final
{
    Q_DECLARE_TR_FUNCTIONS(TicketActions)

public:
    static constexpr int DefaultRescheduleHorizonDays = 14;
    static const QString& rescheduleHorizonKey();
    static QString oathkeeperKey(const QString& entryId);

    explicit TicketActions(Workspace& workspace);

    const PolicyClock& clock() const;

    // Policy values, with the floor's overrides from the settings table.
    int rescheduleHorizonDays();
    int oathkeeperHours(const TaggingEntry& entry);
    // Audited changes of those settings.
    ActionOutcome setRescheduleHorizonDays(int days);
    ActionOutcome setOathkeeperHours(const QString& entryId, int hours);

    // Values for the remarks placeholders of an order (and ticket).
    QHash<QString, QString> remarksValues(const Order& order, const Ticket* ticket,
                                          const QString& customerSaid = QString()) const;
    QString defaultRemarks(const TaggingEntry& entry, const Order& order, const Ticket* ticket,
                           const QString& customerSaid = QString());

    // The action an entry needs on this ticket. "Cancellation of service" cancels a ticket that is in
    // Cancel Initiated; on any other ticket it records the customer's request (the customer
    // cancels in My Bookings, or the partner does).
    TicketAction requiredAction(const TaggingEntry& entry, const Ticket* ticket) const;

    // The rules: nullopt when allowed, otherwise the reason.
    std::optional<QString> checkDraft(const IncidentDraft& draft) const;
    std::optional<QString> checkReschedule(const Ticket& ticket) const;
    std::optional<QString> checkRescheduleDate(QDate date);
    std::optional<QString> checkReopen(const Ticket& ticket) const;
    std::optional<QString> checkCancel(const Ticket& ticket) const;
    static std::optional<QString> checkReopenDetail(ReopenView view, const QString& detail);

    // A plain incident; one whose entry escalates also creates the escalation with its due time.
    ActionOutcome tag(const IncidentDraft& draft);
    // Escalate to L2: a tag whose entry escalates; other entries are refused.
    ActionOutcome escalate(const IncidentDraft& draft);
    ActionOutcome reschedule(const IncidentDraft& draft, QDate date, const QString& slot);
    ActionOutcome reopen(const IncidentDraft& draft, ReopenView view, const QString& detail, QDate newSpd,
                         const QString& reason);
    ActionOutcome cancel(const IncidentDraft& draft);
    // Records that the agent revealed the masked contact details of an order.
    ActionOutcome revealContact(const QString& orderId, const QString& how = QString());

    static QString reopenViewName(ReopenView view); // the article's words
    static std::optional<ReopenView> parseReopenView(const QString& text);
    static QList<ReopenView> reopenViews();

private:
    struct Target; // the order and ticket a draft is about, as the database has them now
    // A floor setting and its audit record, in one transaction.
    ActionOutcome writeSetting(const QString& key, int previous, int value);
    std::optional<ActionOutcome> load(const IncidentDraft& draft, TicketAction action, Target& target);
    ActionOutcome write(Target& target, const IncidentDraft& draft, TicketAction action,
                        const std::function<bool(Target&, QJsonObject&, QJsonObject&, QString&)>& change);

    Workspace& m_workspace;
};
