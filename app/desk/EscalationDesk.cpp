#include "EscalationDesk.h"

#include "agents/AgentStore.h"
#include "core/DisplayFormat.h"
#include "domain/Codes.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/Workspace.h"
#include "tagging/TaggingCatalog.h"

#include <QJsonObject>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace
{
    const QString rowSelect =
        u"SELECT e.id, e.incident_id, e.created_at, e.due_at, e.updated_at, e.resolved_at, e.tat_hours, e.queue,"
        " e.status, e.entry_id, i.order_id, i.ticket_id, t.service_line, i.agent, e.assignee, e.review_note,"
        " c.phone, o.customer_email"
        " FROM escalations e"
        " JOIN incidents i ON i.id = e.incident_id"
        " JOIN orders o ON o.id = e.order_ref"
        " JOIN customers c ON c.id = o.customer_id"
        " LEFT JOIN tickets t ON t.id = e.ticket_ref"_s;

    QDateTime moment(const QVariant& value)
    {
        return value.isNull() ? QDateTime() : QDateTime::fromSecsSinceEpoch(value.toLongLong(), PolicyClock::zone());
    }

    EscalationRow rowFrom(const QSqlQuery& q)
    {
        EscalationRow row;
        row.id = q.value(0).toLongLong();
        row.incidentId = q.value(1).toLongLong();
        row.createdAt = moment(q.value(2));
        row.dueAt = moment(q.value(3));
        row.updatedAt = moment(q.value(4));
        row.resolvedAt = moment(q.value(5));
        row.tatHours = q.value(6).toInt();
        row.queueId = q.value(7).toString();
        row.status = q.value(8).toString();
        row.entryId = q.value(9).toString();
        const TaggingEntry* entry = TaggingCatalog::instance().entry(row.entryId);
        row.complaint = entry ? entry->label() : row.entryId;
        row.orderId = q.value(10).toString();
        row.ticketId = q.value(11).toString();
        if (!q.value(12).isNull()) {
            row.line = Codes::parseServiceLine(q.value(12).toString());
        }
        row.escalatedBy = q.value(13).toString();
        row.assignee = q.value(14).toString();
        row.reviewNote = q.value(15).toString();
        row.customerPhone = q.value(16).toString();
        row.customerEmail = q.value(17).toString();
        return row;
    }
} // namespace

bool EscalationRow::isActive() const
{
    return status != u"resolved" && status != u"closed";
}

bool EscalationRow::isOverdue(const QDateTime& now) const
{
    return isActive() && dueAt < now;
}

bool EscalationRow::breached(const QDateTime& now) const
{
    return isActive() ? dueAt < now : (resolvedAt.isValid() && resolvedAt > dueAt);
}

EscalationDesk::EscalationDesk(Workspace& workspace)
    : m_workspace(workspace)
    , m_statements(workspace.database())
{ }

QStringList EscalationDesk::activeStatuses()
{
    return {u"open"_s, u"in_progress"_s, u"brand"_s};
}

QString EscalationDesk::statusName(const QString& status)
{
    if (status == u"open") {
        return tr("Open");
    }
    if (status == u"in_progress") {
        return tr("In progress");
    }
    if (status == u"brand") {
        return tr("With the brand");
    }
    if (status == u"resolved") {
        return tr("Waiting for review");
    }
    if (status == u"closed") {
        return tr("Closed");
    }
    return status;
}

QString EscalationDesk::partnerUpdateName(PartnerUpdate update)
{
    switch (update) {
    case PartnerUpdate::CallCompleted:
        return u"Call Completed"_s;
    case PartnerUpdate::CallInProgress:
        return u"Call In Progress"_s;
    case PartnerUpdate::CallCancelledCustomerDependency:
        return u"Call Cancelled due to Customer Dependency"_s;
    }
    return {};
}

QList<PartnerUpdate> EscalationDesk::partnerUpdates()
{
    return {PartnerUpdate::CallCompleted, PartnerUpdate::CallInProgress,
            PartnerUpdate::CallCancelledCustomerDependency};
}

