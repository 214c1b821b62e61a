#include "TestData.h"

#include "actions/TicketActions.h"
#include "core/AppInfo.h"
#include "store/AuditLog.h"
#include "store/IncidentStore.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
    const QString delayed = u"OD428012345678901234"_s; // FHS1000000001 completed 21-Oct (day 30); FHS1000000002 open
    const QString newOrder = u"OD428012345678901235"_s; // FHS1000000003 CREATED
    const QString noTicket = u"OD428012345678901236"_s;

    IncidentDraft draft(const QString& orderId, const QString& ticketId, const QString& entryId,
                        const QString& remarks = u"Customer called; explained."_s)
    {
        IncidentDraft d;
        d.orderId = orderId;
        d.ticketId = ticketId;
        d.entryId = entryId;
        d.remarks = remarks;
        d.handleSeconds = 95;
        return d;
    }
} // namespace

class TestTicketActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { AppInfo::installTranslations(u"en"_s); }
    void init();
    void cleanup();

    void tagWritesIncidentAndAudit();
    void tagRefusesWhatIsMissing_data();
    void tagRefusesWhatIsMissing();
    void entriesWithAnActionGoThroughTheAction();
    void cancellationRequestOnATicketNotInCancelInitiated();
    void escalationHasOathkeeperDueTime();
    void escalationIsNotDuplicated();
    void oathkeeperHoursAreConfigurable();
    void orderLevelIncident();

    void rescheduleChangesTicketAndLogs();
    void rescheduleRules_data();
    void rescheduleRules();
    void reopenWithinThirtyDays();
    void reopenRules_data();
    void reopenRules();
    void cancelOnlyWhenCancelInitiated();
    void cancelKeepsTheReason();

    void failureInTheMiddleLeavesNothing_data();
    void failureInTheMiddleLeavesNothing();
    void auditLogIsAppendOnly();
    void revealIsAudited();

private:
    void setStatus(const QString& ticketId, const QString& status, const QString& subStatus);
    QList<QVariantList> dump();
    int rows(const QString& table);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<TicketActions> m_actions;
};

void TestTicketActions::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_workspace = std::make_unique<Workspace>(PolicyClock::pinnedTo(TestData::today()));
    QVERIFY(m_workspace->open(m_dir->filePath(u"actions.sqlite"_s)));
    m_workspace->setAgent(TestData::agent(u"l1.priya"_s));
    for (int i = 0; i < 4; ++i) {
        QVERIFY(m_workspace->orders().upsert(TestData::order(i)));
    }
    m_actions = std::make_unique<TicketActions>(*m_workspace);
}

void TestTicketActions::cleanup()
{
    m_actions.reset();
    m_workspace.reset();
    m_dir.reset();
}

void TestTicketActions::setStatus(const QString& ticketId, const QString& status, const QString& subStatus)
{
    const auto location = m_workspace->orders().locateTicket(ticketId);
    QVERIFY(location);
    QVERIFY(m_workspace->orders().updateTicketStatus(location->ticketRef, status, subStatus));
}

int TestTicketActions::rows(const QString& table)
{
    QSqlQuery query(m_workspace->database().connection());
    if (!query.exec(u"SELECT count(*) FROM "_s + table) || !query.next()) {
        return -1;
    }
    return query.value(0).toInt();
}

// Every row of every table that an action writes: "exactly as before" means this is equal.
QList<QVariantList> TestTicketActions::dump()
{
    QList<QVariantList> all;
    for (const QString& table : {u"orders"_s, u"tickets"_s, u"ticket_activity"_s, u"ticket_reopens"_s, u"incidents"_s,
                                 u"escalations"_s, u"audit_log"_s, u"app_settings"_s}) {
        QSqlQuery query(m_workspace->database().connection());
        if (!query.exec(u"SELECT * FROM %1 ORDER BY rowid"_s.arg(table))) {
            return {};
        }
        while (query.next()) {
            QVariantList row{table};
            for (int c = 0; c < query.record().count(); ++c) {
                row.append(query.value(c));
            }
            all.append(row);
        }
    }
    return all;
}

