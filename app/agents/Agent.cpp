#include "Agent.h"

using namespace Qt::StringLiterals;

QString Roles::code(Role role)
{
    switch (role) {
    case Role::L1:
        return u"L1"_s;
    case Role::L2:
        return u"L2"_s;
    case Role::Supervisor:
        return u"Supervisor"_s;
    }
    return {};
}

std::optional<Role> Roles::parse(const QString& text)
{
    const QString wanted = text.trimmed();
    for (const Role role : all()) {
        if (code(role).compare(wanted, Qt::CaseInsensitive) == 0) {
            return role;
        }
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    switch (role) {
    case Role::L1:
        return tr("L1 agent");
    case Role::L2:
        return tr("L2 agent");
    case Role::Supervisor:
        return tr("Supervisor");
    }
    return {};
}

QList<Role> Roles::all()
{
    return {Role::L1, Role::L2, Role::Supervisor};
}

Role Roles::minimumRole(Permission permission)
{
    switch (permission) {
    case Permission::ViewOrders:
    case Permission::Tag:
    case Permission::Reschedule:
    case Permission::Reopen:
    case Permission::Cancel:
    case Permission::Escalate:
    case Permission::RevealContact:
        return Role::L1;
    case Permission::WalkL2Trees:
    case Permission::WorkEscalations:
        return Role::L2;
    case Permission::ReviewEscalations:
    case Permission::TaggingQa:
    case Permission::ViewDashboard:
    case Permission::ViewFullAudit:
    case Permission::Export:
    case Permission::ManageAgents:
    case Permission::ChangeSettings:
        return Role::Supervisor;
    }
    return Role::Supervisor;
}

bool Roles::allows(Role role, Permission permission)
{
    return static_cast<int>(role) >= static_cast<int>(minimumRole(permission));
}

QString Roles::permissionCode(Permission permission)
{
    switch (permission) {
    case Permission::ViewOrders:
        return u"view_orders"_s;
    case Permission::Tag:
        return u"tag"_s;
    case Permission::Reschedule:
        return u"reschedule"_s;
    case Permission::Reopen:
        return u"reopen"_s;
    case Permission::Cancel:
        return u"cancel"_s;
    case Permission::Escalate:
        return u"escalate"_s;
    case Permission::RevealContact:
        return u"reveal_contact"_s;
    case Permission::WalkL2Trees:
        return u"walk_l2_trees"_s;
    case Permission::WorkEscalations:
        return u"work_escalations"_s;
    case Permission::ReviewEscalations:
        return u"review_escalations"_s;
    case Permission::TaggingQa:
        return u"tagging_qa"_s;
    case Permission::ViewDashboard:
        return u"view_dashboard"_s;
    case Permission::ViewFullAudit:
        return u"view_full_audit"_s;
    case Permission::Export:
        return u"export"_s;
    case Permission::ManageAgents:
        return u"manage_agents"_s;
    case Permission::ChangeSettings:
        return u"change_settings"_s;
    }
    return {};
}

QString Roles::describe(Permission permission)
{
    switch (permission) {
    case Permission::ViewOrders:
        return tr("look up orders");
    case Permission::Tag:
        return tr("tag incidents");
    case Permission::Reschedule:
        return tr("reschedule tickets");
    case Permission::Reopen:
        return tr("reopen tickets");
    case Permission::Cancel:
        return tr("cancel tickets");
    case Permission::Escalate:
        return tr("escalate to L2");
    case Permission::RevealContact:
        return tr("reveal contact details");
    case Permission::WalkL2Trees:
        return tr("walk the L2 processes");
    case Permission::WorkEscalations:
        return tr("work the L2 escalation queue");
    case Permission::ReviewEscalations:
        return tr("review escalations");
    case Permission::TaggingQa:
        return tr("review the tagging of incidents");
    case Permission::ViewDashboard:
        return tr("see the dashboard");
    case Permission::ViewFullAudit:
        return tr("read the whole audit log");
    case Permission::Export:
        return tr("export lists");
    case Permission::ManageAgents:
        return tr("manage agents");
    case Permission::ChangeSettings:
        return tr("change the floor settings");
    }
    return {};
}