std::optional<PartnerUpdate> EscalationDesk::parsePartnerUpdate(const QString& text)
{
    const QString wanted = text.simplified();
    for (const PartnerUpdate update : partnerUpdates()) {
        if (partnerUpdateName(update).compare(wanted, Qt::CaseInsensitive) == 0) {
            return update;
        }
    }
    // Short forms for scripts: completed, in_progress, cancelled.
    if (wanted.compare(u"completed"_s, Qt::CaseInsensitive) == 0) {
        return PartnerUpdate::CallCompleted;
    }
    if (wanted.compare(u"in_progress"_s, Qt::CaseInsensitive) == 0
        || wanted.compare(u"in progress"_s, Qt::CaseInsensitive) == 0) {
        return PartnerUpdate::CallInProgress;
    }
    if (wanted.compare(u"cancelled"_s, Qt::CaseInsensitive) == 0) {
        return PartnerUpdate::CallCancelledCustomerDependency;
    }
    return std::nullopt;
}

QString EscalationDesk::countdown(const QDateTime& due, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(due);
    const qint64 magnitude = std::abs(seconds);
    const qint64 days = magnitude / 86400;
    const qint64 hours = (magnitude % 86400) / 3600;
    const qint64 minutes = (magnitude % 3600) / 60;
    QString span;
    if (days > 0) {
        span = tr("%1 d %2 h").arg(days).arg(hours);
    } else if (hours > 0) {
        span = tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    } else {
        span = tr("%1 min").arg(std::max<qint64>(minutes, seconds >= 0 ? 0 : 1));
    }
    return seconds >= 0 ? tr("%1 left").arg(span) : tr("overdue by %1").arg(span);
}

QString EscalationDesk::timing(const EscalationRow& row, const QDateTime& now)
{
    if (row.isActive()) {
        return countdown(row.dueAt, now);
    }
    if (!row.resolvedAt.isValid() || row.resolvedAt <= row.dueAt) {
        return tr("resolved in time");
    }
    // "overdue by 6 h 10 min" measured at the resolution, said as lateness.
    const QString late = countdown(row.dueAt, row.resolvedAt);
    return tr("resolved late (%1)").arg(late);
}

QList<EscalationRow> EscalationDesk::list(const EscalationFilter& filter, QString* refusal)
{
    QList<EscalationRow> rows;
    if (const auto why = m_workspace.permit(Permission::WorkEscalations, tr("open the escalation queue"))) {
        if (refusal) {
            *refusal = *why;
        }
        return rows;
    }
    m_statements.clearError();
    QSqlQuery* q = m_statements.get(
        u"list"_s, rowSelect
                       + u" WHERE instr(:statuses, ',' || e.status || ',') > 0"
                         " AND (coalesce(:queue, '') = '' OR e.queue = :queue)"
                         " AND (coalesce(:line, '') = '' OR t.service_line = :line)"
                         " AND (coalesce(:by, '') = '' OR i.agent = :by COLLATE NOCASE)"
                         " AND (coalesce(:assignee, '') = '' OR e.assignee = :assignee COLLATE NOCASE)"
                         " AND (:overdue = 0 OR (e.due_at < :now AND e.status NOT IN ('resolved', 'closed')))"
                         " ORDER BY CASE e.status WHEN 'closed' THEN 2 WHEN 'resolved' THEN 1 ELSE 0 END,"
                         // active: most urgent first; waiting for review: first come, first
                         // reviewed; closed: the latest first
                         " CASE e.status WHEN 'closed' THEN -coalesce(e.resolved_at, e.updated_at, 0)"
                         " WHEN 'resolved' THEN coalesce(e.resolved_at, 0) ELSE e.due_at END, e.id"
                         " LIMIT :limit"_s);
    if (!q) {
        return rows;
    }
    const QStringList statuses = filter.statuses.isEmpty() ? activeStatuses() : filter.statuses;
    q->bindValue(u":statuses"_s, QString(u","_s + statuses.join(u',') + u","_s));
    q->bindValue(u":queue"_s, filter.queueId);
    q->bindValue(u":line"_s, filter.line ? Codes::serviceLine(*filter.line) : QString());
    q->bindValue(u":by"_s, filter.escalatedBy.trimmed());
    q->bindValue(u":assignee"_s, filter.assignee.trimmed());
    q->bindValue(u":overdue"_s, filter.overdueOnly ? 1 : 0);
    q->bindValue(u":now"_s, m_workspace.clock().now().toSecsSinceEpoch());
    q->bindValue(u":limit"_s, filter.limit); // SQLite reads a negative LIMIT as no limit
    if (!m_statements.exec(q)) {
        return rows;
    }
    while (q->next()) {
        rows.append(rowFrom(*q));
    }
    q->finish();
    return rows;
}

