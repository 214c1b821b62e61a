// assistdesk-cli commands for tagging and the ticket actions: tag, action, tagging, config,
// incidents, audit. Same core and same rules as the console; a refusal prints the rule's reason
// on stderr and exits 2.

#include "Cli.h"

#include "actions/TicketActions.h"
#include "core/DisplayFormat.h"
#include "domain/Formats.h"
#include "store/AuditLog.h"
#include "store/IncidentStore.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"
#include "tagging/TaggingCatalog.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace
{
    QJsonObject toJson(const Incident& incident)
    {
        QJsonObject object{{u"id"_s, incident.id},
                           {u"created_at"_s, incident.createdAt.toString(Qt::ISODate)},
                           {u"agent"_s, incident.agent},
                           {u"tagging"_s, incident.notation()},
                           {u"channel"_s, TaggingCatalog::channelName(incident.channel)},
                           {u"type"_s, TaggingCatalog::kindName(incident.kind)},
                           {u"incident"_s, incident.incidentType},
                           {u"sub_type"_s, incident.subType},
                           {u"disposition"_s, TaggingCatalog::dispositionName(incident.disposition)},
                           {u"queue"_s, incident.queueId},
                           {u"remarks"_s, Formats::maskContactsInText(incident.remarks)},
                           {u"order_id"_s, incident.orderId},
                           {u"ticket_id"_s, incident.ticketId},
                           {u"action"_s, TaggingCatalog::actionName(incident.action)}};
        if (incident.handleSeconds >= 0) {
            object.insert(u"handle_seconds"_s, incident.handleSeconds);
        }
        if (incident.escalation) {
            object.insert(u"escalation"_s, QJsonObject{{u"due_at"_s, incident.escalation->dueAt.toString(Qt::ISODate)},
                                                       {u"tat_hours"_s, incident.escalation->tatHours},
                                                       {u"queue"_s, incident.escalation->queueId},
                                                       {u"status"_s, incident.escalation->status}});
        }
        return object;
    }

    QString queueName(const QString& id)
    {
        const TaggingQueue* queue = TaggingCatalog::instance().queue(id);
        return queue ? queue->name : id;
    }
} // namespace

int Cli::report(const ActionOutcome& outcome, bool json)
{
    if (!outcome.ok) {
        m_err << outcome.message << Qt::endl;
        return outcome.refused ? Rejected : DatabaseError;
    }
    const Incident& incident = outcome.incident;
    if (json) {
        m_out << QString::fromUtf8(QJsonDocument(toJson(incident)).toJson(QJsonDocument::Indented));
        return Ok;
    }
    m_out << tr("Incident %1: %2").arg(incident.id).arg(incident.notation()) << Qt::endl;
    m_out << u"  "_s << tr("Queue: %1").arg(queueName(incident.queueId)) << Qt::endl;
    if (incident.escalation) {
        m_out << u"  "_s
              << tr("Escalated: Oathkeeper TAT %1 h, due %2")
                     .arg(incident.escalation->tatHours)
                     .arg(DisplayFormat::dateTime(incident.escalation->dueAt))
              << Qt::endl;
    }
    return Ok;
}

int Cli::tag(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Tag an incident on an order, as the Tag Incident panel does: channel >> type "
                                        ">> incident type [>> sub-type]; queue, disposition and remarks come from the "
                                        "catalog unless given. An incident type that escalates also creates the "
                                        "escalation with its Oathkeeper TAT."));
    parser.addOptions({dbOption(), agentOption(), todayOption()});
    parser.addOption({u"order"_s, tr("The order (OD ID)."), tr("OD")});
    parser.addOption({u"ticket"_s, tr("The ticket the incident is about (optional)."), tr("T")});
    parser.addOption({u"channel"_s, tr("Inbound or Email (default Inbound)."), tr("CHANNEL"), u"Inbound"_s});
    parser.addOption({u"type"_s, tr("Complaint, Enquiry or Request."), tr("TYPE")});
    parser.addOption({u"incident"_s, tr("The incident type, in the article's words."), tr("TEXT")});
    parser.addOption({u"sub"_s, tr("The sub-type, when the incident type has one."), tr("TEXT")});
    parser.addOption({u"remarks"_s, tr("Remarks (default: the catalog's template, filled in)."), tr("TEXT")});
    parser.addOption({u"customer-said"_s, tr("What the customer said, for the remarks template."), tr("TEXT")});
    parser.addOption({u"queue"_s, tr("Another queue than the catalog's (queue id)."), tr("ID")});
    parser.addOption({u"disposition"_s, tr("Resolved or Unresolved, instead of the catalog's."), tr("D")});
    parser.addOption({u"json"_s, tr("Print the incident as JSON.")});
    if (const auto status = parse(parser, u"tag"_s, arguments)) {
        return *status;
    }
    return tagOrEscalate(parser, false);
}

