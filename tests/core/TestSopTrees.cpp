// The SOP trees and the walker: the linter's rules, the shipped trees (every root-to-outcome path
// walked), the facts with their evidence, and the walk's answer / override / back.

#include "TestData.h"
#include "core/PolicyClock.h"
#include "sop/SopTree.h"
#include "sop/SopWalk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace
{
    // A small valid tree; tests break it in one place at a time.
    QJsonObject validTree()
    {
        const QByteArray json = R"({
          "format": 1, "id": "t", "process": "TEST", "level": "L1", "lines": ["installation"], "source": "test",
          "scenarios": [ { "number": "1", "title": "Status check", "start": "spd", "nodes": [
            { "id": "spd", "kind": "fact", "fact": "spd_breached", "text": "Is the SPD breached?",
              "options": [ { "label": "SPD is breached", "value": "true", "next": "sorry" },
                           { "label": "SPD is not breached", "value": "false", "next": "agree" } ] },
            { "id": "sorry", "kind": "script", "title": "SPD is breached", "steps": ["Apologize"], "next": "delay" },
            { "id": "delay", "kind": "outcome", "tagging": "delay-in-service-out-of-spd", "actions": ["escalate"] },
            { "id": "agree", "kind": "question", "text": "Does the customer agree?",
              "options": [ { "label": "Customer Agrees", "next": "tat" },
                           { "label": "Customer Disagrees", "next": "resched" } ] },
            { "id": "tat", "kind": "outcome", "tagging": "enquiry-about-tat-spd" },
            { "id": "resched", "kind": "outcome", "tagging": "request-to-reschedule", "actions": ["reschedule"] }
          ] } ] })";
        return QJsonDocument::fromJson(json).object();
    }

    QJsonArray nodesOf(const QJsonObject& tree)
    {
        return tree.value(u"scenarios"_s).toArray().at(0).toObject().value(u"nodes"_s).toArray();
    }

    QJsonObject withNodes(QJsonObject tree, const QJsonArray& nodes)
    {
        QJsonArray scenarios = tree.value(u"scenarios"_s).toArray();
        QJsonObject scenario = scenarios.at(0).toObject();
        scenario.insert(u"nodes"_s, nodes);
        scenarios.replace(0, scenario);
        tree.insert(u"scenarios"_s, scenarios);
        return tree;
    }

    QJsonObject withNode(const QJsonObject& tree, int index, const QJsonObject& node)
    {
        QJsonArray nodes = nodesOf(tree);
        nodes.replace(index, node);
        return withNodes(tree, nodes);
    }

    QList<SopProblem> lint(const QJsonObject& tree)
    {
        QList<SopProblem> problems;
        SopTreeReader::read(QJsonDocument(tree).toJson(), u"t.json"_s, &problems);
        return problems;
    }

    QString joined(const QList<SopProblem>& problems)
    {
        QStringList lines;
        for (const SopProblem& problem : problems) {
            lines.append(problem.toString());
        }
        return lines.join(u'\n');
    }

    // A path through a scenario: the nodes from the start to an outcome and the option taken at each.
    struct PathStep
    {
        QString node;
        int option = -1;
    };
    using Path = QList<PathStep>;

    void enumerate(const SopScenario& scenario, const QString& id, Path& path, QList<Path>& paths)
    {
        const SopNode* node = scenario.node(id);
        QVERIFY(node);
        QVERIFY2(path.size() <= scenario.nodes.size(), "a path longer than the scenario: a cycle");
        switch (node->kind) {
        case SopNodeKind::Outcome:
            path.append({id, -1});
            paths.append(path);
            path.removeLast();
            return;
        case SopNodeKind::Script:
            path.append({id, -1});
            enumerate(scenario, node->next, path, paths);
            path.removeLast();
            return;
        case SopNodeKind::Fact:
        case SopNodeKind::Question:
            for (qsizetype i = 0; i < node->options.size(); ++i) {
                path.append({id, static_cast<int>(i)});
                enumerate(scenario, node->options.at(i).next, path, paths);
                path.removeLast();
            }
            return;
        }
    }

    Order orderWithoutTicket()
    {
        Order order;
        order.orderId = u"OD100000000000000009"_s;
        order.placedAt = QDateTime(QDate(2026, 11, 10), QTime(10, 0), PolicyClock::zone());
        return order;
    }

    Ticket ticket(const QString& status, const QString& subStatus)
    {
        Ticket t;
        t.ticketId = u"FHS1000000001"_s;
        t.status = status;
        t.subStatus = subStatus;
        t.createdAt = QDateTime(QDate(2026, 11, 10), QTime(10, 30), PolicyClock::zone());
        t.spd = QDate(2026, 11, 18);
        t.technician = Technician{u"Ravi Kumar"_s, u"9123456780"_s};
        return t;
    }
} // namespace

