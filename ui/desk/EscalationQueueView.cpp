#include "EscalationQueueView.h"
#include "ui_EscalationQueueView.h"

#include "EscalationQueueModel.h"
#include "agents/AgentStore.h"
#include "common/Accessibility.h"
#include "common/MessageBox.h"
#include "desk/EscalationDesk.h"
#include "domain/Codes.h"
#include "export/Exporter.h"
#include "store/Workspace.h"
#include "tagging/TaggingCatalog.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>

using namespace Qt::StringLiterals;

EscalationQueueView::EscalationQueueView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EscalationQueueView>())
    , m_workspace(workspace)
    , m_model(new EscalationQueueModel(this))
    , m_timer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->escalationTableView->setModel(m_model);
    m_ui->escalationTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->escalationTableView->horizontalHeader()->setStretchLastSection(true);
    QFont title = m_ui->queueTitleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.25);
    title.setBold(true);
    m_ui->queueTitleLabel->setFont(title);
    m_ui->queueMessageLabel->setVisible(false);

    m_ui->statusFilterComboBox->addItem(tr("Active"), u"active"_s);
    m_ui->statusFilterComboBox->addItem(tr("Waiting for review"), u"resolved"_s);
    m_ui->statusFilterComboBox->addItem(tr("Closed"), u"closed"_s);
    m_ui->statusFilterComboBox->addItem(tr("All"), u"all"_s);
    m_ui->lineFilterComboBox->addItem(tr("All lines"), QString());
    for (const ServiceLine line : Codes::allServiceLines()) {
        m_ui->lineFilterComboBox->addItem(Codes::serviceLineName(line), Codes::serviceLine(line));
    }
    m_ui->queueFilterComboBox->addItem(tr("All queues"), QString());
    for (const TaggingQueue& queue : TaggingCatalog::instance().queues()) {
        m_ui->queueFilterComboBox->addItem(queue.name, queue.id);
    }

    for (QComboBox* combo :
         {m_ui->queueFilterComboBox, m_ui->lineFilterComboBox, m_ui->statusFilterComboBox, m_ui->escalatedByComboBox}) {
        connect(combo, &QComboBox::activated, this, &EscalationQueueView::refresh);
    }
    connect(m_ui->overdueOnlyCheckBox, &QCheckBox::toggled, this, &EscalationQueueView::refresh);
    connect(m_ui->mineOnlyCheckBox, &QCheckBox::toggled, this, &EscalationQueueView::refresh);
    connect(m_ui->escalationTableView, &QTableView::activated, this, &EscalationQueueView::openCurrent);
    connect(m_ui->openEscalationButton, &QPushButton::clicked, this, &EscalationQueueView::openCurrent);
    connect(m_ui->takeButton, &QPushButton::clicked, this, &EscalationQueueView::takeCurrent);
    connect(m_ui->exportQueueButton, &QPushButton::clicked, this, &EscalationQueueView::exportList);
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, &EscalationQueueView::tick);
    m_timer->start();
    m_savePath = [this] {
        return QFileDialog::getSaveFileName(this, tr("Export the escalations"), u"escalations.csv"_s,
                                            tr("CSV files (*.csv)"));
    };
}

EscalationQueueView::~EscalationQueueView() = default;

void EscalationQueueView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
    }
    QWidget::changeEvent(event);
}

void EscalationQueueView::fillFilters()
{
    const QString chosen = m_ui->escalatedByComboBox->currentData().toString();
    m_ui->escalatedByComboBox->clear();
    m_ui->escalatedByComboBox->addItem(tr("Everyone"), QString());
    if (m_workspace.isOpen()) {
        for (const Agent& agent : m_workspace.agents().list()) {
            if (agent.role == Role::L1 || agent.role == Role::L2) {
                m_ui->escalatedByComboBox->addItem(u"%1 (%2)"_s.arg(agent.name, agent.id), agent.id);
            }
        }
    }
    m_ui->escalatedByComboBox->setCurrentIndex(std::max(0, m_ui->escalatedByComboBox->findData(chosen)));
}

