#pragma once

#include "desk/EscalationDesk.h"
#include "store/AuditLog.h"
#include "supervisor/Dashboard.h"
#include "supervisor/TaggingQa.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The tables of the supervisor board. Contact details never appear in them: the review queue
// has no contact column and the audit log is masked here, whatever the caller passes in.

// Escalations waiting for the supervisor (and, on request, the active ones), in the desk's order.
// A late one says so in words ("resolved late (overdue by 2 h)") and is also tinted.
class ReviewQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IdColumn,
        ComplaintColumn,
        OrderTicketColumn,
        EscalatedByColumn,
        WorkedByColumn,
        ResolvedColumn,
        TimingColumn,
        StatusColumn,
        ColumnCount,
    };
    enum Role
    {
        EscalationIdRole = Qt::UserRole,
        StatusRole, // the stored code: open, in_progress, brand, resolved, closed
        BreachedRole, // bool
    };

    explicit ReviewQueueModel(QObject* parent = nullptr);

    void setRows(const QList<EscalationRow>& rows, const QDateTime& now);
    const QList<EscalationRow>& rows() const { return m_rows; }
    const EscalationRow* row(int index) const;
    int rowOf(qint64 escalationId) const; // -1 when not listed

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EscalationRow> m_rows;
    QDateTime m_now;
};

// Incidents for tagging QA, newest first, with their review.
class TaggingQaModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        IncidentColumn,
        CreatedColumn,
        AgentColumn,
        TaggingColumn,
        QueueColumn,
        HandleTimeColumn,
        ReviewColumn,
        ColumnCount,
    };
    enum Role
    {
        IncidentIdRole = Qt::UserRole,
        ReviewedRole, // null when not reviewed, else bool: correct
    };

    explicit TaggingQaModel(QObject* parent = nullptr);

    void setRows(const QList<QaRow>& rows);
    const QList<QaRow>& rows() const { return m_rows; }
    const QaRow* row(int index) const;
    int rowOf(qint64 incidentId) const;

    // "4 min 05 s"; "—" when unknown.
    static QString handleTime(qint64 seconds);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<QaRow> m_rows;
};

// Tagging accuracy per agent over a period.
class AgentAccuracyModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AgentColumn,
        ReviewedColumn,
        CorrectColumn,
        AccuracyColumn,
        ColumnCount,
    };
    enum Role
    {
        PercentRole = Qt::UserRole, // double
    };

    explicit AgentAccuracyModel(QObject* parent = nullptr);

    void setRows(const QList<AgentAccuracy>& rows);
    const QList<AgentAccuracy>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AgentAccuracy> m_rows;
};

// The dashboard's per-agent figures, the numbers behind its two agent charts.
class AgentFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AgentColumn,
        IncidentsColumn,
        HandleTimeColumn,
        ReviewedColumn,
        AccuracyColumn,
        ColumnCount,
    };

    explicit AgentFiguresModel(QObject* parent = nullptr);

    void setRows(const QList<DashboardData::AgentFigures>& rows);
    const QList<DashboardData::AgentFigures>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DashboardData::AgentFigures> m_rows;
};

// The whole audit log, newest first, masked for the screen.
class AuditTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AtColumn,
        AgentColumn,
        ActionColumn,
        EntityColumn,
        OrderColumn,
        ChangeColumn,
        DetailColumn,
        ColumnCount,
    };
    enum Role
    {
        RecordIdRole = Qt::UserRole,
        ActionRole,
    };

    explicit AuditTableModel(QObject* parent = nullptr);

    // Keeps masked copies only.
    void setRecords(const QList<AuditRecord>& newestFirst);
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "spd: 2026-11-18 → 2026-11-25; slot: … " for values changed, "key: value" for values set.
    static QString changes(const QJsonObject& before, const QJsonObject& after);

private:
    QList<AuditRecord> m_records;
};