std::optional<EscalationRow> EscalationDesk::findOne(const QString& key, const QString& where, qint64 value)
{
    m_statements.clearError();
    QSqlQuery* q = m_statements.get(key, rowSelect + where);
    if (!q) {
        return std::nullopt;
    }
    q->addBindValue(value);
    if (!m_statements.exec(q)) {
        return std::nullopt;
    }
    std::optional<EscalationRow> row;
    if (q->next()) {
        row = rowFrom(*q);
    }
    q->finish();
    return row;
}

std::optional<EscalationRow> EscalationDesk::find(qint64 id)
{
    return findOne(u"find"_s, u" WHERE e.id = ?"_s, id);
}

std::optional<EscalationRow> EscalationDesk::forIncident(qint64 incidentId)
{
    return findOne(u"forIncident"_s, u" WHERE e.incident_id = ?"_s, incidentId);
}

QList<EscalationEvent> EscalationDesk::events(qint64 id)
{
    QList<EscalationEvent> events;
    m_statements.clearError();
    QSqlQuery* q = m_statements.get(u"events"_s, u"SELECT id, at, agent, kind, partner_update, new_date, note"
                                                 " FROM escalation_events WHERE escalation_id = ? ORDER BY at, id"_s);
    if (!q) {
        return events;
    }
    q->addBindValue(id);
    if (!m_statements.exec(q)) {
        return events;
    }
    while (q->next()) {
        EscalationEvent e;
        e.id = q->value(0).toLongLong();
        e.at = moment(q->value(1));
        e.agent = q->value(2).toString();
        e.kind = q->value(3).toString();
        e.partnerUpdate = q->value(4).toString();
        e.newDate = QDate::fromString(q->value(5).toString(), Qt::ISODate);
        e.note = q->value(6).toString();
        events.append(e);
    }
    q->finish();
    return events;
}

std::optional<DeskOutcome> EscalationDesk::load(qint64 id, Permission permission, EscalationRow& row)
{
    if (!m_workspace.isOpen()) {
        return DeskOutcome{false, false, tr("No database is open.")};
    }
    if (const auto why = m_workspace.permit(permission, tr("escalation %1").arg(id))) {
        return refusal(*why);
    }
    const std::optional<EscalationRow> found = find(id);
    if (!found) {
        if (m_statements.hasError()) {
            return DeskOutcome{false, false, m_statements.errorString()};
        }
        DeskOutcome missing = refusal(tr("There is no escalation %1.").arg(id));
        missing.notFound = true;
        return missing;
    }
    row = *found;
    return std::nullopt;
}

std::optional<DeskOutcome> EscalationDesk::loadToWork(qint64 id, EscalationRow& row)
{
    if (auto stop = load(id, Permission::WorkEscalations, row)) {
        return stop;
    }
    return checkWorker(row);
}

// The L2 agent working an escalation is the one who took it (a supervisor may step in).
std::optional<DeskOutcome> EscalationDesk::checkWorker(const EscalationRow& row)
{
    if (!row.isActive()) {
        return refusal(tr("Escalation %1 is %2: nothing more can be recorded on it.")
                           .arg(row.id)
                           .arg(statusName(row.status).toLower()));
    }
    const QString me = m_workspace.agent();
    const bool supervisor = m_workspace.may(Permission::ReviewEscalations);
    if (row.assignee.isEmpty()) {
        return refusal(tr("Take escalation %1 first: then it is yours to work.").arg(row.id));
    }
    if (row.assignee.compare(me, Qt::CaseInsensitive) != 0 && !supervisor) {
        return refusal(
            tr("Escalation %1 is being worked by %2; a supervisor can reassign it.").arg(row.id).arg(row.assignee));
    }
    return std::nullopt;
}

