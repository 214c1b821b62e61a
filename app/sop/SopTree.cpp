#include "SopTree.h"

#include "core/CoreResources.h"
#include "domain/Codes.h"
#include "domain/StatusCatalog.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

QString SopNode::prompt() const
{
    switch (kind) {
    case SopNodeKind::Fact:
    case SopNodeKind::Question:
        return text;
    case SopNodeKind::Script:
        return title;
    case SopNodeKind::Outcome:
        break;
    }
    return {};
}

const SopNode* SopScenario::node(const QString& id) const
{
    for (const SopNode& n : nodes) {
        if (n.id == id) {
            return &n;
        }
    }
    return nullptr;
}

QString SopScenario::displayTitle() const
{
    return number.isEmpty() ? title : number + u' ' + title;
}

QString SopProblem::toString() const
{
    QString where = file;
    if (!scenario.isEmpty()) {
        where += SopTreeReader::tr(": scenario \"%1\"").arg(scenario);
    }
    if (!node.isEmpty()) {
        where += SopTreeReader::tr(", node \"%1\"").arg(node);
    }
    return where + u": "_s + message;
}

const QStringList& SopTreeReader::factNames()
{
    static const QStringList names = {
        u"ticket_state"_s,
        u"ticket_status"_s,
        u"ticket_sub_status"_s,
        u"spd_breached"_s,
        u"rescheduled_date_breached"_s,
        u"within_30_days_of_service"_s,
        u"refund_status_available"_s,
        u"refund_tat_breached"_s,
        u"service_details_available"_s,
        u"invoice_available"_s,
        u"delivery_breached"_s,
        u"technician_assigned"_s,
    };
    return names;
}

QStringList SopTreeReader::factValues(const QString& fact)
{
    if (fact == u"ticket_state") {
        return {u"open"_s, u"cancelled"_s, u"completed"_s};
    }
    if (fact == u"ticket_status" || fact == u"ticket_sub_status") {
        QStringList codes;
        for (const StatusDefinition& d : StatusCatalog::instance().definitions()) {
            const QString code = fact == u"ticket_status" ? d.status : d.subStatus;
            if (!codes.contains(code)) {
                codes.append(code);
            }
        }
        return codes;
    }
    return {u"true"_s, u"false"_s};
}

QString SopTreeReader::actionName(SopAction action)
{
    switch (action) {
    case SopAction::Reschedule:
        return u"reschedule"_s;
    case SopAction::Reopen:
        return u"reopen"_s;
    case SopAction::Cancel:
        return u"cancel"_s;
    case SopAction::Escalate:
        return u"escalate"_s;
    }
    return {};
}

std::optional<SopAction> SopTreeReader::parseAction(const QString& text)
{
    for (SopAction action : {SopAction::Reschedule, SopAction::Reopen, SopAction::Cancel, SopAction::Escalate}) {
        if (actionName(action) == text) {
            return action;
        }
    }
    return std::nullopt;
}

QString SopTreeReader::kindName(SopNodeKind kind)
{
    switch (kind) {
    case SopNodeKind::Fact:
        return u"fact"_s;
    case SopNodeKind::Question:
        return u"question"_s;
    case SopNodeKind::Script:
        return u"script"_s;
    case SopNodeKind::Outcome:
        return u"outcome"_s;
    }
    return {};
}

namespace
{
    QStringList strings(const QJsonValue& value)
    {
        QStringList list;
        for (const QJsonValue& item : value.toArray()) {
            list.append(item.toString());
        }
        return list;
    }

