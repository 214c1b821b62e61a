#include "AgentService.h"

#include "agents/AgentStore.h"
#include "agents/PasswordHash.h"
#include "store/AuditLog.h"
#include "store/Workspace.h"

#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace
{
    SignInResult SignInFailed(const QString& message, int retryAfter = 0)
    {
        SignInResult result;
        result.message = message;
        result.retryAfterSeconds = retryAfter;
        return result;
    }
} // namespace

AgentService::AgentService(Workspace& workspace)
    : m_workspace(workspace)
    , m_wallClock([] { return QDateTime::currentDateTimeUtc(); })
{ }

int AgentService::delayAfter(int failures)
{
    if (failures < FreeAttempts) {
        return 0;
    }
    const int doublings = std::min(failures - FreeAttempts, 10);
    return std::min(FirstDelaySeconds << doublings, MaxDelaySeconds);
}

std::optional<QString> AgentService::checkId(const QString& id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$"_s);
    if (!pattern.match(id).hasMatch()) {
        return tr("\"%1\" is not an agent ID: use 2 to 40 letters, digits, dots, dashes or underscores, "
                  "for example l1.meera.")
            .arg(id);
    }
    return std::nullopt;
}

std::optional<QString> AgentService::checkPassword(const QString& id, const QString& password)
{
    if (password.size() < MinPasswordLength) {
        return tr("The password needs at least %1 characters.").arg(MinPasswordLength);
    }
    if (password.contains(id, Qt::CaseInsensitive)) {
        return tr("The password must not contain the agent ID.");
    }
    return std::nullopt;
}

bool AgentService::audit(const QString& action, const QString& agentId, const QString& detail, const QJsonObject& after,
                         const QJsonObject& before)
{
    AuditRecord record;
    record.at = m_workspace.clock().now();
    record.agent = m_workspace.agent().isEmpty() ? agentId : m_workspace.agent();
    record.action = action;
    record.entity = u"agent"_s;
    record.entityId = agentId;
    record.before = before;
    record.after = after;
    record.detail = detail;
    return m_workspace.audit().append(record);
}

AgentOutcome AgentService::refusal(const QString& message) const
{
    return {false, true, message};
}

AgentOutcome AgentService::failure() const
{
    // The reason is where the failing step left it: the agent store, the audit log or the database.
    AgentStore& agents = m_workspace.agents();
    const QString why = agents.hasError()                              ? agents.errorString()
                        : !m_workspace.audit().errorString().isEmpty() ? m_workspace.audit().errorString()
                                                                       : m_workspace.database().errorString();
    return {false, false, tr("The change could not be saved: %1").arg(why)};
}

SignInResult AgentService::signIn(const QString& typedId, const QString& password)
{
    const QString id = typedId.trimmed();
    // One message for an unknown ID and a wrong password: the screen never confirms an ID exists.
    const QString wrong = tr("The agent ID or the password is wrong.");
    if (id.isEmpty() || password.isEmpty()) {
        return SignInFailed(tr("Type your agent ID and your password."));
    }
    AgentStore& agents = m_workspace.agents();
    const std::optional<AgentStore::Credentials> credentials = agents.credentials(id);
    if (!credentials) {
        if (agents.hasError()) {
            return SignInFailed(tr("Cannot check the sign-in: %1").arg(agents.errorString()));
        }
        // As slow as a wrong password for a real ID, so that timing does not tell which IDs exist.
        static const QByteArray decoy = PasswordHash::hash(u"assistdesk-decoy-password"_s);
        PasswordHash::verify(decoy, password);
        audit(u"sign_in_failed"_s, id, tr("unknown agent ID"));
        return SignInFailed(wrong);
    }
    const QDateTime now = m_wallClock();
    if (credentials->lockedUntil.isValid() && credentials->lockedUntil > now) {
        const int wait = static_cast<int>(now.secsTo(credentials->lockedUntil)) + 1;
        audit(u"sign_in_failed"_s, credentials->agent.id, tr("attempt while held back for %1 s").arg(wait));
        return SignInFailed(
            tr("Too many wrong passwords for %1: try again in %n second(s).", nullptr, wait).arg(credentials->agent.id),
            wait);
    }
    if (!PasswordHash::verify(credentials->passwordHash, password)) {
        // Counted from the row as it is now, inside a write transaction: attempts from several
        // consoles at once must each count, not overwrite each other.
        Database& db = m_workspace.database();
        int failures = 0;
        int wait = 0;
        bool counted = db.begin();
        if (counted) {
            const std::optional<AgentStore::Credentials> fresh = agents.credentials(credentials->agent.id);
            failures = (fresh ? fresh->failedSignIns : credentials->failedSignIns) + 1;
            wait = delayAfter(failures);
            counted = agents.recordFailure(credentials->agent.id, failures, wait > 0 ? now.addSecs(wait) : QDateTime())
                      && audit(u"sign_in_failed"_s, credentials->agent.id,
                               wait > 0 ? tr("wrong password, %1 in a row; held back for %2 s").arg(failures).arg(wait)
                                        : tr("wrong password, %1 in a row").arg(failures))
                      && db.commit();
            if (!counted) {
                db.rollback();
            }
        }
        if (!counted) {
            // Without the count there is no hold-back: refuse rather than let guesses through.
            return SignInFailed(
                tr("Cannot check the sign-in: %1").arg(agents.hasError() ? agents.errorString() : db.errorString()));
        }
        if (wait > 0) {
            return SignInFailed(wrong + u' ' + tr("Wait %n second(s) before the next attempt.", nullptr, wait), wait);
        }
        return SignInFailed(wrong);
    }
    if (credentials->agent.disabled) {
        audit(u"sign_in_failed"_s, credentials->agent.id, tr("account disabled"));
        return SignInFailed(tr("The account %1 is disabled: ask your supervisor.").arg(credentials->agent.id));
    }
    agents.clearFailures(credentials->agent.id);
    if (PasswordHash::needsRehash(credentials->passwordHash)) {
        const QByteArray stronger = PasswordHash::hash(password);
        if (!stronger.isEmpty()) {
            agents.setPasswordHash(credentials->agent.id, stronger);
        }
    }
    m_workspace.setAgent(credentials->agent);
    audit(u"sign_in"_s, credentials->agent.id, tr("signed in as %1").arg(Roles::displayName(credentials->agent.role)));
    SignInResult result;
    result.ok = true;
    result.agent = credentials->agent;
    return result;
}

