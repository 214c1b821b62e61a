#include "TaggingQaPage.h"
#include "ui_TaggingQaPage.h"

#include "agents/AgentStore.h"
#include "common/Accessibility.h"
#include "domain/Formats.h"
#include "export/Exporter.h"
#include "store/Workspace.h"
#include "supervisor/SupervisorModels.h"
#include "supervisor/TaggingQa.h"
#include "tagging/TaggingCatalog.h"

#include <QHeaderView>
#include <QScopedValueRollback>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace
{
    constexpr int PeriodDays = 14;
    constexpr int RemarksShown = 400; // characters of the remarks under the list; all of them in the tooltip
} // namespace

TaggingQaPage::TaggingQaPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TaggingQaPage>())
    , m_workspace(workspace)
    , m_model(new TaggingQaModel(this))
    , m_accuracy(new AgentAccuracyModel(this))
{
    m_ui->setupUi(this);
    Accessibility::nameClearButton(m_ui->qaNoteLineEdit, u"clearQaNoteButton"_s, tr("Clear the note"));
    m_ui->qaTableView->setModel(m_model);
    BoardCommon::prepareTable(m_ui->qaTableView);
    QHeaderView* header = m_ui->qaTableView->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TaggingQaModel::TaggingColumn, QHeaderView::Stretch);
    // The notation's ends say the most (channel, type … disposition): elide in the middle. The
    // review of a wrong tagging names the right one, which can be long: its tooltip has it all.
    m_ui->qaTableView->setTextElideMode(Qt::ElideMiddle);
    header->setSectionResizeMode(TaggingQaModel::ReviewColumn, QHeaderView::Interactive);
    header->resizeSection(TaggingQaModel::ReviewColumn, m_ui->qaTableView->fontMetrics().horizontalAdvance(u'x') * 16);
    m_ui->qaAccuracyTableView->setModel(m_accuracy);
    BoardCommon::prepareTable(m_ui->qaAccuracyTableView);
    m_ui->qaAccuracyTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->qaAccuracyTableView->horizontalHeader()->setStretchLastSection(true);
    QFont bold = m_ui->qaAccuracyCaptionLabel->font();
    bold.setBold(true);
    m_ui->qaAccuracyCaptionLabel->setFont(bold);
    m_ui->qaMessageLabel->setVisible(false);

    // The right tagging: every catalog entry, by type, after a placeholder that says what to do.
    QList<const TaggingEntry*> entries;
    for (const TaggingEntry& entry : TaggingCatalog::instance().entries()) {
        entries.append(&entry);
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TaggingEntry* a, const TaggingEntry* b) { return a->kind < b->kind; });
    m_ui->qaRightTaggingComboBox->addItem(tr("Choose the right tagging…"), QString());
    for (const TaggingEntry* entry : std::as_const(entries)) {
        m_ui->qaRightTaggingComboBox->addItem(tr("%1 >> %2").arg(TaggingCatalog::kindName(entry->kind), entry->label()),
                                              entry->id);
    }

    // The dates only: the board loads the lists once it knows the agent may see them.
    const QDate today = m_workspace.clock().today();
    m_ui->qaFromDateEdit->setDate(today.addDays(1 - PeriodDays));
    m_ui->qaToDateEdit->setDate(today);
    connect(m_ui->qaTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TaggingQaPage::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TaggingQaPage::selectionChanged);
    auto filterChanged = [this] {
        if (!m_loading) {
            reload();
        }
    };
    connect(m_ui->qaAgentComboBox, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_ui->qaUnreviewedCheckBox, &QCheckBox::toggled, this, filterChanged);
    connect(m_ui->qaFromDateEdit, &QDateEdit::dateChanged, this, filterChanged);
    connect(m_ui->qaToDateEdit, &QDateEdit::dateChanged, this, filterChanged);
    connect(m_ui->qaReloadButton, &QPushButton::clicked, this, &TaggingQaPage::reload);
    connect(m_ui->markCorrectButton, &QPushButton::clicked, this, &TaggingQaPage::markCorrect);
    connect(m_ui->markWrongButton, &QPushButton::clicked, this, &TaggingQaPage::markWrong);
    connect(m_ui->qaExportButton, &QPushButton::clicked, this,
            [this] { emit exportRequested(BoardList::TaggingQa, false); });
    selectionChanged();
}

TaggingQaPage::~TaggingQaPage() = default;

void TaggingQaPage::resetPeriod()
{
    const QDate today = m_workspace.clock().today();
    setPeriod(today.addDays(1 - PeriodDays), today);
}

void TaggingQaPage::setPeriod(QDate from, QDate to)
{
    {
        const QScopedValueRollback<bool> loading(m_loading, true);
        m_ui->qaFromDateEdit->setDate(from);
        m_ui->qaToDateEdit->setDate(to);
    }
    reload();
}

void TaggingQaPage::clear()
{
    m_model->setRows({});
    m_accuracy->setRows({});
    Accessibility::showValue(m_ui->qaCountLabel, QString());
    showMessage(QString(), false);
}

void TaggingQaPage::loadAgents()
{
    const QScopedValueRollback<bool> loading(m_loading, true);
    QComboBox* combo = m_ui->qaAgentComboBox;
    const QString keep = combo->currentData().toString();
    combo->clear();
    combo->addItem(tr("Everyone"), QString());
    for (const Agent& agent : m_workspace.agents().list()) {
        combo->addItem(agent.name.isEmpty() ? agent.id : tr("%1 (%2)").arg(agent.id, agent.name), agent.id);
    }
    if (!keep.isEmpty() && combo->findData(keep) < 0) {
        combo->addItem(keep, keep); // an agent no longer in the agents table still has incidents
    }
    combo->setCurrentIndex(std::max(combo->findData(keep), 0));
}

