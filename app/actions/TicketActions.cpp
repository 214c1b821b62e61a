#include "TicketActions.h"

#include "core/DisplayFormat.h"
#include "domain/Codes.h"
#include "domain/Formats.h"
#include "domain/StatusCatalog.h"
#include "store/AuditLog.h"
#include "store/IncidentStore.h"
#include "store/OrderStore.h"
#include "store/SettingsStore.h"
#include "store/Workspace.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

struct TicketActions::Target
{
    Order order;
    const Ticket* ticket = nullptr; // into order.tickets
    const TaggingEntry* entry = nullptr;
    qint64 orderRef = 0;
    std::optional<qint64> ticketRef;
};

namespace
{
    ActionOutcome refusal(const QString& message)
    {
        return {false, true, message, {}, {}};
    }

    ActionOutcome failure(const QString& message)
    {
        return {false, false, message, {}, {}};
    }

    QString pair(const QString& status, const QString& subStatus)
    {
        return status + u" / "_s + subStatus;
    }

    QJsonObject schedule(const Ticket& t)
    {
        return {{u"spd"_s, t.spd.toString(Qt::ISODate)},
                {u"slot"_s, t.slot},
                {u"status"_s, t.status},
                {u"sub_status"_s, t.subStatus}};
    }
} // namespace

const QString& TicketActions::rescheduleHorizonKey()
{
    static const QString key = u"reschedule.horizon_days"_s;
    return key;
}

QString TicketActions::oathkeeperKey(const QString& entryId)
{
    return u"oathkeeper."_s + entryId + u".hours"_s;
}

TicketActions::TicketActions(Workspace& workspace)
    : m_workspace(workspace)
{ }

const PolicyClock& TicketActions::clock() const
{
    return m_workspace.clock();
}

int TicketActions::rescheduleHorizonDays()
{
    return m_workspace.settings().intValue(rescheduleHorizonKey(), DefaultRescheduleHorizonDays);
}

int TicketActions::oathkeeperHours(const TaggingEntry& entry)
{
    return m_workspace.settings().intValue(oathkeeperKey(entry.id), entry.tatHours);
}

QString TicketActions::reopenViewName(ReopenView view)
{
    switch (view) {
    case ReopenView::AlternateContactChange:
        return u"Alternate Contact Change"_s;
    case ReopenView::MobileNumberChange:
        return u"Mobile Number Change"_s;
    case ReopenView::AddressChange:
        return u"Address Change"_s;
    }
    return {};
}

std::optional<ReopenView> TicketActions::parseReopenView(const QString& text)
{
    for (ReopenView view : reopenViews()) {
        if (reopenViewName(view).compare(text.trimmed(), Qt::CaseInsensitive) == 0) {
            return view;
        }
    }
    return std::nullopt;
}

QList<ReopenView> TicketActions::reopenViews()
{
    return {ReopenView::AlternateContactChange, ReopenView::MobileNumberChange, ReopenView::AddressChange};
}

QHash<QString, QString> TicketActions::remarksValues(const Order& order, const Ticket* ticket,
                                                     const QString& customerSaid) const
{
    QHash<QString, QString> values{{u"order_id"_s, order.orderId}, {u"customer_said"_s, customerSaid}};
    if (ticket) {
        values.insert(u"ticket_id"_s, ticket->ticketId);
        values.insert(u"service"_s, ticket->service);
        values.insert(u"status"_s, ticket->status);
        values.insert(u"sub_status"_s, ticket->subStatus);
        values.insert(u"spd"_s, DisplayFormat::date(ticket->spd));
        if (ticket->completedAt.isValid()) {
            values.insert(u"completed_on"_s, DisplayFormat::date(PolicyClock::localDate(ticket->completedAt)));
        }
    }
    if (order.refund) {
        values.insert(u"refund_status"_s, Codes::refundStatusName(order.refund->status));
        values.insert(u"refund_due"_s, DisplayFormat::date(PolicyClock::refundDueDate(*order.refund)));
    }
    return values;
}

