#include "ActionDialog.h"

#include "common/Accessibility.h"
#include "domain/StatusCatalog.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

ActionDialog::ActionDialog(TicketActions& actions, const IncidentDraft& draft, const Order& order, const Ticket& ticket,
                           QWidget* parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_draft(draft)
    , m_order(order)
    , m_ticket(ticket)
{ }

ActionDialog::~ActionDialog() = default;

void ActionDialog::bind(QLabel* summary, QLabel* message, QPushButton* confirmButton, QPushButton* dismissButton,
                        QPlainTextEdit* remarks)
{
    m_message = message;
    m_remarks = remarks;
    Accessibility::showValue(summary, tr("Ticket %1 · %2\n%3 / %4: %5")
                                          .arg(m_ticket.ticketId, m_ticket.service, m_ticket.status, m_ticket.subStatus,
                                               StatusCatalog::instance().meaning(m_ticket.status, m_ticket.subStatus)));
    QFont strong = summary->font();
    strong.setBold(true);
    summary->setFont(strong);
    message->setStyleSheet(u"QLabel { color:#b71c1c; }"_s);
    message->setVisible(false);
    if (!m_draft.remarks.trimmed().isEmpty()) {
        m_remarks->setPlainText(m_draft.remarks);
        m_filledRemarks = m_draft.remarks;
    }
    connect(confirmButton, &QPushButton::clicked, this, &ActionDialog::confirm);
    connect(dismissButton, &QPushButton::clicked, this, &QDialog::reject);
}

void ActionDialog::refillRemarks(const QString& entryId, const QHash<QString, QString>& extra)
{
    const TaggingEntry* entry = TaggingCatalog::instance().entry(entryId);
    const QString current = m_remarks->toPlainText();
    if (!entry || !(current.trimmed().isEmpty() || current == m_filledRemarks)) {
        return;
    }
    QHash<QString, QString> values = m_actions.remarksValues(m_order, &m_ticket, m_draft.customerSaid);
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        values.insert(it.key(), it.value());
    }
    if (entry->escalates) {
        m_filledRemarks = m_actions.defaultRemarks(*entry, m_order, &m_ticket, m_draft.customerSaid);
    } else {
        m_filledRemarks = TaggingCatalog::fill(entry->remarksTemplate, values);
    }
    m_remarks->setPlainText(m_filledRemarks);
}

void ActionDialog::showMessage(const QString& text)
{
    Accessibility::showValue(m_message, text);
    m_message->setVisible(!text.isEmpty());
}

void ActionDialog::confirm()
{
    IncidentDraft draft = m_draft;
    draft.remarks = m_remarks->toPlainText();
    if (m_handleTimer && m_handleTimer->isValid()) {
        draft.handleSeconds = m_handleTimer->elapsed() / 1000;
    }
    m_outcome = perform(draft);
    if (m_outcome.ok) {
        accept();
        return;
    }
    showMessage(m_outcome.message);
}