    // The checks that need the whole scenario: references, reachability, cycles, leaves.
    void checkGraph(const SopScenario& scenario, const QString& file, QList<SopProblem>& problems)
    {
        auto problem = [&](const QString& node, const QString& message) {
            problems.append({file, scenario.displayTitle(), node, message});
        };
        QHash<QString, QStringList> edges;
        for (const SopNode& node : scenario.nodes) {
            QStringList next;
            if (node.kind == SopNodeKind::Script) {
                next.append(node.next);
            }
            for (const SopOption& option : node.options) {
                next.append(option.next);
            }
            for (const QString& target : next) {
                if (!scenario.node(target)) {
                    problem(node.id,
                            SopTreeReader::tr("leads to \"%1\", which is not a node of this scenario").arg(target));
                }
            }
            edges.insert(node.id, next);
        }
        if (!scenario.node(scenario.start)) {
            problem(QString(), SopTreeReader::tr("start \"%1\" is not a node of this scenario").arg(scenario.start));
            return;
        }
        // Depth-first from the start: grey nodes are on the current path, so meeting one again
        // is a cycle; nodes never reached are unreachable.
        QHash<QString, int> colour; // 0 white, 1 grey, 2 black
        std::function<void(const QString&)> visit = [&](const QString& id) {
            colour.insert(id, 1);
            for (const QString& target : edges.value(id)) {
                if (!scenario.node(target)) {
                    continue;
                }
                const int c = colour.value(target, 0);
                if (c == 1) {
                    problem(id, SopTreeReader::tr("goes back to \"%1\": the walk would never end").arg(target));
                } else if (c == 0) {
                    visit(target);
                }
            }
            colour.insert(id, 2);
        };
        visit(scenario.start);
        for (const SopNode& node : scenario.nodes) {
            if (!colour.contains(node.id)) {
                problem(node.id, SopTreeReader::tr("cannot be reached from the start"));
            }
        }
    }