QString TicketActions::defaultRemarks(const TaggingEntry& entry, const Order& order, const Ticket* ticket,
                                      const QString& customerSaid)
{
    QHash<QString, QString> values = remarksValues(order, ticket, customerSaid);
    if (entry.escalates) {
        const int hours = oathkeeperHours(entry);
        values.insert(u"tat_hours"_s, QString::number(hours));
        values.insert(u"tat_due"_s, DisplayFormat::dateTime(m_workspace.clock().now().addSecs(hours * 3600LL)));
    }
    return TaggingCatalog::fill(entry.remarksTemplate, values);
}

TicketAction TicketActions::requiredAction(const TaggingEntry& entry, const Ticket* ticket) const
{
    if (entry.action == TicketAction::Cancel && (!ticket || checkCancel(*ticket))) {
        return TicketAction::None;
    }
    return entry.action;
}

std::optional<QString> TicketActions::checkDraft(const IncidentDraft& draft) const
{
    const TaggingCatalog& catalog = TaggingCatalog::instance();
    if (draft.orderId.isEmpty()) {
        return tr("Open an order first: an incident is always tagged on an order.");
    }
    if (draft.entryId.isEmpty()) {
        return tr("Choose the incident type.");
    }
    if (!catalog.entry(draft.entryId)) {
        return tr("\"%1\" is not an incident type of the tagging catalog.").arg(draft.entryId);
    }
    if (!draft.queueId.isEmpty() && !catalog.queue(draft.queueId)) {
        return tr("There is no queue \"%1\".").arg(draft.queueId);
    }
    const QString remarks = draft.remarks.trimmed();
    if (remarks.isEmpty()) {
        return tr("Write the remarks: what the customer said and what you did.");
    }
    if (remarks.size() > catalog.remarksLimit()) {
        return tr("The remarks are %1 characters long; the limit is %2. Shorten them.")
            .arg(remarks.size())
            .arg(catalog.remarksLimit());
    }
    return std::nullopt;
}

std::optional<QString> TicketActions::checkReschedule(const Ticket& ticket) const
{
    const TicketState state = StatusCatalog::instance().state(ticket.status, ticket.subStatus);
    if (state == TicketState::Cancelled) {
        return tr("This ticket is cancelled (%1); a cancelled service cannot be rescheduled. Ask the customer to "
                  "place a fresh order.")
            .arg(pair(ticket.status, ticket.subStatus));
    }
    if (state == TicketState::Completed) {
        return tr("This service is already completed (%1); it cannot be rescheduled. If the customer reports a "
                  "problem within 30 days of service, reopen it instead.")
            .arg(pair(ticket.status, ticket.subStatus));
    }
    if (ticket.line == ServiceLine::MobileRepair && ticket.status != u"CREATED" && ticket.status != u"PICKUP") {
        return tr("A mobile repair can only be rescheduled before the pickup (Created or Pickup); this ticket is "
                  "at %1.")
            .arg(pair(ticket.status, ticket.subStatus));
    }
    return std::nullopt;
}

std::optional<QString> TicketActions::checkRescheduleDate(QDate date)
{
    const QDate today = m_workspace.clock().today();
    const int horizon = rescheduleHorizonDays();
    if (!date.isValid()) {
        return tr("Choose the new date.");
    }
    if (date < today) {
        return tr("The new date %1 is in the past; choose today (%2) or later.")
            .arg(DisplayFormat::date(date), DisplayFormat::date(today));
    }
    if (date > today.addDays(horizon)) {
        return tr("The new date %1 is more than %n day(s) away; the latest possible date is %2.", nullptr, horizon)
            .arg(DisplayFormat::date(date), DisplayFormat::date(today.addDays(horizon)));
    }
    return std::nullopt;
}

