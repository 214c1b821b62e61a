#include "SupervisorBoard.h"
#include "ui_SupervisorBoard.h"

#include "common/Accessibility.h"
#include "common/MessageBox.h"
#include "store/Workspace.h"
#include "supervisor/AuditLogPage.h"
#include "supervisor/DashboardPage.h"
#include "supervisor/ReviewQueuePage.h"
#include "supervisor/TaggingQaPage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace
{
    QString fileStem(BoardList list)
    {
        switch (list) {
        case BoardList::ReviewQueue:
            return u"review-queue"_s;
        case BoardList::TaggingQa:
            return u"tagging-qa"_s;
        case BoardList::DashboardDays:
            return u"dashboard-days"_s;
        case BoardList::DashboardAgents:
            return u"dashboard-agents"_s;
        case BoardList::AuditLog:
            return u"audit-log"_s;
        }
        return u"list"_s;
    }

    bool hasContacts(BoardList list)
    {
        return list == BoardList::ReviewQueue || list == BoardList::AuditLog;
    }

    SupervisorBoard::Tab tabOf(BoardList list)
    {
        switch (list) {
        case BoardList::ReviewQueue:
            return SupervisorBoard::Tab::ReviewQueue;
        case BoardList::TaggingQa:
            return SupervisorBoard::Tab::TaggingQa;
        case BoardList::DashboardDays:
        case BoardList::DashboardAgents:
            return SupervisorBoard::Tab::Dashboard;
        case BoardList::AuditLog:
            return SupervisorBoard::Tab::AuditLog;
        }
        return SupervisorBoard::Tab::ReviewQueue;
    }
} // namespace

SupervisorBoard::SupervisorBoard(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SupervisorBoard>())
    , m_workspace(workspace)
    , m_review(new ReviewQueuePage(workspace))
    , m_qa(new TaggingQaPage(workspace))
    , m_dashboard(new DashboardPage(workspace))
    , m_audit(new AuditLogPage(workspace))
    , m_stale(4, true)
{
    m_ui->setupUi(this);
    // In Tab order; the mnemonics stay clear of the main window's menus (File, Order, Help) and of
    // the buttons on the pages.
    m_ui->boardTabWidget->addTab(m_review, tr("&Review queue"));
    m_ui->boardTabWidget->addTab(m_qa, tr("Tagging &QA"));
    m_ui->boardTabWidget->addTab(m_dashboard, tr("&Dashboard"));
    m_ui->boardTabWidget->addTab(m_audit, tr("Audi&t log"));
    Accessibility::name(m_review, u"reviewQueuePage"_s, tr("Review queue"));
    Accessibility::name(m_qa, u"taggingQaPage"_s, tr("Tagging QA"));
    Accessibility::name(m_dashboard, u"dashboardPage"_s, tr("Dashboard"));
    Accessibility::name(m_audit, u"auditLogPage"_s, tr("Audit log"));

    connect(m_ui->boardTabWidget, &QTabWidget::currentChanged, this, &SupervisorBoard::tabChanged);
    connect(m_review, &ReviewQueuePage::openEscalationRequested, this, &SupervisorBoard::openEscalationRequested);
    connect(m_review, &ReviewQueuePage::escalationChanged, this, [this] {
        markStale({Tab::Dashboard, Tab::AuditLog});
    });
    connect(m_qa, &TaggingQaPage::incidentReviewed, this, [this] { markStale({Tab::Dashboard, Tab::AuditLog}); });
    connect(m_review, &ReviewQueuePage::exportRequested, this, &SupervisorBoard::exportInteractively);
    connect(m_qa, &TaggingQaPage::exportRequested, this, &SupervisorBoard::exportInteractively);
    connect(m_dashboard, &DashboardPage::exportRequested, this, &SupervisorBoard::exportInteractively);
    connect(m_audit, &AuditLogPage::exportRequested, this, &SupervisorBoard::exportInteractively);
    refresh();
}

SupervisorBoard::~SupervisorBoard() = default;

bool SupervisorBoard::showsData() const
{
    return !m_ui->boardTabWidget->isHidden();
}

SupervisorBoard::Tab SupervisorBoard::currentTab() const
{
    return static_cast<Tab>(m_ui->boardTabWidget->currentIndex());
}

void SupervisorBoard::setCurrentTab(Tab tab)
{
    m_ui->boardTabWidget->setCurrentIndex(static_cast<int>(tab));
}

void SupervisorBoard::setSavePathProvider(SavePathProvider provider)
{
    m_savePath = std::move(provider);
}

