#pragma once

#include "supervisor/BoardCommon.h"
#include "supervisor/Dashboard.h"

#include <QWidget>

#include <memory>

namespace Ui
{
    class DashboardPage;
}
class AgentFiguresModel;
class QChart;
class Workspace;
struct CsvTable;

// The supervisor's figures for a period, as charts: incidents per day by disposition, TAT
// breaches per day, incidents by queue, average handle time and tagging accuracy per agent, with
// the per-agent numbers in a table beside them. Each chart also carries its numbers as its
// accessible description, so a screen reader or a QA script reads what the bars show.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Workspace& workspace, QWidget* parent = nullptr);
    ~DashboardPage() override;
    Q_DISABLE_COPY_MOVE(DashboardPage)

    void reload();
    void clear();
    // BoardList::DashboardDays or DashboardAgents.
    CsvTable csvTable(BoardList list) const;
    const DashboardData& data() const { return m_data; }

    // IST days, inclusive; reloads.
    void setPeriod(QDate from, QDate to);

public slots:
    void showMessage(const QString& text, bool problem);

signals:
    void exportRequested(BoardList list, bool includeContacts);

private:
    // A day, a week or a month per bar, so a long period still has readable bars.
    struct Bucket
    {
        QString label;
        QString spoken; // the label for the accessible description
        int resolved = 0;
        int unresolved = 0;
        int breaches = 0;
    };
    QList<Bucket> buckets(QString* unit) const;
    QChart* newChart(const QString& title) const;
    void showCharts();

    const std::unique_ptr<Ui::DashboardPage> m_ui;
    Workspace& m_workspace;
    AgentFiguresModel* m_agents;
    DashboardData m_data;
};