std::optional<QString> TicketActions::checkReopen(const Ticket& ticket) const
{
    const TicketState state = StatusCatalog::instance().state(ticket.status, ticket.subStatus);
    if (state != TicketState::Completed) {
        return tr("Reopen is only possible for a completed service; this ticket is %1.")
            .arg(pair(ticket.status, ticket.subStatus));
    }
    if (!ticket.completedAt.isValid()) {
        return tr("This ticket has no completion time, so the 30-day service warranty cannot be checked. Escalate "
                  "it instead.");
    }
    const PolicyClock& clock = m_workspace.clock();
    if (!clock.withinServiceWarranty(ticket.completedAt)) {
        const qint64 days = clock.daysSince(ticket.completedAt);
        return tr("Reopen is only possible within 30 days of service; this service was completed %n day(s) ago "
                  "(on %1).",
                  nullptr, static_cast<int>(days))
            .arg(DisplayFormat::date(PolicyClock::localDate(ticket.completedAt)));
    }
    return std::nullopt;
}

std::optional<QString> TicketActions::checkReopenDetail(ReopenView view, const QString& detail)
{
    const QString value = detail.trimmed();
    switch (view) {
    case ReopenView::AlternateContactChange:
    case ReopenView::MobileNumberChange:
        if (Formats::normalizeMobile(value).isEmpty()) {
            return tr("\"%1\" is not a 10-digit Indian mobile number.").arg(value);
        }
        break;
    case ReopenView::AddressChange:
        if (value.size() < 10) {
            return tr("Write the full new address (house, street, area, city).");
        }
        break;
    }
    return std::nullopt;
}

std::optional<QString> TicketActions::checkCancel(const Ticket& ticket) const
{
    if (ticket.status != u"CANCEL_INITIATED") {
        return tr("Cancel is only possible when the ticket is in Cancel Initiated; this ticket is %1. The customer "
                  "can cancel the booking from My Bookings in the app.")
            .arg(pair(ticket.status, ticket.subStatus));
    }
    return std::nullopt;
}

std::optional<ActionOutcome> TicketActions::load(const IncidentDraft& draft, TicketAction action, Target& target)
{
    if (!m_workspace.isOpen()) {
        return failure(tr("No database is open."));
    }
    if (const auto why = checkDraft(draft)) {
        return refusal(*why);
    }
    target.entry = TaggingCatalog::instance().entry(draft.entryId);
    Permission permission = target.entry->escalates ? Permission::Escalate : Permission::Tag;
    switch (action) {
    case TicketAction::Reschedule:
        permission = Permission::Reschedule;
        break;
    case TicketAction::Reopen:
        permission = Permission::Reopen;
        break;
    case TicketAction::Cancel:
        permission = Permission::Cancel;
        break;
    case TicketAction::None:
        break;
    }
    const QString what = draft.ticketId.isEmpty() ? draft.orderId : draft.ticketId;
    if (const auto why = m_workspace.permit(permission, tr("%1 on %2").arg(target.entry->label(), what))) {
        return refusal(*why);
    }
    if (action != TicketAction::None && target.entry->action != action) {
        return refusal(tr("The %1 action is tagged \"%2\", not \"%3\".")
                           .arg(TaggingCatalog::actionName(action),
                                action == TicketAction::Reschedule ? u"Request to reschedule"_s
                                : action == TicketAction::Reopen   ? u"Request to reopen ticket"_s
                                                                   : u"Cancellation of service"_s,
                                target.entry->label()));
    }
    OrderStore& orders = m_workspace.orders();
    std::optional<Order> order = orders.order(draft.orderId);
    if (!order) {
        return orders.hasError() ? failure(orders.errorString())
                                 : refusal(tr("There is no order %1 in the database.").arg(draft.orderId));
    }
    target.order = *order;
    const std::optional<qint64> orderRef = orders.orderRef(draft.orderId);
    if (!orderRef) {
        return failure(orders.errorString());
    }
    target.orderRef = *orderRef;
    if (!draft.ticketId.isEmpty()) {
        target.ticket = target.order.ticket(draft.ticketId);
        if (!target.ticket) {
            return refusal(tr("Order %1 has no ticket %2.").arg(draft.orderId, draft.ticketId));
        }
        const std::optional<TicketLocation> location = orders.locateTicket(target.ticket->ticketId);
        if (!location) {
            return failure(orders.errorString());
        }
        target.ticketRef = location->ticketRef;
    } else if (action != TicketAction::None) {
        return refusal(tr("Choose the ticket first: %1 works on a ticket.").arg(TaggingCatalog::actionName(action)));
    }
    if (action == TicketAction::None) {
        const TicketAction needed = requiredAction(*target.entry, target.ticket);
        if (needed != TicketAction::None) {
            return refusal(tr("\"%1\" goes with the %2 action: use %2 on the ticket.")
                               .arg(target.entry->label(), TaggingCatalog::actionName(needed)));
        }
    }
    if (target.entry->escalates) {
        IncidentStore& incidents = m_workspace.incidents();
        const std::optional<Escalation> open =
            incidents.openEscalation(target.orderRef, target.ticketRef, target.entry->id);
        if (incidents.hasError()) {
            return failure(incidents.errorString());
        }
        if (open) {
            return refusal(tr("\"%1\" is already escalated for this %2 and still open (due %3). Share that TAT with "
                              "the customer instead of escalating again.")
                               .arg(target.entry->label(), target.ticket ? tr("ticket") : tr("order"),
                                    DisplayFormat::dateTime(open->dueAt)));
        }
    }
    return std::nullopt;
}

