#include "DemoFloor.h"

#include "actions/TicketActions.h"
#include "agents/AgentService.h"
#include "agents/AgentStore.h"
#include "demo/DemoGenerator.h"
#include "desk/EscalationDesk.h"
#include "domain/StatusCatalog.h"
#include "store/IncidentStore.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"
#include "supervisor/TaggingQa.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

QString DemoFloor::demoPassword()
{
    return u"AssistDesk@2026"_s;
}

QList<DemoFloor::DemoAgent> DemoFloor::demoAgents()
{
    return {{u"sup.demo"_s, u"Anita Desai"_s, u"Supervisor"_s}, {u"l2.demo"_s, u"Suresh Menon"_s, u"L2"_s},
            {u"l2.farah"_s, u"Farah Khan"_s, u"L2"_s},          {u"l1.demo"_s, u"Meera Iyer"_s, u"L1"_s},
            {u"l1.arjun"_s, u"Arjun Nair"_s, u"L1"_s},          {u"l1.kavya"_s, u"Kavya Reddy"_s, u"L1"_s}};
}

namespace
{
    // Restores what populate() changes on the workspace, whatever way it returns.
    struct WorkspaceState
    {
        Workspace& workspace;
        PolicyClock clock;
        std::optional<Agent> agent;
        ~WorkspaceState()
        {
            workspace.setClock(clock);
            if (agent) {
                workspace.setAgent(*agent);
            } else {
                workspace.clearAgent();
            }
        }
    };

    void actAs(Workspace& workspace, const QString& id)
    {
        if (const std::optional<Agent> agent = workspace.agents().find(id)) {
            workspace.setAgent(*agent);
        }
    }

    void at(Workspace& workspace, const QDateTime& moment)
    {
        workspace.setClock(PolicyClock::pinnedAt(moment));
    }
} // namespace

