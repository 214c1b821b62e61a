// assistdesk-cli sop: lint the trees, list their scenarios, print the assumptions, walk a scenario.

#include "Cli.h"

#include "agents/Agent.h"

#include "actions/TicketActions.h"
#include "domain/Codes.h"
#include "search/SearchQuery.h"
#include "sop/SopTree.h"
#include "sop/SopWalk.h"
#include "store/OrderStore.h"
#include "store/Workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

int Cli::sop(const QStringList& arguments)
{
    const QString verb = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (verb == u"lint") {
        return sopLint(rest);
    }
    if (verb == u"list") {
        return sopList(rest);
    }
    if (verb == u"assumptions") {
        return sopAssumptions(rest);
    }
    if (verb == u"walk") {
        return sopWalk(rest);
    }
    return usage(tr("Use: assistdesk-cli sop lint [FILE...] | list | assumptions | walk ..."));
}

int Cli::sopLint(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Check SOP tree files (docs/sop-format.md): every path ends in an outcome, "
           "every outcome's tagging is in the catalog, no unreachable node, no cycle, "
           "known facts, unique option labels. Without FILE, the trees AssistDesk ships."));
    parser.addPositionalArgument(u"FILE"_s, tr("Tree files to check."), u"[FILE...]"_s);
    if (const auto status = parse(parser, u"sop lint"_s, arguments)) {
        return *status;
    }
    QList<SopProblem> problems;
    int trees = 0;
    int scenarios = 0;
    if (parser.positionalArguments().isEmpty()) {
        const SopLibrary& library = SopLibrary::instance();
        problems = library.problems();
        trees = static_cast<int>(library.trees().size());
        for (const SopTree& tree : library.trees()) {
            scenarios += static_cast<int>(tree.scenarios.size());
        }
    } else {
        for (const QString& path : parser.positionalArguments()) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                problems.append({path, QString(), QString(), tr("cannot be read: %1").arg(file.errorString())});
                continue;
            }
            if (const std::optional<SopTree> tree = SopTreeReader::read(file.readAll(), path, &problems)) {
                ++trees;
                scenarios += static_cast<int>(tree->scenarios.size());
            }
        }
    }
    for (const SopProblem& problem : problems) {
        m_err << problem.toString() << Qt::endl;
    }
    m_err << tr("%n tree(s) fine", nullptr, trees) << u", "_s << tr("%n scenario(s)", nullptr, scenarios) << u", "_s
          << tr("%n problem(s).", nullptr, static_cast<int>(problems.size())) << Qt::endl;
    return problems.isEmpty() ? Ok : Rejected;
}

int Cli::sopList(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The SOP scenarios AssistDesk ships, by tree."));
    parser.addOption({u"line"_s, tr("Only the trees of this service line."), tr("LINE")});
    parser.addOption({u"level"_s, tr("Only L1 or L2 trees."), tr("LEVEL")});
    if (const auto status = parse(parser, u"sop list"_s, arguments)) {
        return *status;
    }
    std::optional<ServiceLine> line;
    if (parser.isSet(u"line"_s)) {
        line = Codes::parseServiceLine(parser.value(u"line"_s));
        if (!line) {
            return usage(tr("--line must be installation, maintenance, large_repair or mobile_repair."));
        }
    }
    for (const SopTree& tree : SopLibrary::instance().trees()) {
        if ((line && !tree.lines.contains(*line))
            || (parser.isSet(u"level"_s) && tree.level.compare(parser.value(u"level"_s), Qt::CaseInsensitive) != 0)) {
            continue;
        }
        m_out << tree.level << u"  "_s << tree.process << u"  ("_s << tree.id << u')' << Qt::endl;
        for (const SopScenario& scenario : tree.scenarios) {
            m_out << u"    "_s << scenario.displayTitle() << Qt::endl;
        }
    }
    return Ok;
}

