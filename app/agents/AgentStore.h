#pragma once

#include "agents/Agent.h"
#include "store/StatementCache.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

class Database;

// The agents table. Writes join the caller's transaction; AgentService checks permissions and
// audits.
class AgentStore final
{
    Q_DECLARE_TR_FUNCTIONS(AgentStore)

public:
    explicit AgentStore(Database& db);

    struct Credentials
    {
        Agent agent;
        QByteArray passwordHash;
        int failedSignIns = 0;
        QDateTime lockedUntil; // invalid when not locked
    };

    std::optional<Agent> find(const QString& id);
    std::optional<Credentials> credentials(const QString& id);
    QList<Agent> list();
    int count();

    bool insert(const Agent& agent, const QByteArray& passwordHash);
    bool setPasswordHash(const QString& id, const QByteArray& passwordHash);
    bool setDisabled(const QString& id, bool disabled);
    bool setRole(const QString& id, Role role);
    bool recordFailure(const QString& id, int failures, const QDateTime& lockedUntil);
    bool clearFailures(const QString& id);

    bool hasError() const { return m_statements.hasError(); }
    QString errorString() const { return m_statements.errorString(); }

private:
    bool write(const QString& key, const QString& sql, const QVariantList& values);

    StatementCache m_statements;
};