ActionOutcome TicketActions::write(Target& target, const IncidentDraft& draft, TicketAction action,
                                   const std::function<bool(Target&, QJsonObject&, QJsonObject&, QString&)>& change)
{
    Database& db = m_workspace.database();
    const QDateTime now = m_workspace.clock().now();
    TransactionScope transaction(db);
    if (!transaction.isActive()) {
        return failure(db.errorString());
    }

    QJsonObject before;
    QJsonObject after;
    QString error;
    if (change && !change(target, before, after, error)) {
        return failure(error);
    }

    const TaggingEntry& entry = *target.entry;
    Incident incident;
    incident.createdAt = now;
    incident.agent = m_workspace.agent();
    incident.channel = draft.channel;
    incident.kind = entry.kind;
    incident.entryId = entry.id;
    incident.incidentType = entry.incident;
    incident.subType = entry.subType;
    incident.queueId = draft.queueId.isEmpty() ? entry.queueId : draft.queueId;
    incident.disposition = draft.disposition.value_or(entry.disposition);
    incident.remarks = draft.remarks.trimmed();
    incident.orderId = target.order.orderId;
    incident.ticketId = target.ticket ? target.ticket->ticketId : QString();
    incident.action = action;
    incident.handleSeconds = draft.handleSeconds;
    incident.sopPath = draft.sopPath;
    IncidentStore& incidents = m_workspace.incidents();
    if (!incidents.insert(incident, target.orderRef, target.ticketRef)) {
        return failure(incidents.errorString());
    }
    if (entry.escalates) {
        Escalation escalation;
        escalation.incidentId = incident.id;
        escalation.createdAt = now;
        escalation.tatHours = oathkeeperHours(entry);
        escalation.dueAt = now.addSecs(escalation.tatHours * 3600LL);
        escalation.queueId = incident.queueId;
        escalation.entryId = entry.id;
        escalation.orderId = incident.orderId;
        escalation.ticketId = incident.ticketId;
        if (!incidents.insertEscalation(escalation, target.orderRef, target.ticketRef)) {
            return failure(incidents.errorString());
        }
        incident.escalation = escalation;
    }

    after.insert(u"incident"_s, incident.id);
    after.insert(u"tagging"_s, incident.notation());
    after.insert(u"queue"_s, incident.queueId);
    if (incident.escalation) {
        after.insert(u"escalation_due"_s, incident.escalation->dueAt.toString(Qt::ISODate));
    }
    AuditRecord record;
    record.at = now;
    record.agent = incident.agent;
    record.orderId = incident.orderId;
    switch (action) {
    case TicketAction::None:
        record.action = entry.escalates ? u"escalate"_s : u"tag_incident"_s;
        record.entity = u"incident"_s;
        record.entityId = QString::number(incident.id);
        break;
    case TicketAction::Reschedule:
    case TicketAction::Reopen:
    case TicketAction::Cancel:
        record.action = TaggingCatalog::actionName(action).toLower();
        record.entity = u"ticket"_s;
        record.entityId = incident.ticketId;
        break;
    }
    record.before = before;
    record.after = after;
    record.detail = incident.remarks;
    AuditLog& audit = m_workspace.audit();
    if (!audit.append(record)) {
        return failure(audit.errorString());
    }
    if (!transaction.commit()) {
        return failure(db.errorString());
    }
    return {true, false, QString(), incident, {}};
}

