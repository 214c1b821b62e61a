#pragma once

#include "store/AuditLog.h"
#include "supervisor/BoardCommon.h"

#include <QWidget>

#include <memory>

namespace Ui
{
    class AuditLogPage;
}
class AuditTableModel;
class QSortFilterProxyModel;
class Workspace;
struct CsvTable;

// The whole audit log, newest first, contact details masked on screen, with a filter box. The
// export holds the records the filter shows, masked unless the supervisor includes contact details.
class AuditLogPage final : public QWidget
{
    Q_OBJECT

public:
    // The newest records listed; an older one is found with the CLI.
    static constexpr int Limit = 50000;

    explicit AuditLogPage(Workspace& workspace, QWidget* parent = nullptr);
    ~AuditLogPage() override;
    Q_DISABLE_COPY_MOVE(AuditLogPage)

    void reload();
    void clear();
    CsvTable csvTable(bool includeContacts) const;
    int rowCount() const; // after the filter

public slots:
    void setFilterText(const QString& text);
    void showMessage(const QString& text, bool problem);

signals:
    void exportRequested(BoardList list, bool includeContacts);

private:
    void updateCount();

    const std::unique_ptr<Ui::AuditLogPage> m_ui;
    Workspace& m_workspace;
    AuditTableModel* m_model;
    QSortFilterProxyModel* m_filter;
    QList<AuditRecord> m_records; // as stored: the model keeps masked copies
};
