#include "ActivityModel.h"

#include "core/DisplayFormat.h"
#include "domain/StatusCatalog.h"

#include <algorithm>

using namespace Qt::StringLiterals;

ActivityModel::ActivityModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ActivityModel::setActivity(const QList<ActivityEntry>& oldestFirst)
{
    beginResetModel();
    QList<ActivityEntry> sorted = oldestFirst;
    // Oldest first by time; entries with the same time keep the partner's order.
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ActivityEntry& a, const ActivityEntry& b) { return a.at < b.at; });
    m_newestFirst.clear();
    m_newestFirst.reserve(sorted.size());
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const bool changed = i == 0 || sorted.at(i).status != sorted.at(i - 1).status
                             || sorted.at(i).subStatus != sorted.at(i - 1).subStatus;
        m_newestFirst.prepend({sorted.at(i), changed});
    }
    endResetModel();
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_newestFirst.size());
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_newestFirst.at(index.row());
    const ActivityEntry& entry = row.entry;
    switch (role) {
    case TimestampRole:
        return entry.at;
    case TimeTextRole:
        return DisplayFormat::dateTime(entry.at);
    case ActorRole:
        return entry.by;
    case StatusRole:
        return entry.status;
    case SubStatusRole:
        return entry.subStatus;
    case RemarkRole:
        return entry.remark;
    case StatusChangedRole:
        return row.statusChanged;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1, %2: %3 / %4. %5")
            .arg(DisplayFormat::dateTime(entry.at), entry.by, entry.status, entry.subStatus, entry.remark);
    case Qt::ToolTipRole:
        return StatusCatalog::instance().meaning(entry.status, entry.subStatus);
    default:
        break;
    }
    return {};
}
