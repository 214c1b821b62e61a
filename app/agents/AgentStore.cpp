#include "AgentStore.h"

#include "core/PolicyClock.h"

#include <QVariant>

using namespace Qt::StringLiterals;

namespace
{
    const QString agentColumns = u"id, name, role, disabled, created_at"_s;

    Agent agentFrom(const QSqlQuery& q)
    {
        Agent agent;
        agent.id = q.value(0).toString();
        agent.name = q.value(1).toString();
        agent.role = Roles::parse(q.value(2).toString()).value_or(Role::L1);
        agent.disabled = q.value(3).toInt() != 0;
        agent.createdAt = QDateTime::fromSecsSinceEpoch(q.value(4).toLongLong(), PolicyClock::zone());
        return agent;
    }
} // namespace

AgentStore::AgentStore(Database& db)
    : m_statements(db)
{ }

std::optional<Agent> AgentStore::find(const QString& id)
{
    m_statements.clearError();
    QSqlQuery* q = m_statements.get(u"find"_s, u"SELECT "_s + agentColumns + u" FROM agents WHERE id = ?"_s);
    if (!q) {
        return std::nullopt;
    }
    q->addBindValue(id.trimmed());
    if (!m_statements.exec(q)) {
        return std::nullopt;
    }
    std::optional<Agent> result;
    if (q->next()) {
        result = agentFrom(*q);
    }
    q->finish();
    return result;
}

std::optional<AgentStore::Credentials> AgentStore::credentials(const QString& id)
{
    m_statements.clearError();
    QSqlQuery* q = m_statements.get(u"credentials"_s, u"SELECT "_s + agentColumns
                                                          + u", password_hash, failed_sign_ins, locked_until"
                                                            " FROM agents WHERE id = ?"_s);
    if (!q) {
        return std::nullopt;
    }
    q->addBindValue(id.trimmed());
    if (!m_statements.exec(q)) {
        return std::nullopt;
    }
    std::optional<Credentials> result;
    if (q->next()) {
        Credentials c;
        c.agent = agentFrom(*q);
        c.passwordHash = q->value(5).toByteArray();
        c.failedSignIns = q->value(6).toInt();
        if (!q->value(7).isNull()) {
            c.lockedUntil = QDateTime::fromSecsSinceEpoch(q->value(7).toLongLong(), QTimeZone::utc());
        }
        result = c;
    }
    q->finish();
    return result;
}

QList<Agent> AgentStore::list()
{
    m_statements.clearError();
    QList<Agent> agents;
    QSqlQuery* q = m_statements.get(u"list"_s, u"SELECT "_s + agentColumns + u" FROM agents ORDER BY role, id"_s);
    if (!q || !m_statements.exec(q)) {
        return agents;
    }
    while (q->next()) {
        agents.append(agentFrom(*q));
    }
    q->finish();
    return agents;
}

int AgentStore::count()
{
    m_statements.clearError();
    QSqlQuery* q = m_statements.get(u"count"_s, u"SELECT count(*) FROM agents"_s);
    if (!q || !m_statements.exec(q) || !q->next()) {
        return -1;
    }
    const int n = q->value(0).toInt();
    q->finish();
    return n;
}

bool AgentStore::write(const QString& key, const QString& sql, const QVariantList& values)
{
    m_statements.clearError();
    QSqlQuery* q = m_statements.get(key, sql);
    if (!q) {
        return false;
    }
    for (const QVariant& value : values) {
        q->addBindValue(value);
    }
    return m_statements.exec(q);
}

bool AgentStore::insert(const Agent& agent, const QByteArray& passwordHash)
{
    return write(
        u"insert"_s,
        u"INSERT INTO agents (id, name, role, password_hash, disabled, created_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {agent.id, agent.name, Roles::code(agent.role), QString::fromLatin1(passwordHash), agent.disabled ? 1 : 0,
         agent.createdAt.toSecsSinceEpoch()});
}

bool AgentStore::setPasswordHash(const QString& id, const QByteArray& passwordHash)
{
    return write(u"password"_s,
                 u"UPDATE agents SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE id = ?"_s,
                 {QString::fromLatin1(passwordHash), id});
}

bool AgentStore::setDisabled(const QString& id, bool disabled)
{
    return write(u"disabled"_s, u"UPDATE agents SET disabled = ? WHERE id = ?"_s, {disabled ? 1 : 0, id});
}

bool AgentStore::setRole(const QString& id, Role role)
{
    return write(u"role"_s, u"UPDATE agents SET role = ? WHERE id = ?"_s, {Roles::code(role), id});
}

bool AgentStore::recordFailure(const QString& id, int failures, const QDateTime& lockedUntil)
{
    return write(u"failure"_s, u"UPDATE agents SET failed_sign_ins = ?, locked_until = ? WHERE id = ?"_s,
                 {failures, lockedUntil.isValid() ? QVariant(lockedUntil.toSecsSinceEpoch()) : QVariant(), id});
}

bool AgentStore::clearFailures(const QString& id)
{
    return write(u"clear"_s, u"UPDATE agents SET failed_sign_ins = 0, locked_until = NULL WHERE id = ?"_s, {id});
}
