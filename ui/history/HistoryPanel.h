#pragma once

#include <QWidget>

#include <memory>

namespace Ui
{
    class HistoryPanel;
}
class AuditModel;
class IncidentHistoryModel;
class Workspace;

// The order's incident history and its read-only audit log, newest first.
class HistoryPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryPanel(QWidget* parent = nullptr);
    ~HistoryPanel() override;
    Q_DISABLE_COPY_MOVE(HistoryPanel)

    // Reads both lists for the order from the workspace; an empty order id clears them.
    void showOrder(Workspace& workspace, const QString& orderId);
    int incidentCount() const;

private:
    const std::unique_ptr<Ui::HistoryPanel> m_ui;
    IncidentHistoryModel* m_incidents;
    AuditModel* m_audit;
};
