// assistdesk-cli commands for agents, the L2 desk and the supervisor: agent, escalations, qa,
// dashboard, export. The same core services and permission checks as the console; the acting
// agent is --agent (or $ASSISTDESK_AGENT).

#include "Cli.h"

#include "agents/AgentService.h"
#include "agents/AgentStore.h"
#include "core/DisplayFormat.h"
#include "desk/EscalationDesk.h"
#include "domain/Codes.h"
#include "domain/Formats.h"
#include "export/Exporter.h"
#include "store/AuditLog.h"
#include "store/IncidentStore.h"
#include "store/Workspace.h"
#include "supervisor/Dashboard.h"
#include "supervisor/TaggingQa.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace
{
    QString readPasswordLine()
    {
        QTextStream in(stdin);
        return in.readLine();
    }

    QString isoOrEmpty(const QDateTime& moment)
    {
        return moment.isValid() ? moment.toString(Qt::ISODate) : QString();
    }

    QJsonObject toJson(const EscalationRow& r, const QDateTime& now)
    {
        return {{u"id"_s, r.id},
                {u"incident_id"_s, r.incidentId},
                {u"created_at"_s, isoOrEmpty(r.createdAt)},
                {u"due_at"_s, isoOrEmpty(r.dueAt)},
                {u"tat_hours"_s, r.tatHours},
                {u"status"_s, r.status},
                {u"overdue"_s, r.isOverdue(now)},
                {u"breached"_s, r.breached(now)},
                {u"countdown"_s, EscalationDesk::timing(r, now)},
                {u"complaint"_s, r.complaint},
                {u"entry_id"_s, r.entryId},
                {u"queue"_s, r.queueId},
                {u"order_id"_s, r.orderId},
                {u"ticket_id"_s, r.ticketId},
                {u"line"_s, r.line ? Codes::serviceLine(*r.line) : QString()},
                {u"escalated_by"_s, r.escalatedBy},
                {u"assignee"_s, r.assignee},
                {u"resolved_at"_s, isoOrEmpty(r.resolvedAt)},
                {u"review_note"_s, Formats::maskContactsInText(r.reviewNote)}};
    }
} // namespace