class TestSopTrees : public QObject
{
    Q_OBJECT

private slots:
    void validTreeLints()
    {
        const QList<SopProblem> problems = lint(validTree());
        QVERIFY2(problems.isEmpty(), qPrintable(joined(problems)));
    }

    void linterRejects_data()
    {
        QTest::addColumn<QJsonObject>("tree");
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("reason");

        const QJsonObject tree = validTree();
        const QJsonArray nodes = nodesOf(tree);
        QJsonObject node = nodes.at(2).toObject();
        node.insert(u"tagging"_s, u"no-such-entry"_s);
        QTest::newRow("unknown tagging") << withNode(tree, 2, node) << u"delay"_s << u"not in the catalog"_s;

        node = nodes.at(2).toObject();
        node.insert(u"actions"_s, QJsonArray());
        QTest::newRow("escalating tagging without escalate")
            << withNode(tree, 2, node) << u"delay"_s << u"list the escalate action"_s;

        node = nodes.at(5).toObject();
        node.insert(u"actions"_s, QJsonArray());
        QTest::newRow("reschedule entry without the action")
            << withNode(tree, 5, node) << u"resched"_s << u"reschedule"_s;

        node = nodes.at(1).toObject();
        node.insert(u"next"_s, u"nowhere"_s);
        QTest::newRow("dangling next") << withNode(tree, 1, node) << u"sorry"_s << u"nowhere"_s;

        node = nodes.at(0).toObject();
        node.insert(u"fact"_s, u"moon_phase"_s);
        QTest::newRow("unknown fact") << withNode(tree, 0, node) << u"spd"_s << u"not a known fact"_s;

        node = nodes.at(0).toObject();
        QJsonArray options = node.value(u"options"_s).toArray();
        QJsonObject option = options.at(1).toObject();
        option.insert(u"value"_s, u"maybe"_s);
        options.replace(1, option);
        node.insert(u"options"_s, options);
        QTest::newRow("value the fact never has") << withNode(tree, 0, node) << u"spd"_s << u"maybe"_s;

        node = nodes.at(3).toObject();
        options = node.value(u"options"_s).toArray();
        option = options.at(1).toObject();
        option.insert(u"label"_s, u"customer agrees "_s);
        options.replace(1, option);
        node.insert(u"options"_s, options);
        QTest::newRow("duplicate label") << withNode(tree, 3, node) << u"agree"_s << u"two options are labelled"_s;

        QJsonArray more = nodes;
        more.append(
            QJsonObject{{u"id"_s, u"orphan"_s}, {u"kind"_s, u"outcome"_s}, {u"tagging"_s, u"enquiry-about-tat-spd"_s}});
        QTest::newRow("unreachable node") << withNodes(tree, more) << u"orphan"_s << u"cannot be reached"_s;

        node = nodes.at(1).toObject();
        node.insert(u"next"_s, u"spd"_s);
        QTest::newRow("cycle") << withNode(tree, 1, node) << u"sorry"_s << u"never end"_s;

        QJsonArray dead = nodes;
        dead.replace(4, QJsonObject{{u"id"_s, u"tat"_s},
                                    {u"kind"_s, u"question"_s},
                                    {u"text"_s, u"And then?"_s},
                                    {u"options"_s, QJsonArray()}});
        QTest::newRow("path without an outcome") << withNodes(tree, dead) << u"tat"_s << u"option"_s;

        QJsonObject noTitle = tree;
        QJsonArray scenarios = noTitle.value(u"scenarios"_s).toArray();
        scenarios.append(scenarios.at(0));
        noTitle.insert(u"scenarios"_s, scenarios);
        QTest::newRow("two scenarios with one title") << noTitle << QString() << u"two scenarios have this title"_s;
    }