DeskOutcome EscalationDesk::apply(const EscalationRow& before, const Change& change, const QString& done)
{
    const QDateTime now = m_workspace.clock().now();
    const QString me = m_workspace.agent();
    Database& db = m_workspace.database();
    if (!db.begin()) {
        return {false, false, tr("The change could not be saved: %1").arg(db.errorString())};
    }
    const QString status = change.status.isEmpty() ? before.status : change.status;
    const QString assignee = change.assignee.value_or(before.assignee);
    const QString reviewNote = change.reviewNote.value_or(before.reviewNote);
    bool ok = true;
    {
        QSqlQuery* q = m_statements.get(
            u"update"_s, u"UPDATE escalations SET status = ?, assignee = ?, review_note = ?, updated_at = ?,"
                         " resolved_at = CASE ? WHEN 1 THEN ? WHEN 2 THEN NULL ELSE resolved_at END"
                         // Only if nobody changed it since it was read and checked: two L2 agents
                         // taking the same escalation at once, or two supervisors reviewing it.
                         " WHERE id = ? AND status = ? AND coalesce(assignee, '') = ?"
                         " AND coalesce(updated_at, -1) = ?"_s);
        if (q) {
            q->addBindValue(status);
            q->addBindValue(assignee.isEmpty() ? QVariant() : QVariant(assignee));
            q->addBindValue(reviewNote.isEmpty() ? QVariant() : QVariant(reviewNote));
            q->addBindValue(now.toSecsSinceEpoch());
            q->addBindValue(change.resolution == Change::Resolution::Set     ? 1
                            : change.resolution == Change::Resolution::Clear ? 2
                                                                             : 0);
            q->addBindValue(now.toSecsSinceEpoch());
            q->addBindValue(before.id);
            q->addBindValue(before.status);
            q->addBindValue(before.assignee.isEmpty() ? u""_s : before.assignee); // a null QString binds NULL
            q->addBindValue(before.updatedAt.isValid() ? before.updatedAt.toSecsSinceEpoch() : qint64(-1));
        }
        ok = m_statements.exec(q);
        if (ok && q->numRowsAffected() != 1) {
            db.rollback();
            const std::optional<EscalationRow> current = find(before.id);
            return refusal(tr("Escalation %1 was changed by %2 a moment ago (it is now %3); look at it again.")
                               .arg(before.id)
                               .arg(current && !current->assignee.isEmpty() ? current->assignee : tr("someone else"))
                               .arg(current ? statusName(current->status).toLower() : tr("gone")));
        }
    }
    if (ok) {
        QSqlQuery* q = m_statements.get(
            u"event"_s, u"INSERT INTO escalation_events (escalation_id, at, agent, kind, partner_update,"
                        " new_date, note) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        if (q) {
            q->addBindValue(before.id);
            q->addBindValue(now.toSecsSinceEpoch());
            q->addBindValue(me);
            q->addBindValue(change.eventKind);
            q->addBindValue(change.partnerUpdate.isEmpty() ? QVariant() : QVariant(change.partnerUpdate));
            q->addBindValue(change.newDate.isValid() ? QVariant(change.newDate.toString(Qt::ISODate)) : QVariant());
            q->addBindValue(change.note.isEmpty() ? QVariant() : QVariant(change.note));
        }
        ok = m_statements.exec(q);
    }
    if (ok) {
        AuditRecord record;
        record.at = now;
        record.agent = me;
        record.action = change.auditAction;
        record.entity = u"escalation"_s;
        record.entityId = QString::number(before.id);
        record.orderId = before.orderId;
        record.before = QJsonObject{{u"status"_s, before.status}, {u"assignee"_s, before.assignee}};
        QJsonObject after{{u"status"_s, status}, {u"assignee"_s, assignee}};
        if (!change.partnerUpdate.isEmpty()) {
            after.insert(u"partner_update"_s, change.partnerUpdate);
        }
        if (change.newDate.isValid()) {
            after.insert(u"new_date"_s, change.newDate.toString(Qt::ISODate));
        }
        record.after = after;
        record.detail = change.note;
        ok = m_workspace.audit().append(record);
    }
    if (!ok || !db.commit()) {
        const QString why = m_statements.hasError()                        ? m_statements.errorString()
                            : !m_workspace.audit().errorString().isEmpty() ? m_workspace.audit().errorString()
                                                                           : db.errorString();
        db.rollback();
        return {false, false, tr("The change could not be saved: %1").arg(why)};
    }
    return {true, false, done};
}

