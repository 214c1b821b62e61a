#pragma once

#include "store/StatementCache.h"
#include "tagging/Incident.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

class Workspace;

// An incident as tagging QA sees it, with the review when there is one.
struct QaRow
{
    Incident incident;
    std::optional<bool> correct; // empty: not reviewed yet
    QString correctEntryId; // the right tagging, when it was wrong
    QString reviewer;
    QString note;
};

struct QaFilter
{
    QString agent; // empty: everyone
    bool unreviewedOnly = false;
    QDate from; // IST days, inclusive; invalid: no bound
    QDate to;
};

struct AgentAccuracy
{
    QString agent;
    int reviewed = 0;
    int correct = 0;
    double percent() const { return reviewed > 0 ? 100.0 * correct / reviewed : 0.0; }
};

struct QaOutcome
{
    bool ok = false;
    bool refused = false;
    QString message;
};

// Supervisors check the tagging of incidents: correct, or wrong with the tagging it should have
// had. The reviews give each agent's tagging accuracy.
class TaggingQa final
{
    Q_DECLARE_TR_FUNCTIONS(TaggingQa)

public:
    explicit TaggingQa(Workspace& workspace);

    QList<QaRow> list(const QaFilter& filter, QString* refusal = nullptr, int limit = 2000);
    QaOutcome markCorrect(qint64 incidentId, const QString& note = QString());
    QaOutcome markIncorrect(qint64 incidentId, const QString& correctEntryId, const QString& note);
    // Per agent, over the incidents created in the period (invalid dates: no bound).
    // Per-agent accuracy for incidents created in [from, to]; supervisors only (*refusal says why not).
    QList<AgentAccuracy> accuracy(QDate from, QDate to, QString* refusal = nullptr);

    QString errorString() const { return m_statements.errorString(); }

private:
    QaOutcome review(qint64 incidentId, bool correct, const QString& correctEntryId, const QString& note);

    Workspace& m_workspace;
    StatementCache m_statements;
};
