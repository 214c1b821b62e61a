#include "Workspace.h"

#include "store/AuditLog.h"
#include "store/IncidentStore.h"
#include "store/OrderStore.h"
#include "store/SettingsStore.h"

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
    m_error.clear();
    return true;
}

QString Workspace::systemLogin()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty()) {
        login = qEnvironmentVariable("USERNAME"); // Windows
    }
    return login.isEmpty() ? QStringLiteral("agent") : login;
}

void Workspace::close()
{
    m_settings.reset();
    m_audit.reset();
    m_incidents.reset();
    m_orders.reset();
    m_db.close();
}