void TestTicketActions::tagWritesIncidentAndAudit()
{
    IncidentDraft d = draft(delayed, u"FHS1000000002"_s, u"enquiry-about-tat-spd"_s);
    d.channel = Channel::Email;
    const ActionOutcome outcome = m_actions->tag(d);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    const Incident& incident = outcome.incident;
    QVERIFY(incident.id > 0);
    QCOMPARE(incident.notation(), u"Email >> Enquiry >> Enquiry About TAT/SPD >> Resolved"_s);
    QCOMPARE(incident.queueId, u"first-contact"_s);
    QVERIFY(!incident.escalation);

    const QList<Incident> history = m_workspace->incidents().forOrder(delayed);
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.constFirst().agent, u"l1.priya"_s);
    QCOMPARE(history.constFirst().ticketId, u"FHS1000000002"_s);
    QCOMPARE(history.constFirst().handleSeconds, 95);
    QCOMPARE(history.constFirst().remarks, u"Customer called; explained."_s);
    QCOMPARE(history.constFirst().createdAt, PolicyClock::pinnedTo(TestData::today()).now());

    const QList<AuditRecord> audit = m_workspace->audit().forOrder(delayed);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.constFirst().action, u"tag_incident"_s);
    QCOMPARE(audit.constFirst().agent, u"l1.priya"_s);
    QCOMPARE(audit.constFirst().after.value(u"tagging").toString(), incident.notation());

    // Queue and disposition can be changed from the catalog's.
    IncidentDraft changed = draft(delayed, QString(), u"enquiry-about-tat-spd"_s);
    changed.disposition = Disposition::Unresolved;
    changed.queueId = u"l2-escalations"_s;
    const ActionOutcome second = m_actions->tag(changed);
    QVERIFY(second.ok);
    QCOMPARE(second.incident.notation(), u"Inbound >> Enquiry >> Enquiry About TAT/SPD >> Unresolved"_s);
    QCOMPARE(m_workspace->incidents().forOrder(delayed).constFirst().queueId, u"l2-escalations"_s); // newest first
}

void TestTicketActions::tagRefusesWhatIsMissing_data()
{
    QTest::addColumn<QString>("orderId");
    QTest::addColumn<QString>("ticketId");
    QTest::addColumn<QString>("entryId");
    QTest::addColumn<QString>("remarks");
    QTest::addColumn<QString>("message");
    QTest::newRow("no order") << QString() << QString() << u"enquiry-about-tat-spd"_s << u"r"_s
                              << u"Open an order first"_s;
    QTest::newRow("no incident type") << delayed << QString() << QString() << u"r"_s << u"Choose the incident type"_s;
    QTest::newRow("unknown incident type")
        << delayed << QString() << u"made-up"_s << u"r"_s << u"is not an incident type"_s;
    QTest::newRow("empty remarks") << delayed << QString() << u"enquiry-about-tat-spd"_s << u"   "_s
                                   << u"Write the remarks"_s;
    QTest::newRow("remarks too long") << delayed << QString() << u"enquiry-about-tat-spd"_s << QString(1001, u'x')
                                      << u"1001 characters long; the limit is 1000"_s;
    QTest::newRow("unknown order") << u"OD999999999999999999"_s << QString() << u"enquiry-about-tat-spd"_s << u"r"_s
                                   << u"There is no order OD999999999999999999"_s;
    QTest::newRow("ticket of another order")
        << delayed << u"FHS1000000003"_s << u"enquiry-about-tat-spd"_s << u"r"_s << u"has no ticket FHS1000000003"_s;
}

void TestTicketActions::tagRefusesWhatIsMissing()
{
    QFETCH(QString, orderId);
    QFETCH(QString, ticketId);
    QFETCH(QString, entryId);
    QFETCH(QString, remarks);
    QFETCH(QString, message);
    const ActionOutcome outcome = m_actions->tag(draft(orderId, ticketId, entryId, remarks));
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.refused);
    QVERIFY2(outcome.message.contains(message), qPrintable(outcome.message));
    QCOMPARE(rows(u"incidents"_s), 0);
    QCOMPARE(rows(u"audit_log"_s), 0);
}

