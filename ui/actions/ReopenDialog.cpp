#include "ReopenDialog.h"
#include "ui_ReopenDialog.h"

#include "core/DisplayFormat.h"

using namespace Qt::StringLiterals;

ReopenDialog::ReopenDialog(TicketActions& actions, const IncidentDraft& draft, const Order& order, const Ticket& ticket,
                           QWidget* parent)
    : ActionDialog(actions, draft, order, ticket, parent)
    , m_ui(std::make_unique<Ui::ReopenDialog>())
{
    m_ui->setupUi(this);
    const QDate today = actions.clock().today();
    m_ui->dateEdit->setDateRange(today, today.addDays(actions.rescheduleHorizonDays()));
    m_ui->dateEdit->setDate(today.addDays(1));
    // The complaints that justify a reopen, in the article's words (L1 Installation 1.3).
    m_ui->reasonComboBox->addItems({tr("Improper installation"), tr("Improper service"), tr("Fake closure"),
                                    tr("Issue with the product after the service")});
    m_ui->reasonComboBox->setCurrentIndex(-1);
    connect(m_ui->alternateContactRadioButton, &QRadioButton::toggled, this, &ReopenDialog::viewChanged);
    connect(m_ui->mobileNumberRadioButton, &QRadioButton::toggled, this, &ReopenDialog::viewChanged);
    connect(m_ui->addressRadioButton, &QRadioButton::toggled, this, &ReopenDialog::viewChanged);
    bind(m_ui->ticketSummaryLabel, m_ui->reopenMessageLabel, m_ui->confirmReopenButton, m_ui->dismissButton,
         m_ui->remarksPlainTextEdit);
    auto refill = [this] {
        refillRemarks(m_draft.entryId, {{u"new_date"_s, DisplayFormat::date(m_ui->dateEdit->date())}});
    };
    connect(m_ui->dateEdit, &QDateEdit::dateChanged, this, refill);
    refill();
    viewChanged();
    m_ui->alternateContactRadioButton->setFocus();
}

ReopenDialog::~ReopenDialog() = default;

ReopenView ReopenDialog::view() const
{
    if (m_ui->mobileNumberRadioButton->isChecked()) {
        return ReopenView::MobileNumberChange;
    }
    return m_ui->addressRadioButton->isChecked() ? ReopenView::AddressChange : ReopenView::AlternateContactChange;
}

void ReopenDialog::viewChanged()
{
    switch (view()) {
    case ReopenView::AlternateContactChange:
        m_ui->detailCaptionLabel->setText(tr("New alternate &number"));
        m_ui->detailLineEdit->setPlaceholderText(tr("10-digit mobile the technician should call"));
        break;
    case ReopenView::MobileNumberChange:
        m_ui->detailCaptionLabel->setText(tr("New mobile &number"));
        m_ui->detailLineEdit->setPlaceholderText(tr("10-digit mobile for this revisit"));
        break;
    case ReopenView::AddressChange:
        m_ui->detailCaptionLabel->setText(tr("New &address"));
        m_ui->detailLineEdit->setPlaceholderText(tr("House, street, area, city"));
        break;
    }
}

ActionOutcome ReopenDialog::perform(const IncidentDraft& draft)
{
    return m_actions.reopen(draft, view(), m_ui->detailLineEdit->text(), m_ui->dateEdit->date(),
                            m_ui->reasonComboBox->currentText());
}
