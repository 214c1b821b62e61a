#pragma once

#include "domain/Order.h"
#include "tagging/TaggingCatalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The KM article's processes as decision trees (docs/sop-format.md): one tree per process, one
// scenario per numbered case of the article, nodes that are facts (answered from the data),
// questions (what the customer says), script steps (what to tell the customer) and outcomes
// (a tagging from the catalog and the actions it needs).

enum class SopNodeKind
{
    Fact,
    Question,
    Script,
    Outcome,
};

enum class SopAction
{
    Reschedule,
    Reopen,
    Cancel,
    Escalate,
};

struct SopOption
{
    QString label; // the article's words: "Customer Agrees", "SPD is breached"
    QString value; // facts only: the value that takes this branch ("true", "open", "*" for any other)
    QString next;
    QString assumed; // why, when the article's words for this branch were lost or garbled
};

struct SopNode
{
    QString id;
    SopNodeKind kind = SopNodeKind::Question;
    QString text; // fact / question
    QString fact; // fact
    QList<SopOption> options;
    QString title; // script
    QStringList steps; // script
    QString next; // script
    QString tagging; // outcome: catalog entry id, empty when the article tags nothing
    std::optional<Disposition> disposition; // outcome: when it differs from the catalog's
    QList<SopAction> actions; // outcome
    QStringList script; // outcome: closing steps
    QString assumed; // why, when the article's text here was lost

    // What a step of this node says in a transcript: the question, the script title…
    QString prompt() const;
};

struct SopScenario
{
    QString number;
    QString title;
    QString start;
    QString assumed;
    QList<SopNode> nodes;

    const SopNode* node(const QString& id) const;
    // "1.2 A customer contacts …"
    QString displayTitle() const;
};

struct SopTree
{
    QString id;
    QString process;
    QString level; // L1 / L2
    QList<ServiceLine> lines;
    QString source;
    QString file; // where it was loaded from
    QList<SopScenario> scenarios;
};

// One problem the linter found, located by file, scenario and node.
struct SopProblem
{
    QString file;
    QString scenario;
    QString node;
    QString message;

    QString toString() const;
};

// Reads and checks tree files. Every rule of docs/sop-format.md is enforced here, so the console
// and the CLI never walk a tree that could strand an agent.
class SopTreeReader final
{
    Q_DECLARE_TR_FUNCTIONS(SopTreeReader)

public:
    // The tree, or nullopt with *problems filled in. fileName only labels the problems.
    static std::optional<SopTree> read(const QByteArray& json, const QString& fileName, QList<SopProblem>* problems);

    // Fact names and, for each, the values its options may use (empty: any status code).
    static const QStringList& factNames();
    static QStringList factValues(const QString& fact);

    static QString actionName(SopAction action); // "reschedule" … as in the files
    static std::optional<SopAction> parseAction(const QString& text);
    static QString kindName(SopNodeKind kind);
};

// Every shipped tree (resources/sop/*.json). A file that does not load or lint is reported in
// problems() and left out; the others still work.
class SopLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(SopLibrary)

public:
    static const SopLibrary& instance();

    // Loads every *.json of a folder (":/sop" for the shipped ones).
    static SopLibrary load(const QString& folder);

    const QList<SopTree>& trees() const { return m_trees; }
    const QList<SopProblem>& problems() const { return m_problems; }
    const SopTree* tree(const QString& id) const;
    // The trees for a service line and level, in file order.
    QList<const SopTree*> treesFor(ServiceLine line, const QString& level) const;

private:
    QList<SopTree> m_trees;
    QList<SopProblem> m_problems;
};