DeskOutcome EscalationDesk::take(qint64 id)
{
    EscalationRow row;
    if (auto stop = load(id, Permission::WorkEscalations, row)) {
        return *stop;
    }
    if (!row.isActive()) {
        return refusal(
            tr("Escalation %1 is %2: there is nothing to take.").arg(id).arg(statusName(row.status).toLower()));
    }
    const QString me = m_workspace.agent();
    if (!row.assignee.isEmpty()) {
        if (row.assignee.compare(me, Qt::CaseInsensitive) == 0) {
            return {true, false, tr("Escalation %1 is already yours.").arg(id)};
        }
        return refusal(
            tr("Escalation %1 is being worked by %2; a supervisor can reassign it.").arg(id).arg(row.assignee));
    }
    Change change;
    change.status = u"in_progress"_s;
    change.assignee = me;
    change.eventKind = u"take"_s;
    change.auditAction = u"take_escalation"_s;
    return apply(row, change, tr("Escalation %1 is yours: due %2.").arg(id).arg(DisplayFormat::dateTime(row.dueAt)));
}

DeskOutcome EscalationDesk::recordPartnerUpdate(qint64 id, PartnerUpdate update, const QString& reason, QDate newDate)
{
    EscalationRow row;
    if (auto stop = loadToWork(id, row)) {
        return *stop;
    }
    const QString why = reason.trimmed();
    if (update == PartnerUpdate::CallInProgress) {
        if (!newDate.isValid()) {
            return refusal(tr("Call In Progress needs the new date the partner gave."));
        }
        if (newDate < m_workspace.clock().today()) {
            return refusal(tr("The new date %1 is in the past.").arg(DisplayFormat::date(newDate)));
        }
    }
    if (update == PartnerUpdate::CallCancelledCustomerDependency && why.isEmpty()) {
        return refusal(tr("Call Cancelled due to Customer Dependency needs the reason the partner gave."));
    }
    Change change;
    change.eventKind = u"partner_update"_s;
    change.partnerUpdate = partnerUpdateName(update);
    change.newDate = update == PartnerUpdate::CallInProgress ? newDate : QDate();
    change.note = why;
    change.auditAction = u"partner_update"_s;
    return apply(row, change, tr("Recorded: %1.").arg(partnerUpdateName(update)));
}

DeskOutcome EscalationDesk::logOutcall(qint64 id, const QString& note)
{
    EscalationRow row;
    if (auto stop = loadToWork(id, row)) {
        return *stop;
    }
    if (note.trimmed().isEmpty()) {
        return refusal(tr("Write what was said on the outcall (or that the customer did not answer)."));
    }
    Change change;
    change.eventKind = u"outcall"_s;
    change.note = note.trimmed();
    change.auditAction = u"outcall"_s;
    return apply(row, change, tr("Outcall logged on escalation %1.").arg(id));
}

DeskOutcome EscalationDesk::resolve(qint64 id, const QString& note)
{
    EscalationRow row;
    if (auto stop = loadToWork(id, row)) {
        return *stop;
    }
    if (note.trimmed().isEmpty()) {
        return refusal(tr("Write how the escalation was resolved: the supervisor reviews it."));
    }
    Change change;
    change.status = u"resolved"_s;
    change.resolution = Change::Resolution::Set;
    change.reviewNote = QString();
    change.eventKind = u"resolve"_s;
    change.note = note.trimmed();
    change.auditAction = u"resolve_escalation"_s;
    return apply(row, change, tr("Escalation %1 resolved; it waits for the supervisor's review.").arg(id));
}

DeskOutcome EscalationDesk::reescalateToBrand(qint64 id, const QString& note)
{
    EscalationRow row;
    if (auto stop = loadToWork(id, row)) {
        return *stop;
    }
    if (row.status == u"brand") {
        return refusal(tr("Escalation %1 is already with the brand.").arg(id));
    }
    if (note.trimmed().isEmpty()) {
        return refusal(tr("Write why it goes to the brand and what was raised with them."));
    }
    Change change;
    change.status = u"brand"_s;
    change.eventKind = u"brand"_s;
    change.note = note.trimmed();
    change.auditAction = u"escalate_to_brand"_s;
    return apply(row, change, tr("Escalation %1 re-escalated to the brand.").arg(id));
}