bool DemoFloor::populate(Workspace& workspace, QDate today, quint64 seed, QString* error)
{
    WorkspaceState restore{workspace, workspace.clock(), workspace.currentAgent()};
    QRandomGenerator random(static_cast<quint32>(seed ^ 0x5EEDF100u));

    // The agents, once: the supervisor first (a database's first account), then the others.
    AgentService service(workspace);
    at(workspace, QDateTime(today.addDays(-30), QTime(9, 0), PolicyClock::zone()));
    if (workspace.agents().find(u"sup.demo"_s)) {
        return true; // this database already has its demo floor
    }
    for (const DemoAgent& demo : demoAgents()) {
        Agent agent;
        agent.id = demo.id;
        agent.name = demo.name;
        agent.role = Roles::parse(demo.role).value_or(Role::L1);
        const AgentOutcome added = service.addAgent(agent, demoPassword());
        if (!added.ok) {
            if (error) {
                *error = added.message;
            }
            return false;
        }
        if (demo.id == u"sup.demo") {
            actAs(workspace, demo.id);
        }
    }

    // Candidate orders: the first demo orders, read back as the console sees them.
    DemoGenerator generator(PolicyClock::pinnedTo(today), seed);
    QList<Order> orders;
    for (qint64 i = 0; i < 600 && orders.size() < 400; ++i) {
        if (std::optional<Order> order = workspace.orders().order(generator.order(i).orderId)) {
            if (!order->tickets.isEmpty()) {
                orders.append(*order);
            }
        }
    }
    if (orders.isEmpty()) {
        return true; // nothing to work on
    }

    const QStringList l1 = {u"l1.demo"_s, u"l1.arjun"_s, u"l1.kavya"_s};
    const QStringList enquiries = {u"enquiry-about-tat-spd"_s,          u"refund-status-query"_s,
                                   u"enquiry-about-service-charges"_s,  u"invoice-related-query"_s,
                                   u"enquiry-about-the-cancellation"_s, u"change-of-address"_s};
    const QStringList complaints = {u"fake-status-updated-by-technician"_s,
                                    u"technician-not-aware-improper-installation"_s,
                                    u"extra-cash-collected-by-technician"_s, u"bill-not-given-by-technician"_s};
    qsizetype next = 0;
    QList<qint64> escalated;
    QList<qint64> tagged;
    for (int back = 13; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        for (const QString& agent : l1) {
            const int calls = 3 + random.bounded(4);
            for (int call = 0; call < calls; ++call) {
                const Order& order = orders.at(next++ % orders.size());
                const Ticket& ticket = order.tickets.constLast();
                const QTime time(9 + random.bounded(back == 0 ? 3 : 11), random.bounded(60));
                at(workspace, QDateTime(day, time, PolicyClock::zone()));
                actAs(workspace, agent);
                TicketActions actions(workspace);
                IncidentDraft draft;
                draft.orderId = order.orderId;
                draft.ticketId = ticket.ticketId;
                draft.channel = random.bounded(5) == 0 ? Channel::Email : Channel::Inbound;
                const bool open = StatusCatalog::instance().state(ticket.status, ticket.subStatus) == TicketState::Open;
                const int roll = random.bounded(100);
                if (open && ticket.spd.isValid() && ticket.spd < day && roll < 45) {
                    draft.entryId = ticket.line == ServiceLine::MobileRepair ? u"delay-in-pickup"_s
                                                                             : u"delay-in-service-out-of-spd"_s;
                } else if (roll < 60) {
                    draft.entryId = complaints.at(random.bounded(complaints.size()));
                } else {
                    draft.entryId = enquiries.at(random.bounded(enquiries.size()));
                }
                const TaggingEntry* entry = TaggingCatalog::instance().entry(draft.entryId);
                draft.remarks = actions.defaultRemarks(*entry, order, &ticket, u"Customer called about the service"_s);
                draft.handleSeconds = 90 + random.bounded(600);
                const ActionOutcome outcome = entry->escalates ? actions.escalate(draft) : actions.tag(draft);
                if (!outcome.ok) {
                    continue; // a rule said no (already escalated …): the agent would share the TAT instead
                }
                tagged.append(outcome.incident.id);
                if (outcome.incident.escalation) {
                    escalated.append(outcome.incident.escalation->id);
                }
            }
        }
    }

    // L2 works the escalations: most older ones are taken; many resolved, some after their TAT.
    EscalationDesk desk(workspace);
    const QStringList l2 = {u"l2.demo"_s, u"l2.farah"_s};
    for (const qint64 id : std::as_const(escalated)) {
        const std::optional<EscalationRow> row = desk.find(id);
        if (!row || row->createdAt.date() >= today) {
            continue;
        }
        int roll = random.bounded(100);
        if (row->createdAt.date().daysTo(today) > 2) {
            // Older escalations have mostly been worked to the end; a few still hang (the overdue ones).
            roll = roll < 3 ? 0 : (roll < 7 ? 40 : 45 + roll % 50);
        }
        if (roll < 15) {
            continue; // still waiting in the queue
        }
        const QString worker = l2.at(random.bounded(l2.size()));
        QDateTime moment = row->createdAt.addSecs(1800 + random.bounded(7200));
        at(workspace, moment);
        actAs(workspace, worker);
        desk.take(id);
        moment = moment.addSecs(3600 + random.bounded(14400));
        at(workspace, moment);
        desk.recordPartnerUpdate(id, PartnerUpdate::CallInProgress, QString(), moment.date().addDays(1));
        if (roll < 35) {
            continue; // in progress
        }
        moment = moment.addSecs(1800);
        at(workspace, moment);
        desk.logOutcall(id, u"Called the customer: shared the partner's new date."_s);
        if (roll < 45) {
            desk.reescalateToBrand(id, u"Brand to confirm the part availability."_s);
            continue;
        }
        // Resolved: within the TAT mostly, a few after it.
        const qint64 hours = roll < 85 ? random.bounded(std::max(row->tatHours - 4, 1)) + 3 : row->tatHours + 6;
        moment = row->createdAt.addSecs(hours * 3600);
        if (moment > PolicyClock::pinnedTo(today).now()) {
            continue; // not yet: the demo's "now" is today at noon
        }
        at(workspace, moment);
        desk.recordPartnerUpdate(id, PartnerUpdate::CallCompleted, QString(), QDate());
        desk.resolve(id, u"Partner completed the visit; customer confirmed on the outcall."_s);
        if (roll < 75 && moment.date() < today) {
            at(workspace, moment.addSecs(7200));
            actAs(workspace, u"sup.demo"_s);
            desk.approve(id, QString());
        }
    }

    // The supervisor reviews the tagging of older incidents.
    TaggingQa qa(workspace);
    actAs(workspace, u"sup.demo"_s);
    at(workspace, QDateTime(today, QTime(10, 0), PolicyClock::zone()));
    for (const qint64 id : std::as_const(tagged)) {
        if (random.bounded(100) >= 40) {
            continue;
        }
        const std::optional<Incident> incident = workspace.incidents().find(id);
        if (!incident || incident->createdAt.date() >= today) {
            continue;
        }
        if (random.bounded(100) < 85) {
            qa.markCorrect(id);
        } else {
            const QString right = incident->kind == IncidentKind::Complaint ? u"delay-in-service-out-of-spd"_s
                                                                            : u"enquiry-about-tat-spd"_s;
            if (right == incident->entryId) {
                qa.markCorrect(id);
            } else {
                qa.markIncorrect(id, right, u"The customer's words describe a different incident type."_s);
            }
        }
    }
    return true;
}
