#pragma once

#include "domain/Order.h"

#include <QAbstractTableModel>

// The Ticket Activity Summary: the technicians' and partner's updates, newest first.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        ByColumn,
        StatusColumn,
        RemarkColumn,
        ColumnCount,
    };

    enum Role
    {
        TimestampRole = Qt::UserRole,
        StatusRole,
        SubStatusRole,
    };

    explicit ActivityModel(QObject* parent = nullptr);

    // Takes the entries oldest first, as the ticket stores them.
    void setActivity(const QList<ActivityEntry>& oldestFirst);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ActivityEntry> m_newestFirst;
};