DeskOutcome EscalationDesk::approve(qint64 id, const QString& note)
{
    EscalationRow row;
    if (auto stop = load(id, Permission::ReviewEscalations, row)) {
        return *stop;
    }
    if (row.status != u"resolved") {
        return refusal(
            tr("Only a resolved escalation can be approved; %1 is %2.").arg(id).arg(statusName(row.status).toLower()));
    }
    Change change;
    change.status = u"closed"_s;
    change.eventKind = u"approve"_s;
    change.note = note.trimmed();
    change.auditAction = u"approve_escalation"_s;
    return apply(row, change, tr("Escalation %1 approved and closed.").arg(id));
}

DeskOutcome EscalationDesk::returnToAgent(qint64 id, const QString& note)
{
    EscalationRow row;
    if (auto stop = load(id, Permission::ReviewEscalations, row)) {
        return *stop;
    }
    if (row.status != u"resolved") {
        return refusal(
            tr("Only a resolved escalation can be returned; %1 is %2.").arg(id).arg(statusName(row.status).toLower()));
    }
    if (note.trimmed().isEmpty()) {
        return refusal(tr("Write what the agent must do: the note goes back with the escalation."));
    }
    Change change;
    change.status = u"in_progress"_s;
    change.resolution = Change::Resolution::Clear; // not resolved any more: the TAT counts again
    change.reviewNote = note.trimmed();
    change.eventKind = u"return"_s;
    change.note = note.trimmed();
    change.auditAction = u"return_escalation"_s;
    return apply(row, change,
                 tr("Escalation %1 returned to %2 with your note.")
                     .arg(id)
                     .arg(row.assignee.isEmpty() ? tr("the queue") : row.assignee));
}

DeskOutcome EscalationDesk::reassign(qint64 id, const QString& agentId, const QString& note)
{
    EscalationRow row;
    if (auto stop = load(id, Permission::ReviewEscalations, row)) {
        return *stop;
    }
    if (row.status == u"closed") {
        return refusal(tr("Escalation %1 is closed.").arg(id));
    }
    const std::optional<Agent> agent = m_workspace.agents().find(agentId);
    if (!agent || agent->disabled) {
        return refusal(tr("There is no active agent %1.").arg(agentId));
    }
    if (!Roles::allows(agent->role, Permission::WorkEscalations)) {
        return refusal(tr("%1 is an %2 and cannot work escalations: choose an L2 agent or a supervisor.")
                           .arg(agent->id, Roles::displayName(agent->role)));
    }
    if (row.assignee.compare(agent->id, Qt::CaseInsensitive) == 0) {
        return refusal(tr("Escalation %1 is already assigned to %2.").arg(id).arg(agent->id));
    }
    Change change;
    change.status = row.status == u"open" ? u"in_progress"_s : QString();
    change.assignee = agent->id;
    change.eventKind = u"reassign"_s;
    change.note =
        note.trimmed().isEmpty() ? tr("to %1").arg(agent->id) : tr("to %1: %2").arg(agent->id, note.trimmed());
    change.auditAction = u"reassign_escalation"_s;
    return apply(row, change, tr("Escalation %1 reassigned to %2.").arg(id).arg(agent->id));
}

DeskOutcome EscalationDesk::close(qint64 id, const QString& note)
{
    EscalationRow row;
    if (auto stop = load(id, Permission::ReviewEscalations, row)) {
        return *stop;
    }
    if (row.status == u"closed") {
        return refusal(tr("Escalation %1 is already closed.").arg(id));
    }
    if (note.trimmed().isEmpty()) {
        return refusal(tr("Write why the escalation is closed."));
    }
    Change change;
    change.status = u"closed"_s;
    change.resolution = row.resolvedAt.isValid() ? Change::Resolution::Keep : Change::Resolution::Set;
    change.eventKind = u"close"_s;
    change.note = note.trimmed();
    change.auditAction = u"close_escalation"_s;
    return apply(row, change, tr("Escalation %1 closed.").arg(id));
}
