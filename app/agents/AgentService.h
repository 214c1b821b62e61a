#pragma once

#include "agents/Agent.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

class Workspace;

struct SignInResult
{
    bool ok = false;
    Agent agent;
    QString message; // why not, in words an agent understands
    int retryAfterSeconds = 0; // > 0 while further attempts are held back
};

struct AgentOutcome
{
    bool ok = false;
    bool refused = false; // a rule or a permission said no; otherwise a database failure when !ok
    QString message;
    bool wrongPassword = false; // changeOwnPassword: the current password did not match
};

// Signing in and out, and managing agents, with every attempt and change audited. Repeated
// wrong passwords slow further attempts down: after FreeAttempts failures in a row each attempt
// waits twice as long as the one before (5 s, 10 s, 20 s … up to 5 minutes), counted in the
// database so restarting the console does not reset it.
class AgentService final
{
    Q_DECLARE_TR_FUNCTIONS(AgentService)

public:
    static constexpr int FreeAttempts = 3;
    static constexpr int FirstDelaySeconds = 5;
    static constexpr int MaxDelaySeconds = 300;
    static constexpr int MinPasswordLength = 8;

    explicit AgentService(Workspace& workspace);

    // The wall clock for the sign-in delays (not the policy clock, which training pins).
    void setWallClock(std::function<QDateTime()> clock) { m_wallClock = std::move(clock); }

    // On success the workspace's agent is the one signed in.
    SignInResult signIn(const QString& id, const QString& password);
    void signOut();

    // A database without agents needs its first supervisor before anyone can sign in; that one
    // account may be created without being signed in.
    bool needsFirstSupervisor();
    AgentOutcome addAgent(const Agent& agent, const QString& password);
    // Agents change their own password; supervisors anyone's.
    AgentOutcome changePassword(const QString& id, const QString& password);
    // The signed-in agent changes their own password in the console: the current one first.
    AgentOutcome changeOwnPassword(const QString& current, const QString& password);
    AgentOutcome setDisabled(const QString& id, bool disabled);
    // Supervisors change other agents' roles (an L1 agent promoted to L2 …); audited.
    AgentOutcome setRole(const QString& id, Role role);

    static std::optional<QString> checkPassword(const QString& id, const QString& password);
    static std::optional<QString> checkId(const QString& id);
    // Seconds to wait after this many failures in a row (0 for the first FreeAttempts).
    static int delayAfter(int failures);

private:
    bool audit(const QString& action, const QString& agentId, const QString& detail, const QJsonObject& after = {},
               const QJsonObject& before = {});
    AgentOutcome refusal(const QString& message) const;
    AgentOutcome failure() const;

    Workspace& m_workspace;
    std::function<QDateTime()> m_wallClock;
};