int Cli::tagOrEscalate(const QCommandLineParser& parser, bool escalation)
{
    const auto channel = TaggingCatalog::parseChannel(parser.value(u"channel"_s));
    if (!channel) {
        return usage(tr("--channel must be Inbound or Email."));
    }
    const QString typeText =
        parser.isSet(u"type"_s) ? parser.value(u"type"_s) : (escalation ? u"Complaint"_s : QString());
    const auto kind = TaggingCatalog::parseKind(typeText);
    if (!kind) {
        return usage(tr("--type must be Complaint, Enquiry or Request."));
    }
    if (!parser.isSet(u"incident"_s)) {
        return usage(tr("--incident is required: the incident type in the article's words (see \"assistdesk-cli "
                        "tagging list\")."));
    }
    std::optional<Disposition> disposition;
    if (parser.isSet(u"disposition"_s)) {
        disposition = TaggingCatalog::parseDisposition(parser.value(u"disposition"_s));
        if (!disposition) {
            return usage(tr("--disposition must be Resolved or Unresolved."));
        }
    }
    if (!parseToday(parser.value(u"today"_s))) {
        return UsageError;
    }
    const TaggingCatalog& catalog = TaggingCatalog::instance();
    const TaggingEntry* entry = catalog.find(*kind, parser.value(u"incident"_s), parser.value(u"sub"_s));
    if (!entry) {
        QStringList candidates;
        for (const TaggingEntry* e : catalog.entries(*kind)) {
            candidates.append(u"  "_s + e->label());
        }
        m_err << tr("\"%1\" is not one of the catalog's %2 incident types. They are:")
                     .arg(parser.value(u"incident"_s), TaggingCatalog::kindName(*kind))
              << Qt::endl
              << candidates.join(u'\n') << Qt::endl;
        return Rejected;
    }
    if (!parser.isSet(u"order"_s) && !parser.isSet(u"ticket"_s)) {
        return usage(tr("Give the order (--order OD) or the ticket (--ticket T)."));
    }
    if (!openDatabase(parser.value(u"db"_s), true)) {
        return DatabaseError;
    }
    if (!actAs(parser)) {
        return Rejected;
    }
    IncidentDraft draft;
    draft.channel = *channel;
    draft.entryId = entry->id;
    draft.queueId = parser.value(u"queue"_s);
    draft.disposition = disposition;
    draft.orderId = parser.value(u"order"_s).trimmed().toUpper();
    draft.ticketId = parser.value(u"ticket"_s).trimmed();
    if (draft.orderId.isEmpty()) {
        const std::optional<TicketLocation> location = m_workspace->orders().locateTicket(draft.ticketId);
        if (!location) {
            m_err << tr("No ticket %1 in this database.").arg(draft.ticketId) << Qt::endl;
            return m_workspace->orders().hasError() ? DatabaseError : NotFound;
        }
        draft.orderId = location->orderId;
    }
    const std::optional<Order> order = m_workspace->orders().order(draft.orderId);
    if (!order) {
        m_err << (m_workspace->orders().hasError() ? m_workspace->orders().errorString()
                                                   : tr("No order %1 in this database.").arg(draft.orderId))
              << Qt::endl;
        return m_workspace->orders().hasError() ? DatabaseError : NotFound;
    }
    TicketActions actions(*m_workspace);
    draft.remarks = parser.isSet(u"remarks"_s) ? parser.value(u"remarks"_s)
                                               : actions.defaultRemarks(*entry, *order, order->ticket(draft.ticketId),
                                                                        parser.value(u"customer-said"_s));
    const ActionOutcome outcome = escalation ? actions.escalate(draft) : actions.tag(draft);
    return report(outcome, parser.isSet(u"json"_s));
}

