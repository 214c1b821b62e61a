#include "Dashboard.h"

#include "agents/Agent.h"
#include "core/PolicyClock.h"
#include "store/StatementCache.h"
#include "store/Workspace.h"
#include "supervisor/TaggingQa.h"
#include "tagging/TaggingCatalog.h"

#include <QHash>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace
{
    constexpr qint64 IstOffsetSeconds = 19800; // UTC+05:30: a day's number is (seconds + offset) / 86400

    qint64 dayStart(QDate day)
    {
        return QDateTime(day, QTime(0, 0), PolicyClock::zone()).toSecsSinceEpoch();
    }

    QDate dayOf(qint64 number)
    {
        return QDate(1970, 1, 1).addDays(number);
    }
} // namespace

std::optional<QString> Dashboard::load(Workspace& workspace, QDate from, QDate to, DashboardData* data)
{
    if (const auto why = workspace.permit(Permission::ViewDashboard, tr("open the dashboard"))) {
        return why;
    }
    if (!from.isValid() || !to.isValid() || to < from) {
        return tr("Choose a period: the first day on or before the last.");
    }
    if (from.daysTo(to) >= MaxDays) {
        return tr("Choose a period of at most %1 days.").arg(MaxDays);
    }
    DashboardData d;
    d.from = from;
    d.to = to;
    const qint64 start = dayStart(from);
    const qint64 end = dayStart(to.addDays(1));
    const qint64 now = workspace.clock().now().toSecsSinceEpoch();
    QHash<QDate, qsizetype> dayIndex;
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        dayIndex.insert(day, d.days.size());
        d.days.append({day, 0, 0, 0});
    }

    StatementCache statements(workspace.database());
    auto run = [&](const QString& key, const QString& sql, const QVariantList& values) -> QSqlQuery* {
        QSqlQuery* q = statements.get(key, sql);
        if (!q) {
            return nullptr;
        }
        for (const QVariant& value : values) {
            q->addBindValue(value);
        }
        return statements.exec(q) ? q : nullptr;
    };

    if (QSqlQuery* q = run(u"perDay"_s,
                           u"SELECT (created_at + ?) / 86400, disposition, count(*) FROM incidents"
                           " WHERE created_at >= ? AND created_at < ? GROUP BY 1, 2"_s,
                           {IstOffsetSeconds, start, end})) {
        while (q->next()) {
            const auto it = dayIndex.constFind(dayOf(q->value(0).toLongLong()));
            if (it == dayIndex.constEnd()) {
                continue;
            }
            const int count = q->value(2).toInt();
            (q->value(1).toString() == u"Resolved" ? d.days[*it].resolved : d.days[*it].unresolved) += count;
            d.incidents += count;
        }
    } else {
        return statements.errorString();
    }

    if (QSqlQuery* q = run(u"breaches"_s,
                           u"SELECT (due_at + ?) / 86400, count(*) FROM escalations"
                           " WHERE due_at >= ? AND due_at < ?"
                           " AND ((status NOT IN ('resolved', 'closed') AND due_at < ?)"
                           "      OR (resolved_at IS NOT NULL AND resolved_at > due_at))"
                           " GROUP BY 1"_s,
                           {IstOffsetSeconds, start, end, now})) {
        while (q->next()) {
            const auto it = dayIndex.constFind(dayOf(q->value(0).toLongLong()));
            if (it != dayIndex.constEnd()) {
                d.days[*it].breaches = q->value(1).toInt();
            }
        }
    } else {
        return statements.errorString();
    }

    if (QSqlQuery* q = run(u"queues"_s,
                           u"SELECT queue, count(*) FROM incidents WHERE created_at >= ? AND created_at < ?"
                           " GROUP BY queue ORDER BY 2 DESC, 1"_s,
                           {start, end})) {
        while (q->next()) {
            const QString id = q->value(0).toString();
            const TaggingQueue* queue = TaggingCatalog::instance().queue(id);
            d.queues.append({id, queue ? queue->name : id, q->value(1).toInt()});
        }
    } else {
        return statements.errorString();
    }

    QHash<QString, qsizetype> agentIndex;
    if (QSqlQuery* q = run(u"agents"_s,
                           u"SELECT agent, count(*), avg(handle_seconds) FROM incidents"
                           " WHERE created_at >= ? AND created_at < ? GROUP BY agent ORDER BY agent"_s,
                           {start, end})) {
        while (q->next()) {
            DashboardData::AgentFigures figures;
            figures.agent = q->value(0).toString();
            figures.incidents = q->value(1).toInt();
            figures.averageHandleSeconds = q->value(2).isNull() ? -1 : q->value(2).toDouble();
            agentIndex.insert(figures.agent.toLower(), d.agents.size());
            d.agents.append(figures);
        }
    } else {
        return statements.errorString();
    }
    TaggingQa qa(workspace);
    for (const AgentAccuracy& accuracy : qa.accuracy(from, to)) {
        const auto it = agentIndex.constFind(accuracy.agent.toLower());
        if (it != agentIndex.constEnd()) {
            d.agents[*it].reviewed = accuracy.reviewed;
            d.agents[*it].correct = accuracy.correct;
        }
    }

    if (QSqlQuery* q =
            run(u"escalations"_s,
                u"SELECT (SELECT count(*) FROM escalations WHERE created_at >= ? AND created_at < ?),"
                " (SELECT count(*) FROM escalations WHERE status NOT IN ('resolved', 'closed')),"
                " (SELECT count(*) FROM escalations WHERE status NOT IN ('resolved', 'closed') AND due_at < ?)"_s,
                {start, end, now})) {
        if (q->next()) {
            d.escalations = q->value(0).toInt();
            d.activeEscalations = q->value(1).toInt();
            d.overdueEscalations = q->value(2).toInt();
        }
        q->finish();
    } else {
        return statements.errorString();
    }
    *data = d;
    return std::nullopt;
}
