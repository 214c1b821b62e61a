#pragma once

#include "ActionDialog.h"

#include <memory>

namespace Ui
{
    class EscalateDialog;
}

// Escalate to L2: the complaint, its Oathkeeper TAT and due time to tell the customer, remarks.
class EscalateDialog final : public ActionDialog
{
    Q_OBJECT

public:
    EscalateDialog(TicketActions& actions, const IncidentDraft& draft, const Order& order, const Ticket& ticket,
                   QWidget* parent = nullptr);
    ~EscalateDialog() override;

protected:
    ActionOutcome perform(const IncidentDraft& draft) override;

private:
    void incidentChanged();

    const std::unique_ptr<Ui::EscalateDialog> m_ui;
};