void AgentService::signOut()
{
    if (const std::optional<Agent>& agent = m_workspace.currentAgent()) {
        audit(u"sign_out"_s, agent->id, tr("signed out"));
    }
    m_workspace.clearAgent();
}

bool AgentService::needsFirstSupervisor()
{
    return m_workspace.agents().count() == 0;
}

AgentOutcome AgentService::addAgent(const Agent& requested, const QString& password)
{
    Agent agent = requested;
    agent.id = agent.id.trimmed();
    agent.name = agent.name.simplified();
    const bool first = needsFirstSupervisor();
    if (first) {
        if (agent.role != Role::Supervisor) {
            return refusal(tr("This database has no agents yet: the first account must be a supervisor."));
        }
    } else if (const auto why = m_workspace.permit(Permission::ManageAgents, tr("add agent %1").arg(agent.id))) {
        return refusal(*why);
    }
    if (const auto why = checkId(agent.id)) {
        return refusal(*why);
    }
    if (agent.name.isEmpty()) {
        return refusal(tr("Give the agent's name."));
    }
    if (const auto why = checkPassword(agent.id, password)) {
        return refusal(*why);
    }
    if (m_workspace.agents().find(agent.id)) {
        return refusal(tr("There is already an agent %1.").arg(agent.id));
    }
    const QByteArray hash = PasswordHash::hash(password);
    if (hash.isEmpty()) {
        return {false, false, tr("The password could not be hashed (out of memory?). Nothing was saved.")};
    }
    agent.createdAt = m_workspace.clock().now();
    Database& db = m_workspace.database();
    if (!db.begin()) {
        return failure();
    }
    // The change and its audit record, both or neither.
    const bool written =
        m_workspace.agents().insert(agent, hash)
        && audit(u"add_agent"_s, agent.id, first ? tr("first supervisor of this database") : QString(),
                 QJsonObject{{u"id"_s, agent.id}, {u"name"_s, agent.name}, {u"role"_s, Roles::code(agent.role)}});
    if (!written || !db.commit()) {
        db.rollback();
        return failure();
    }
    return {true, false, tr("Agent %1 (%2) added.").arg(agent.id, Roles::displayName(agent.role))};
}

