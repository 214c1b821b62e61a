#include "RescheduleDialog.h"
#include "ui_RescheduleDialog.h"

#include "common/Accessibility.h"
#include "core/DisplayFormat.h"

using namespace Qt::StringLiterals;

RescheduleDialog::RescheduleDialog(TicketActions& actions, const IncidentDraft& draft, const Order& order,
                                   const Ticket& ticket, QWidget* parent)
    : ActionDialog(actions, draft, order, ticket, parent)
    , m_ui(std::make_unique<Ui::RescheduleDialog>())
{
    m_ui->setupUi(this);
    const QDate today = actions.clock().today();
    const int horizon = actions.rescheduleHorizonDays();
    m_ui->dateEdit->setDateRange(today, today.addDays(horizon));
    m_ui->dateEdit->setDate(qMax(today.addDays(1), qMin(ticket.spd, today.addDays(horizon))));
    for (const QString& slot : {u"09:00-12:00"_s, u"12:00-15:00"_s, u"15:00-18:00"_s, u"18:00-21:00"_s}) {
        m_ui->slotComboBox->addItem(slot);
    }
    m_ui->slotComboBox->setCurrentText(ticket.slot.isEmpty() ? u"12:00-15:00"_s : ticket.slot);
    Accessibility::showValue(m_ui->rescheduleHintLabel,
                             tr("Confirm the date and slot with the customer: today (%1) to %2. Suggest the self-serve "
                                "option in the app for future reschedules.")
                                 .arg(DisplayFormat::date(today), DisplayFormat::date(today.addDays(horizon))));
    bind(m_ui->ticketSummaryLabel, m_ui->rescheduleMessageLabel, m_ui->confirmRescheduleButton, m_ui->dismissButton,
         m_ui->remarksPlainTextEdit);
    auto refill = [this] {
        refillRemarks(m_draft.entryId, {{u"new_date"_s, DisplayFormat::date(m_ui->dateEdit->date())}});
    };
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, refill);
    refill();
    m_ui->dateEdit->setFocus();
}

RescheduleDialog::~RescheduleDialog() = default;

ActionOutcome RescheduleDialog::perform(const IncidentDraft& draft)
{
    return m_actions.reschedule(draft, m_ui->dateEdit->date(), m_ui->slotComboBox->currentText());
}
