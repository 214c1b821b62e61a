#include "ActivityModel.h"

#include "core/DisplayFormat.h"
#include "domain/StatusCatalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ActivityModel::ActivityModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ActivityModel::setActivity(const QList<ActivityEntry>& oldestFirst)
{
    beginResetModel();
    m_newestFirst = oldestFirst;
    // Newest first; entries with the same time keep the partner's order (latest sent on top).
    std::reverse(m_newestFirst.begin(), m_newestFirst.end());
    std::stable_sort(m_newestFirst.begin(), m_newestFirst.end(),
                     [](const ActivityEntry& a, const ActivityEntry& b) { return a.at > b.at; });
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_newestFirst.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ActivityEntry& entry = m_newestFirst.at(index.row());
    switch (role) {
    case TimestampRole:
        return entry.at;
    case StatusRole:
        return entry.status;
    case SubStatusRole:
        return entry.subStatus;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case TimeColumn:
            return DisplayFormat::dateTime(entry.at);
        case ByColumn:
            return entry.by;
        case StatusColumn:
            return u"%1 / %2"_s.arg(entry.status, entry.subStatus);
        case RemarkColumn:
            return entry.remark;
        default:
            break;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn) {
            return StatusCatalog::instance().meaning(entry.status, entry.subStatus);
        }
        if (index.column() == RemarkColumn) {
            return entry.remark;
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time (IST)");
    case ByColumn:
        return tr("Updated by");
    case StatusColumn:
        return tr("Status");
    case RemarkColumn:
        return tr("Remark");
    default:
        break;
    }
    return {};
}