int Cli::action(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Carry out a ticket action with the article's rules: reschedule (date today or "
                                        "later, within the horizon; not on a cancelled or completed ticket), reopen "
                                        "(a completed ticket within 30 days of service), cancel (only in Cancel "
                                        "Initiated), escalate (to L2 with the Oathkeeper TAT). Each writes the ticket "
                                        "change, the activity entry, the incident and the audit record together."));
    parser.addOptions({dbOption(), agentOption(), todayOption()});
    parser.addPositionalArgument(u"action"_s, tr("reschedule, reopen, cancel or escalate."));
    parser.addOption({u"ticket"_s, tr("The ticket."), tr("T")});
    parser.addOption({u"order"_s, tr("The order (escalate only, for an order without ticket)."), tr("OD")});
    parser.addOption({u"channel"_s, tr("Inbound or Email (default Inbound)."), tr("CHANNEL"), u"Inbound"_s});
    parser.addOption({u"date"_s, tr("reschedule: the new date; reopen: the new SPD."), tr("YYYY-MM-DD")});
    parser.addOption({u"slot"_s, tr("reschedule: the new slot, e.g. 12:00-15:00."), tr("SLOT")});
    parser.addOption(
        {u"view"_s, tr("reopen: Alternate Contact Change, Mobile Number Change or Address Change."), tr("VIEW")});
    parser.addOption({u"detail"_s, tr("reopen: the new contact number or address of that view."), tr("TEXT")});
    parser.addOption({u"reason"_s, tr("reopen: what the customer reports."), tr("TEXT")});
    parser.addOption({u"type"_s, tr("escalate: the incident's type (default Complaint)."), tr("TYPE")});
    parser.addOption({u"incident"_s, tr("escalate: the incident type, in the article's words."), tr("TEXT")});
    parser.addOption({u"sub"_s, tr("escalate: the sub-type."), tr("TEXT")});
    parser.addOption({u"queue"_s, tr("escalate: another queue than the catalog's."), tr("ID")});
    parser.addOption({u"disposition"_s, tr("escalate: Resolved or Unresolved instead of the catalog's."), tr("D")});
    parser.addOption({u"remarks"_s, tr("Remarks (default: the catalog's template, filled in)."), tr("TEXT")});
    parser.addOption({u"customer-said"_s, tr("What the customer said, for the remarks template."), tr("TEXT")});
    parser.addOption({u"json"_s, tr("Print the incident as JSON.")});
    if (const auto status = parse(parser, u"action"_s, arguments)) {
        return *status;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usage(tr("Use: assistdesk-cli action reschedule|reopen|cancel|escalate --ticket T ..."));
    }
    const QString verb = positional.constFirst();
    if (verb == u"escalate") {
        return tagOrEscalate(parser, true);
    }
    TicketAction kind = TicketAction::None;
    QString entryId;
    if (verb == u"reschedule") {
        kind = TicketAction::Reschedule;
        entryId = u"request-to-reschedule"_s;
    } else if (verb == u"reopen") {
        kind = TicketAction::Reopen;
        entryId = u"request-to-reopen-ticket"_s;
    } else if (verb == u"cancel") {
        kind = TicketAction::Cancel;
        entryId = u"cancellation-of-service"_s;
    } else {
        return usage(tr("Unknown action \"%1\": use reschedule, reopen, cancel or escalate.").arg(verb));
    }
    const auto channel = TaggingCatalog::parseChannel(parser.value(u"channel"_s));
    if (!channel) {
        return usage(tr("--channel must be Inbound or Email."));
    }
    if (!parser.isSet(u"ticket"_s)) {
        return usage(tr("--ticket is required for %1.").arg(verb));
    }
    QDate date;
    if (kind != TicketAction::Cancel) {
        date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
        if (!date.isValid()) {
            return usage(tr("--date YYYY-MM-DD is required for %1.").arg(verb));
        }
    }
    std::optional<ReopenView> view;
    if (kind == TicketAction::Reopen) {
        view = TicketActions::parseReopenView(parser.value(u"view"_s));
        if (!view) {
            return usage(
                tr("--view must be \"Alternate Contact Change\", \"Mobile Number Change\" or \"Address Change\"."));
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
    OrderStore& orders = m_workspace->orders();
    const std::optional<TicketLocation> location = orders.locateTicket(parser.value(u"ticket"_s).trimmed());
    if (!location) {
        m_err << tr("No ticket %1 in this database.").arg(parser.value(u"ticket"_s)) << Qt::endl;
        return orders.hasError() ? DatabaseError : NotFound;
    }
    const std::optional<Order> order = orders.order(location->orderId);
    if (!order) {
        m_err << orders.errorString() << Qt::endl;
        return DatabaseError;
    }
    IncidentDraft draft;
    draft.channel = *channel;
    draft.entryId = entryId;
    draft.orderId = order->orderId;
    draft.ticketId = parser.value(u"ticket"_s).trimmed();
    TicketActions actions(*m_workspace);
    if (parser.isSet(u"remarks"_s)) {
        draft.remarks = parser.value(u"remarks"_s);
    } else {
        QHash<QString, QString> values =
            actions.remarksValues(*order, order->ticket(draft.ticketId), parser.value(u"customer-said"_s));
        values.insert(u"new_date"_s, DisplayFormat::date(date));
        draft.remarks = TaggingCatalog::fill(TaggingCatalog::instance().entry(entryId)->remarksTemplate, values);
    }
    ActionOutcome outcome;
    switch (kind) {
    case TicketAction::Reschedule:
        outcome = actions.reschedule(draft, date, parser.value(u"slot"_s));
        break;
    case TicketAction::Reopen:
        outcome = actions.reopen(draft, *view, parser.value(u"detail"_s), date, parser.value(u"reason"_s));
        break;
    case TicketAction::Cancel:
        outcome = actions.cancel(draft);
        break;
    case TicketAction::None:
        break;
    }
    return report(outcome, parser.isSet(u"json"_s));
}

int Cli::tagging(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the tagging catalog in the KM article's notation, one incident type "
                                        "per line."));
    parser.addPositionalArgument(u"list"_s, tr("The action: list."));
    parser.addOption({u"channel"_s, tr("Inbound or Email (default Inbound)."), tr("CHANNEL"), u"Inbound"_s});
    parser.addOption({u"json"_s, tr("Print the catalog entries as JSON, with queue, TAT and remarks template.")});
    parser.addOption({u"verbose"_s, tr("Add the queue and the Oathkeeper TAT to each line.")});
    if (const auto status = parse(parser, u"tagging"_s, arguments)) {
        return *status;
    }
    if (parser.positionalArguments() != QStringList{u"list"_s}) {
        return usage(tr("Use: assistdesk-cli tagging list [--channel Inbound|Email] [--json]"));
    }
    const auto channel = TaggingCatalog::parseChannel(parser.value(u"channel"_s));
    if (!channel) {
        return usage(tr("--channel must be Inbound or Email."));
    }
    const TaggingCatalog& catalog = TaggingCatalog::instance();
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const TaggingEntry& e : catalog.entries()) {
            array.append(QJsonObject{{u"id"_s, e.id},
                                     {u"notation"_s, TaggingCatalog::notation(*channel, e)},
                                     {u"type"_s, TaggingCatalog::kindName(e.kind)},
                                     {u"incident"_s, e.incident},
                                     {u"sub_type"_s, e.subType},
                                     {u"disposition"_s, TaggingCatalog::dispositionName(e.disposition)},
                                     {u"queue"_s, e.queueId},
                                     {u"escalates"_s, e.escalates},
                                     {u"tat_hours"_s, e.tatHours},
                                     {u"action"_s, TaggingCatalog::actionName(e.action)},
                                     {u"remarks"_s, e.remarksTemplate},
                                     {u"source"_s, e.source},
                                     {u"assumption"_s, e.assumption}});
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const TaggingEntry& e : catalog.entries()) {
        m_out << TaggingCatalog::notation(*channel, e);
        if (parser.isSet(u"verbose"_s)) {
            m_out << u"    ["_s << queueName(e.queueId);
            if (e.escalates) {
                m_out << u", "_s << tr("Oathkeeper TAT %1 h").arg(e.tatHours);
            }
            if (e.action != TicketAction::None) {
                m_out << u", "_s << tr("action %1").arg(TaggingCatalog::actionName(e.action));
            }
            m_out << u']';
        }
        m_out << Qt::endl;
    }
    return Ok;
}