AgentOutcome AgentService::changePassword(const QString& id, const QString& password)
{
    const std::optional<Agent> target = m_workspace.agents().find(id);
    const bool self =
        m_workspace.currentAgent() && m_workspace.currentAgent()->id.compare(id, Qt::CaseInsensitive) == 0;
    if (!self) {
        if (const auto why = m_workspace.permit(Permission::ManageAgents, tr("change the password of %1").arg(id))) {
            return refusal(*why);
        }
    } else if (const auto why = m_workspace.permit(Permission::ViewOrders)) {
        return refusal(*why);
    }
    if (!target) {
        return refusal(tr("There is no agent %1.").arg(id));
    }
    if (const auto why = checkPassword(target->id, password)) {
        return refusal(*why);
    }
    const QByteArray hash = PasswordHash::hash(password);
    if (hash.isEmpty()) {
        return {false, false, tr("The password could not be hashed (out of memory?). Nothing was saved.")};
    }
    Database& db = m_workspace.database();
    if (!db.begin()) {
        return failure();
    }
    const bool written =
        m_workspace.agents().setPasswordHash(target->id, hash)
        && audit(u"change_password"_s, target->id, self ? tr("own password") : tr("set by a supervisor"));
    if (!written || !db.commit()) {
        db.rollback();
        return failure();
    }
    return {true, false, tr("The password of %1 is changed.").arg(target->id)};
}

AgentOutcome AgentService::setDisabled(const QString& id, bool disabled)
{
    if (const auto why = m_workspace.permit(Permission::ManageAgents,
                                            disabled ? tr("disable %1").arg(id) : tr("enable %1").arg(id))) {
        return refusal(*why);
    }
    const std::optional<Agent> target = m_workspace.agents().find(id);
    if (!target) {
        return refusal(tr("There is no agent %1.").arg(id));
    }
    if (disabled && m_workspace.currentAgent()
        && m_workspace.currentAgent()->id.compare(target->id, Qt::CaseInsensitive) == 0) {
        return refusal(tr("You cannot disable your own account."));
    }
    if (target->disabled == disabled) {
        return {true, false,
                disabled ? tr("%1 was already disabled.").arg(target->id)
                         : tr("%1 was already enabled.").arg(target->id)};
    }
    Database& db = m_workspace.database();
    if (!db.begin()) {
        return failure();
    }
    const bool written = m_workspace.agents().setDisabled(target->id, disabled)
                         && audit(disabled ? u"disable_agent"_s : u"enable_agent"_s, target->id, QString(),
                                  QJsonObject{{u"disabled"_s, disabled}}, QJsonObject{{u"disabled"_s, !disabled}});
    if (!written || !db.commit()) {
        db.rollback();
        return failure();
    }
    return {true, false,
            disabled ? tr("%1 is disabled and can no longer sign in.").arg(target->id)
                     : tr("%1 can sign in again.").arg(target->id)};
}

AgentOutcome AgentService::setRole(const QString& id, Role role)
{
    if (const auto why = m_workspace.permit(Permission::ManageAgents, tr("change the role of %1").arg(id))) {
        return refusal(*why);
    }
    const std::optional<Agent> target = m_workspace.agents().find(id);
    if (!target) {
        return refusal(tr("There is no agent %1.").arg(id));
    }
    // A supervisor who demotes themselves could leave the floor without anyone to manage it.
    if (m_workspace.currentAgent() && m_workspace.currentAgent()->id.compare(target->id, Qt::CaseInsensitive) == 0) {
        return refusal(tr("You cannot change your own role: ask another supervisor."));
    }
    if (target->role == role) {
        return {true, false, tr("%1 is already %2.").arg(target->id, Roles::displayName(role))};
    }
    Database& db = m_workspace.database();
    if (!db.begin()) {
        return failure();
    }
    const bool written = m_workspace.agents().setRole(target->id, role)
                         && audit(u"change_role"_s, target->id, QString(), QJsonObject{{u"role"_s, Roles::code(role)}},
                                  QJsonObject{{u"role"_s, Roles::code(target->role)}});
    if (!written || !db.commit()) {
        db.rollback();
        return failure();
    }
    return {true, false, tr("%1 is now %2.").arg(target->id, Roles::displayName(role))};
}

AgentOutcome AgentService::changeOwnPassword(const QString& current, const QString& password)
{
    const std::optional<Agent> me = m_workspace.currentAgent();
    if (!me) {
        return refusal(tr("Sign in first: every action is recorded under the agent who does it."));
    }
    const std::optional<AgentStore::Credentials> credentials = m_workspace.agents().credentials(me->id);
    if (!credentials) {
        return m_workspace.agents().hasError() ? failure() : refusal(tr("There is no agent %1.").arg(me->id));
    }
    // Someone at an unlocked console must not be able to take the account over.
    if (!PasswordHash::verify(credentials->passwordHash, current)) {
        audit(u"change_password_failed"_s, me->id, tr("the current password was wrong"));
        AgentOutcome wrong = refusal(tr("The current password is wrong."));
        wrong.wrongPassword = true;
        return wrong;
    }
    if (current == password) {
        return refusal(tr("The new password is the same as the current one."));
    }
    return changePassword(me->id, password);
}