void SupervisorBoard::refresh()
{
    const bool allowed = m_workspace.isOpen() && m_workspace.may(Permission::ReviewEscalations);
    m_ui->boardDeniedLabel->setVisible(!allowed);
    m_ui->boardTabWidget->setVisible(allowed);
    m_stale.fill(true);
    if (!allowed) {
        m_review->clear();
        m_qa->clear();
        m_dashboard->clear();
        m_audit->clear();
        const std::optional<Agent>& agent = m_workspace.currentAgent();
        QString why;
        if (!m_workspace.isOpen()) {
            why = tr("Open a database to see the supervisor board.");
        } else if (!agent) {
            why = tr("Sign in as a supervisor to see the supervisor board.");
        } else if (agent->disabled) {
            why = tr("The account %1 is disabled: ask your supervisor.").arg(agent->id);
        } else {
            why = tr("The supervisor board is for supervisors: %1 is signed in as %2.")
                      .arg(agent->id, Roles::displayName(agent->role));
        }
        Accessibility::showValue(m_ui->boardDeniedLabel, why);
        return;
    }
    Accessibility::showValue(m_ui->boardDeniedLabel, QString());
    reloadTab(m_ui->boardTabWidget->currentIndex());
}

void SupervisorBoard::reloadTab(int index)
{
    if (index < 0 || index >= m_stale.size() || !showsData()) {
        return;
    }
    m_stale[index] = false;
    switch (static_cast<Tab>(index)) {
    case Tab::ReviewQueue:
        m_review->reload();
        break;
    case Tab::TaggingQa:
        m_qa->reload();
        break;
    case Tab::Dashboard:
        m_dashboard->reload();
        break;
    case Tab::AuditLog:
        m_audit->reload();
        break;
    }
}

void SupervisorBoard::markStale(std::initializer_list<Tab> tabs)
{
    for (const Tab tab : tabs) {
        m_stale[static_cast<int>(tab)] = true;
    }
}

void SupervisorBoard::tabChanged(int index)
{
    if (index >= 0 && index < m_stale.size() && m_stale.at(index)) {
        reloadTab(index);
    }
}

ExportOutcome SupervisorBoard::exportList(BoardList list, const QString& path, bool includeContacts)
{
    const int tab = static_cast<int>(tabOf(list));
    if (m_stale.at(tab)) {
        reloadTab(tab); // what the tab would show now, not what it showed when last opened
    }
    const bool contacts = includeContacts && hasContacts(list);
    CsvTable table;
    switch (list) {
    case BoardList::ReviewQueue:
        table = m_review->csvTable(contacts);
        break;
    case BoardList::TaggingQa:
        table = m_qa->csvTable();
        break;
    case BoardList::DashboardDays:
    case BoardList::DashboardAgents:
        table = m_dashboard->csvTable(list);
        break;
    case BoardList::AuditLog:
        table = m_audit->csvTable(contacts);
        break;
    }
    ExportOutcome outcome = Exporter(m_workspace).write(table, path, contacts);
    // The export is on record now: the audit log tab shows it.
    if (currentTab() == Tab::AuditLog) {
        reloadTab(static_cast<int>(Tab::AuditLog));
    } else {
        markStale({Tab::AuditLog});
    }
    return outcome;
}

ExportOutcome SupervisorBoard::exportCurrentList(const QString& path, bool includeContacts)
{
    switch (currentTab()) {
    case Tab::ReviewQueue:
        return exportList(BoardList::ReviewQueue, path, includeContacts);
    case Tab::TaggingQa:
        return exportList(BoardList::TaggingQa, path, includeContacts);
    case Tab::Dashboard:
        return exportList(BoardList::DashboardDays, path, includeContacts);
    case Tab::AuditLog:
        return exportList(BoardList::AuditLog, path, includeContacts);
    }
    return {};
}

void SupervisorBoard::exportInteractively(BoardList list, bool includeContacts)
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(documents.isEmpty() ? QDir::homePath() : documents)
            .filePath(u"%1-%2.csv"_s.arg(fileStem(list), m_workspace.clock().today().toString(Qt::ISODate)));
    QString path = m_savePath
                       ? m_savePath(suggested)
                       : QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return; // cancelled
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u".csv"_s;
    }
    if (includeContacts && hasContacts(list)) {
        const QString title = tr("Include contact details?");
        const QString text = tr("The file will hold customers' full mobile numbers and email addresses. Keep it "
                                "where only the people who need it can read it, and delete it when done.\n\n"
                                "The export is recorded in the audit log under your name. Include contact details?");
        if (!MessageBox::question(this, title, text)) {
            showExportOutcome(list, {false, true, tr("Nothing exported: contact details were not confirmed.")});
            return;
        }
    }
    showExportOutcome(list, exportList(list, path, includeContacts));
}

void SupervisorBoard::showExportOutcome(BoardList list, const ExportOutcome& outcome)
{
    switch (tabOf(list)) {
    case Tab::ReviewQueue:
        m_review->showMessage(outcome.message, !outcome.ok);
        break;
    case Tab::TaggingQa:
        m_qa->showMessage(outcome.message, !outcome.ok);
        break;
    case Tab::Dashboard:
        m_dashboard->showMessage(outcome.message, !outcome.ok);
        break;
    case Tab::AuditLog:
        m_audit->showMessage(outcome.message, !outcome.ok);
        break;
    }
}