int Cli::agent(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Manage the agents who sign in: add, passwd, role, disable, enable, list. Supervisors manage agents; an agent "
        "may change their own password; the first agent of a database must be a supervisor and needs no "
        "--agent. Passwords are read from standard input (one line) with --password-stdin."));
    parser.addOptions({dbOption(), agentOption(), todayOption()});
    parser.addPositionalArgument(u"verb"_s, tr("add, passwd, role, disable, enable or list."));
    parser.addOption({u"id"_s, tr("The agent's ID, e.g. l1.meera."), tr("ID")});
    parser.addOption({u"name"_s, tr("add: the agent's name."), tr("NAME")});
    parser.addOption({u"role"_s, tr("add, role: L1, L2 or Supervisor."), tr("ROLE")});
    parser.addOption({u"password-stdin"_s, tr("add, passwd: read the password from standard input.")});
    parser.addOption({u"json"_s, tr("list: print JSON.")});
    if (const auto status = parse(parser, u"agent"_s, arguments)) {
        return *status;
    }
    const QString verb = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1
        || !QStringList{u"add"_s, u"passwd"_s, u"role"_s, u"disable"_s, u"enable"_s, u"list"_s}.contains(verb)) {
        return usage(tr("Use: assistdesk-cli agent add|passwd|role|disable|enable|list ..."));
    }
    if (!parseToday(parser.value(u"today"_s)) || !openDatabase(parser.value(u"db"_s), true)) {
        return parser.value(u"today"_s).isEmpty() || PolicyClock::parseDay(parser.value(u"today"_s)).isValid()
                   ? DatabaseError
                   : UsageError;
    }
    AgentService service(*m_workspace);
    if (verb == u"list") {
        const QList<Agent> agents = m_workspace->agents().list();
        if (m_workspace->agents().hasError()) {
            m_err << m_workspace->agents().errorString() << Qt::endl;
            return DatabaseError;
        }
        if (parser.isSet(u"json"_s)) {
            QJsonArray array;
            for (const Agent& a : agents) {
                array.append(QJsonObject{{u"id"_s, a.id},
                                         {u"name"_s, a.name},
                                         {u"role"_s, Roles::code(a.role)},
                                         {u"disabled"_s, a.disabled},
                                         {u"created_at"_s, isoOrEmpty(a.createdAt)}});
            }
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Ok;
        }
        for (const Agent& a : agents) {
            m_out << a.id << u"  "_s << Roles::code(a.role) << u"  "_s << a.name
                  << (a.disabled ? u"  "_s + tr("(disabled)") : QString()) << Qt::endl;
        }
        if (agents.isEmpty()) {
            m_err << tr("No agents yet: add the first supervisor with \"assistdesk-cli agent add --role Supervisor "
                        "...\".")
                  << Qt::endl;
        }
        return Ok;
    }
    const QString id = parser.value(u"id"_s).trimmed();
    if (id.isEmpty()) {
        return usage(tr("--id is required for agent %1.").arg(verb));
    }
    const bool bootstrap = verb == u"add" && service.needsFirstSupervisor();
    if (!bootstrap && !actAs(parser)) {
        return Rejected;
    }
    AgentOutcome outcome;
    if (verb == u"add" || verb == u"passwd") {
        if (!parser.isSet(u"password-stdin"_s)) {
            return usage(tr("Give the password on standard input with --password-stdin (never on the command line)."));
        }
        const QString password = readPasswordLine();
        if (verb == u"add") {
            const std::optional<Role> role = Roles::parse(parser.value(u"role"_s));
            if (!role) {
                return usage(tr("--role must be L1, L2 or Supervisor."));
            }
            Agent agent;
            agent.id = id;
            agent.name = parser.value(u"name"_s);
            agent.role = *role;
            outcome = service.addAgent(agent, password);
        } else {
            outcome = service.changePassword(id, password);
        }
    } else if (verb == u"role") {
        const std::optional<Role> role = Roles::parse(parser.value(u"role"_s));
        if (!role) {
            return usage(tr("--role must be L1, L2 or Supervisor."));
        }
        outcome = service.setRole(id, *role);
    } else {
        outcome = service.setDisabled(id, verb == u"disable");
    }
    m_err << outcome.message << Qt::endl;
    return outcome.ok ? Ok : outcome.refused ? Rejected : DatabaseError;
}

