#pragma once

#include "domain/Order.h"
#include "sop/SopWalk.h"

#include <QWidget>

#include <memory>
#include <optional>

namespace Ui
{
    class SopPanel;
}
class QStandardItemModel;
class QSortFilterProxyModel;
class TicketActions;

// What the agent takes from an outcome of the SOP walk into the Tag incident panel.
struct SopOutcomeChoice
{
    QString entryId; // empty: the article tags nothing here
    std::optional<Disposition> disposition; // when the article gives another than the catalog's
    QList<SopAction> actions;
    QString customerSaid; // the customer's answers, for the remarks
    QString sopPath; // the walk as JSON, saved with the incident
};

// The SOP walker beside the ticket: the scenarios of the ticket's service line (type to filter),
// then the chosen scenario walked step by step — facts answered from the data with their
// evidence (the agent may override one: recorded), questions for what the customer says, script
// steps to read out, and the outcome with its tagging and the action it needs. Keyboard: type,
// arrows and Enter all the way; Alt+B goes back, Alt+I overrides the fact selected in the steps.
class SopPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SopPanel(QWidget* parent = nullptr);
    ~SopPanel() override;
    Q_DISABLE_COPY_MOVE(SopPanel)

    // The clock and the Oathkeeper TATs come from here.
    void setActions(TicketActions* actions);
    // The order and ticket the facts are read from; a new order or ticket starts over.
    void setTarget(const Order* order, const Ticket* ticket);
    // The library the scenarios come from (the shipped one unless a test gives another).
    void setLibrary(const SopLibrary* library);
    // The levels this agent may walk (L1 agents: L1 only; the core's permission is WalkL2Trees).
    void setLevels(const QStringList& levels);
    void setLevel(const QString& level);

    // The walk under way, or null while the agent picks a scenario.
    const SopWalk* walk() const { return m_walk ? &*m_walk : nullptr; }
    // Starts the scenario of the current line and level whose title contains text, if only one does.
    bool startScenario(const QString& text);

public slots:
    void focusFirstField();
    void restart();
    void back();
    // Starts overriding the fact selected in the steps: its options are offered as answers.
    void overrideSelectedFact();
    void useOutcome();

signals:
    void outcomeChosen(const SopOutcomeChoice& choice);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void fillScenarios();
    void filterChanged(const QString& text);
    void startCurrent();
    void startAt(const QString& treeId, int scenarioIndex);
    void optionActivated(int row);
    void cancelOverride();
    void refresh();
    void showQuestion();
    void showOutcome();
    void updateButtons();
    ServiceLine line() const;
    QString level() const;

    const std::unique_ptr<Ui::SopPanel> m_ui;
    QStandardItemModel* m_scenarios;
    QSortFilterProxyModel* m_filter;
    const SopLibrary* m_library;
    TicketActions* m_actions = nullptr;
    std::optional<Order> m_order;
    QString m_ticketId;
    std::optional<SopWalk> m_walk;
    int m_overrideStep = -1; // the step being overridden, -1 when answering the walk's question
};
