#include "EscalateDialog.h"
#include "ui_EscalateDialog.h"

#include "common/Accessibility.h"
#include "core/DisplayFormat.h"

EscalateDialog::EscalateDialog(TicketActions& actions, const IncidentDraft& draft, const Order& order,
                               const Ticket& ticket, QWidget* parent)
    : ActionDialog(actions, draft, order, ticket, parent)
    , m_ui(std::make_unique<Ui::EscalateDialog>())
{
    m_ui->setupUi(this);
    for (const TaggingEntry& entry : TaggingCatalog::instance().entries()) {
        if (entry.escalates) {
            m_ui->incidentComboBox->addItem(entry.label(), entry.id);
        }
    }
    const int preselected = m_ui->incidentComboBox->findData(draft.entryId);
    m_ui->incidentComboBox->setCurrentIndex(qMax(preselected, 0));
    bind(m_ui->ticketSummaryLabel, m_ui->escalateMessageLabel, m_ui->confirmEscalateButton, m_ui->dismissButton,
         m_ui->remarksPlainTextEdit);
    connect(m_ui->incidentComboBox, &QComboBox::currentIndexChanged, this, &EscalateDialog::incidentChanged);
    incidentChanged();
    m_ui->incidentComboBox->setFocus();
}

EscalateDialog::~EscalateDialog() = default;

void EscalateDialog::incidentChanged()
{
    m_draft.entryId = m_ui->incidentComboBox->currentData().toString();
    const TaggingEntry* entry = TaggingCatalog::instance().entry(m_draft.entryId);
    if (!entry) {
        return;
    }
    const int hours = m_actions.oathkeeperHours(*entry);
    const TaggingQueue* queue = TaggingCatalog::instance().queue(entry->queueId);
    Accessibility::showValue(m_ui->tatLabel,
                             tr("%n hour(s): due %1 — tell the customer. Queue: %2.", nullptr, hours)
                                 .arg(DisplayFormat::dateTime(m_actions.clock().now().addSecs(hours * 3600LL)),
                                      queue ? queue->name : entry->queueId));
    refillRemarks(m_draft.entryId);
}

ActionOutcome EscalateDialog::perform(const IncidentDraft& draft)
{
    IncidentDraft escalation = draft;
    escalation.entryId = m_draft.entryId;
    escalation.disposition.reset();
    escalation.queueId.clear();
    return m_actions.escalate(escalation);
}
