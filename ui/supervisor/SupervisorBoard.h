#pragma once

#include "export/Exporter.h"
#include "supervisor/BoardCommon.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui
{
    class SupervisorBoard;
}
class AuditLogPage;
class DashboardPage;
class ReviewQueuePage;
class TaggingQaPage;
class Workspace;

// The supervisor's board: the review queue of resolved escalations, tagging QA, the dashboard and
// the whole audit log, each list exportable to CSV. Shown only to supervisors; anyone else sees
// why not (and the core refuses them anyway). Contact details stay masked on screen, and in an
// export unless the supervisor ticks "Include contact details" and confirms; the Exporter audits
// every export either way.
class SupervisorBoard final : public QWidget
{
    Q_OBJECT

public:
    enum class Tab
    {
        ReviewQueue,
        TaggingQa,
        Dashboard,
        AuditLog,
    };

    // Where an export goes, asked with the suggested path; an empty answer cancels. By default a
    // file dialog asks; tests and scripts answer here instead.
    using SavePathProvider = std::function<QString(const QString& suggestedPath)>;

    explicit SupervisorBoard(Workspace& workspace, QWidget* parent = nullptr);
    ~SupervisorBoard() override;
    Q_DISABLE_COPY_MOVE(SupervisorBoard)

    // False while the board shows why it cannot show anything (not a supervisor, no database).
    bool showsData() const;
    Tab currentTab() const;
    void setCurrentTab(Tab tab);

    void setSavePathProvider(SavePathProvider provider);

    // Writes a list as shown to a CSV file, without asking anything: the Exporter checks the
    // permission, masks contact details unless includeContacts, and audits the export. Lists
    // without contact details (tagging QA, the dashboard) ignore includeContacts.
    ExportOutcome exportList(BoardList list, const QString& path, bool includeContacts);
    // The current tab's list; on the dashboard, the figures per day.
    ExportOutcome exportCurrentList(const QString& path, bool includeContacts);

    ReviewQueuePage* reviewQueuePage() const { return m_review; }
    TaggingQaPage* taggingQaPage() const { return m_qa; }
    DashboardPage* dashboardPage() const { return m_dashboard; }
    AuditLogPage* auditLogPage() const { return m_audit; }

public slots:
    // Reloads every tab from the database (or hides them all when the agent may not see them).
    void refresh();

signals:
    void openEscalationRequested(qint64 escalationId);

private:
    // What the Export buttons do: ask where, ask about contact details (MessageBox::question, which
    // tests answer with setNextAnswer), export, say how it went.
    void exportInteractively(BoardList list, bool includeContacts);
    void showExportOutcome(BoardList list, const ExportOutcome& outcome);
    void reloadTab(int index);
    void markStale(std::initializer_list<Tab> tabs);
    void tabChanged(int index);

    const std::unique_ptr<Ui::SupervisorBoard> m_ui;
    Workspace& m_workspace;
    ReviewQueuePage* m_review;
    TaggingQaPage* m_qa;
    DashboardPage* m_dashboard;
    AuditLogPage* m_audit;
    SavePathProvider m_savePath;
    QList<bool> m_stale; // per tab: reload before it is shown or exported
};