    std::optional<SopNode> readNode(const QJsonObject& object, const QString& file, const QString& scenario,
                                    QList<SopProblem>& problems)
    {
        SopNode node;
        node.id = object.value(u"id").toString();
        node.assumed = object.value(u"assumed").toString();
        auto problem = [&](const QString& message) { problems.append({file, scenario, node.id, message}); };
        if (node.id.isEmpty()) {
            problem(SopTreeReader::tr("a node has no id"));
            return std::nullopt;
        }
        const QString kind = object.value(u"kind").toString();
        const TaggingCatalog& catalog = TaggingCatalog::instance();

        auto readOptions = [&](bool isFact) {
            QSet<QString> labels;
            QSet<QString> values;
            const QStringList allowed = isFact ? SopTreeReader::factValues(node.fact) : QStringList();
            for (const QJsonValue& value : object.value(u"options").toArray()) {
                const QJsonObject o = value.toObject();
                SopOption option{o.value(u"label").toString().trimmed(), o.value(u"value").toString(),
                                 o.value(u"next").toString(), o.value(u"assumed").toString()};
                if (option.label.isEmpty() || option.next.isEmpty()) {
                    problem(SopTreeReader::tr("an option needs a label and a next node"));
                    continue;
                }
                const QString key = option.label.toLower();
                if (labels.contains(key)) {
                    problem(SopTreeReader::tr("two options are labelled \"%1\"").arg(option.label));
                }
                labels.insert(key);
                if (isFact) {
                    if (option.value != u"*" && !allowed.contains(option.value)) {
                        problem(SopTreeReader::tr("\"%1\" is not a value of fact %2 (%3, or *)")
                                    .arg(option.value, node.fact, allowed.join(u", "_s)));
                    }
                    if (values.contains(option.value)) {
                        problem(SopTreeReader::tr("two options take the value \"%1\"").arg(option.value));
                    }
                    values.insert(option.value);
                } else if (!option.value.isEmpty()) {
                    problem(SopTreeReader::tr("only a fact's options have values"));
                }
                node.options.append(option);
            }
            if (node.options.isEmpty()) {
                problem(SopTreeReader::tr("has no options"));
            }
        };

        if (kind == u"fact") {
            node.kind = SopNodeKind::Fact;
            node.fact = object.value(u"fact").toString();
            node.text = object.value(u"text").toString().trimmed();
            if (!SopTreeReader::factNames().contains(node.fact)) {
                problem(SopTreeReader::tr("\"%1\" is not a known fact (%2)")
                            .arg(node.fact, SopTreeReader::factNames().join(u", "_s)));
            }
            if (node.text.isEmpty()) {
                problem(SopTreeReader::tr("a fact needs a text (the question it answers)"));
            }
            readOptions(true);
        } else if (kind == u"question") {
            node.kind = SopNodeKind::Question;
            node.text = object.value(u"text").toString().trimmed();
            if (node.text.isEmpty()) {
                problem(SopTreeReader::tr("a question needs a text"));
            }
            readOptions(false);
        } else if (kind == u"script") {
            node.kind = SopNodeKind::Script;
            node.title = object.value(u"title").toString().trimmed();
            node.steps = strings(object.value(u"steps"));
            node.next = object.value(u"next").toString();
            if (node.title.isEmpty() || node.steps.isEmpty() || node.next.isEmpty()) {
                problem(SopTreeReader::tr("a script needs a title, steps and a next node"));
            }
        } else if (kind == u"outcome") {
            node.kind = SopNodeKind::Outcome;
            node.tagging = object.value(u"tagging").toString();
            node.script = strings(object.value(u"script"));
            if (object.contains(u"disposition")) {
                node.disposition = TaggingCatalog::parseDisposition(object.value(u"disposition").toString());
                if (!node.disposition) {
                    problem(SopTreeReader::tr("the disposition must be Resolved or Unresolved"));
                }
            }
            for (const QString& text : strings(object.value(u"actions"))) {
                const auto action = SopTreeReader::parseAction(text);
                if (!action) {
                    problem(
                        SopTreeReader::tr("\"%1\" is not an action (reschedule, reopen, cancel, escalate)").arg(text));
                } else if (node.actions.contains(*action)) {
                    problem(SopTreeReader::tr("lists the action %1 twice").arg(text));
                } else {
                    node.actions.append(*action);
                }
            }
            const TaggingEntry* entry = node.tagging.isEmpty() ? nullptr : catalog.entry(node.tagging);
            if (!node.tagging.isEmpty() && !entry) {
                problem(SopTreeReader::tr("the tagging \"%1\" is not in the catalog").arg(node.tagging));
            }
            if (node.tagging.isEmpty() && node.actions.isEmpty() && node.script.isEmpty()) {
                problem(SopTreeReader::tr("an outcome needs a tagging, an action or a closing script"));
            }
            if (entry) {
                if (entry->escalates != node.actions.contains(SopAction::Escalate)) {
                    problem(
                        entry->escalates
                            ? SopTreeReader::tr("\"%1\" escalates to L2: list the escalate action").arg(entry->label())
                            : SopTreeReader::tr("\"%1\" does not escalate: remove the escalate action")
                                  .arg(entry->label()));
                }
                if (entry->action == TicketAction::Reschedule && !node.actions.contains(SopAction::Reschedule)) {
                    problem(SopTreeReader::tr("\"%1\" needs the reschedule action").arg(entry->label()));
                }
                if (entry->action == TicketAction::Reopen && !node.actions.contains(SopAction::Reopen)) {
                    problem(SopTreeReader::tr("\"%1\" needs the reopen action").arg(entry->label()));
                }
            } else if (node.actions.contains(SopAction::Escalate)) {
                problem(SopTreeReader::tr("the escalate action needs an escalating tagging"));
            }
            for (SopAction action : {SopAction::Reschedule, SopAction::Reopen, SopAction::Cancel}) {
                const TicketAction ticketAction = action == SopAction::Reschedule ? TicketAction::Reschedule
                                                  : action == SopAction::Reopen   ? TicketAction::Reopen
                                                                                  : TicketAction::Cancel;
                if (node.actions.contains(action) && (!entry || entry->action != ticketAction)) {
                    problem(SopTreeReader::tr("the %1 action needs the tagging that goes with it")
                                .arg(SopTreeReader::actionName(action)));
                }
            }
            if (object.contains(u"options") || object.contains(u"next")) {
                problem(SopTreeReader::tr("an outcome ends the walk: it has no options and no next node"));
            }
        } else {
            problem(SopTreeReader::tr("\"%1\" is not a node kind (fact, question, script, outcome)").arg(kind));
            return std::nullopt;
        }
        return node;
    }
} // namespace

