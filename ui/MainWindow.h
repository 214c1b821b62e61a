#pragma once

#include "actions/TicketActions.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>

namespace Ui
{
    class MainWindow;
}
class EscalationPanel;
class EscalationQueueView;
class HistoryPanel;
class SupervisorBoard;
class SopPanel;
struct SopOutcomeChoice;
class QLabel;
class SearchResultModel;
class TagIncidentPanel;
class Workspace;

// The agent's console: one search box on top; below it the welcome help, the list of orders a
// search found, or the open order with all its ticket sections.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    enum class Page
    {
        Welcome,
        Results,
        Order,
        Queue, // the L2 escalation queue
        Board, // the supervisor's board
    };
    Page currentPage() const;

public slots:
    void focusSearch();
    void runSearch();
    void openOrder(const QString& orderId, const QString& ticketId = QString());
    void backToResults();
    void chooseDatabase();
    bool openDatabase(const QString& path);
    // The ticket actions on the ticket shown; a refusal is explained before any dialog opens.
    void startAction(TicketAction action);
    void showTagPanel();
    void showSopPanel();
    // Asks for a sign-in until one succeeds; false (and the window closes) when the agent quits.
    bool requireSignIn(const QString& agentId = QString());
    void signOut();
    void showEscalationQueue();
    void showSupervisorBoard();
    // Opens the escalation's order and ticket with the escalation beside them, and the L2 trees.
    void openEscalation(qint64 escalationId);
    // Shows who is signed in and offers what their role may do (after a sign-in, or when a test
    // changes the agent).
    void applyRole();

signals:
    void searchFinished(int hits);
    void orderOpened(const QString& orderId);
    void incidentSubmitted(qint64 incidentId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showPage(Page page);
    void showSearchMessage(const QString& text, bool problem);
    void openResult(const QModelIndex& index);
    void refreshDatabaseState();
    void showAbout();
    void submitIncident(IncidentDraft draft, TicketAction action);
    void runAction(TicketAction action, IncidentDraft draft);
    void actionDone(const ActionOutcome& outcome);
    // Reads the open order again after a change, keeping the ticket shown.
    void reloadOrder(const QString& showTicketId = QString());
    // The signed-in agent's own password (File → Change Password…).
    void changePassword();
    // Drops the open order and its panels from the screen.
    void forgetOrder();
    void contactRevealToggled(const QString& orderId, bool revealed);
    // The SOP walk's outcome fills the Tag incident panel and opens the action it needs.
    void applySopOutcome(const SopOutcomeChoice& choice);

    const std::unique_ptr<Ui::MainWindow> m_ui;
    Workspace& m_workspace;
    SearchResultModel* m_results;
    TicketActions m_actions;
    SopPanel* m_sopPanel;
    EscalationPanel* m_escalationPanel;
    EscalationQueueView* m_queueView;
    SupervisorBoard* m_board;
    QLabel* m_agentStatusLabel;
    TagIncidentPanel* m_tagPanel;
    HistoryPanel* m_historyPanel;
    QElapsedTimer m_handleTimer; // from opening the order to submitting the incident
    QLabel* m_databaseStatusLabel;
    QLabel* m_todayStatusLabel;
    bool m_cameFromResults = false;
};