void EscalationQueueView::refresh()
{
    const qint64 selected = currentEscalationId();
    fillFilters();
    const bool supervisor = m_workspace.may(Permission::Export);
    m_ui->exportQueueButton->setVisible(supervisor);
    m_ui->includeContactsCheckBox->setVisible(supervisor);
    Accessibility::showValue(m_ui->queueTitleLabel, tr("Escalation queue"));
    if (!m_workspace.isOpen()) {
        m_model->setRows({}, QDateTime());
        return;
    }
    EscalationFilter filter;
    filter.queueId = m_ui->queueFilterComboBox->currentData().toString();
    const QString line = m_ui->lineFilterComboBox->currentData().toString();
    if (!line.isEmpty()) {
        filter.line = Codes::parseServiceLine(line);
    }
    const QString status = m_ui->statusFilterComboBox->currentData().toString();
    if (status == u"resolved" || status == u"closed") {
        filter.statuses = {status};
    } else if (status == u"all") {
        filter.statuses = EscalationDesk::activeStatuses() + QStringList{u"resolved"_s, u"closed"_s};
    }
    filter.escalatedBy = m_ui->escalatedByComboBox->currentData().toString();
    filter.overdueOnly = m_ui->overdueOnlyCheckBox->isChecked();
    if (m_ui->mineOnlyCheckBox->isChecked()) {
        filter.assignee = m_workspace.agent();
    }
    QString refusal;
    EscalationDesk desk(m_workspace);
    const QList<EscalationRow> rows = desk.list(filter, &refusal);
    m_model->setRows(rows, m_workspace.clock().now());
    if (!refusal.isEmpty()) {
        showMessage(refusal, true);
    } else if (!desk.errorString().isEmpty()) {
        showMessage(tr("The queue could not be read: %1").arg(desk.errorString()), true);
    } else if (m_problemShown) {
        showMessage(QString(), false); // the problem is over
    }
    updateSummary();
    int row = 0;
    for (int i = 0; i < m_model->rowCount(); ++i) {
        if (m_model->index(i, 0).data(EscalationQueueModel::IdRole).toLongLong() == selected) {
            row = i;
        }
    }
    if (m_model->rowCount() > 0) {
        m_ui->escalationTableView->selectRow(row);
    }
}

void EscalationQueueView::tick()
{
    m_model->setNow(m_workspace.clock().now());
    updateSummary();
}

void EscalationQueueView::updateSummary()
{
    const int total = m_model->rowCount();
    const int overdue = m_model->overdueCount();
    // The style first: the label sizes itself for the text in the font it will be drawn in.
    m_ui->queueSummaryLabel->setStyleSheet(overdue > 0 ? u"QLabel { color:#b71c1c; font-weight:600; }"_s : QString());
    Accessibility::showValue(m_ui->queueSummaryLabel, total == 0 ? tr("No escalation matches.")
                                                                 : tr("%n escalation(s)", nullptr, total) + u", "_s
                                                                       + tr("%n overdue", nullptr, overdue));
    m_ui->takeButton->setEnabled(total > 0);
    m_ui->openEscalationButton->setEnabled(total > 0);
}

void EscalationQueueView::showMessage(const QString& text, bool problem)
{
    m_problemShown = problem && !text.isEmpty();
    Accessibility::showValue(m_ui->queueMessageLabel, text);
    m_ui->queueMessageLabel->setStyleSheet(problem ? u"QLabel { color:#b71c1c; }"_s : u"QLabel { color:#1e7b34; }"_s);
    m_ui->queueMessageLabel->setVisible(!text.isEmpty());
}

qint64 EscalationQueueView::currentEscalationId() const
{
    const QModelIndex index = m_ui->escalationTableView->currentIndex();
    return index.isValid() ? index.data(EscalationQueueModel::IdRole).toLongLong() : 0;
}

void EscalationQueueView::focusTable()
{
    m_ui->escalationTableView->setFocus(Qt::ShortcutFocusReason);
}

void EscalationQueueView::takeCurrent()
{
    const qint64 id = currentEscalationId();
    if (id == 0) {
        return;
    }
    EscalationDesk desk(m_workspace);
    const DeskOutcome outcome = desk.take(id);
    refresh(); // what the queue holds now, also when someone else took it first
    showMessage(outcome.message, !outcome.ok);
}

void EscalationQueueView::openCurrent()
{
    if (const qint64 id = currentEscalationId()) {
        emit openEscalationRequested(id);
    }
}

void EscalationQueueView::exportList()
{
    const bool contacts = m_ui->includeContactsCheckBox->isChecked();
    if (contacts
        && !MessageBox::question(this, tr("Include contact details?"),
                                 tr("The file will hold customers' mobile numbers and email in full. The export is "
                                    "recorded in the audit log with your name. Go on?"))) {
        return;
    }
    const QString path = m_savePath ? m_savePath() : QString();
    if (path.isEmpty()) {
        return;
    }
    Exporter exporter(m_workspace);
    const ExportOutcome outcome =
        exporter.write(Exporter::escalations(m_model->rows(), contacts, m_workspace.clock().now()), path, contacts);
    showMessage(outcome.message, !outcome.ok);
}
