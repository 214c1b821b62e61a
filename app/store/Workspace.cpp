#include "Workspace.h"

#include "agents/AgentStore.h"
#include "store/AuditLog.h"
#include "store/IncidentStore.h"
#include "store/OrderStore.h"
#include "store/SettingsStore.h"

using namespace Qt::StringLiterals;

Workspace::Workspace(const PolicyClock& clock)
    : m_clock(clock)
{ }

Workspace::~Workspace()
{
    close();
}

bool Workspace::open(const QString& path, Database::OpenMode mode)
{
    close();
    if (!m_db.open(path, mode)) {
        m_error = m_db.errorString();
        return false;
    }
    m_orders = std::make_unique<OrderStore>(m_db);
    m_incidents = std::make_unique<IncidentStore>(m_db);
    m_audit = std::make_unique<AuditLog>(m_db);
    m_settings = std::make_unique<SettingsStore>(m_db);
    m_agents = std::make_unique<AgentStore>(m_db);
    m_error.clear();
    return true;
}

void Workspace::close()
{
    m_agents.reset();
    m_settings.reset();
    m_audit.reset();
    m_incidents.reset();
    m_orders.reset();
    m_db.close();
}

bool Workspace::may(Permission permission) const
{
    return m_agent && !m_agent->disabled && Roles::allows(m_agent->role, permission);
}

std::optional<QString> Workspace::permit(Permission permission, const QString& what)
{
    if (!m_agent) {
        return tr("Sign in first: every action is recorded under the agent who does it.");
    }
    // The database decides, not the session: a supervisor's change applies at once.
    if (isOpen()) {
        if (const std::optional<Agent> current = m_agents->find(m_agent->id)) {
            m_agent->role = current->role;
            m_agent->disabled = current->disabled;
            m_agent->name = current->name;
        } else if (!m_agents->hasError() && m_agents->count() > 0) {
            m_agent->disabled = true; // removed from this database
        }
    }
    QString refusal;
    if (m_agent->disabled) {
        refusal = tr("The account %1 is disabled: ask your supervisor.").arg(m_agent->id);
    } else if (!Roles::allows(m_agent->role, permission)) {
        const Role needed = Roles::minimumRole(permission);
        const QString who = needed == Role::L2 ? tr("L2 agents and supervisors") : tr("supervisors");
        refusal = tr("%1 is signed in as %2: only %3 may %4.")
                      .arg(m_agent->id, Roles::displayName(m_agent->role), who, Roles::describe(permission));
    } else {
        return std::nullopt;
    }
    if (isOpen()) {
        AuditRecord record;
        record.at = m_clock.now();
        record.agent = m_agent->id;
        record.action = u"permission_denied"_s;
        record.entity = u"permission"_s;
        record.entityId = Roles::permissionCode(permission);
        record.detail = what.isEmpty() ? refusal : what + u": "_s + refusal;
        m_audit->append(record);
    }
    return refusal;
}
