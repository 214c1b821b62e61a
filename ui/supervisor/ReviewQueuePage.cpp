#include "ReviewQueuePage.h"
#include "ui_ReviewQueuePage.h"

#include "agents/AgentStore.h"
#include "common/Accessibility.h"
#include "core/DisplayFormat.h"
#include "desk/EscalationDesk.h"
#include "domain/Formats.h"
#include "export/Exporter.h"
#include "store/Workspace.h"
#include "supervisor/SupervisorModels.h"

#include <QHeaderView>

#include <algorithm>

using namespace Qt::StringLiterals;

ReviewQueuePage::ReviewQueuePage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReviewQueuePage>())
    , m_workspace(workspace)
    , m_model(new ReviewQueueModel(this))
{
    m_ui->setupUi(this);
    Accessibility::nameClearButton(m_ui->reviewNoteLineEdit, u"clearReviewNoteButton"_s, tr("Clear the note"));
    m_ui->reviewTableView->setModel(m_model);
    BoardCommon::prepareTable(m_ui->reviewTableView);
    QHeaderView* header = m_ui->reviewTableView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ReviewQueueModel::ComplaintColumn, QHeaderView::Stretch);
    m_ui->reviewMessageLabel->setVisible(false);

    connect(m_ui->reviewTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ReviewQueuePage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewQueuePage::selectionChanged);
    // Enter or a double click opens the escalation.
    connect(m_ui->reviewTableView, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        if (const EscalationRow* row = m_model->row(index.row())) {
            emit openEscalationRequested(row->id);
        }
    });
    connect(m_ui->showAllActiveCheckBox, &QCheckBox::toggled, this, &ReviewQueuePage::reload);
    connect(m_ui->reviewReloadButton, &QPushButton::clicked, this, &ReviewQueuePage::reload);
    connect(m_ui->approveButton, &QPushButton::clicked, this, &ReviewQueuePage::approve);
    connect(m_ui->returnToAgentButton, &QPushButton::clicked, this, &ReviewQueuePage::returnToAgent);
    connect(m_ui->reassignButton, &QPushButton::clicked, this, &ReviewQueuePage::reassign);
    connect(m_ui->closeEscalationButton, &QPushButton::clicked, this, &ReviewQueuePage::closeEscalation);
    connect(m_ui->reviewExportButton, &QPushButton::clicked, this,
            [this] { emit exportRequested(BoardList::ReviewQueue, m_ui->reviewIncludeContactsCheckBox->isChecked()); });
    selectionChanged();
}

ReviewQueuePage::~ReviewQueuePage() = default;

void ReviewQueuePage::clear()
{
    m_model->setRows({}, QDateTime());
    m_ui->reassignAgentComboBox->clear();
    Accessibility::showValue(m_ui->reviewCountLabel, QString());
    showMessage(QString(), false);
}

void ReviewQueuePage::reload()
{
    const qint64 keepId = selectedId();
    const int keepRow = m_ui->reviewTableView->currentIndex().row();
    EscalationFilter filter;
    filter.statuses = {u"resolved"_s};
    const bool all = m_ui->showAllActiveCheckBox->isChecked();
    if (all) {
        filter.statuses += EscalationDesk::activeStatuses();
    }
    EscalationDesk desk(m_workspace);
    QString refusal;
    const QDateTime now = m_workspace.clock().now();
    const QList<EscalationRow> rows = desk.list(filter, &refusal);
    m_model->setRows(rows, now);
    loadAgents();
    if (!refusal.isEmpty()) {
        showMessage(refusal, true);
    } else if (!desk.errorString().isEmpty()) {
        showMessage(tr("The review queue could not be read: %1").arg(desk.errorString()), true);
    } else if (m_problemShown) {
        showMessage(QString(), false); // the problem is over
    }

    const int waiting = static_cast<int>(
        std::count_if(rows.cbegin(), rows.cend(), [](const EscalationRow& r) { return r.status == u"resolved"; }));
    const int late = static_cast<int>(
        std::count_if(rows.cbegin(), rows.cend(), [&now](const EscalationRow& r) { return r.breached(now); }));
    QString count = all ? tr("%n active or resolved escalation(s), %1 waiting for your review", nullptr,
                             static_cast<int>(rows.size()))
                              .arg(waiting)
                        : tr("%n escalation(s) waiting for your review", nullptr, waiting);
    if (late > 0) {
        count = tr("%1 · %n past the Oathkeeper TAT", nullptr, late).arg(count);
    }
    Accessibility::showValue(m_ui->reviewCountLabel, count);

    int row = m_model->rowOf(keepId);
    if (row < 0) {
        row = std::min(std::max(keepRow, 0), m_model->rowCount() - 1);
    }
    selectRow(row);
}

