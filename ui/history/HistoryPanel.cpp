#include "HistoryPanel.h"
#include "ui_HistoryPanel.h"

#include "history/HistoryModels.h"
#include "store/AuditLog.h"
#include "store/IncidentStore.h"
#include "store/Workspace.h"

HistoryPanel::HistoryPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::HistoryPanel>())
    , m_incidents(new IncidentHistoryModel(this))
    , m_audit(new AuditModel(this))
{
    m_ui->setupUi(this);
    m_ui->incidentHistoryListView->setModel(m_incidents);
    m_ui->auditListView->setModel(m_audit);
    for (QLabel* caption : {m_ui->incidentsCaptionLabel, m_ui->auditCaptionLabel}) {
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
    }
    m_ui->incidentsEmptyLabel->setVisible(false);
    m_ui->auditEmptyLabel->setVisible(false);
}

HistoryPanel::~HistoryPanel() = default;

int HistoryPanel::incidentCount() const
{
    return m_incidents->rowCount();
}

void HistoryPanel::showOrder(Workspace& workspace, const QString& orderId)
{
    if (orderId.isEmpty() || !workspace.isOpen()) {
        m_incidents->setIncidents({});
        m_audit->setRecords({});
    } else {
        m_incidents->setIncidents(workspace.incidents().forOrder(orderId));
        m_audit->setRecords(workspace.audit().forOrder(orderId));
    }
    const bool noIncidents = m_incidents->rowCount() == 0;
    m_ui->incidentHistoryListView->setVisible(!noIncidents);
    m_ui->incidentsEmptyLabel->setVisible(noIncidents);
    const bool noAudit = m_audit->rowCount() == 0;
    m_ui->auditListView->setVisible(!noAudit);
    m_ui->auditEmptyLabel->setVisible(noAudit);
}
