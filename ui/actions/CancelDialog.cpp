#include "CancelDialog.h"
#include "ui_CancelDialog.h"

#include "common/Accessibility.h"

CancelDialog::CancelDialog(TicketActions& actions, const IncidentDraft& draft, const Order& order, const Ticket& ticket,
                           QWidget* parent)
    : ActionDialog(actions, draft, order, ticket, parent)
    , m_ui(std::make_unique<Ui::CancelDialog>())
{
    m_ui->setupUi(this);
    Accessibility::showValue(m_ui->cancelExplanationLabel,
                             tr("The ticket becomes CANCELED / %1. Tell the customer that the refund, if the order was "
                                "prepaid, follows the refund process, and that a fresh order can be placed any time.")
                                 .arg(ticket.subStatus));
    bind(m_ui->ticketSummaryLabel, m_ui->cancelMessageLabel, m_ui->confirmCancelButton, m_ui->dismissButton,
         m_ui->remarksPlainTextEdit);
    refillRemarks(m_draft.entryId);
    m_ui->remarksPlainTextEdit->setFocus();
}

CancelDialog::~CancelDialog() = default;

ActionOutcome CancelDialog::perform(const IncidentDraft& draft)
{
    return m_actions.cancel(draft);
}