int Cli::config(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Settings shared by everyone on this database. Keys: %1 (days a reschedule "
                                        "may go ahead, default %2) and oathkeeper.<incident id>.hours (the "
                                        "Oathkeeper TAT of an escalating incident type; ids from \"tagging list "
                                        "--json\"). Changes are audited.")
                                         .arg(TicketActions::rescheduleHorizonKey())
                                         .arg(TicketActions::DefaultRescheduleHorizonDays));
    parser.addOptions({dbOption(), agentOption(), todayOption()});
    parser.addPositionalArgument(u"action"_s, tr("list, get KEY, or set KEY VALUE."));
    if (const auto status = parse(parser, u"config"_s, arguments)) {
        return *status;
    }
    const QStringList positional = parser.positionalArguments();
    const QString verb = positional.value(0);
    if (!((verb == u"list" && positional.size() == 1) || (verb == u"get" && positional.size() == 2)
          || (verb == u"set" && positional.size() == 3))) {
        return usage(tr("Use: assistdesk-cli config list | get KEY | set KEY VALUE"));
    }
    if (!parseToday(parser.value(u"today"_s))) {
        return UsageError;
    }
    if (!openDatabase(parser.value(u"db"_s), true)) {
        return DatabaseError;
    }
    if (verb == u"set" && !actAs(parser)) {
        return Rejected;
    }
    TicketActions actions(*m_workspace);
    const QString horizonKey = TicketActions::rescheduleHorizonKey();
    if (verb == u"list") {
        m_out << horizonKey << u" = "_s << actions.rescheduleHorizonDays() << Qt::endl;
        for (const TaggingEntry& e : TaggingCatalog::instance().entries()) {
            if (e.escalates) {
                m_out << TicketActions::oathkeeperKey(e.id) << u" = "_s << actions.oathkeeperHours(e) << Qt::endl;
            }
        }
        return Ok;
    }
    const QString key = positional.at(1);
    const TaggingEntry* entry = nullptr;
    if (key != horizonKey) {
        for (const TaggingEntry& e : TaggingCatalog::instance().entries()) {
            if (TicketActions::oathkeeperKey(e.id) == key && e.escalates) {
                entry = &e;
            }
        }
        if (!entry) {
            m_err << tr("Unknown setting \"%1\". \"assistdesk-cli config list\" shows them all.").arg(key) << Qt::endl;
            return Rejected;
        }
    }
    if (verb == u"get") {
        m_out << (entry ? actions.oathkeeperHours(*entry) : actions.rescheduleHorizonDays()) << Qt::endl;
        return Ok;
    }
    bool ok = false;
    const int value = positional.at(2).toInt(&ok);
    if (!ok) {
        m_err << tr("\"%1\" is not a whole number.").arg(positional.at(2)) << Qt::endl;
        return Rejected;
    }
    const ActionOutcome outcome =
        entry ? actions.setOathkeeperHours(entry->id, value) : actions.setRescheduleHorizonDays(value);
    if (!outcome.ok) {
        m_err << outcome.message << Qt::endl;
        return outcome.refused ? Rejected : DatabaseError;
    }
    m_err << tr("%1 is now %2.").arg(key).arg(value) << Qt::endl;
    return Ok;
}

