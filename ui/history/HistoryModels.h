#pragma once

#include "store/AuditLog.h"
#include "tagging/Incident.h"

#include <QAbstractListModel>

// The order's incident history, newest first: one multi-line entry per incident.
class IncidentHistoryModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IncidentIdRole = Qt::UserRole,
        NotationRole,
        EscalationDueRole,
    };

    explicit IncidentHistoryModel(QObject* parent = nullptr);

    void setIncidents(const QList<Incident>& newestFirst);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Incident> m_incidents;
};

// The order's audit log, newest first, read-only.
class AuditModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        ActionRole = Qt::UserRole,
        AgentRole,
    };

    explicit AuditModel(QObject* parent = nullptr);

    void setRecords(const QList<AuditRecord>& newestFirst);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    QList<AuditRecord> m_records;
};
