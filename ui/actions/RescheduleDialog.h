#pragma once

#include "ActionDialog.h"

#include <memory>

namespace Ui
{
    class RescheduleDialog;
}

// Reschedule: the customer's preferred date (today or later, within the horizon) and slot.
class RescheduleDialog final : public ActionDialog
{
    Q_OBJECT

public:
    RescheduleDialog(TicketActions& actions, const IncidentDraft& draft, const Order& order, const Ticket& ticket,
                     QWidget* parent = nullptr);
    ~RescheduleDialog() override;

protected:
    ActionOutcome perform(const IncidentDraft& draft) override;

private:
    const std::unique_ptr<Ui::RescheduleDialog> m_ui;
};