    void linterRejects()
    {
        QFETCH(QJsonObject, tree);
        QFETCH(QString, node);
        QFETCH(QString, reason);
        const QList<SopProblem> problems = lint(tree);
        QVERIFY2(!problems.isEmpty(), "the linter accepted a broken tree");
        const QString text = joined(problems);
        QVERIFY2(text.contains(reason, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(text.startsWith(u"t.json"_s), qPrintable(text));
        if (!node.isEmpty()) {
            QVERIFY2(
                std::any_of(problems.cbegin(), problems.cend(), [&](const SopProblem& p) { return p.node == node; }),
                qPrintable(text));
        }
    }

    void brokenJsonIsReportedNotCrashed()
    {
        QList<SopProblem> problems;
        QVERIFY(!SopTreeReader::read("{ \"format\": 1, \"scenarios\": [ ", u"broken.json"_s, &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().toString().startsWith(u"broken.json"_s), qPrintable(joined(problems)));
    }

    void libraryLeavesBrokenFilesOut()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile good(dir.filePath(u"good.json"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write(QJsonDocument(validTree()).toJson());
        good.close();
        QFile bad(dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("not json at all");
        bad.close();
        const SopLibrary library = SopLibrary::load(dir.path());
        QCOMPARE(library.trees().size(), 1);
        QCOMPARE(library.trees().constFirst().id, u"t"_s);
        QCOMPARE(library.problems().size(), 1);
        QCOMPARE(library.problems().constFirst().file, u"bad.json"_s);
    }

    void shippedTreesLint()
    {
        const SopLibrary& library = SopLibrary::instance();
        QVERIFY2(library.problems().isEmpty(), qPrintable(joined(library.problems())));
        QStringList ids;
        for (const SopTree& tree : library.trees()) {
            ids.append(tree.id);
            QVERIFY2(!tree.scenarios.isEmpty(), qPrintable(tree.id));
        }
        ids.sort();
        QCOMPARE(ids, QStringList({u"faq-large-repair"_s, u"faq-mobile-repair"_s, u"l1-installation-maintenance"_s,
                                   u"l1-large-repair"_s, u"l1-mobile-repair"_s, u"l2-installation-maintenance"_s,
                                   u"l2-large-repair"_s}));
        // The article's numbering is kept: 1 … n, with lettered parts such as 4(a) and 4(b).
        const auto numbers = [&](const QString& id) {
            QSet<int> found;
            for (const SopScenario& scenario : library.tree(id)->scenarios) {
                found.insert(QStringView(scenario.number).left(scenario.number.indexOf(u'(')).toInt());
            }
            return found;
        };
        const auto oneTo = [](int n) {
            QSet<int> all;
            for (int i = 1; i <= n; ++i) {
                all.insert(i);
            }
            return all;
        };
        QCOMPARE(numbers(u"l1-installation-maintenance"_s), oneTo(10));
        QCOMPARE(numbers(u"l1-large-repair"_s), oneTo(10));
        QCOMPARE(numbers(u"l1-mobile-repair"_s), oneTo(18));
        QCOMPARE(numbers(u"l2-installation-maintenance"_s), oneTo(4));
    }

    // A scenario's title selects it among every tree an agent of that level sees for a line.
    void shippedTitlesAreUniquePerLineAndLevel()
    {
        const SopLibrary& library = SopLibrary::instance();
        for (const ServiceLine line : {ServiceLine::Installation, ServiceLine::Maintenance, ServiceLine::LargeRepair,
                                       ServiceLine::MobileRepair}) {
            for (const QString& level : {u"L1"_s, u"L2"_s}) {
                QSet<QString> titles;
                for (const SopTree* tree : library.treesFor(line, level)) {
                    for (const SopScenario& scenario : tree->scenarios) {
                        QVERIFY2(!titles.contains(scenario.title.toLower()), qPrintable(scenario.title));
                        titles.insert(scenario.title.toLower());
                    }
                }
            }
        }
        QVERIFY(!library.treesFor(ServiceLine::MobileRepair, u"L1"_s).isEmpty());
        QVERIFY(!library.treesFor(ServiceLine::Installation, u"L2"_s).isEmpty());
    }

    // Every root-to-outcome path of every shipped scenario, walked: questions answered, facts the
    // data answered differently overridden. The walk must follow the path and end in its outcome.
    void everyPathWalks()
    {
        int walked = 0;
        const SopFacts facts(orderWithoutTicket(), nullptr, PolicyClock::pinnedTo(TestData::today()));
        for (const SopTree& tree : SopLibrary::instance().trees()) {
            for (const SopScenario& scenario : tree.scenarios) {
                QList<Path> paths;
                Path path;
                enumerate(scenario, scenario.start, path, paths);
                QVERIFY2(!paths.isEmpty(), qPrintable(scenario.displayTitle()));
                for (const Path& p : std::as_const(paths)) {
                    const QString where = tree.id + u": "_s + scenario.displayTitle() + u" → "_s + p.constLast().node;
                    SopWalk walk(tree, scenario, facts);
                    for (qsizetype i = 0; i < p.size(); ++i) {
                        const PathStep& step = p.at(i);
                        if (step.option < 0) {
                            continue; // scripts and the outcome are walked by the engine
                        }
                        if (walk.pending() && walk.pending()->id == step.node) {
                            QVERIFY2(walk.answer(step.option), qPrintable(where));
                            continue;
                        }
                        // A fact the data answered: find its step and override it when it went elsewhere.
                        const QList<SopStep>& steps = walk.steps();
                        const auto it = std::find_if(steps.cbegin(), steps.cend(),
                                                     [&](const SopStep& s) { return s.nodeId == step.node; });
                        QVERIFY2(it != steps.cend(), qPrintable(where + u" at "_s + step.node));
                        QCOMPARE(it->kind, SopNodeKind::Fact);
                        if (it->option != step.option) {
                            QVERIFY2(walk.overrideFact(static_cast<int>(it - steps.cbegin()), step.option),
                                     qPrintable(where));
                        }
                    }
                    QVERIFY2(walk.isFinished(), qPrintable(where));
                    QCOMPARE(walk.outcome()->id, p.constLast().node);
                    QStringList walkedNodes;
                    for (const SopStep& s : walk.steps()) {
                        walkedNodes.append(s.nodeId);
                    }
                    QStringList pathNodes;
                    for (const PathStep& s : p) {
                        pathNodes.append(s.node);
                    }
                    QCOMPARE(walkedNodes, pathNodes);
                    QCOMPARE(walk.transcript().size(), walk.steps().size());
                    if (!walk.outcome()->tagging.isEmpty()) {
                        QVERIFY2(walk.entry(), qPrintable(where));
                        QVERIFY(walk.tagging(Channel::Inbound).startsWith(u"Inbound >> "_s));
                    }
                    ++walked;
                }
            }
        }
        qInfo("%d paths walked", walked);
        QVERIFY(walked > 100);
    }

    void factsCarryEvidence()
    {
        Order order = orderWithoutTicket();
        Ticket t = ticket(u"RESCHEDULED"_s, u"CUSTOMER_RESCHEDULE"_s);
        t.deliveryPromised = QDate(2026, 11, 21);
        order.tickets.append(t);
        order.refund =
            Refund{RefundStatus::Initiated, QDateTime(QDate(2026, 11, 1), QTime(10, 0), PolicyClock::zone()), 7};
        const SopFacts facts(order, &order.tickets.constFirst(), PolicyClock::pinnedTo(TestData::today()));

        QCOMPARE(facts.answer(u"spd_breached"_s).value, u"true"_s);
        QCOMPARE(facts.answer(u"spd_breached"_s).evidence, u"SPD 18-Nov-2026 is before today 20-Nov-2026: breached"_s);
        QCOMPARE(facts.answer(u"rescheduled_date_breached"_s).value, u"true"_s);
        QCOMPARE(facts.answer(u"delivery_breached"_s).value, u"false"_s);
        QCOMPARE(facts.answer(u"ticket_state"_s).value, u"open"_s);
        QCOMPARE(facts.answer(u"ticket_status"_s).value, u"RESCHEDULED"_s);
        QCOMPARE(facts.answer(u"ticket_sub_status"_s).value, u"CUSTOMER_RESCHEDULE"_s);
        QVERIFY(!facts.answer(u"within_30_days_of_service"_s).known());
        QCOMPARE(facts.answer(u"within_30_days_of_service"_s).evidence, u"Ticket FHS1000000001 is not completed."_s);
        QCOMPARE(facts.answer(u"refund_status_available"_s).value, u"true"_s);
        QCOMPARE(facts.answer(u"refund_tat_breached"_s).value, u"true"_s);
        QVERIFY2(facts.answer(u"refund_tat_breached"_s).evidence.contains(u"08-Nov-2026"_s),
                 qPrintable(facts.answer(u"refund_tat_breached"_s).evidence));
        QCOMPARE(facts.answer(u"service_details_available"_s).value, u"true"_s);
        QCOMPARE(facts.answer(u"invoice_available"_s).value, u"true"_s);
        QCOMPARE(facts.answer(u"technician_assigned"_s).value, u"true"_s);
        QVERIFY(!facts.answer(u"moon_phase"_s).known());
    }

    void serviceWarrantyBoundaries_data()
    {
        QTest::addColumn<QDate>("completed");
        QTest::addColumn<QString>("value");
        QTest::newRow("day 0") << QDate(2026, 11, 20) << u"true"_s;
        QTest::newRow("day 30") << QDate(2026, 10, 21) << u"true"_s;
        QTest::newRow("day 31") << QDate(2026, 10, 20) << u"false"_s;
    }

    void serviceWarrantyBoundaries()
    {
        QFETCH(QDate, completed);
        QFETCH(QString, value);
        Order order = orderWithoutTicket();
        Ticket t = ticket(u"COMPLETED"_s, u"NOT_APPLICABLE"_s);
        t.completedAt = QDateTime(completed, QTime(23, 30), PolicyClock::zone());
        order.tickets.append(t);
        const SopFacts facts(order, &order.tickets.constFirst(), PolicyClock::pinnedTo(TestData::today()));
        QCOMPARE(facts.answer(u"ticket_state"_s).value, u"completed"_s);
        QCOMPARE(facts.answer(u"within_30_days_of_service"_s).value, value);
    }

    void factsWithoutTicketAreAsked()
    {
        const SopFacts facts(orderWithoutTicket(), nullptr, PolicyClock::pinnedTo(TestData::today()));
        QCOMPARE(facts.answer(u"service_details_available"_s).value, u"false"_s);
        QCOMPARE(facts.answer(u"refund_status_available"_s).value, u"false"_s);
        for (const QString& fact :
             {u"ticket_state"_s, u"spd_breached"_s, u"invoice_available"_s, u"refund_tat_breached"_s}) {
            QVERIFY2(!facts.answer(fact).known(), qPrintable(fact));
            QVERIFY(!facts.answer(fact).evidence.isEmpty());
        }
    }

    void walkAnswersOverridesAndGoesBack()
    {
        QList<SopProblem> problems;
        const std::optional<SopTree> tree =
            SopTreeReader::read(QJsonDocument(validTree()).toJson(), u"t.json"_s, &problems);
        QVERIFY(tree);
        Order order = orderWithoutTicket();
        order.tickets.append(ticket(u"CREATED"_s, u"NOT_APPLICABLE"_s)); // SPD 18-Nov: breached on the 20th
        const SopFacts facts(order, &order.tickets.constFirst(), PolicyClock::pinnedTo(TestData::today()));

        SopWalk walk(*tree, tree->scenarios.constFirst(), facts);
        // The data answers the SPD and the walk runs to the escalation without asking anything.
        QVERIFY(walk.isFinished());
        QVERIFY(!walk.canGoBack());
        QCOMPARE(walk.outcome()->id, u"delay"_s);
        QCOMPARE(walk.steps().constFirst().source, SopAnswerSource::Data);
        QCOMPARE(walk.tagging(Channel::Inbound),
                 u"Inbound >> Complaint >> Delay in Service >> Out of SPD >> Unresolved"_s);
        const QList<SopActionLine> actions =
            walk.actionLines(24, QDateTime(QDate(2026, 11, 20), QTime(12, 0), PolicyClock::zone()));
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.constFirst().text, u"Escalate to L2 (Oathkeeper TAT 24 h, due 21-Nov-2026 12:00)"_s);

        // The agent knows better (the partner updated the SPD by phone): the override is recorded.
        QVERIFY(!walk.overrideFact(0, 0)); // the same answer is no override
        QVERIFY(walk.overrideFact(0, 1));
        QCOMPARE(walk.steps().constFirst().source, SopAnswerSource::Override);
        QCOMPARE(walk.steps().constFirst().dataAnswer, u"SPD is breached"_s);
        QVERIFY(walk.transcript().constFirst().contains(u"overridden by the agent"_s));
        QVERIFY(!walk.isFinished());
        QCOMPARE(walk.pending()->id, u"agree"_s);
        QVERIFY(!walk.answer(7));
        QVERIFY(walk.answer(1));
        QCOMPARE(walk.outcome()->id, u"resched"_s);
        QCOMPARE(walk.customerAnswers(), u"Customer Disagrees"_s);
        QCOMPARE(walk.tagging(Channel::Email), u"Email >> Enquiry >> Request to reschedule >> Resolved"_s);

        const QJsonObject json = walk.toJson();
        QCOMPARE(json.value(u"tree"_s).toString(), u"t"_s);
        QCOMPARE(json.value(u"outcome"_s).toString(), u"resched"_s);
        const QJsonObject spd = json.value(u"facts"_s).toObject().value(u"spd_breached"_s).toObject();
        QCOMPARE(spd.value(u"by"_s).toString(), u"override"_s);
        QCOMPARE(spd.value(u"value"_s).toString(), u"true"_s);

        // Back undoes the answer, then the override.
        QVERIFY(walk.back());
        QCOMPARE(walk.pending()->id, u"agree"_s);
        QVERIFY(walk.back());
        QVERIFY(walk.isFinished());
        QCOMPARE(walk.outcome()->id, u"delay"_s);
        QCOMPARE(walk.steps().constFirst().source, SopAnswerSource::Data);
        QVERIFY(!walk.back());
    }

    void matchOptionFollowsTheContract()
    {
        SopNode node;
        node.kind = SopNodeKind::Question;
        node.options = {{u"Customer Agrees"_s, {}, u"a"_s, {}},
                        {u"Customer Disagrees/ Claims it as a Fake Update"_s, {}, u"b"_s, {}},
                        {u"Customer Agrees to reopen:"_s, {}, u"c"_s, {}}};
        QCOMPARE(SopWalk::matchOption(node, u"  customer agrees "_s), 0); // equal wins over contained
        QCOMPARE(SopWalk::matchOption(node, u"Customer agrees to reopen"_s), 2); // trailing colon ignored
        QCOMPARE(SopWalk::matchOption(node, u"fake"_s), 1);
        QStringList several;
        QCOMPARE(SopWalk::matchOption(node, u"customer"_s, &several), -2);
        QCOMPARE(several.size(), 3);
        QCOMPARE(SopWalk::matchOption(node, u"refund"_s), -1);
        QCOMPARE(SopWalk::matchOption(node, u"  "_s), -1);
    }
};

QTEST_GUILESS_MAIN(TestSopTrees)
#include "TestSopTrees.moc"
