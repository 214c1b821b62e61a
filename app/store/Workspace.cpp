#include "Workspace.h"

#include "store/OrderStore.h"

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
    m_error.clear();
    return true;
}

void Workspace::close()
{
    m_orders.reset();
    m_db.close();
}