ActionOutcome TicketActions::tag(const IncidentDraft& draft)
{
    Target target;
    if (auto refused = load(draft, TicketAction::None, target)) {
        return *refused;
    }
    return write(target, draft, TicketAction::None, nullptr);
}

ActionOutcome TicketActions::escalate(const IncidentDraft& draft)
{
    const TaggingEntry* entry = TaggingCatalog::instance().entry(draft.entryId);
    if (entry && !entry->escalates) {
        return refusal(tr("\"%1\" is not escalated to L2; tag it instead.").arg(entry->label()));
    }
    return tag(draft);
}

ActionOutcome TicketActions::reschedule(const IncidentDraft& draft, QDate date, const QString& slot)
{
    Target target;
    if (auto refused = load(draft, TicketAction::Reschedule, target)) {
        return *refused;
    }
    if (auto why = checkReschedule(*target.ticket)) {
        return refusal(*why);
    }
    if (auto why = checkRescheduleDate(date)) {
        return refusal(*why);
    }
    const QString agent = m_workspace.agent();
    const QDateTime now = m_workspace.clock().now();
    return write(
        target, draft, TicketAction::Reschedule,
        [&](Target& t, QJsonObject& before, QJsonObject& after, QString& error) {
            OrderStore& orders = m_workspace.orders();
            Ticket changed = *t.ticket;
            changed.spd = date;
            changed.slot = slot.trimmed().isEmpty() ? t.ticket->slot : slot.trimmed();
            changed.status = u"RESCHEDULED"_s;
            changed.subStatus = u"CUSTOMER_RESCHEDULE"_s;
            before = schedule(*t.ticket);
            after = schedule(changed);
            const ActivityEntry activity{
                now, tr("AssistDesk (%1)").arg(agent), changed.status, changed.subStatus,
                tr("Rescheduled to %1, slot %2, at the customer's request.")
                    .arg(DisplayFormat::date(date), changed.slot.isEmpty() ? tr("not chosen") : changed.slot)};
            if (!orders.updateTicketSchedule(*t.ticketRef, changed.spd, changed.slot, changed.status, changed.subStatus)
                || !orders.appendActivity(*t.ticketRef, activity)) {
                error = orders.errorString();
                return false;
            }
            return true;
        });
}

