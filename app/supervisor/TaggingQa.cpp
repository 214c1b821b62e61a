#include "TaggingQa.h"

#include "agents/Agent.h"
#include "core/PolicyClock.h"
#include "store/AuditLog.h"
#include "store/Database.h"
#include "store/IncidentStore.h"
#include "store/Workspace.h"

#include <QJsonObject>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace
{
    // Unix seconds of the start of an IST day; for an invalid day, an open bound.
    qint64 dayStart(QDate day, qint64 fallback)
    {
        return day.isValid() ? QDateTime(day, QTime(0, 0), PolicyClock::zone()).toSecsSinceEpoch() : fallback;
    }
} // namespace

TaggingQa::TaggingQa(Workspace& workspace)
    : m_workspace(workspace)
    , m_statements(workspace.database())
{ }

QList<QaRow> TaggingQa::list(const QaFilter& filter, QString* refusal, int limit)
{
    QList<QaRow> rows;
    if (const auto why = m_workspace.permit(Permission::TaggingQa, tr("open tagging QA"))) {
        if (refusal) {
            *refusal = *why;
        }
        return rows;
    }
    m_statements.clearError();
    QSqlQuery* q = m_statements.get(u"list"_s, u"SELECT i.id, r.correct, r.correct_entry_id, r.reviewer, r.note"
                                               " FROM incidents i LEFT JOIN tagging_reviews r ON r.incident_id = i.id"
                                               " WHERE i.created_at >= :from AND i.created_at < :to"
                                               " AND (coalesce(:agent, '') = '' OR i.agent = :agent COLLATE NOCASE)"
                                               " AND (:unreviewed = 0 OR r.id IS NULL)"
                                               " ORDER BY i.created_at DESC, i.id DESC LIMIT :limit"_s);
    if (!q) {
        return rows;
    }
    q->bindValue(u":from"_s, dayStart(filter.from, 0));
    q->bindValue(u":to"_s,
                 dayStart(filter.to.isValid() ? filter.to.addDays(1) : QDate(), std::numeric_limits<qint64>::max()));
    q->bindValue(u":agent"_s, filter.agent.trimmed());
    q->bindValue(u":unreviewed"_s, filter.unreviewedOnly ? 1 : 0);
    q->bindValue(u":limit"_s, limit);
    if (!m_statements.exec(q)) {
        return rows;
    }
    struct Review
    {
        qint64 id;
        QVariant correct;
        QString entry;
        QString reviewer;
        QString note;
    };
    QList<Review> reviews;
    while (q->next()) {
        reviews.append({q->value(0).toLongLong(), q->value(1), q->value(2).toString(), q->value(3).toString(),
                        q->value(4).toString()});
    }
    q->finish();
    IncidentStore& incidents = m_workspace.incidents();
    for (const Review& r : std::as_const(reviews)) {
        std::optional<Incident> incident = incidents.find(r.id);
        if (!incident) {
            continue;
        }
        QaRow row;
        row.incident = *incident;
        if (!r.correct.isNull()) {
            row.correct = r.correct.toInt() != 0;
        }
        row.correctEntryId = r.entry;
        row.reviewer = r.reviewer;
        row.note = r.note;
        rows.append(row);
    }
    return rows;
}

QaOutcome TaggingQa::markCorrect(qint64 incidentId, const QString& note)
{
    return review(incidentId, true, QString(), note);
}

QaOutcome TaggingQa::markIncorrect(qint64 incidentId, const QString& correctEntryId, const QString& note)
{
    return review(incidentId, false, correctEntryId, note);
}

QaOutcome TaggingQa::review(qint64 incidentId, bool correct, const QString& correctEntryId, const QString& note)
{
    if (const auto why = m_workspace.permit(Permission::TaggingQa, tr("review incident %1").arg(incidentId))) {
        return {false, true, *why};
    }
    const std::optional<Incident> incident = m_workspace.incidents().find(incidentId);
    if (!incident) {
        return {false, true, tr("There is no incident %1.").arg(incidentId)};
    }
    const TaggingEntry* right = nullptr;
    if (!correct) {
        right = TaggingCatalog::instance().entry(correctEntryId);
        if (!right) {
            return {false, true, tr("Choose the tagging the incident should have had.")};
        }
        if (right->id == incident->entryId) {
            return {false, true, tr("That is the tagging it has: mark it correct instead.")};
        }
    }
    const QDateTime now = m_workspace.clock().now();
    Database& db = m_workspace.database();
    if (!db.begin()) {
        return {false, false, tr("The review could not be saved: %1").arg(db.errorString())};
    }
    QSqlQuery* q = m_statements.get(
        u"review"_s, u"INSERT INTO tagging_reviews (incident_id, at, reviewer, correct, correct_entry_id, note)"
                     " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET at = excluded.at,"
                     " reviewer = excluded.reviewer, correct = excluded.correct,"
                     " correct_entry_id = excluded.correct_entry_id, note = excluded.note"_s);
    if (q) {
        q->addBindValue(incidentId);
        q->addBindValue(now.toSecsSinceEpoch());
        q->addBindValue(m_workspace.agent());
        q->addBindValue(correct ? 1 : 0);
        q->addBindValue(right ? QVariant(right->id) : QVariant());
        q->addBindValue(note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed()));
    }
    bool ok = m_statements.exec(q);
    if (ok) {
        AuditRecord record;
        record.at = now;
        record.agent = m_workspace.agent();
        record.action = u"tagging_review"_s;
        record.entity = u"incident"_s;
        record.entityId = QString::number(incidentId);
        record.orderId = incident->orderId;
        record.before = QJsonObject{{u"tagging"_s, incident->entryId}, {u"agent"_s, incident->agent}};
        QJsonObject after{{u"correct"_s, correct}};
        if (right) {
            after.insert(u"right_tagging"_s, right->id);
        }
        record.after = after;
        record.detail = note.trimmed();
        ok = m_workspace.audit().append(record);
    }
    if (!ok || !db.commit()) {
        const QString why = m_statements.hasError() ? m_statements.errorString() : db.errorString();
        db.rollback();
        return {false, false, tr("The review could not be saved: %1").arg(why)};
    }
    return {true, false,
            correct ? tr("Incident %1: tagging correct.").arg(incidentId)
                    : tr("Incident %1: tagging wrong; it should have been %2.").arg(incidentId).arg(right->label())};
}

QList<AgentAccuracy> TaggingQa::accuracy(QDate from, QDate to, QString* refusal)
{
    QList<AgentAccuracy> result;
    if (const auto why = m_workspace.permit(Permission::TaggingQa, tr("read tagging accuracy"))) {
        if (refusal) {
            *refusal = *why;
        }
        return result;
    }
    m_statements.clearError();
    QSqlQuery* q = m_statements.get(u"accuracy"_s, u"SELECT i.agent, count(r.id), coalesce(sum(r.correct), 0)"
                                                   " FROM incidents i JOIN tagging_reviews r ON r.incident_id = i.id"
                                                   " WHERE i.created_at >= ? AND i.created_at < ?"
                                                   " GROUP BY i.agent ORDER BY i.agent"_s);
    if (!q) {
        return result;
    }
    q->addBindValue(dayStart(from, 0));
    q->addBindValue(dayStart(to.isValid() ? to.addDays(1) : QDate(), std::numeric_limits<qint64>::max()));
    if (!m_statements.exec(q)) {
        return result;
    }
    while (q->next()) {
        result.append({q->value(0).toString(), q->value(1).toInt(), q->value(2).toInt()});
    }
    q->finish();
    return result;
}