int Cli::sopAssumptions(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Every place where the KM article's text was lost and a tree chose what is "
                                        "most consistent with the rest of the article, with the reason, as Markdown "
                                        "(docs/sop-assumptions.md is this output)."));
    if (const auto status = parse(parser, u"sop assumptions"_s, arguments)) {
        return *status;
    }
    m_out << "# SOP assumptions" << Qt::endl
          << Qt::endl
          << "Where the KM article's text was lost (empty cells, missing screenshots, cut-off titles), the SOP "
             "trees choose the outcome most consistent with the rest of the article and mark the node as assumed. "
             "This list is generated by `assistdesk-cli sop assumptions`; a test keeps it in step with the trees."
          << Qt::endl;
    for (const SopTree& tree : SopLibrary::instance().trees()) {
        QStringList lines;
        for (const SopScenario& scenario : tree.scenarios) {
            if (!scenario.assumed.isEmpty()) {
                lines.append(u"- **%1** (the scenario): %2"_s.arg(scenario.displayTitle(), scenario.assumed));
            }
            for (const SopNode& node : scenario.nodes) {
                for (const SopOption& option : node.options) {
                    if (!option.assumed.isEmpty()) {
                        lines.append(u"- **%1**, option \"%2\" of %3 `%4`: %5"_s.arg(
                            scenario.displayTitle(), option.label, SopTreeReader::kindName(node.kind), node.id,
                            option.assumed));
                    }
                }
                if (!node.assumed.isEmpty()) {
                    const QString what = node.kind == SopNodeKind::Outcome && !node.tagging.isEmpty()
                                             ? u"outcome `%1` (%2)"_s.arg(node.id, node.tagging)
                                             : u"%1 `%2`"_s.arg(SopTreeReader::kindName(node.kind), node.id);
                    lines.append(u"- **%1**, %2: %3"_s.arg(scenario.displayTitle(), what, node.assumed));
                }
            }
        }
        if (lines.isEmpty()) {
            continue;
        }
        m_out << Qt::endl
              << u"## "_s << tree.process << u" ("_s << tree.level << u", `"_s << tree.id << u".json`)"_s << Qt::endl
              << Qt::endl;
        for (const QString& line : lines) {
            m_out << line << Qt::endl;
        }
    }
    return Ok;
}

namespace
{
    QString queueName(const QString& id)
    {
        const TaggingQueue* queue = TaggingCatalog::instance().queue(id);
        return queue ? queue->name : id;
    }

    // The ticket a walk is about when none is named: the newest one.
    const Ticket* newestTicket(const Order& order)
    {
        const Ticket* newest = nullptr;
        for (const Ticket& ticket : order.tickets) {
            if (!newest || ticket.createdAt > newest->createdAt) {
                newest = &ticket;
            }
        }
        return newest;
    }
} // namespace

