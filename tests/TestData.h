#pragma once

#include "actions/TicketActions.h"
#include "agents/Agent.h"
#include "agents/AgentService.h"
#include "agents/AgentStore.h"
#include "document/OrderDocument.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTest>

// Shared by the suites: the fixture orders in tests/data/orders.json and the day they are read on.
namespace TestData
{
    // The day every suite pins the policy clock to.
    inline QDate today()
    {
        return QDate(2026, 11, 20);
    }

    inline QString path(const QString& name)
    {
        return QStringLiteral(ASSISTDESK_TEST_DATA) + QLatin1Char('/') + name;
    }

    inline QByteArray read(const QString& name)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("missing test data %s", qPrintable(name));
        }
        return file.readAll();
    }

    // The fixture documents as JSON objects, in file order:
    // 0 OD428012345678901234 two tickets (completed with every section; rescheduled, SPD breached)
    // 1 OD428012345678901235 same customer, one new ticket
    // 2 OD428012345678901236 same customer, no ticket, refund TAT breached
    // 3 OD428099999999990001 another customer, mobile repair in the workshop
    inline QJsonArray documents()
    {
        return QJsonDocument::fromJson(read(QStringLiteral("orders.json"))).array();
    }

    inline QJsonObject document(int index)
    {
        return documents().at(index).toObject();
    }

    inline Order order(int index)
    {
        const OrderDocument::Result result = OrderDocument::parse(document(index));
        if (!result.ok()) {
            qFatal("fixture %d does not parse: %s", index, qPrintable(result.errors.constFirst().toString()));
        }
        return *result.order;
    }

    // An in-process session as an agent of a role (no sign-in): what a signed-in console holds.
    inline Agent agent(const QString& id, Role role = Role::L1)
    {
        Agent a;
        a.id = id;
        a.name = id;
        a.role = role;
        return a;
    }

    // The password of every agent the suites create.
    inline QString password()
    {
        return QStringLiteral("Correct-Horse-7");
    }

    // Adds agents to a database (the first must be a supervisor), as the CLI's "agent add" would.
    inline void addAgents(Workspace& workspace, const QList<Agent>& agents)
    {
        const std::optional<Agent> previous = workspace.currentAgent();
        AgentService service(workspace);
        for (const Agent& a : agents) {
            const AgentOutcome outcome = service.addAgent(a, password());
            if (!outcome.ok) {
                qFatal("cannot add agent %s: %s", qPrintable(a.id), qPrintable(outcome.message));
            }
            if (a.role == Role::Supervisor && !workspace.currentAgent()) {
                workspace.setAgent(a);
            }
        }
        if (previous) {
            workspace.setAgent(*previous);
        } else {
            workspace.clearAgent();
        }
    }

    // The same on a database file.
    inline void addAgents(const QString& databasePath, const QList<Agent>& agents)
    {
        Workspace workspace;
        if (!workspace.open(databasePath, Database::OpenMode::ExistingOnly)) {
            qFatal("cannot open %s: %s", qPrintable(databasePath), qPrintable(workspace.errorString()));
        }
        addAgents(workspace, agents);
    }

    // The floor every CLI suite works with: a supervisor, an L2 and L1 agents.
    inline QList<Agent> floorAgents()
    {
        return {agent(QStringLiteral("sup.anita"), Role::Supervisor), agent(QStringLiteral("l2.suresh"), Role::L2),
                agent(QStringLiteral("l1.ravi"), Role::L1), agent(QStringLiteral("l1.test"), Role::L1)};
    }

    // The L1 agent `agentId` (of the database) escalates the ticket with the catalog entry at
    // `moment`: the clock stays there. Returns the escalation's number.
    inline qint64 escalate(Workspace& workspace, const QString& agentId, const QString& ticketId,
                           const QString& entryId, const QDateTime& moment)
    {
        workspace.setClock(PolicyClock::pinnedAt(moment));
        workspace.setAgent(*workspace.agents().find(agentId));
        IncidentDraft draft;
        draft.orderId = workspace.orders().locateTicket(ticketId)->orderId;
        draft.ticketId = ticketId;
        draft.entryId = entryId;
        draft.remarks = QStringLiteral("Escalated by the test.");
        const ActionOutcome outcome = TicketActions(workspace).escalate(draft);
        if (!outcome.ok) {
            qFatal("cannot escalate: %s", qPrintable(outcome.message));
        }
        return outcome.incident.escalation->id;
    }
} // namespace TestData