int Cli::incidents(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The incidents tagged on an order, newest first."));
    parser.addOption(dbOption());
    parser.addOption({u"order"_s, tr("The order (OD ID)."), tr("OD")});
    parser.addOption({u"json"_s, tr("Print them as JSON.")});
    if (const auto status = parse(parser, u"incidents"_s, arguments)) {
        return *status;
    }
    if (!parser.isSet(u"order"_s)) {
        return usage(tr("--order is required."));
    }
    if (!openDatabase(parser.value(u"db"_s), true)) {
        return DatabaseError;
    }
    IncidentStore& store = m_workspace->incidents();
    const QList<Incident> list = store.forOrder(parser.value(u"order"_s).trimmed().toUpper());
    if (store.hasError()) {
        m_err << store.errorString() << Qt::endl;
        return DatabaseError;
    }
    if (parser.isSet(u"json"_s)) {
        QJsonArray array;
        for (const Incident& incident : list) {
            array.append(toJson(incident));
        }
        m_out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const Incident& incident : list) {
        m_out << DisplayFormat::dateTime(incident.createdAt) << u"  "_s << incident.agent << u"  "_s
              << incident.notation() << u"  ["_s << queueName(incident.queueId) << u']';
        if (!incident.ticketId.isEmpty()) {
            m_out << u"  "_s << incident.ticketId;
        }
        if (incident.escalation) {
            m_out << u"  "_s << tr("due %1").arg(DisplayFormat::dateTime(incident.escalation->dueAt));
        }
        m_out << Qt::endl << u"    "_s << Formats::maskContactsInText(incident.remarks) << Qt::endl;
    }
    return Ok;
}

