#pragma once

#include "domain/Order.h"

#include <QAbstractListModel>

// The Ticket Activity Summary: the partner's and technicians' updates, newest first. One row per
// update; ActivityDelegate draws it as the KM describes the screen (remark on the left, timing
// on the right).
class ActivityModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        TimestampRole = Qt::UserRole,
        TimeTextRole,
        ActorRole,
        StatusRole,
        SubStatusRole,
        RemarkRole,
        // False for a remark that kept the status of the update before it.
        StatusChangedRole,
    };

    explicit ActivityModel(QObject* parent = nullptr);

    // Takes the entries oldest first, as the ticket stores them.
    void setActivity(const QList<ActivityEntry>& oldestFirst);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        ActivityEntry entry;
        bool statusChanged = true;
    };
    QList<Row> m_newestFirst;
};