void TestTicketActions::entriesWithAnActionGoThroughTheAction()
{
    const ActionOutcome outcome = m_actions->tag(draft(delayed, u"FHS1000000001"_s, u"request-to-reopen-ticket"_s));
    QVERIFY(outcome.refused);
    QVERIFY2(outcome.message.contains(u"use Reopen on the ticket"), qPrintable(outcome.message));
    const ActionOutcome wrong = m_actions->reschedule(draft(delayed, u"FHS1000000002"_s, u"enquiry-about-tat-spd"_s),
                                                      TestData::today().addDays(2), QString());
    QVERIFY(wrong.refused);
    QVERIFY2(wrong.message.contains(u"The Reschedule action is tagged"), qPrintable(wrong.message));
}

void TestTicketActions::cancellationRequestOnATicketNotInCancelInitiated()
{
    // The article tags "Cancellation of service" when the customer wants to cancel; only a ticket
    // in Cancel Initiated is cancelled here, otherwise the request is recorded.
    const ActionOutcome recorded = m_actions->tag(draft(newOrder, u"FHS1000000003"_s, u"cancellation-of-service"_s));
    QVERIFY2(recorded.ok, qPrintable(recorded.message));
    QCOMPARE(m_workspace->orders().order(newOrder)->ticket(u"FHS1000000003"_s)->status, u"CREATED"_s);
    setStatus(u"FHS1000000003"_s, u"CANCEL_INITIATED"_s, u"CUSTOMER_NOT_READY"_s);
    const ActionOutcome refused = m_actions->tag(draft(newOrder, u"FHS1000000003"_s, u"cancellation-of-service"_s));
    QVERIFY(refused.refused);
    QVERIFY2(refused.message.contains(u"use Cancel on the ticket"), qPrintable(refused.message));
}

