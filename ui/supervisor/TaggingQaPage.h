#pragma once

#include "supervisor/BoardCommon.h"

#include <QDate>
#include <QWidget>

#include <memory>

namespace Ui
{
    class TaggingQaPage;
}
class AgentAccuracyModel;
class TaggingQaModel;
class Workspace;
struct CsvTable;

// Tagging QA: the supervisor reads an incident's tagging and remarks and marks the tagging correct,
// or wrong with the tagging it should have had. The reviews make each agent's tagging accuracy,
// shown beside the list for the same period.
class TaggingQaPage final : public QWidget
{
    Q_OBJECT

public:
    explicit TaggingQaPage(Workspace& workspace, QWidget* parent = nullptr);
    ~TaggingQaPage() override;
    Q_DISABLE_COPY_MOVE(TaggingQaPage)

    void reload();
    void clear();
    CsvTable csvTable() const;

    // The period the list and the accuracy cover (IST days, inclusive); reloads.
    void setPeriod(QDate from, QDate to);
    // Back to the last 14 days ending today (the policy clock's today).
    void resetPeriod();
    qint64 selectedId() const; // 0 when none
    bool selectIncident(qint64 id);
    int rowCount() const;

public slots:
    void markCorrect();
    void markWrong();
    void showMessage(const QString& text, bool problem);

signals:
    void exportRequested(BoardList list, bool includeContacts);
    void incidentReviewed(qint64 incidentId);

private:
    void loadAgents();
    void selectRow(int row);
    void selectionChanged();
    void reviewed(qint64 id, int row, bool ok, const QString& message);

    const std::unique_ptr<Ui::TaggingQaPage> m_ui;
    Workspace& m_workspace;
    TaggingQaModel* m_model;
    AgentAccuracyModel* m_accuracy;
    bool m_loading = false;
};
