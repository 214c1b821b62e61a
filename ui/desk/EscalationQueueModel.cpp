#include "EscalationQueueModel.h"

#include "core/DisplayFormat.h"
#include "domain/Codes.h"
#include "tagging/TaggingCatalog.h"

#include <QColor>
#include <QFont>

using namespace Qt::StringLiterals;

EscalationQueueModel::EscalationQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void EscalationQueueModel::setRows(const QList<EscalationRow>& rows, const QDateTime& now)
{
    beginResetModel();
    m_rows = rows;
    m_now = now;
    endResetModel();
}

void EscalationQueueModel::setNow(const QDateTime& now)
{
    m_now = now;
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, DueColumn), index(static_cast<int>(m_rows.size()) - 1, ColumnCount - 1));
    }
}

int EscalationQueueModel::overdueCount() const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const EscalationRow& r) { return r.isOverdue(m_now); }));
}

int EscalationQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EscalationQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EscalationQueueModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const EscalationRow& r = m_rows.at(index.row());
    const bool overdue = r.isOverdue(m_now);
    switch (role) {
    case IdRole:
        return r.id;
    case OverdueRole:
        return overdue;
    case Qt::ForegroundRole:
        if (overdue) {
            return QColor(0xb7, 0x1c, 0x1c);
        }
        return {};
    case Qt::FontRole:
        if (overdue && index.column() == DueColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == DueColumn) {
            return tr("Due %1 (Oathkeeper TAT %n h)", nullptr, r.tatHours).arg(DisplayFormat::dateTime(r.dueAt));
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case DueColumn:
        return EscalationDesk::timing(r, m_now);
    case StatusColumn:
        return EscalationDesk::statusName(r.status);
    case ComplaintColumn:
        return r.complaint;
    case OrderColumn:
        return r.ticketId.isEmpty() ? r.orderId : r.orderId + u" · "_s + r.ticketId;
    case LineColumn:
        return r.line ? Codes::serviceLineName(*r.line) : QString();
    case EscalatedByColumn:
        return r.escalatedBy;
    case AssigneeColumn:
        return r.assignee.isEmpty() ? tr("nobody yet") : r.assignee;
    case QueueColumn: {
        const TaggingQueue* queue = TaggingCatalog::instance().queue(r.queueId);
        return queue ? queue->name : r.queueId;
    }
    default:
        break;
    }
    return {};
}

QVariant EscalationQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case DueColumn:
        return tr("Oathkeeper TAT");
    case StatusColumn:
        return tr("Status");
    case ComplaintColumn:
        return tr("Complaint");
    case OrderColumn:
        return tr("Order · ticket");
    case LineColumn:
        return tr("Line");
    case EscalatedByColumn:
        return tr("Escalated by");
    case AssigneeColumn:
        return tr("Worked by");
    case QueueColumn:
        return tr("Queue");
    default:
        break;
    }
    return {};
}