ActionOutcome TicketActions::reopen(const IncidentDraft& draft, ReopenView view, const QString& detail, QDate newSpd,
                                    const QString& reason)
{
    Target target;
    if (auto refused = load(draft, TicketAction::Reopen, target)) {
        return *refused;
    }
    if (auto why = checkReopen(*target.ticket)) {
        return refusal(*why);
    }
    if (auto why = checkReopenDetail(view, detail)) {
        return refusal(*why);
    }
    if (auto why = checkRescheduleDate(newSpd)) {
        return refusal(*why);
    }
    if (reason.trimmed().isEmpty()) {
        return refusal(tr("Say why the service is reopened (what the customer reports)."));
    }
    // The revisit is a new service ticket, as the article describes ("verify the New Service
    // Ticket and Service Promised Date"); the completed ticket keeps its history and service date.
    OrderStore& orders = m_workspace.orders();
    QString newTicketId;
    for (qsizetype n = target.ticket->reopens.size() + 1; newTicketId.isEmpty(); ++n) {
        const QString candidate = target.ticket->ticketId.left(28) + u"-R"_s + QString::number(n);
        if (!orders.locateTicket(candidate)) {
            if (orders.hasError()) {
                return failure(orders.errorString());
            }
            newTicketId = candidate;
        }
    }
    const QString agent = m_workspace.agent();
    const QDateTime now = m_workspace.clock().now();
    const QString value = view == ReopenView::AddressChange ? detail.trimmed() : Formats::normalizeMobile(detail);
    ActionOutcome outcome = write(
        target, draft, TicketAction::Reopen, [&](Target& t, QJsonObject& before, QJsonObject& after, QString& error) {
            const Customer& customer = t.order.customer;
            QString altPhone = customer.altPhone;
            QString address = customer.address;
            if (view == ReopenView::AlternateContactChange) {
                altPhone = value;
            } else if (view == ReopenView::AddressChange) {
                address = value;
            }
            before = {{u"alt_phone"_s, customer.altPhone}, {u"address"_s, customer.address}};
            after = {{u"new_ticket"_s, newTicketId},
                     {u"spd"_s, newSpd.toString(Qt::ISODate)},
                     {u"alt_phone"_s, altPhone},
                     {u"address"_s, address},
                     {u"view"_s, reopenViewName(view)}};

            Ticket revisit;
            revisit.ticketId = newTicketId;
            revisit.line = t.ticket->line;
            revisit.service = t.ticket->service;
            revisit.product = t.ticket->product;
            revisit.slot = t.ticket->slot;
            revisit.invoiceAvailable = t.ticket->invoiceAvailable;
            revisit.status = u"CREATED"_s;
            revisit.subStatus = u"NOT_APPLICABLE"_s;
            revisit.createdAt = now;
            revisit.spd = newSpd;
            revisit.activity.append({now, tr("AssistDesk (%1)").arg(agent), revisit.status, revisit.subStatus,
                                     tr("Revisit registered: %1 reopened (%2): %3.")
                                         .arg(t.ticket->ticketId, reopenViewName(view), reason.trimmed())});
            const ReopenEntry reopenEntry{now, reason.trimmed(), newTicketId, reopenViewName(view), value};
            const ActivityEntry note{
                now, tr("AssistDesk (%1)").arg(agent), t.ticket->status, t.ticket->subStatus,
                tr("Reopened (%1): %2. New ticket %3, SPD %4.")
                    .arg(reopenViewName(view), reason.trimmed(), newTicketId, DisplayFormat::date(newSpd))};
            bool ok = orders.addTicket(t.orderRef, revisit, static_cast<int>(t.order.tickets.size()))
                      && orders.appendReopen(*t.ticketRef, reopenEntry) && orders.appendActivity(*t.ticketRef, note);
            if (ok && (altPhone != customer.altPhone || address != customer.address)) {
                ok = orders.updateOrderContact(t.orderRef, altPhone, address);
            }
            if (!ok) {
                error = orders.errorString();
            }
            return ok;
        });
    if (outcome.ok) {
        outcome.newTicketId = newTicketId;
    }
    return outcome;
}