int Cli::escalations(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "The L2 desk: list the escalations (most urgent first), show one, and work it: take, update (the partner's "
        "update: \"Call Completed\", \"Call In Progress\" with --date, \"Call Cancelled due to Customer Dependency\" "
        "with --reason), outcall, resolve, brand (re-escalate to the brand). Supervisors also approve, return, "
        "reassign (--to) and close. L2 agents and supervisors only."));
    parser.addOptions({dbOption(), agentOption(), todayOption()});
    parser.addPositionalArgument(
        u"verb"_s, tr("list, show, take, update, outcall, resolve, brand, approve, return, reassign, close."));
    parser.addPositionalArgument(u"ID"_s, tr("The escalation (all verbs but list)."), u"[ID]"_s);
    parser.addOption({u"queue"_s, tr("list: only this queue (id)."), tr("ID")});
    parser.addOption({u"line"_s, tr("list: only this service line."), tr("LINE")});
    parser.addOption({u"overdue"_s, tr("list: only those past their Oathkeeper TAT.")});
    parser.addOption({u"escalated-by"_s, tr("list: only those escalated by this agent."), tr("ID")});
    parser.addOption({u"assignee"_s, tr("list: only those worked by this agent."), tr("ID")});
    parser.addOption({u"status"_s,
                      tr("list: active (default), review (resolved, waiting for the supervisor), closed, all, or a "
                         "comma-separated list of open, in_progress, brand, resolved, closed."),
                      tr("STATUS")});
    parser.addOption({u"update"_s, tr("update: the partner's update."), tr("TEXT")});
    parser.addOption({u"date"_s, tr("update: the new date (Call In Progress)."), tr("YYYY-MM-DD")});
    parser.addOption({u"reason"_s, tr("update: the reason (Call Cancelled)."), tr("TEXT")});
    parser.addOption({u"note"_s, tr("outcall, resolve, brand, return, close: what was done or said."), tr("TEXT")});
    parser.addOption({u"to"_s, tr("reassign: the L2 agent."), tr("ID")});
    parser.addOption({u"json"_s, tr("list, show: print JSON.")});
    if (const auto status = parse(parser, u"escalations"_s, arguments)) {
        return *status;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    static const QStringList verbs = {u"list"_s,  u"show"_s,    u"take"_s,   u"update"_s,   u"outcall"_s, u"resolve"_s,
                                      u"brand"_s, u"approve"_s, u"return"_s, u"reassign"_s, u"close"_s};
    if (!verbs.contains(verb) || positional.size() != (verb == u"list" ? 1 : 2)) {
        return usage(tr("Use: assistdesk-cli escalations list | VERB ID  (see --help)"));
    }
    qint64 id = 0;
    if (verb != u"list") {
        bool ok = false;
        id = positional.at(1).toLongLong(&ok);
        if (!ok || id < 1) {
            return usage(tr("\"%1\" is not an escalation number.").arg(positional.at(1)));
        }
    }
    if (!parseToday(parser.value(u"today"_s))) {
        return UsageError;
    }
    if (!openDatabase(parser.value(u"db"_s), true)) {
        return DatabaseError;
    }
    if (!actAs(parser)) {
        return Rejected;
    }
    EscalationDesk desk(*m_workspace);
    const QDateTime now = m_clock.now();
    if (verb == u"list") {
        EscalationFilter filter;
        filter.queueId = parser.value(u"queue"_s).trimmed();
        if (parser.isSet(u"line"_s)) {
            filter.line = Codes::parseServiceLine(parser.value(u"line"_s).trimmed().toLower());
            if (!filter.line) {
                return usage(tr("--line must be installation, maintenance, large_repair or mobile_repair."));
            }
        }
        filter.overdueOnly = parser.isSet(u"overdue"_s);
        filter.escalatedBy = parser.value(u"escalated-by"_s);
        filter.assignee = parser.value(u"assignee"_s);
        const QString status = parser.value(u"status"_s).trimmed().toLower();
        if (status == u"review") {
            filter.statuses = {u"resolved"_s};
        } else if (status == u"closed") {
            filter.statuses = {u"closed"_s};
        } else if (status == u"all") {
            filter.statuses = EscalationDesk::activeStatuses() + QStringList{u"resolved"_s, u"closed"_s};
        } else if (!status.isEmpty() && status != u"active") {
            filter.statuses = status.split(u',', Qt::SkipEmptyParts);
            for (const QString& s : std::as_const(filter.statuses)) {
                if (!(EscalationDesk::activeStatuses() + QStringList{u"resolved"_s, u"closed"_s}).contains(s)) {
                    return usage(tr("Unknown status \"%1\".").arg(s));
                }
            }
        }
        QString refusal;
        const QList<EscalationRow> rows = desk.list(filter, &refusal);
        if (!refusal.isEmpty()) {
            m_err << refusal << Qt::endl;
            return Rejected;
        }
        if (!desk.errorString().isEmpty()) {
            m_err << desk.errorString() << Qt::endl;
            return DatabaseError;
        }
        if (parser.isSet(u"json"_s)) {
            QJsonArray array;
            for (const EscalationRow& r : rows) {
                array.append(toJson(r, now));
            }
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Ok;
        }
        for (const EscalationRow& r : rows) {
            m_out << u'#' << r.id << u"  "_s << EscalationDesk::timing(r, now) << u"  "_s
                  << EscalationDesk::statusName(r.status) << u"  "_s << r.complaint << u"  "_s << r.orderId
                  << (r.ticketId.isEmpty() ? QString() : u" / "_s + r.ticketId) << u"  "_s
                  << tr("by %1").arg(r.escalatedBy)
                  << (r.assignee.isEmpty() ? QString() : u"  "_s + tr("worked by %1").arg(r.assignee)) << Qt::endl;
        }
        m_err << tr("%n escalation(s).", nullptr, static_cast<int>(rows.size())) << Qt::endl;
        return Ok;
    }
    if (verb == u"show") {
        if (const auto why = m_workspace->permit(Permission::WorkEscalations, tr("show escalation %1").arg(id))) {
            m_err << *why << Qt::endl;
            return Rejected;
        }
        const std::optional<EscalationRow> row = desk.find(id);
        if (!row) {
            m_err << tr("There is no escalation %1.").arg(id) << Qt::endl;
            return NotFound;
        }
        const std::optional<Incident> incident = m_workspace->incidents().find(row->incidentId);
        const QList<EscalationEvent> events = desk.events(id);
        if (parser.isSet(u"json"_s)) {
            QJsonObject object = toJson(*row, now);
            if (incident) {
                object.insert(u"tagging"_s, incident->notation());
                object.insert(u"remarks"_s, Formats::maskContactsInText(incident->remarks));
                object.insert(u"sop_path"_s, QJsonDocument::fromJson(incident->sopPath.toUtf8()).object());
            }
            QJsonArray array;
            for (const EscalationEvent& e : events) {
                array.append(
                    QJsonObject{{u"at"_s, isoOrEmpty(e.at)},
                                {u"agent"_s, e.agent},
                                {u"kind"_s, e.kind},
                                {u"partner_update"_s, e.partnerUpdate},
                                {u"new_date"_s, e.newDate.isValid() ? e.newDate.toString(Qt::ISODate) : QString()},
                                {u"note"_s, Formats::maskContactsInText(e.note)}});
            }
            object.insert(u"events"_s, array);
            m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
            return Ok;
        }
        m_out << tr("Escalation %1: %2").arg(id).arg(row->complaint) << Qt::endl;
        m_out << u"  "_s << EscalationDesk::statusName(row->status) << u", "_s
              << tr("due %1 (%2)").arg(DisplayFormat::dateTime(row->dueAt), EscalationDesk::timing(*row, now))
              << Qt::endl;
        m_out << u"  "_s
              << tr("Order %1, ticket %2; escalated by %3").arg(row->orderId, row->ticketId, row->escalatedBy)
              << Qt::endl;
        if (incident) {
            m_out << u"  "_s << incident->notation() << Qt::endl
                  << u"  "_s << Formats::maskContactsInText(incident->remarks) << Qt::endl;
        }
        for (const EscalationEvent& e : events) {
            m_out << u"  "_s << DisplayFormat::dateTime(e.at) << u"  "_s << e.agent << u"  "_s << e.kind
                  << (e.partnerUpdate.isEmpty() ? QString() : u"  "_s + e.partnerUpdate)
                  << (e.newDate.isValid() ? u"  "_s + DisplayFormat::date(e.newDate) : QString())
                  << (e.note.isEmpty() ? QString() : u"  "_s + Formats::maskContactsInText(e.note)) << Qt::endl;
        }
        return Ok;
    }
    const QString note = parser.value(u"note"_s);
    DeskOutcome outcome;
    if (verb == u"take") {
        outcome = desk.take(id);
    } else if (verb == u"update") {
        const std::optional<PartnerUpdate> update = EscalationDesk::parsePartnerUpdate(parser.value(u"update"_s));
        if (!update) {
            return usage(tr("--update must be \"Call Completed\", \"Call In Progress\" or \"Call Cancelled due to "
                            "Customer Dependency\"."));
        }
        QDate date;
        if (parser.isSet(u"date"_s)) {
            date = PolicyClock::parseDay(parser.value(u"date"_s));
            if (!date.isValid()) {
                return usage(tr("--date must be YYYY-MM-DD."));
            }
        }
        outcome = desk.recordPartnerUpdate(id, *update, parser.value(u"reason"_s), date);
    } else if (verb == u"outcall") {
        outcome = desk.logOutcall(id, note);
    } else if (verb == u"resolve") {
        outcome = desk.resolve(id, note);
    } else if (verb == u"brand") {
        outcome = desk.reescalateToBrand(id, note);
    } else if (verb == u"approve") {
        outcome = desk.approve(id, note);
    } else if (verb == u"return") {
        outcome = desk.returnToAgent(id, note);
    } else if (verb == u"reassign") {
        outcome = desk.reassign(id, parser.value(u"to"_s).trimmed(), note);
    } else {
        outcome = desk.close(id, note);
    }
    m_err << outcome.message << Qt::endl;
    return outcome.ok ? Ok : outcome.notFound ? NotFound : outcome.refused ? Rejected : DatabaseError;
}

