#pragma once

#include "core/PolicyClock.h"
#include "store/Database.h"

#include <QString>

#include <memory>

class AuditLog;
class IncidentStore;
class OrderStore;
class SettingsStore;

// What a running console works on: one open database, the stores over it and the policy clock.
// The GUI and the CLI both hold one; stores are created after the database opens and destroyed
// before it closes, so no prepared statement outlives its connection.
class Workspace final
{
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

    // Who is working: recorded on every incident and audit record. Until agents sign in
    // (issue 5) it is the --agent option or the operating-system login name.
    QString agent() const { return m_agent; }
    void setAgent(const QString& agent) { m_agent = agent; }
    static QString systemLogin();

private:
    Database m_db;
    std::unique_ptr<OrderStore> m_orders;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<SettingsStore> m_settings;
    PolicyClock m_clock;
    QString m_error;
    QString m_agent = systemLogin();
};