void TaggingQaPage::reload()
{
    const qint64 keepId = selectedId();
    const int keepRow = m_ui->qaTableView->currentIndex().row();
    loadAgents();
    QaFilter filter;
    filter.agent = m_ui->qaAgentComboBox->currentData().toString();
    filter.unreviewedOnly = m_ui->qaUnreviewedCheckBox->isChecked();
    filter.from = m_ui->qaFromDateEdit->date();
    filter.to = m_ui->qaToDateEdit->date();
    if (filter.to < filter.from) {
        clear();
        showMessage(tr("Choose a period: the first day on or before the last."), true);
        return;
    }
    TaggingQa qa(m_workspace);
    QString refusal;
    const QList<QaRow> rows = qa.list(filter, &refusal);
    m_model->setRows(rows);
    m_accuracy->setRows(refusal.isEmpty() ? qa.accuracy(filter.from, filter.to) : QList<AgentAccuracy>());
    if (!refusal.isEmpty()) {
        showMessage(refusal, true);
    } else if (!qa.errorString().isEmpty()) {
        showMessage(tr("Tagging QA could not be read: %1").arg(qa.errorString()), true);
    }
    const int unreviewed = static_cast<int>(
        std::count_if(rows.cbegin(), rows.cend(), [](const QaRow& r) { return !r.correct.has_value(); }));
    Accessibility::showValue(
        m_ui->qaCountLabel,
        tr("%n incident(s) listed, %1 not reviewed", nullptr, static_cast<int>(rows.size())).arg(unreviewed));

    int row = m_model->rowOf(keepId);
    if (row < 0) {
        row = std::min(std::max(keepRow, 0), m_model->rowCount() - 1);
    }
    selectRow(row);
}

CsvTable TaggingQaPage::csvTable() const
{
    return Exporter::taggingQa(m_model->rows());
}

qint64 TaggingQaPage::selectedId() const
{
    const QaRow* row = m_model->row(m_ui->qaTableView->currentIndex().row());
    return row ? row->incident.id : 0;
}

bool TaggingQaPage::selectIncident(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    selectRow(row);
    return true;
}

int TaggingQaPage::rowCount() const
{
    return m_model->rowCount();
}

void TaggingQaPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_ui->qaTableView->setCurrentIndex(QModelIndex());
        selectionChanged();
        return;
    }
    m_ui->qaTableView->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect
                                                                                     | QItemSelectionModel::Rows);
    m_ui->qaTableView->scrollTo(m_model->index(row, 0));
    selectionChanged();
}

void TaggingQaPage::selectionChanged()
{
    const QaRow* row = m_model->row(m_ui->qaTableView->currentIndex().row());
    m_ui->markCorrectButton->setEnabled(row != nullptr);
    m_ui->markWrongButton->setEnabled(row != nullptr);
    if (!row) {
        Accessibility::showValue(m_ui->qaSelectionLabel, m_model->rowCount() == 0
                                                             ? tr("No incident in this period.")
                                                             : tr("Select an incident to review its tagging."));
        m_ui->qaSelectionLabel->setToolTip(QString());
        return;
    }
    const Incident& i = row->incident;
    QString remarks = Formats::maskContactsInText(i.remarks);
    if (remarks.size() > RemarksShown) {
        remarks = remarks.left(RemarksShown) + u'…';
    }
    const QString where = i.ticketId.isEmpty() ? i.orderId : tr("%1 / %2").arg(i.orderId, i.ticketId);
    Accessibility::showValue(m_ui->qaSelectionLabel,
                             tr("Incident %1 · %2 · tagged by %3: %4\nRemarks: %5")
                                 .arg(QString::number(i.id), where, i.agent, i.notation(), remarks));
    m_ui->qaSelectionLabel->setToolTip(Formats::maskContactsInText(i.remarks));
    // A reviewed incident shows its review, so it can be changed.
    const int right = m_ui->qaRightTaggingComboBox->findData(row->correctEntryId);
    m_ui->qaRightTaggingComboBox->setCurrentIndex(row->correct && !*row->correct ? std::max(right, 0) : 0);
    m_ui->qaNoteLineEdit->setText(row->note);
}

void TaggingQaPage::markCorrect()
{
    const qint64 id = selectedId();
    if (id == 0) {
        showMessage(tr("Select an incident first."), true);
        return;
    }
    const QaOutcome outcome = TaggingQa(m_workspace).markCorrect(id, m_ui->qaNoteLineEdit->text());
    reviewed(id, m_ui->qaTableView->currentIndex().row(), outcome.ok, outcome.message);
}

void TaggingQaPage::markWrong()
{
    const qint64 id = selectedId();
    if (id == 0) {
        showMessage(tr("Select an incident first."), true);
        return;
    }
    const QaOutcome outcome =
        TaggingQa(m_workspace)
            .markIncorrect(id, m_ui->qaRightTaggingComboBox->currentData().toString(), m_ui->qaNoteLineEdit->text());
    reviewed(id, m_ui->qaTableView->currentIndex().row(), outcome.ok, outcome.message);
}

void TaggingQaPage::reviewed(qint64 id, int row, bool ok, const QString& message)
{
    if (ok) {
        reload();
        // On to the next incident: the one below, or the one that moved up into this row when
        // the list shows unreviewed incidents only.
        const int at = m_model->rowOf(id);
        selectRow(at >= 0 ? std::min(at + 1, m_model->rowCount() - 1) : std::min(row, m_model->rowCount() - 1));
        emit incidentReviewed(id);
    }
    showMessage(message, !ok);
}

void TaggingQaPage::showMessage(const QString& text, bool problem)
{
    BoardCommon::showMessage(m_ui->qaMessageLabel, text, problem);
}