int Cli::qa(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tagging QA (supervisors): list incidents with their review, mark one correct "
                                        "or wrong with the right tagging (--right ENTRY_ID from \"tagging list "
                                        "--json\"), print each agent's tagging accuracy."));
    parser.addOptions({dbOption(), agentOption(), todayOption()});
    parser.addPositionalArgument(u"verb"_s, tr("list, mark or accuracy."));
    parser.addPositionalArgument(u"args"_s, tr("mark: INCIDENT correct|wrong."), u"[INCIDENT correct|wrong]"_s);
    parser.addOption({u"of"_s, tr("list: only this agent's incidents."), tr("ID")});
    parser.addOption({u"unreviewed"_s, tr("list: only incidents not reviewed yet.")});
    parser.addOption({u"from"_s, tr("list, accuracy: first day (IST)."), tr("YYYY-MM-DD")});
    parser.addOption({u"to"_s, tr("list, accuracy: last day (IST)."), tr("YYYY-MM-DD")});
    parser.addOption({u"right"_s, tr("mark wrong: the tagging it should have had (entry id)."), tr("ENTRY")});
    parser.addOption({u"note"_s, tr("mark: a note for the agent."), tr("TEXT")});
    parser.addOption({u"json"_s, tr("list, accuracy: print JSON.")});
    if (const auto status = parse(parser, u"qa"_s, arguments)) {
        return *status;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (!((verb == u"list" || verb == u"accuracy") && positional.size() == 1)
        && !(verb == u"mark" && positional.size() == 3)) {
        return usage(tr("Use: assistdesk-cli qa list | accuracy | mark INCIDENT correct|wrong [--right ENTRY]"));
    }
    QDate from;
    QDate to;
    if (parser.isSet(u"from"_s) && !(from = PolicyClock::parseDay(parser.value(u"from"_s))).isValid()) {
        return usage(tr("--from must be YYYY-MM-DD."));
    }
    if (parser.isSet(u"to"_s) && !(to = PolicyClock::parseDay(parser.value(u"to"_s))).isValid()) {
        return usage(tr("--to must be YYYY-MM-DD."));
    }
    if (!parseToday(parser.value(u"today"_s))) {
        return UsageError;
    }
    if (!openDatabase(parser.value(u"db"_s), true)) {
        return DatabaseError;
    }
    if (!actAs(parser)) {
        return Rejected;
    }
    TaggingQa qa(*m_workspace);
    if (verb == u"mark") {
        bool ok = false;
        const qint64 incident = positional.at(1).toLongLong(&ok);
        const QString verdict = positional.at(2).toLower();
        if (!ok || (verdict != u"correct" && verdict != u"wrong")) {
            return usage(tr("Use: assistdesk-cli qa mark INCIDENT correct|wrong [--right ENTRY]"));
        }
        const QaOutcome outcome = verdict == u"correct" ? qa.markCorrect(incident, parser.value(u"note"_s))
                                                        : qa.markIncorrect(incident, parser.value(u"right"_s).trimmed(),
                                                                           parser.value(u"note"_s));
        m_err << outcome.message << Qt::endl;
        return outcome.ok ? Ok : outcome.refused ? Rejected : DatabaseError;
    }
    if (verb == u"accuracy") {
        if (const auto why = m_workspace->permit(Permission::TaggingQa, tr("qa accuracy"))) {
            m_err << *why << Qt::endl;
            return Rejected;
        }
        const QList<AgentAccuracy> figures = qa.accuracy(from, to);
        if (parser.isSet(u"json"_s)) {
            QJsonArray array;
            for (const AgentAccuracy& a : figures) {
                array.append(QJsonObject{{u"agent"_s, a.agent},
                                         {u"reviewed"_s, a.reviewed},
                                         {u"correct"_s, a.correct},
                                         {u"percent"_s, a.percent()}});
            }
            m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
            return Ok;
        }
        for (const AgentAccuracy& a : figures) {
            m_out << a.agent << u"  "_s
                  << tr("%1 of %2 correct (%3%)").arg(a.correct).arg(a.reviewed).arg(a.percent(), 0, 'f', 1)
                  << Qt::endl;
        }
        return Ok;
    }
    QaFilter filter;
    filter.agent = parser.value(u"of"_s);
    filter.unreviewedOnly = parser.isSet(u"unreviewed"_s);
    filter.from = from;
    filter.to = to;
    QString refusal;
    const QList<QaRow> rows = qa.list(filter, &refusal);
    if (!refusal.isEmpty()) {
        m_err << refusal << Qt::endl;
        return Rejected;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const QaRow& r : rows) {
            QJsonObject object{{u"incident"_s, r.incident.id},
                               {u"created_at"_s, isoOrEmpty(r.incident.createdAt)},
                               {u"agent"_s, r.incident.agent},
                               {u"tagging"_s, r.incident.notation()},
                               {u"entry_id"_s, r.incident.entryId}};
            object.insert(u"review"_s, !r.correct ? QJsonValue() : QJsonValue(*r.correct ? u"correct"_s : u"wrong"_s));
            object.insert(u"right_entry_id"_s, r.correctEntryId);
            array.append(object);
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const QaRow& r : rows) {
        m_out << r.incident.id << u"  "_s << DisplayFormat::dateTime(r.incident.createdAt) << u"  "_s
              << r.incident.agent << u"  "_s << r.incident.notation() << u"  "_s
              << (!r.correct   ? tr("not reviewed")
                  : *r.correct ? tr("correct")
                               : tr("wrong"))
              << Qt::endl;
    }
    return Ok;
}

