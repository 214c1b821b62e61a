#pragma once

#include "ActionDialog.h"

#include <memory>

namespace Ui
{
    class CancelDialog;
}

// Cancel a ticket that is in Cancel Initiated, as the article allows.
class CancelDialog final : public ActionDialog
{
    Q_OBJECT

public:
    CancelDialog(TicketActions& actions, const IncidentDraft& draft, const Order& order, const Ticket& ticket,
                 QWidget* parent = nullptr);
    ~CancelDialog() override;

protected:
    ActionOutcome perform(const IncidentDraft& draft) override;

private:
    const std::unique_ptr<Ui::CancelDialog> m_ui;
};