int Cli::audit(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The audit log, newest first: who did what, when, with the values before and "
                                        "after. Contact details are masked."));
    parser.addOption(dbOption());
    parser.addOption({u"order"_s, tr("The audit log of this order (OD ID)."), tr("OD")});
    parser.addOption({u"all"_s, tr("The whole audit log, settings changes included (supervisors, with --agent).")});
    parser.addOptions({agentOption(), todayOption()});
    parser.addOption({u"limit"_s, tr("At most this many records (default 500)."), tr("N"), u"500"_s});
    if (const auto status = parse(parser, u"audit"_s, arguments)) {
        return *status;
    }
    if (parser.isSet(u"order"_s) == parser.isSet(u"all"_s)) {
        return usage(tr("Give --order OD or --all."));
    }
    if (!parseToday(parser.value(u"today"_s))) {
        return UsageError;
    }
    bool limitOk = false;
    const int limit = parser.value(u"limit"_s).toInt(&limitOk);
    if (!limitOk || limit < 1) {
        return usage(tr("--limit must be a whole number of 1 or more."));
    }
    if (!openDatabase(parser.value(u"db"_s), true)) {
        return DatabaseError;
    }
    if (parser.isSet(u"all"_s)) {
        // The whole log is the supervisor's; an order's own log is part of its history.
        if (!actAs(parser)) {
            return Rejected;
        }
        if (const auto why = m_workspace->permit(Permission::ViewFullAudit, tr("audit --all"))) {
            m_err << *why << Qt::endl;
            return Rejected;
        }
    }
    AuditLog& log = m_workspace->audit();
    const QList<AuditRecord> records =
        parser.isSet(u"all"_s) ? log.recent(limit) : log.forOrder(parser.value(u"order"_s).trimmed().toUpper(), limit);
    if (!log.errorString().isEmpty()) {
        m_err << log.errorString() << Qt::endl;
        return DatabaseError;
    }
    for (const AuditRecord& record : records) {
        const AuditRecord r = record.masked();
        m_out << DisplayFormat::dateTime(r.at) << u"  "_s << r.agent << u"  "_s << r.action << u"  "_s << r.entity
              << u' ' << r.entityId;
        if (!r.before.isEmpty()) {
            m_out << u"  before "_s << QString::fromUtf8(QJsonDocument(r.before).toJson(QJsonDocument::Compact));
        }
        if (!r.after.isEmpty()) {
            m_out << u"  after "_s << QString::fromUtf8(QJsonDocument(r.after).toJson(QJsonDocument::Compact));
        }
        m_out << Qt::endl;
    }
    return Ok;
}