int Cli::dashboard(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The supervisor's dashboard figures for a period: incidents per day by "
                                        "disposition and TAT breaches, incidents by queue, and per agent the "
                                        "incidents, average handle time and tagging accuracy."));
    parser.addOptions({dbOption(), agentOption(), todayOption()});
    parser.addOption({u"from"_s, tr("First day (IST; default: 13 days before today)."), tr("YYYY-MM-DD")});
    parser.addOption({u"to"_s, tr("Last day (IST; default: today)."), tr("YYYY-MM-DD")});
    parser.addOption({u"json"_s, tr("Print JSON.")});
    if (const auto status = parse(parser, u"dashboard"_s, arguments)) {
        return *status;
    }
    if (!parseToday(parser.value(u"today"_s))) {
        return UsageError;
    }
    const QDate to = parser.isSet(u"to"_s) ? PolicyClock::parseDay(parser.value(u"to"_s)) : m_clock.today();
    const QDate from = parser.isSet(u"from"_s) ? PolicyClock::parseDay(parser.value(u"from"_s)) : to.addDays(-13);
    if (!from.isValid() || !to.isValid()) {
        return usage(tr("--from and --to must be YYYY-MM-DD."));
    }
    if (!openDatabase(parser.value(u"db"_s), true)) {
        return DatabaseError;
    }
    if (!actAs(parser)) {
        return Rejected;
    }
    DashboardData data;
    if (const auto problem = Dashboard::load(*m_workspace, from, to, &data)) {
        m_err << *problem << Qt::endl;
        return Rejected;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray days;
        for (const DashboardData::Day& d : data.days) {
            days.append(QJsonObject{{u"day"_s, d.day.toString(Qt::ISODate)},
                                    {u"resolved"_s, d.resolved},
                                    {u"unresolved"_s, d.unresolved},
                                    {u"tat_breaches"_s, d.breaches}});
        }
        QJsonArray queues;
        for (const DashboardData::Queue& q : data.queues) {
            queues.append(QJsonObject{{u"queue"_s, q.id}, {u"name"_s, q.name}, {u"incidents"_s, q.incidents}});
        }
        QJsonArray agents;
        for (const DashboardData::AgentFigures& a : data.agents) {
            agents.append(QJsonObject{{u"agent"_s, a.agent},
                                      {u"incidents"_s, a.incidents},
                                      {u"average_handle_seconds"_s, a.averageHandleSeconds},
                                      {u"reviewed"_s, a.reviewed},
                                      {u"correct"_s, a.correct},
                                      {u"accuracy_percent"_s, a.accuracyPercent()}});
        }
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"from"_s, from.toString(Qt::ISODate)},
                                                             {u"to"_s, to.toString(Qt::ISODate)},
                                                             {u"incidents"_s, data.incidents},
                                                             {u"escalations"_s, data.escalations},
                                                             {u"active_escalations"_s, data.activeEscalations},
                                                             {u"overdue_escalations"_s, data.overdueEscalations},
                                                             {u"days"_s, days},
                                                             {u"queues"_s, queues},
                                                             {u"agents"_s, agents}})
                                       .toJson(QJsonDocument::Indented));
        return Ok;
    }
    m_out << tr("%1 to %2: %n incident(s)", nullptr, data.incidents)
                 .arg(DisplayFormat::date(from), DisplayFormat::date(to))
          << u", "_s << tr("%n escalation(s)", nullptr, data.escalations) << u"; "_s
          << tr("now %1 active, %2 overdue").arg(data.activeEscalations).arg(data.overdueEscalations) << Qt::endl;
    for (const DashboardData::Day& d : data.days) {
        m_out << u"  "_s << DisplayFormat::date(d.day) << u"  "_s
              << tr("resolved %1, unresolved %2, TAT breaches %3").arg(d.resolved).arg(d.unresolved).arg(d.breaches)
              << Qt::endl;
    }
    for (const DashboardData::AgentFigures& a : data.agents) {
        m_out << u"  "_s << a.agent << u"  "_s << tr("%n incident(s)", nullptr, a.incidents);
        if (a.averageHandleSeconds >= 0) {
            m_out << u", "_s << tr("average handle %1 s").arg(a.averageHandleSeconds, 0, 'f', 0);
        }
        if (a.reviewed > 0) {
            m_out << u", "_s << tr("tagging accuracy %1% of %2").arg(a.accuracyPercent(), 0, 'f', 1).arg(a.reviewed);
        }
        m_out << Qt::endl;
    }
    return Ok;
}