CsvTable ReviewQueuePage::csvTable(bool includeContacts) const
{
    return Exporter::escalations(m_model->rows(), includeContacts, m_workspace.clock().now());
}

qint64 ReviewQueuePage::selectedId() const
{
    const EscalationRow* row = m_model->row(m_ui->reviewTableView->currentIndex().row());
    return row ? row->id : 0;
}

bool ReviewQueuePage::selectEscalation(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    selectRow(row);
    return true;
}

int ReviewQueuePage::rowCount() const
{
    return m_model->rowCount();
}

void ReviewQueuePage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_ui->reviewTableView->setCurrentIndex(QModelIndex());
        selectionChanged();
        return;
    }
    m_ui->reviewTableView->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                                         | QItemSelectionModel::Rows);
    m_ui->reviewTableView->scrollTo(m_model->index(row, 0));
    selectionChanged();
}

void ReviewQueuePage::selectionChanged()
{
    const EscalationRow* row = m_model->row(m_ui->reviewTableView->currentIndex().row());
    const bool agents = m_ui->reassignAgentComboBox->isEnabled();
    m_ui->approveButton->setEnabled(row && row->status == u"resolved");
    m_ui->returnToAgentButton->setEnabled(row && row->status == u"resolved");
    m_ui->closeEscalationButton->setEnabled(row && row->status != u"closed");
    m_ui->reassignButton->setEnabled(row && row->status != u"closed" && agents);
    if (!row) {
        Accessibility::showValue(m_ui->reviewSelectionLabel, m_model->rowCount() == 0
                                                                 ? tr("Nothing waiting for review.")
                                                                 : tr("Select an escalation to review it."));
        return;
    }
    QString text = tr("Escalation %1 · %2 · escalated by %3 · worked by %4 · due %5 · %6")
                       .arg(QString::number(row->id), row->complaint, row->escalatedBy,
                            row->assignee.isEmpty() ? tr("nobody yet") : row->assignee,
                            DisplayFormat::dateTime(row->dueAt), EscalationDesk::statusName(row->status));
    if (!row->reviewNote.isEmpty()) {
        text += u'\n' + tr("Returned before with the note: %1").arg(Formats::maskContactsInText(row->reviewNote));
    }
    Accessibility::showValue(m_ui->reviewSelectionLabel, text);
}

void ReviewQueuePage::loadAgents()
{
    QComboBox* combo = m_ui->reassignAgentComboBox;
    const QString keep = combo->currentData().toString();
    combo->clear();
    for (const Agent& agent : m_workspace.agents().list()) {
        if (agent.disabled || !Roles::allows(agent.role, Permission::WorkEscalations)) {
            continue;
        }
        combo->addItem(agent.name.isEmpty() ? agent.id : tr("%1 (%2)").arg(agent.id, agent.name), agent.id);
    }
    combo->setEnabled(combo->count() > 0);
    if (combo->count() == 0) {
        combo->addItem(tr("No L2 agent to reassign to"));
    }
    const int index = combo->findData(keep);
    combo->setCurrentIndex(std::max(index, 0));
}

void ReviewQueuePage::act(const std::function<DeskOutcome(EscalationDesk&, qint64, const QString&)>& action)
{
    const qint64 id = selectedId();
    if (id == 0) {
        showMessage(tr("Select an escalation first."), true);
        return;
    }
    EscalationDesk desk(m_workspace);
    const DeskOutcome outcome = action(desk, id, m_ui->reviewNoteLineEdit->text());
    if (outcome.ok) {
        m_ui->reviewNoteLineEdit->clear();
    }
    reload(); // also after a refusal: someone else may have reviewed it meanwhile
    if (outcome.ok) {
        emit escalationChanged(id);
    }
    showMessage(outcome.message, !outcome.ok);
}

void ReviewQueuePage::approve()
{
    act([](EscalationDesk& desk, qint64 id, const QString& note) { return desk.approve(id, note); });
}

void ReviewQueuePage::returnToAgent()
{
    act([](EscalationDesk& desk, qint64 id, const QString& note) { return desk.returnToAgent(id, note); });
}

void ReviewQueuePage::reassign()
{
    const QString agent = m_ui->reassignAgentComboBox->currentData().toString();
    act([agent](EscalationDesk& desk, qint64 id, const QString& note) { return desk.reassign(id, agent, note); });
}

void ReviewQueuePage::closeEscalation()
{
    act([](EscalationDesk& desk, qint64 id, const QString& note) { return desk.close(id, note); });
}

void ReviewQueuePage::showMessage(const QString& text, bool problem)
{
    m_problemShown = problem && !text.isEmpty();
    BoardCommon::showMessage(m_ui->reviewMessageLabel, text, problem);
}
