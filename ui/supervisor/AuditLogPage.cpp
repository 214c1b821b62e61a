#include "AuditLogPage.h"
#include "ui_AuditLogPage.h"

#include "common/Accessibility.h"
#include "export/Exporter.h"
#include "store/Workspace.h"
#include "supervisor/SupervisorModels.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

AuditLogPage::AuditLogPage(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AuditLogPage>())
    , m_workspace(workspace)
    , m_model(new AuditTableModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    Accessibility::nameClearButton(m_ui->auditFilterLineEdit, u"clearAuditFilterButton"_s,
                                   tr("Clear the audit log filter"));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterKeyColumn(-1); // any column
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->auditTableView->setModel(m_filter);
    BoardCommon::prepareTable(m_ui->auditTableView);
    QHeaderView* header = m_ui->auditTableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_ui->auditMessageLabel->setVisible(false);

    connect(m_ui->auditFilterLineEdit, &QLineEdit::textChanged, this, &AuditLogPage::setFilterText);
    connect(m_ui->auditReloadButton, &QPushButton::clicked, this, &AuditLogPage::reload);
    connect(m_ui->auditExportButton, &QPushButton::clicked, this,
            [this] { emit exportRequested(BoardList::AuditLog, m_ui->auditIncludeContactsCheckBox->isChecked()); });
}

AuditLogPage::~AuditLogPage() = default;

void AuditLogPage::clear()
{
    m_records.clear();
    m_model->setRecords({});
    updateCount();
    showMessage(QString(), false);
}

void AuditLogPage::reload()
{
    // The audit log has no permission check of its own: the board asks before reading it.
    if (const auto why = m_workspace.permit(Permission::ViewFullAudit, tr("open the audit log"))) {
        clear();
        showMessage(*why, true);
        return;
    }
    m_records = m_workspace.audit().recent(Limit);
    if (m_records.isEmpty() && !m_workspace.audit().errorString().isEmpty()) {
        showMessage(tr("The audit log could not be read: %1").arg(m_workspace.audit().errorString()), true);
    }
    m_model->setRecords(m_records);
    QHeaderView* header = m_ui->auditTableView->horizontalHeader();
    for (int column : {AuditTableModel::AtColumn, AuditTableModel::AgentColumn, AuditTableModel::ActionColumn,
                       AuditTableModel::EntityColumn, AuditTableModel::OrderColumn}) {
        m_ui->auditTableView->resizeColumnToContents(column);
    }
    header->resizeSection(AuditTableModel::ChangeColumn,
                          std::max(header->sectionSize(AuditTableModel::ChangeColumn), 360));
    updateCount();
}

void AuditLogPage::setFilterText(const QString& text)
{
    if (m_ui->auditFilterLineEdit->text() != text) {
        m_ui->auditFilterLineEdit->setText(text); // comes back here through textChanged
        return;
    }
    m_filter->setFilterFixedString(text.trimmed());
    updateCount();
}

int AuditLogPage::rowCount() const
{
    return m_filter->rowCount();
}

void AuditLogPage::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    QString text = shown == all ? tr("%n record(s)", nullptr, all) : tr("%1 of %n record(s)", nullptr, all).arg(shown);
    if (all >= Limit) {
        text = tr("%1 (the newest %2 only)").arg(text).arg(Limit);
    }
    Accessibility::showValue(m_ui->auditCountLabel, text);
}

CsvTable AuditLogPage::csvTable(bool includeContacts) const
{
    // What the filter shows, in the order shown, from the records as stored (the exporter masks).
    QList<AuditRecord> shown;
    shown.reserve(m_filter->rowCount());
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        shown.append(m_records.at(m_filter->mapToSource(m_filter->index(row, 0)).row()));
    }
    return Exporter::audit(shown, includeContacts);
}

void AuditLogPage::showMessage(const QString& text, bool problem)
{
    BoardCommon::showMessage(m_ui->auditMessageLabel, text, problem);
}
