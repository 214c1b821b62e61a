#pragma once

#include "core/PolicyClock.h"
#include "domain/Order.h"
#include "sop/SopTree.h"
#include "tagging/TaggingCatalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What the data says about one fact of docs/sop-format.md, with the evidence an agent can check
// on the screen: "SPD 18-Nov-2026 is before today 20-Nov-2026: breached".
struct SopFactAnswer
{
    QString value; // "true", "open", "RESCHEDULED" …; empty when the data cannot tell
    QString evidence; // why that value, or why the data cannot tell

    bool known() const { return !value.isEmpty(); }
};

// Every fact a tree may ask, evaluated once from an order, one of its tickets (or none) and the
// policy clock. A plain value: it keeps no reference to the order.
class SopFacts final
{
    Q_DECLARE_TR_FUNCTIONS(SopFacts)

public:
    SopFacts() = default;
    SopFacts(const Order& order, const Ticket* ticket, const PolicyClock& clock);

    SopFactAnswer answer(const QString& fact) const;
    QDate today() const { return m_today; }

private:
    QHash<QString, SopFactAnswer> m_answers;
    QDate m_today;
};

// Who answered a step of a walk.
enum class SopAnswerSource
{
    Data, // a fact the engine answered from the ticket
    Agent, // a question, or a fact the data could not answer
    Override, // a fact the data answered and the agent corrected
};

// One step of a walk, as it is shown and saved.
struct SopStep
{
    QString nodeId;
    SopNodeKind kind = SopNodeKind::Question;
    QString prompt; // the question, the fact's text, the script's title, the outcome's tagging label
    QStringList script; // script steps (and an outcome's closing steps)
    int option = -1; // the option taken (fact / question)
    QString answer; // its label
    QString fact; // fact steps: the fact's name …
    QString factValue; // … the data's value (empty when unknown) …
    QString evidence; // … and why
    QString dataAnswer; // an overridden fact: the label the data had chosen
    SopAnswerSource source = SopAnswerSource::Data;
    bool assumed = false; // the node or option taken is an assumption of the tree
};

// An action an outcome needs, as the walker prints it: "Escalate to L2 (Oathkeeper TAT 24 h, due …)".
struct SopActionLine
{
    SopAction action = SopAction::Escalate;
    QString text;
};

// Walks one scenario of a tree: answers the facts the data knows, stops at each question (and at
// each fact the data cannot answer) for the agent, records every step, lets the agent override a
// fact the data answered and go back. The walk keeps copies of what it needs, so the order or the
// tree may go away while it lives.
class SopWalk final
{
    Q_DECLARE_TR_FUNCTIONS(SopWalk)

public:
    SopWalk(const SopTree& tree, const SopScenario& scenario, const SopFacts& facts);

    const QString& treeId() const { return m_treeId; }
    const QString& treeLevel() const { return m_level; }
    const SopScenario& scenario() const { return m_scenario; }
    const SopFacts& facts() const { return m_facts; }
    const QList<SopStep>& steps() const { return m_steps; }

    // The node waiting for the agent (a question, or a fact the data cannot answer); null when the
    // walk is finished.
    const SopNode* pending() const;
    // Why a pending fact is asked: the data's evidence. Empty for a question.
    QString pendingEvidence() const;
    // The outcome reached; null before.
    const SopNode* outcome() const;
    bool isFinished() const { return outcome() != nullptr; }

    // Answers the pending node with one of its options. False when nothing is pending or the
    // option does not exist.
    bool answer(int option);
    // Overrides the fact the data answered at step stepIndex with another option; the steps after it
    // are walked again. The step records the data's answer and the override.
    bool overrideFact(int stepIndex, int option);
    // Undoes the last thing the agent decided (an answer or an override). False when there is none.
    bool back();
    bool canGoBack() const;

    // The outcome's catalog entry; null before the outcome or when the outcome tags nothing.
    const TaggingEntry* entry() const;
    Disposition disposition() const; // the outcome's, or the entry's
    // "Inbound >> Complaint >> … >> Unresolved"; empty when the outcome tags nothing.
    QString tagging(Channel channel) const;
    // The actions of the outcome, in the tree's order. tatHours: the Oathkeeper TAT of the entry.
    QList<SopActionLine> actionLines(int tatHours, const QDateTime& now) const;

    // The customer's answers, in order, for the incident's remarks: "Customer Agrees; …".
    QString customerAnswers() const;
    // One line per step, for a transcript.
    QStringList transcript() const;
    static QString stepLine(const SopStep& step);
    // The walked path, saved with the incident and printed by "sop walk --json".
    QJsonObject toJson() const;

    // Matching of a typed answer against a node's options (the CLI's --choose): an option whose
    // label equals the text (case-insensitive, trimmed, trailing colon ignored) wins, else the one
    // option containing it. -1 for none; -2 with *several filled when several contain it.
    static int matchOption(const SopNode& node, const QString& text, QStringList* several = nullptr);

private:
    int matchFact(const SopNode& node, const SopFactAnswer& answer) const;
    void run(const QString& from);
    void take(const SopNode& node, int option, SopStep step);

    QString m_treeId;
    QString m_level;
    SopScenario m_scenario;
    SopFacts m_facts;
    QList<SopStep> m_steps;
    QString m_pending;
    QString m_outcome;
};
