#pragma once

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui
{
    class EscalationQueueView;
}
class EscalationDesk;
class EscalationQueueModel;
class QTimer;
class Workspace;

// The L2 queue: escalations with a live countdown to their Oathkeeper TAT, most urgent first,
// overdue ones marked in words and colour; filters by queue, service line, status, escalating
// agent, overdue only and "mine". Enter opens the order with the escalation beside it.
class EscalationQueueView final : public QWidget
{
    Q_OBJECT

public:
    explicit EscalationQueueView(Workspace& workspace, QWidget* parent = nullptr);
    ~EscalationQueueView() override;
    Q_DISABLE_COPY_MOVE(EscalationQueueView)

    EscalationQueueModel* model() const { return m_model; }
    qint64 currentEscalationId() const;
    // Where an export goes; the default asks with a file dialog. Tests give a path.
    void setSavePathProvider(std::function<QString()> provider) { m_savePath = std::move(provider); }

public slots:
    // Reloads from the database (filters, agents, rows).
    void refresh();
    // Moves the countdowns to the clock's now; every 15 seconds on its own.
    void tick();
    void focusTable();
    void takeCurrent();
    void openCurrent();
    void exportList();

signals:
    void openEscalationRequested(qint64 escalationId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillFilters();
    void showMessage(const QString& text, bool problem);
    void updateSummary();

    const std::unique_ptr<Ui::EscalationQueueView> m_ui;
    Workspace& m_workspace;
    EscalationQueueModel* m_model;
    QTimer* m_timer;
    std::function<QString()> m_savePath;
    bool m_problemShown = false; // a refusal or read error on show, cleared by the next good read
};
