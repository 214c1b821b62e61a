#pragma once

#include "ActionDialog.h"

#include <memory>

namespace Ui
{
    class ReopenDialog;
}

// Reopen a completed service within 30 days, with the article's three views: Alternate Contact
// Change, Mobile Number Change, Address Change.
class ReopenDialog final : public ActionDialog
{
    Q_OBJECT

public:
    ReopenDialog(TicketActions& actions, const IncidentDraft& draft, const Order& order, const Ticket& ticket,
                 QWidget* parent = nullptr);
    ~ReopenDialog() override;

protected:
    ActionOutcome perform(const IncidentDraft& draft) override;

private:
    ReopenView view() const;
    void viewChanged();

    const std::unique_ptr<Ui::ReopenDialog> m_ui;
};
