#pragma once

#include <QWidget>

#include <memory>

namespace Ui
{
    class EscalationPanel;
}
class Workspace;

// An escalation beside its order and ticket, for the L2 agent working it: what was escalated and
// by whom, the countdown to its Oathkeeper TAT, the SOP path the L1 agent walked, its history,
// and the L2 steps — take, record the partner's update (Call Completed / Call In Progress with
// the new date / Call Cancelled due to Customer Dependency with the reason), log an outcall,
// re-escalate to the brand, resolve.
class EscalationPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EscalationPanel(Workspace& workspace, QWidget* parent = nullptr);
    ~EscalationPanel() override;
    Q_DISABLE_COPY_MOVE(EscalationPanel)

    qint64 escalationId() const { return m_id; }

public slots:
    void showEscalation(qint64 id);
    void reload();
    void take();
    void recordUpdate();
    void logOutcall();
    void toBrand();
    void resolve();

signals:
    // After every step that changed the escalation.
    void escalationChanged(qint64 id);

protected:
    void changeEvent(QEvent* event) override;

private:
    void updateWorkControls();
    void showMessage(const QString& text, bool problem);
    void done(bool ok, const QString& message);

    const std::unique_ptr<Ui::EscalationPanel> m_ui;
    Workspace& m_workspace;
    qint64 m_id = 0;
};
