#pragma once

#include "supervisor/BoardCommon.h"

#include <QWidget>

#include <functional>
#include <memory>

namespace Ui
{
    class ReviewQueuePage;
}
class EscalationDesk;
class ReviewQueueModel;
class Workspace;
struct CsvTable;
struct DeskOutcome;

// The supervisor's review queue: escalations L2 resolved, waiting to be approved, returned to the
// agent with a note, reassigned or closed. "Show all active escalations" adds the ones still being
// worked, so any of them can be reassigned or closed.
class ReviewQueuePage final : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewQueuePage(Workspace& workspace, QWidget* parent = nullptr);
    ~ReviewQueuePage() override;
    Q_DISABLE_COPY_MOVE(ReviewQueuePage)

    // Reads the queue again, keeping the selected escalation selected when it is still listed.
    void reload();
    void clear();
    CsvTable csvTable(bool includeContacts) const;

    qint64 selectedId() const; // 0 when none
    bool selectEscalation(qint64 id);
    int rowCount() const;

public slots:
    void approve();
    void returnToAgent();
    void reassign();
    void closeEscalation();
    void showMessage(const QString& text, bool problem);

signals:
    void openEscalationRequested(qint64 escalationId);
    void exportRequested(BoardList list, bool includeContacts);
    // An escalation changed: other views of the floor are out of date.
    void escalationChanged(qint64 escalationId);

private:
    void act(const std::function<DeskOutcome(EscalationDesk&, qint64, const QString&)>& action);
    void loadAgents();
    void selectRow(int row);
    void selectionChanged();

    const std::unique_ptr<Ui::ReviewQueuePage> m_ui;
    Workspace& m_workspace;
    ReviewQueueModel* m_model;
    bool m_problemShown = false; // a refusal or read error on show, cleared by the next good read
};