int Cli::exportList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Export a list to CSV (RFC 4180, UTF-8 with BOM, opens in Excel): escalations, review (resolved "
           "escalations), qa, audit, dashboard-days, dashboard-agents. Supervisors only; contact details are masked "
           "unless --include-contacts, and every export is audited."));
    parser.addOptions({dbOption(), agentOption(), todayOption()});
    parser.addPositionalArgument(u"list"_s, tr("escalations, review, qa, audit, dashboard-days or dashboard-agents."));
    parser.addOption({u"out"_s, tr("The CSV file to write."), tr("FILE")});
    parser.addOption({u"include-contacts"_s, tr("Write mobile numbers and email in full (audited).")});
    parser.addOption({u"from"_s, tr("qa, dashboard: first day."), tr("YYYY-MM-DD")});
    parser.addOption({u"to"_s, tr("qa, dashboard: last day."), tr("YYYY-MM-DD")});
    if (const auto status = parse(parser, u"export"_s, arguments)) {
        return *status;
    }
    const QString list = parser.positionalArguments().value(0);
    static const QStringList lists = {u"escalations"_s, u"review"_s,         u"qa"_s,
                                      u"audit"_s,       u"dashboard-days"_s, u"dashboard-agents"_s};
    if (parser.positionalArguments().size() != 1 || !lists.contains(list)) {
        return usage(tr("Use: assistdesk-cli export %1 --out FILE").arg(lists.join(u'|')));
    }
    if (!parser.isSet(u"out"_s)) {
        return usage(tr("--out FILE is required."));
    }
    if (!parseToday(parser.value(u"today"_s))) {
        return UsageError;
    }
    if (!openDatabase(parser.value(u"db"_s), true)) {
        return DatabaseError;
    }
    if (!actAs(parser)) {
        return Rejected;
    }
    if (const auto why = m_workspace->permit(Permission::Export, tr("export %1").arg(list))) {
        m_err << *why << Qt::endl;
        return Rejected;
    }
    const bool contacts = parser.isSet(u"include-contacts"_s);
    const QDate to = parser.isSet(u"to"_s) ? PolicyClock::parseDay(parser.value(u"to"_s)) : m_clock.today();
    const QDate from = parser.isSet(u"from"_s) ? PolicyClock::parseDay(parser.value(u"from"_s)) : to.addDays(-13);
    if (!to.isValid() || !from.isValid()) {
        return usage(tr("--from and --to must be YYYY-MM-DD."));
    }
    CsvTable table;
    if (list == u"escalations" || list == u"review") {
        EscalationDesk desk(*m_workspace);
        EscalationFilter filter;
        filter.statuses = list == u"review"
                              ? QStringList{u"resolved"_s}
                              : EscalationDesk::activeStatuses() + QStringList{u"resolved"_s, u"closed"_s};
        filter.limit = -1; // an export holds every row, not a screenful
        table = Exporter::escalations(desk.list(filter), contacts, m_clock.now());
        table.name = list;
    } else if (list == u"qa") {
        TaggingQa qa(*m_workspace);
        QaFilter filter;
        filter.from = parser.isSet(u"from"_s) ? from : QDate();
        filter.to = parser.isSet(u"to"_s) ? to : QDate();
        table = Exporter::taggingQa(qa.list(filter, nullptr, -1), contacts);
    } else if (list == u"audit") {
        table = Exporter::audit(m_workspace->audit().recent(1000000), contacts);
    } else {
        DashboardData data;
        if (const auto problem = Dashboard::load(*m_workspace, from, to, &data)) {
            m_err << *problem << Qt::endl;
            return Rejected;
        }
        table = list == u"dashboard-days" ? Exporter::dashboardDays(data) : Exporter::dashboardAgents(data);
    }
    Exporter exporter(*m_workspace);
    const ExportOutcome outcome = exporter.write(table, parser.value(u"out"_s), contacts);
    m_err << outcome.message << Qt::endl;
    return outcome.ok ? Ok : outcome.refused ? Rejected : DatabaseError;
}
