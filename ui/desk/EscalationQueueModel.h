#pragma once

#include "desk/EscalationDesk.h"

#include <QAbstractTableModel>
#include <QDateTime>

// The L2 queue as a table: the time left to each escalation's Oathkeeper TAT (or how late it
// is), its state and what it is about. setNow() moves the countdowns without reading the database.
class EscalationQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DueColumn,
        StatusColumn,
        ComplaintColumn,
        OrderColumn,
        LineColumn,
        EscalatedByColumn,
        AssigneeColumn,
        QueueColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        OverdueRole, // bool
    };

    explicit EscalationQueueModel(QObject* parent = nullptr);

    void setRows(const QList<EscalationRow>& rows, const QDateTime& now);
    void setNow(const QDateTime& now);
    const QList<EscalationRow>& rows() const { return m_rows; }
    int overdueCount() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<EscalationRow> m_rows;
    QDateTime m_now;
};