void TestTicketActions::escalationHasOathkeeperDueTime()
{
    const ActionOutcome outcome =
        m_actions->escalate(draft(delayed, u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(outcome.incident.escalation.has_value());
    const Escalation& escalation = *outcome.incident.escalation;
    QCOMPARE(escalation.tatHours, 24);
    const QDateTime now = PolicyClock::pinnedTo(TestData::today()).now();
    QCOMPARE(escalation.createdAt, now);
    QCOMPARE(escalation.dueAt, now.addSecs(24 * 3600));
    QCOMPARE(escalation.queueId, u"l2-escalations"_s);
    const Incident stored = m_workspace->incidents().forOrder(delayed).constFirst();
    QVERIFY(stored.escalation.has_value());
    QCOMPARE(stored.escalation->dueAt, escalation.dueAt);
    QCOMPARE(stored.escalation->status, u"open"_s);
    QCOMPARE(m_workspace->audit().forOrder(delayed).constFirst().action, u"escalate"_s);

    // A safety case lands in the safety queue with the shortest TAT.
    const ActionOutcome safety = m_actions->tag(draft(newOrder, QString(), u"women-child-safety-case"_s));
    QVERIFY(safety.ok);
    QCOMPARE(safety.incident.escalation->queueId, u"safety"_s);
    QCOMPARE(safety.incident.escalation->tatHours, 4);

    // Escalate refuses what does not escalate.
    const ActionOutcome notEscalating = m_actions->escalate(draft(delayed, QString(), u"enquiry-about-tat-spd"_s));
    QVERIFY(notEscalating.refused);
    QVERIFY(notEscalating.message.contains(u"is not escalated to L2"));
}

void TestTicketActions::escalationIsNotDuplicated()
{
    QVERIFY(m_actions->escalate(draft(delayed, u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s)).ok);
    const ActionOutcome again =
        m_actions->escalate(draft(delayed, u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s));
    QVERIFY(again.refused);
    QVERIFY2(again.message.contains(u"already escalated for this ticket and still open (due 21-Nov-2026 12:00)"),
             qPrintable(again.message));
    QCOMPARE(rows(u"escalations"_s), 1);
    // Another incident type on the same ticket is a separate escalation.
    QVERIFY(m_actions->escalate(draft(delayed, u"FHS1000000002"_s, u"fake-status-updated-by-technician"_s)).ok);
}

void TestTicketActions::oathkeeperHoursAreConfigurable()
{
    // The floor's settings are the supervisor's: an L1 agent is refused, and the refusal is on record.
    const ActionOutcome refused = m_actions->setOathkeeperHours(u"delay-in-service-out-of-spd"_s, 36);
    QVERIFY(refused.refused);
    QVERIFY2(refused.message.contains(u"only supervisors may change the floor settings"_s),
             qPrintable(refused.message));
    m_workspace->setAgent(TestData::agent(u"sup.anita"_s, Role::Supervisor));
    QVERIFY(m_actions->setOathkeeperHours(u"delay-in-service-out-of-spd"_s, 36).ok);
    const ActionOutcome outcome =
        m_actions->escalate(draft(delayed, u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s));
    QCOMPARE(outcome.incident.escalation->tatHours, 36);
    QVERIFY(m_actions->setOathkeeperHours(u"enquiry-about-tat-spd"_s, 5).refused);
    QVERIFY(m_actions->setOathkeeperHours(u"delay-in-service-out-of-spd"_s, 0).refused);
    QVERIFY(m_actions->setRescheduleHorizonDays(3).ok);
    QCOMPARE(m_actions->rescheduleHorizonDays(), 3);
    QVERIFY(m_actions->setRescheduleHorizonDays(0).refused);
    QSqlQuery query(m_workspace->database().connection());
    QVERIFY(query.exec(u"SELECT count(*) FROM audit_log WHERE action = 'change_setting'"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestTicketActions::orderLevelIncident()
{
    const ActionOutcome outcome = m_actions->tag(draft(noTicket, QString(), u"delay-in-refund"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QVERIFY(outcome.incident.ticketId.isEmpty());
    QCOMPARE(outcome.incident.escalation->queueId, u"refunds"_s);
}

void TestTicketActions::rescheduleChangesTicketAndLogs()
{
    const QDate date = TestData::today().addDays(3);
    const ActionOutcome outcome =
        m_actions->reschedule(draft(delayed, u"FHS1000000002"_s, u"request-to-reschedule"_s), date, u"09:00-12:00"_s);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    QCOMPARE(outcome.incident.action, TicketAction::Reschedule);
    const Ticket ticket = *m_workspace->orders().order(delayed)->ticket(u"FHS1000000002"_s);
    QCOMPARE(ticket.spd, date);
    QCOMPARE(ticket.slot, u"09:00-12:00"_s);
    QCOMPARE(ticket.status, u"RESCHEDULED"_s);
    QCOMPARE(ticket.subStatus, u"CUSTOMER_RESCHEDULE"_s);
    QCOMPARE(ticket.activity.size(), 4);
    QCOMPARE(ticket.activity.constLast().by, u"AssistDesk (l1.priya)"_s);
    QVERIFY(ticket.activity.constLast().remark.contains(u"23-Nov-2026"));
    const AuditRecord audit = m_workspace->audit().forOrder(delayed).constFirst();
    QCOMPARE(audit.action, u"reschedule"_s);
    QCOMPARE(audit.entityId, u"FHS1000000002"_s);
    QCOMPARE(audit.before.value(u"spd").toString(), u"2026-11-18"_s);
    QCOMPARE(audit.after.value(u"spd").toString(), u"2026-11-23"_s);
    QCOMPARE(audit.after.value(u"incident").toInteger(), outcome.incident.id);
}

void TestTicketActions::rescheduleRules_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("subStatus");
    QTest::addColumn<int>("daysAhead");
    QTest::addColumn<QString>("refusal"); // empty: allowed
    QTest::newRow("today") << u"ALLOCATED"_s << u"NOT_APPLICABLE"_s << 0 << QString();
    QTest::newRow("the last day of the horizon") << u"ALLOCATED"_s << u"NOT_APPLICABLE"_s << 14 << QString();
    QTest::newRow("past the horizon") << u"ALLOCATED"_s << u"NOT_APPLICABLE"_s << 15
                                      << u"more than 14 days away; the latest possible date is 04-Dec-2026"_s;
    QTest::newRow("yesterday") << u"ALLOCATED"_s << u"NOT_APPLICABLE"_s << -1
                               << u"The new date 19-Nov-2026 is in the past; choose today (20-Nov-2026) or later."_s;
    QTest::newRow("cancelled") << u"CANCELED"_s << u"CUSTOMER_NOT_READY"_s << 2
                               << u"This ticket is cancelled (CANCELED / CUSTOMER_NOT_READY)"_s;
    QTest::newRow("completed") << u"COMPLETED"_s << u"NOT_APPLICABLE"_s << 2 << u"already completed"_s;
    QTest::newRow("cancel initiated may still be rescheduled")
        << u"CANCEL_INITIATED"_s << u"CUSTOMER_NOT_READY"_s << 2 << QString();
}

void TestTicketActions::rescheduleRules()
{
    QFETCH(QString, status);
    QFETCH(QString, subStatus);
    QFETCH(int, daysAhead);
    QFETCH(QString, refusal);
    setStatus(u"FHS1000000002"_s, status, subStatus);
    const ActionOutcome outcome = m_actions->reschedule(draft(delayed, u"FHS1000000002"_s, u"request-to-reschedule"_s),
                                                        TestData::today().addDays(daysAhead), QString());
    if (refusal.isEmpty()) {
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
    } else {
        QVERIFY(outcome.refused);
        QVERIFY2(outcome.message.contains(refusal), qPrintable(outcome.message));
        QCOMPARE(rows(u"incidents"_s), 0);
    }
}

void TestTicketActions::reopenWithinThirtyDays()
{
    // Completed 21-Oct-2026: on 20-Nov that is day 30, the last day.
    const ActionOutcome outcome = m_actions->reopen(
        draft(delayed, u"FHS1000000001"_s, u"request-to-reopen-ticket"_s), ReopenView::AddressChange,
        u"Flat 4A, Sobha Dream Acres, Panathur"_s, TestData::today().addDays(2), u"Water leakage again"_s);
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    // The fixture's ticket was reopened once before (R1): this revisit is R2, a new ticket.
    QCOMPARE(outcome.newTicketId, u"FHS1000000001-R2"_s);
    const Order order = *m_workspace->orders().order(delayed);
    QCOMPARE(order.tickets.size(), 3);
    const Ticket& ticket = *order.ticket(u"FHS1000000001"_s);
    QCOMPARE(ticket.status, u"COMPLETED"_s); // the completed service keeps its history and date
    QCOMPARE(ticket.completedAt, TestData::order(0).tickets.constFirst().completedAt);
    QCOMPARE(ticket.reopens.size(), 2);
    QCOMPARE(ticket.reopens.constLast().view, u"Address Change"_s);
    QCOMPARE(ticket.reopens.constLast().reason, u"Water leakage again"_s);
    QCOMPARE(ticket.reopens.constLast().newTicketId, u"FHS1000000001-R2"_s);
    QVERIFY(ticket.activity.constLast().remark.startsWith(u"Reopened (Address Change)"));
    const Ticket& revisit = *order.ticket(u"FHS1000000001-R2"_s);
    QCOMPARE(revisit.status, u"CREATED"_s);
    QCOMPARE(revisit.spd, TestData::today().addDays(2));
    QCOMPARE(revisit.service, ticket.service);
    QCOMPARE(revisit.activity.size(), 1);
    QCOMPARE(order.customer.address, u"Flat 4A, Sobha Dream Acres, Panathur"_s);
    const AuditRecord audit = m_workspace->audit().forOrder(delayed).constFirst();
    QCOMPARE(audit.action, u"reopen"_s);
    QCOMPARE(audit.after.value(u"new_ticket").toString(), u"FHS1000000001-R2"_s);
    QCOMPARE(audit.before.value(u"address").toString(), TestData::order(0).customer.address);
    // On screen the audit record never repeats contact details.
    QCOMPARE(audit.masked().after.value(u"address").toString(), u"(address)"_s);

    // Alternate contact change updates the order's alternate number.
    Order other = TestData::order(0);
    other.orderId = u"OD428012345678901299"_s;
    other.tickets = {other.tickets.constFirst()};
    other.tickets.first().ticketId = u"FHS1000000099"_s;
    QVERIFY(m_workspace->orders().upsert(other));
    QVERIFY(m_actions
                ->reopen(draft(other.orderId, u"FHS1000000099"_s, u"request-to-reopen-ticket"_s),
                         ReopenView::AlternateContactChange, u"+91 99887-76655"_s, TestData::today(), u"Not cooling"_s)
                .ok);
    QCOMPARE(m_workspace->orders().order(other.orderId)->customer.altPhone, u"9988776655"_s);
    const AuditRecord altAudit = m_workspace->audit().forOrder(other.orderId).constFirst();
    QCOMPARE(altAudit.after.value(u"alt_phone").toString(), u"9988776655"_s);
    QCOMPARE(altAudit.masked().after.value(u"alt_phone").toString(), u"******6655"_s);
}

void TestTicketActions::reopenRules_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("view");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("day 31")
        << QDate(2026, 11, 21) << u"COMPLETED"_s << 1 << u"9988776655"_s
        << u"Reopen is only possible within 30 days of service; this service was completed 31 days ago (on 21-Oct-2026)."_s;
    QTest::newRow("41 days") << QDate(2026, 12, 1) << u"COMPLETED"_s << 1 << u"9988776655"_s
                             << u"completed 41 days ago"_s;
    QTest::newRow("not completed")
        << QDate(2026, 11, 20) << u"ALLOCATED"_s << 1 << u"9988776655"_s
        << u"Reopen is only possible for a completed service; this ticket is ALLOCATED / NOT_APPLICABLE."_s;
    QTest::newRow("bad mobile") << QDate(2026, 11, 20) << u"COMPLETED"_s << 1 << u"12345"_s
                                << u"is not a 10-digit Indian mobile number"_s;
    QTest::newRow("short address") << QDate(2026, 11, 20) << u"COMPLETED"_s << 2 << u"Flat 4"_s
                                   << u"Write the full new address"_s;
}

void TestTicketActions::reopenRules()
{
    QFETCH(QDate, today);
    QFETCH(QString, status);
    QFETCH(int, view);
    QFETCH(QString, detail);
    QFETCH(QString, refusal);
    m_workspace->setClock(PolicyClock::pinnedTo(today));
    if (status != u"COMPLETED") {
        setStatus(u"FHS1000000001"_s, status, u"NOT_APPLICABLE"_s);
    }
    const ActionOutcome outcome =
        m_actions->reopen(draft(delayed, u"FHS1000000001"_s, u"request-to-reopen-ticket"_s),
                          TicketActions::reopenViews().at(view), detail, today.addDays(1), u"Improper installation"_s);
    QVERIFY(outcome.refused);
    QVERIFY2(outcome.message.contains(refusal), qPrintable(outcome.message));
    QCOMPARE(rows(u"ticket_reopens"_s), 1); // only the fixture's
}

void TestTicketActions::cancelOnlyWhenCancelInitiated()
{
    const ActionOutcome refused = m_actions->cancel(draft(newOrder, u"FHS1000000003"_s, u"cancellation-of-service"_s));
    QVERIFY(refused.refused);
    QVERIFY2(refused.message.contains(u"only possible when the ticket is in Cancel Initiated; this ticket is CREATED / "
                                      "NOT_APPLICABLE"),
             qPrintable(refused.message));
    setStatus(u"FHS1000000003"_s, u"CANCEL_INITIATED"_s, u"CUSTOMER_NOT_RESPONDING"_s);
    const ActionOutcome outcome = m_actions->cancel(draft(newOrder, u"FHS1000000003"_s, u"cancellation-of-service"_s));
    QVERIFY2(outcome.ok, qPrintable(outcome.message));
    const Ticket ticket = *m_workspace->orders().order(newOrder)->ticket(u"FHS1000000003"_s);
    QCOMPARE(ticket.status, u"CANCELED"_s);
    QCOMPARE(ticket.subStatus, u"CUSTOMER_NOT_RESPONDING"_s);
    QCOMPARE(ticket.activity.constLast().status, u"CANCELED"_s);
    QVERIFY2(ticket.activity.constLast().remark.contains(u"the reason stays CUSTOMER_NOT_RESPONDING"),
             qPrintable(ticket.activity.constLast().remark));
    // Cancelled twice? No: it is not in Cancel Initiated any more.
    QVERIFY(m_actions->cancel(draft(newOrder, u"FHS1000000003"_s, u"cancellation-of-service"_s)).refused);
}

void TestTicketActions::cancelKeepsTheReason()
{
    setStatus(u"FHS1000000003"_s, u"CANCEL_INITIATED"_s, u"NOT_SERVICEABLE"_s);
    QVERIFY(m_actions->cancel(draft(newOrder, u"FHS1000000003"_s, u"cancellation-of-service"_s)).ok);
    const Ticket ticket = *m_workspace->orders().order(newOrder)->ticket(u"FHS1000000003"_s);
    QCOMPARE(ticket.status + u'/' + ticket.subStatus, u"CANCELED/NOT_SERVICEABLE"_s);
}

void TestTicketActions::failureInTheMiddleLeavesNothing_data()
{
    QTest::addColumn<QString>("table"); // where the failure is injected
    QTest::addColumn<int>("action"); // 0 reschedule, 1 reopen, 2 cancel, 3 escalate
    for (const QString& table : {u"ticket_activity"_s, u"incidents"_s, u"audit_log"_s}) {
        QTest::newRow(qPrintable(u"reschedule fails at "_s + table)) << table << 0;
        QTest::newRow(qPrintable(u"reopen fails at "_s + table)) << table << 1;
        QTest::newRow(qPrintable(u"cancel fails at "_s + table)) << table << 2;
    }
    QTest::newRow("escalate fails at escalations") << u"escalations"_s << 3;
    QTest::newRow("escalate fails at audit_log") << u"audit_log"_s << 3;
}

void TestTicketActions::failureInTheMiddleLeavesNothing()
{
    QFETCH(QString, table);
    QFETCH(int, action);
    setStatus(u"FHS1000000003"_s, u"CANCEL_INITIATED"_s, u"CUSTOMER_NOT_READY"_s);
    QSqlQuery trigger(m_workspace->database().connection());
    QVERIFY2(trigger.exec(
                 u"CREATE TRIGGER inject BEFORE INSERT ON %1 BEGIN SELECT RAISE(ABORT, 'injected failure'); END"_s.arg(
                     table)),
             qPrintable(trigger.lastError().text()));
    const QList<QVariantList> before = dump();
    QVERIFY(!before.isEmpty());

    ActionOutcome outcome;
    switch (action) {
    case 0:
        outcome = m_actions->reschedule(draft(delayed, u"FHS1000000002"_s, u"request-to-reschedule"_s),
                                        TestData::today().addDays(1), u"09:00-12:00"_s);
        break;
    case 1:
        outcome = m_actions->reopen(draft(delayed, u"FHS1000000001"_s, u"request-to-reopen-ticket"_s),
                                    ReopenView::AddressChange, u"Flat 4A, Sobha Dream Acres, Panathur"_s,
                                    TestData::today().addDays(1), u"Leak"_s);
        break;
    case 2:
        outcome = m_actions->cancel(draft(newOrder, u"FHS1000000003"_s, u"cancellation-of-service"_s));
        break;
    default:
        outcome = m_actions->escalate(draft(delayed, u"FHS1000000002"_s, u"delay-in-service-out-of-spd"_s));
        break;
    }
    QVERIFY(!outcome.ok);
    QVERIFY(!outcome.refused);
    QVERIFY2(outcome.message.contains(u"injected failure"), qPrintable(outcome.message));
    QCOMPARE(m_workspace->database().transactionDepth(), 0);
    QCOMPARE(dump(), before);
}

void TestTicketActions::auditLogIsAppendOnly()
{
    QVERIFY(m_actions->tag(draft(delayed, QString(), u"enquiry-about-tat-spd"_s)).ok);
    QSqlQuery query(m_workspace->database().connection());
    QVERIFY(!query.exec(u"UPDATE audit_log SET agent = 'someone else'"_s));
    QVERIFY(query.lastError().text().contains(u"append-only"));
    QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
    QVERIFY(query.lastError().text().contains(u"append-only"));
    QCOMPARE(m_workspace->audit().forOrder(delayed).constFirst().agent, u"l1.priya"_s);
}

void TestTicketActions::revealIsAudited()
{
    QVERIFY(m_actions->revealContact(delayed).ok);
    const AuditRecord record = m_workspace->audit().forOrder(delayed).constFirst();
    QCOMPARE(record.action, u"reveal_contact"_s);
    QCOMPARE(record.entityId, delayed);
    QCOMPARE(record.agent, u"l1.priya"_s);
}

QTEST_GUILESS_MAIN(TestTicketActions)
#include "TestTicketActions.moc"
