#pragma once

#include "agents/Agent.h"
#include "domain/Order.h"
#include "store/StatementCache.h"
#include "tagging/Incident.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// The partner's update an L2 agent records, in the article's words (L2 PROCESS).
enum class PartnerUpdate
{
    CallCompleted,
    CallInProgress,
    CallCancelledCustomerDependency,
};

// One escalation as the L2 queue and the review board list it.
struct EscalationRow
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QDateTime createdAt;
    QDateTime dueAt;
    QDateTime updatedAt;
    QDateTime resolvedAt; // invalid until resolved or closed
    int tatHours = 0;
    QString queueId;
    QString status; // open, in_progress, brand, resolved, closed
    QString entryId;
    QString complaint; // the catalog label: "Delay in Service >> Out of SPD"
    QString orderId;
    QString ticketId;
    std::optional<ServiceLine> line;
    QString escalatedBy; // the agent who tagged the incident
    QString assignee; // the L2 agent working it; empty while nobody took it
    QString reviewNote; // the supervisor's note when returned
    QString customerPhone; // full: mask before showing (Formats::maskPhone)
    QString customerEmail;

    bool isActive() const; // not resolved and not closed: the TAT is still running
    bool isOverdue(const QDateTime& now) const;
    // Breached: resolved after its due time, or still active past it.
    bool breached(const QDateTime& now) const;
};

struct EscalationEvent
{
    qint64 id = 0;
    QDateTime at;
    QString agent;
    QString kind; // take, partner_update, outcall, resolve, brand, approve, return, reassign, close
    QString partnerUpdate;
    QDate newDate;
    QString note;
};

struct EscalationFilter
{
    QString queueId; // empty: every queue
    std::optional<ServiceLine> line;
    bool overdueOnly = false;
    QString escalatedBy;
    QString assignee;
    QStringList statuses; // empty: the active ones (open, in_progress, brand)
    int limit = 5000; // rows for a screen; an export asks for all of them (-1)
};

struct DeskOutcome
{
    bool ok = false;
    bool refused = false;
    QString message;
    bool notFound = false; // refused because there is no such escalation
};

// The L2 desk and the supervisor's review of escalations. Every step checks the agent's
// permission and the escalation's state against the database, then writes the escalation's new
// state, its event and an audit record in one transaction.
class EscalationDesk final
{
    Q_DECLARE_TR_FUNCTIONS(EscalationDesk)

public:
    explicit EscalationDesk(Workspace& workspace);

    // The queue: active ones first, most urgent (earliest due) first; then those waiting for
    // review, the longest waiting first; then closed ones, the latest first.
    // Needs the WorkEscalations permission (L2 and supervisors): *refusal says why not.
    QList<EscalationRow> list(const EscalationFilter& filter, QString* refusal = nullptr);
    std::optional<EscalationRow> find(qint64 id);
    std::optional<EscalationRow> forIncident(qint64 incidentId);
    QList<EscalationEvent> events(qint64 id);

    // L2.
    DeskOutcome take(qint64 id);
    DeskOutcome recordPartnerUpdate(qint64 id, PartnerUpdate update, const QString& reason, QDate newDate);
    DeskOutcome logOutcall(qint64 id, const QString& note);
    DeskOutcome resolve(qint64 id, const QString& note);
    DeskOutcome reescalateToBrand(qint64 id, const QString& note);
    // Supervisor.
    DeskOutcome approve(qint64 id, const QString& note);
    DeskOutcome returnToAgent(qint64 id, const QString& note);
    DeskOutcome reassign(qint64 id, const QString& agentId, const QString& note);
    DeskOutcome close(qint64 id, const QString& note);

    static QString statusName(const QString& status); // translated: "Open", "In progress" …
    static QStringList activeStatuses();
    static QString partnerUpdateName(PartnerUpdate update); // the article's words
    static std::optional<PartnerUpdate> parsePartnerUpdate(const QString& text);
    static QList<PartnerUpdate> partnerUpdates();
    // "2 h 05 min left", "due in 3 days", "overdue by 1 h 10 min".
    static QString countdown(const QDateTime& due, const QDateTime& now);
    // The countdown while the TAT runs; afterwards whether it was resolved in time: "resolved in
    // time", "resolved 6 h 10 min late".
    static QString timing(const EscalationRow& row, const QDateTime& now);

    QString errorString() const { return m_statements.errorString(); }

private:
    struct Change
    {
        QString status; // empty: unchanged
        std::optional<QString> assignee;
        std::optional<QString> reviewNote;
        // What happens to resolved_at: kept, set to now (resolved or closed unresolved), or
        // cleared (returned to the agent: the TAT runs again).
        enum class Resolution
        {
            Keep,
            Set,
            Clear,
        };
        Resolution resolution = Resolution::Keep;
        QString eventKind;
        QString partnerUpdate;
        QDate newDate;
        QString note;
        QString auditAction;
    };
    DeskOutcome apply(const EscalationRow& before, const Change& change, const QString& done);
    // The one escalation the WHERE clause (with one bound value) selects.
    std::optional<EscalationRow> findOne(const QString& key, const QString& where, qint64 value);
    // Loads the escalation and checks the permission; the refusal when either fails.
    std::optional<DeskOutcome> load(qint64 id, Permission permission, EscalationRow& row);
    std::optional<DeskOutcome> checkWorker(const EscalationRow& row);
    // load() for an L2 step, then checkWorker(): the refusal when either says no.
    std::optional<DeskOutcome> loadToWork(qint64 id, EscalationRow& row);
    DeskOutcome refusal(const QString& message) const { return {false, true, message}; }

    Workspace& m_workspace;
    StatementCache m_statements;
};
