#pragma once

#include "agents/Agent.h"
#include "core/PolicyClock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class AgentStore;
class AuditLog;
class IncidentStore;
class OrderStore;
class SettingsStore;

// What a running console works on: one open database, the stores over it and the policy clock.
// The GUI and the CLI both hold one; stores are created after the database opens and destroyed
// before it closes, so no prepared statement outlives its connection.
class Workspace final
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    explicit Workspace(const PolicyClock& clock = PolicyClock());
    ~Workspace();
    Q_DISABLE_COPY_MOVE(Workspace)

    // Closes what is open, then opens the file. On failure nothing is open and errorString() says why.
    bool open(const QString& path, Database::OpenMode mode = Database::OpenMode::CreateIfMissing);
    void close();

    bool isOpen() const { return m_orders != nullptr; }
    QString errorString() const { return m_error; }
    QString path() const { return m_db.path(); }

    Database& database() { return m_db; }
    OrderStore& orders() { return *m_orders; }
    IncidentStore& incidents() { return *m_incidents; }
    AuditLog& audit() { return *m_audit; }
    SettingsStore& settings() { return *m_settings; }
    const PolicyClock& clock() const { return m_clock; }
    void setClock(const PolicyClock& clock) { m_clock = clock; }

    AgentStore& agents() { return *m_agents; }

    // Who is working: the signed-in agent, recorded on every incident and audit record. The
    // console signs in through AgentService; the CLI takes --agent; tests set one directly.
    const std::optional<Agent>& currentAgent() const { return m_agent; }
    QString agent() const { return m_agent ? m_agent->id : QString(); }
    void setAgent(const Agent& agent) { m_agent = agent; }
    void clearAgent() { m_agent.reset(); }

    // Whether the agent working may do this, checked against the database as it is now (a role
    // changed or an account disabled by a supervisor takes effect at once). nullopt when allowed;
    // otherwise the refusal in words, also written to the audit log as permission_denied.
    std::optional<QString> permit(Permission permission, const QString& what = QString());
    // The same check without the audit record, for deciding what the screen offers.
    bool may(Permission permission) const;

private:
    Database m_db;
    std::unique_ptr<OrderStore> m_orders;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SettingsStore> m_settings;
    std::unique_ptr<AgentStore> m_agents;
    PolicyClock m_clock;
    QString m_error;
    std::optional<Agent> m_agent;
};