ActionOutcome TicketActions::cancel(const IncidentDraft& draft)
{
    Target target;
    if (auto refused = load(draft, TicketAction::Cancel, target)) {
        return *refused;
    }
    if (auto why = checkCancel(*target.ticket)) {
        return refusal(*why);
    }
    const QString agent = m_workspace.agent();
    const QDateTime now = m_workspace.clock().now();
    return write(
        target, draft, TicketAction::Cancel, [&](Target& t, QJsonObject& before, QJsonObject& after, QString& error) {
            OrderStore& orders = m_workspace.orders();
            // CANCEL_INITIATED / X becomes CANCELED / X: the reason carries over.
            const QString sub = t.ticket->subStatus;
            before = {{u"status"_s, t.ticket->status}, {u"sub_status"_s, sub}};
            after = {{u"status"_s, u"CANCELED"_s}, {u"sub_status"_s, sub}};
            const ActivityEntry activity{now, tr("AssistDesk (%1)").arg(agent), u"CANCELED"_s, sub,
                                         tr("Cancelled from Cancel Initiated; the reason stays %1: %2.")
                                             .arg(sub, StatusCatalog::instance().meaning(t.ticket->status, sub))};
            if (!orders.updateTicketStatus(*t.ticketRef, u"CANCELED"_s, sub)
                || !orders.appendActivity(*t.ticketRef, activity)) {
                error = orders.errorString();
                return false;
            }
            return true;
        });
}

ActionOutcome TicketActions::revealContact(const QString& orderId, const QString& how)
{
    if (!m_workspace.isOpen()) {
        return failure(tr("No database is open."));
    }
    if (const auto why = m_workspace.permit(Permission::RevealContact, orderId)) {
        return refusal(*why);
    }
    AuditRecord record;
    record.at = m_workspace.clock().now();
    record.agent = m_workspace.agent();
    record.action = u"reveal_contact"_s;
    record.entity = u"order"_s;
    record.entityId = orderId;
    record.orderId = orderId;
    record.detail = how.isEmpty() ? tr("Mobile numbers and email shown in full") : how;
    AuditLog& audit = m_workspace.audit();
    if (!audit.append(record)) {
        return failure(audit.errorString());
    }
    return {true, false, QString(), {}, {}};
}

ActionOutcome TicketActions::setRescheduleHorizonDays(int days)
{
    if (const auto why = m_workspace.permit(Permission::ChangeSettings, rescheduleHorizonKey())) {
        return refusal(*why);
    }
    if (days < 1 || days > 90) {
        return refusal(tr("The reschedule horizon must be from 1 to 90 days."));
    }
    return writeSetting(rescheduleHorizonKey(), rescheduleHorizonDays(), days);
}

ActionOutcome TicketActions::writeSetting(const QString& key, int previous, int value)
{
    TransactionScope transaction(m_workspace.database());
    AuditRecord record{0,
                       m_workspace.clock().now(),
                       m_workspace.agent(),
                       u"change_setting"_s,
                       u"setting"_s,
                       key,
                       QString(),
                       {{u"value"_s, previous}},
                       {{u"value"_s, value}},
                       QString()};
    if (!transaction.isActive() || !m_workspace.settings().setValue(key, QString::number(value))
        || !m_workspace.audit().append(record) || !transaction.commit()) {
        return failure(m_workspace.settings().errorString() + m_workspace.audit().errorString()
                       + m_workspace.database().errorString());
    }
    return {true, false, QString(), {}, {}};
}

ActionOutcome TicketActions::setOathkeeperHours(const QString& entryId, int hours)
{
    if (const auto why = m_workspace.permit(Permission::ChangeSettings, oathkeeperKey(entryId))) {
        return refusal(*why);
    }
    const TaggingEntry* entry = TaggingCatalog::instance().entry(entryId);
    if (!entry || !entry->escalates) {
        return refusal(tr("\"%1\" is not an incident type that escalates with an Oathkeeper TAT.").arg(entryId));
    }
    if (hours < 1 || hours > 24 * 30) {
        return refusal(tr("The Oathkeeper TAT must be from 1 to 720 hours."));
    }
    return writeSetting(oathkeeperKey(entryId), oathkeeperHours(*entry), hours);
}