int Cli::sopWalk(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Walk an SOP scenario on an order as the console's SOP panel does: facts are answered from the order and "
           "ticket, questions take the --choose values in order. Prints the transcript, the ACTION: lines and the "
           "TAGGING: line. Exit 2 when --scenario or a --choose value is ambiguous, 3 when a question has no "
           "answer among the --choose values."));
    parser.addOptions({dbOption(), todayOption()});
    parser.addOption({u"order"_s, tr("The order (OD ID)."), tr("OD")});
    parser.addOption({u"ticket"_s, tr("The ticket (default: the order's newest)."), tr("T")});
    parser.addOption({u"line"_s,
                      tr("installation, maintenance, large_repair or mobile_repair (default: the ticket's; needed "
                         "for an order without tickets)."),
                      tr("LINE")});
    parser.addOption({u"level"_s, tr("L1 or L2 (default L1)."), tr("LEVEL"), u"L1"_s});
    parser.addOption({u"channel"_s, tr("Inbound or Email (default Inbound)."), tr("CHANNEL"), u"Inbound"_s});
    parser.addOption({u"scenario"_s, tr("Text contained in the scenario's title (case-insensitive)."), tr("TEXT")});
    parser.addOption(
        {u"choose"_s, tr("An answer to the next question the data cannot answer; repeat it."), tr("TEXT")});
    parser.addOption({u"tree"_s, tr("Walk this tree file instead of the shipped trees (for authors)."), tr("FILE")});
    parser.addOption({u"json"_s, tr("Print the walk as one JSON object.")});
    parser.addOption(agentOption());
    if (const auto status = parse(parser, u"sop walk"_s, arguments)) {
        return *status;
    }
    if (!parser.isSet(u"order"_s)) {
        return usage(tr("--order is required: the order the customer calls about."));
    }
    if (!parser.isSet(u"scenario"_s) || parser.value(u"scenario"_s).trimmed().isEmpty()) {
        return usage(tr("--scenario is required: text of the scenario's title (see \"assistdesk-cli sop list\")."));
    }
    const QString level = parser.value(u"level"_s).trimmed().toUpper();
    if (level != u"L1" && level != u"L2") {
        return usage(tr("--level must be L1 or L2."));
    }
    const auto channel = TaggingCatalog::parseChannel(parser.value(u"channel"_s));
    if (!channel) {
        return usage(tr("--channel must be Inbound or Email."));
    }
    std::optional<ServiceLine> line;
    if (parser.isSet(u"line"_s)) {
        line = Codes::parseServiceLine(parser.value(u"line"_s).trimmed().toLower());
        if (!line) {
            return usage(tr("--line must be installation, maintenance, large_repair or mobile_repair."));
        }
    }
    if (!parseToday(parser.value(u"today"_s))) {
        return UsageError;
    }
    const SearchQuery query = SearchQuery::parse(parser.value(u"order"_s));
    if (query.kind != SearchQuery::Kind::OrderId) {
        m_err << tr("\"%1\" is not an order ID: OD followed by 15 to 21 digits.").arg(parser.value(u"order"_s))
              << Qt::endl;
        return Rejected;
    }

    // The tree: a file being written, or the shipped ones.
    std::optional<SopTree> fileTree;
    if (parser.isSet(u"tree"_s)) {
        QFile file(parser.value(u"tree"_s));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("%1 cannot be read: %2").arg(file.fileName(), file.errorString()) << Qt::endl;
            return Rejected;
        }
        QList<SopProblem> problems;
        fileTree = SopTreeReader::read(file.readAll(), file.fileName(), &problems);
        if (!fileTree) {
            for (const SopProblem& problem : problems) {
                m_err << problem.toString() << Qt::endl;
            }
            return Rejected;
        }
    }

    if (!openDatabase(parser.value(u"db"_s), true)) {
        return DatabaseError;
    }
    // The L2 trees are the L2 desk's: walking one needs an agent whose role allows it.
    if (level == u"L2") {
        if (!actAs(parser)) {
            return Rejected;
        }
        if (const auto refused = m_workspace->permit(Permission::WalkL2Trees, tr("walk an L2 tree"))) {
            m_err << *refused << Qt::endl;
            return Rejected;
        }
    }
    const std::optional<Order> order = m_workspace->orders().order(query.value);
    if (!order) {
        if (m_workspace->orders().hasError()) {
            m_err << m_workspace->orders().errorString() << Qt::endl;
            return DatabaseError;
        }
        m_err << tr("No order %1 in this database.").arg(query.value) << Qt::endl;
        return NotFound;
    }
    const Ticket* ticket = nullptr;
    if (parser.isSet(u"ticket"_s)) {
        ticket = order->ticket(parser.value(u"ticket"_s).trimmed());
        if (!ticket) {
            QStringList ids;
            for (const Ticket& t : order->tickets) {
                ids.append(t.ticketId);
            }
            m_err << tr("Order %1 has no ticket %2. Its tickets: %3.")
                         .arg(order->orderId, parser.value(u"ticket"_s).trimmed(),
                              ids.isEmpty() ? tr("none") : ids.join(u", "_s))
                  << Qt::endl;
            return NotFound;
        }
    } else {
        ticket = newestTicket(*order);
    }
    if (!line) {
        if (!ticket) {
            return usage(tr("Order %1 has no service ticket: give its service line with --line.").arg(order->orderId));
        }
        line = ticket->line;
    }

    // The scenario: the one whose title contains the text (an exact title wins over partial ones).
    QList<const SopTree*> trees;
    if (fileTree) {
        trees.append(&*fileTree);
    } else {
        trees = SopLibrary::instance().treesFor(*line, level);
    }
    const QString wanted = parser.value(u"scenario"_s).trimmed();
    QList<QPair<const SopTree*, const SopScenario*>> candidates;
    QList<QPair<const SopTree*, const SopScenario*>> exact;
    for (const SopTree* tree : std::as_const(trees)) {
        for (const SopScenario& scenario : tree->scenarios) {
            if (scenario.title.compare(wanted, Qt::CaseInsensitive) == 0) {
                exact.append({tree, &scenario});
            }
            if (scenario.title.contains(wanted, Qt::CaseInsensitive)) {
                candidates.append({tree, &scenario});
            }
        }
    }
    if (exact.size() == 1) {
        candidates = exact;
    }
    if (candidates.size() != 1) {
        if (candidates.isEmpty()) {
            m_err << tr("No %1 scenario for %2 has \"%3\" in its title. The scenarios are:")
                         .arg(level, Codes::serviceLineName(*line), wanted)
                  << Qt::endl;
            for (const SopTree* tree : std::as_const(trees)) {
                for (const SopScenario& scenario : tree->scenarios) {
                    m_err << u"  "_s << scenario.displayTitle() << Qt::endl;
                }
            }
        } else {
            m_err << tr("\"%1\" is in the titles of %n scenario(s); say which:", nullptr,
                        static_cast<int>(candidates.size()))
                         .arg(wanted)
                  << Qt::endl;
            for (const auto& [tree, scenario] : std::as_const(candidates)) {
                m_err << u"  "_s << scenario->displayTitle() << Qt::endl;
            }
        }
        return Rejected;
    }
    const SopTree& tree = *candidates.constFirst().first;
    const SopScenario& scenario = *candidates.constFirst().second;

    SopWalk walk(tree, scenario, SopFacts(*order, ticket, m_clock));
    QStringList remaining = parser.values(u"choose"_s);
    int status = Ok;
    QStringList ambiguous;
    QString ambiguousValue;
    while (const SopNode* node = walk.pending()) {
        int option = -1;
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            QStringList several;
            option = SopWalk::matchOption(*node, remaining.at(i), &several);
            if (option == -2) {
                ambiguous = several;
                ambiguousValue = remaining.at(i);
                break;
            }
            if (option >= 0) {
                remaining.removeAt(i);
                break;
            }
        }
        if (option == -2) {
            status = Rejected;
            break;
        }
        if (option < 0) {
            status = Incomplete;
            break;
        }
        walk.answer(option);
    }

    TicketActions actions(*m_workspace);
    const TaggingEntry* entry = walk.entry();
    const int tatHours = entry ? actions.oathkeeperHours(*entry) : 0;
    const QList<SopActionLine> actionLines = walk.actionLines(tatHours, m_clock.now());
    const QString tagging = walk.tagging(*channel);
    const SopNode* pending = walk.pending();

    if (parser.isSet(u"json"_s)) {
        QJsonObject object = walk.toJson();
        object.insert(u"order_id"_s, order->orderId);
        object.insert(u"ticket_id"_s, ticket ? QJsonValue(ticket->ticketId) : QJsonValue());
        object.insert(u"line"_s, Codes::serviceLine(*line));
        object.insert(u"channel"_s, TaggingCatalog::channelName(*channel));
        QJsonArray actionArray;
        for (const SopActionLine& action : actionLines) {
            QJsonObject a{{u"action"_s, SopTreeReader::actionName(action.action)}, {u"text"_s, action.text}};
            if (action.action == SopAction::Escalate) {
                a.insert(u"tat_hours"_s, tatHours);
                a.insert(u"due_at"_s, m_clock.now().addSecs(tatHours * 3600LL).toString(Qt::ISODate));
            }
            actionArray.append(a);
        }
        object.insert(u"actions"_s, actionArray);
        if (entry) {
            object.insert(u"tagging"_s,
                          QJsonObject{{u"id"_s, entry->id},
                                      {u"notation"_s, tagging},
                                      {u"channel"_s, TaggingCatalog::channelName(*channel)},
                                      {u"type"_s, TaggingCatalog::kindName(entry->kind)},
                                      {u"incident"_s, entry->incident},
                                      {u"sub_type"_s, entry->subType},
                                      {u"disposition"_s, TaggingCatalog::dispositionName(walk.disposition())},
                                      {u"queue"_s, entry->queueId},
                                      {u"queue_name"_s, queueName(entry->queueId)},
                                      {u"escalates"_s, entry->escalates}});
        } else {
            object.insert(u"tagging"_s, QJsonValue());
        }
        if (pending) {
            QJsonArray options;
            for (const SopOption& option : pending->options) {
                options.append(option.label);
            }
            object.insert(u"pending"_s, QJsonObject{{u"node"_s, pending->id},
                                                    {u"text"_s, pending->prompt()},
                                                    {u"evidence"_s, walk.pendingEvidence()},
                                                    {u"options"_s, options}});
        }
        object.insert(u"unused_choices"_s, QJsonArray::fromStringList(remaining));
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    } else {
        m_out << u"SCENARIO: "_s << scenario.displayTitle() << u" ("_s << tree.id << u')' << Qt::endl;
        for (const QString& step : walk.transcript()) {
            m_out << step << Qt::endl;
        }
        if (pending) {
            m_out << u"QUESTION: "_s << pending->prompt() << Qt::endl;
            for (const SopOption& option : pending->options) {
                m_out << u"OPTION: "_s << option.label << Qt::endl;
            }
        } else {
            for (const SopActionLine& action : actionLines) {
                m_out << u"ACTION: "_s << action.text << Qt::endl;
            }
            if (!tagging.isEmpty()) {
                m_out << u"TAGGING: "_s << tagging << Qt::endl;
            }
        }
    }

    if (status == Rejected) {
        m_err << tr("\"%1\" fits several answers to \"%2\"; give more of the label:")
                     .arg(ambiguousValue, pending ? pending->prompt() : QString())
              << Qt::endl;
        for (const QString& label : std::as_const(ambiguous)) {
            m_err << u"  "_s << label << Qt::endl;
        }
    } else if (status == Incomplete) {
        m_err << tr("No --choose value answers \"%1\". Add one of:").arg(pending ? pending->prompt() : QString())
              << Qt::endl;
        for (const SopOption& option : pending->options) {
            m_err << u"  --choose \""_s << option.label << u'"' << Qt::endl;
        }
    }
    if (!remaining.isEmpty() && status == Ok) {
        m_err << tr("Unused --choose values: %1").arg(remaining.join(u" | "_s)) << Qt::endl;
    }
    return status;
}