std::optional<SopTree> SopTreeReader::read(const QByteArray& json, const QString& fileName, QList<SopProblem>* problems)
{
    const qsizetype before = problems->size();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        problems->append(
            {fileName, QString(), QString(),
             tr("not a JSON object (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)});
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    SopTree tree;
    tree.file = fileName;
    tree.id = root.value(u"id").toString();
    tree.process = root.value(u"process").toString();
    tree.level = root.value(u"level").toString();
    tree.source = root.value(u"source").toString();
    auto problem = [&](const QString& message) { problems->append({fileName, QString(), QString(), message}); };
    if (root.value(u"format").toInt() != 1) {
        problem(tr("\"format\" must be 1"));
    }
    if (tree.id.isEmpty() || tree.process.isEmpty() || tree.source.isEmpty()) {
        problem(tr("a tree needs an id, a process and a source"));
    }
    if (tree.level != u"L1" && tree.level != u"L2") {
        problem(tr("\"level\" must be L1 or L2"));
    }
    for (const QJsonValue& value : root.value(u"lines").toArray()) {
        const auto line = Codes::parseServiceLine(value.toString());
        if (!line) {
            problem(tr("\"%1\" is not a service line").arg(value.toString()));
        } else {
            tree.lines.append(*line);
        }
    }
    if (tree.lines.isEmpty()) {
        problem(tr("a tree needs the service lines it covers"));
    }
    QSet<QString> titles;
    const QJsonArray scenarios = root.value(u"scenarios").toArray();
    if (scenarios.isEmpty()) {
        problem(tr("a tree needs scenarios"));
    }
    for (const QJsonValue& value : scenarios) {
        const QJsonObject object = value.toObject();
        SopScenario scenario;
        scenario.number = object.value(u"number").toString();
        scenario.title = object.value(u"title").toString().trimmed();
        scenario.start = object.value(u"start").toString();
        scenario.assumed = object.value(u"assumed").toString();
        const QString label = scenario.displayTitle();
        if (scenario.title.isEmpty()) {
            problem(tr("a scenario has no title"));
            continue;
        }
        if (titles.contains(scenario.title.toLower())) {
            problems->append({fileName, label, QString(), tr("two scenarios have this title")});
        }
        titles.insert(scenario.title.toLower());
        QSet<QString> ids;
        for (const QJsonValue& nodeValue : object.value(u"nodes").toArray()) {
            if (auto node = readNode(nodeValue.toObject(), fileName, label, *problems)) {
                if (ids.contains(node->id)) {
                    problems->append({fileName, label, node->id, tr("two nodes have this id")});
                }
                ids.insert(node->id);
                scenario.nodes.append(*node);
            }
        }
        if (scenario.nodes.isEmpty()) {
            problems->append({fileName, label, QString(), tr("a scenario needs nodes")});
            continue;
        }
        checkGraph(scenario, fileName, *problems);
        tree.scenarios.append(scenario);
    }
    if (problems->size() > before) {
        return std::nullopt;
    }
    return tree;
}

const SopLibrary& SopLibrary::instance()
{
    static const SopLibrary library = [] {
        ensureCoreResources();
        return load(u":/sop"_s);
    }();
    return library;
}

SopLibrary SopLibrary::load(const QString& folder)
{
    SopLibrary library;
    const QDir dir(folder);
    QSet<QString> ids;
    for (const QString& name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            library.m_problems.append({name, QString(), QString(), tr("cannot be read: %1").arg(file.errorString())});
            continue;
        }
        std::optional<SopTree> tree = SopTreeReader::read(file.readAll(), name, &library.m_problems);
        if (!tree) {
            continue;
        }
        if (ids.contains(tree->id)) {
            library.m_problems.append(
                {name, QString(), QString(), tr("another file already has the id \"%1\"").arg(tree->id)});
            continue;
        }
        ids.insert(tree->id);
        library.m_trees.append(*tree);
    }
    return library;
}

const SopTree* SopLibrary::tree(const QString& id) const
{
    for (const SopTree& t : m_trees) {
        if (t.id == id) {
            return &t;
        }
    }
    return nullptr;
}

QList<const SopTree*> SopLibrary::treesFor(ServiceLine line, const QString& level) const
{
    QList<const SopTree*> result;
    for (const SopTree& t : m_trees) {
        if (t.level.compare(level, Qt::CaseInsensitive) == 0 && t.lines.contains(line)) {
            result.append(&t);
        }
    }
    return result;
}
