#pragma once

#include <QString>

class QLabel;
class QTableView;

// The lists the supervisor board can export, one CSV file each.
enum class BoardList
{
    ReviewQueue,
    TaggingQa,
    DashboardDays,
    DashboardAgents,
    AuditLog,
};

// What the board's pages share.
namespace BoardCommon
{
    // An outcome or refusal under a list: red when it is a problem, green when done, hidden when empty.
    void showMessage(QLabel* label, const QString& text, bool problem);
    // A read-only list: whole rows, compact, Tab leaves the table instead of walking its cells.
    void prepareTable(QTableView* view);
} // namespace BoardCommon
