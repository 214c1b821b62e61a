#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Who works in AssistDesk. L1 agents take the calls; L2 agents work the escalations; supervisors
// review them and watch the floor. Each role can do everything the one before it can.
enum class Role
{
    L1,
    L2,
    Supervisor,
};

struct Agent
{
    QString id; // "l1.meera": what the agent types to sign in, recorded on every incident and audit record
    QString name;
    Role role = Role::L1;
    bool disabled = false;
    QDateTime createdAt;
};

// What an agent may do. Checked in the core (Workspace::permit) before every action, whatever the
// caller — console, CLI or script — so hiding a button is never the only guard.
enum class Permission
{
    ViewOrders, // search, open an order, walk the L1 trees
    Tag, // tag an incident
    Reschedule,
    Reopen,
    Cancel,
    Escalate,
    RevealContact,
    WalkL2Trees,
    WorkEscalations, // the L2 queue: take, record the partner's update, outcall, resolve, re-escalate
    ReviewEscalations, // approve, return, reassign, close
    TaggingQa,
    ViewDashboard,
    ViewFullAudit,
    Export,
    ManageAgents,
    ChangeSettings,
};

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static QString code(Role role); // "L1", "L2", "Supervisor" (stored, and typed in the CLI)
    static std::optional<Role> parse(const QString& text);
    static QString displayName(Role role); // translated
    static QList<Role> all();

    // The least role that has a permission.
    static Role minimumRole(Permission permission);
    static bool allows(Role role, Permission permission);
    static QString permissionCode(Permission permission); // "work_escalations", for the audit log
    static QString describe(Permission permission); // "work the L2 escalation queue", translated
};
