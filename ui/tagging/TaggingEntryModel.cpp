#include "TaggingEntryModel.h"

using namespace Qt::StringLiterals;

TaggingEntryModel::TaggingEntryModel(QObject* parent)
    : QAbstractListModel(parent)
{
    reload();
}

void TaggingEntryModel::setKind(IncidentKind kind)
{
    if (kind != m_kind) {
        m_kind = kind;
        reload();
    }
}

void TaggingEntryModel::setEscalatingOnly(bool escalatingOnly)
{
    if (escalatingOnly != m_escalatingOnly) {
        m_escalatingOnly = escalatingOnly;
        reload();
    }
}

void TaggingEntryModel::reload()
{
    beginResetModel();
    m_entries.clear();
    for (const TaggingEntry* entry : TaggingCatalog::instance().entries(m_kind)) {
        if (!m_escalatingOnly || entry->escalates) {
            m_entries.append(entry);
        }
    }
    endResetModel();
}

const TaggingEntry* TaggingEntryModel::entry(const QModelIndex& index) const
{
    return index.isValid() && index.row() < m_entries.size() ? m_entries.at(index.row()) : nullptr;
}

QModelIndex TaggingEntryModel::indexOf(const QString& entryId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row)->id == entryId) {
            return index(row);
        }
    }
    return {};
}

int TaggingEntryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

QVariant TaggingEntryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const TaggingEntry& e = *m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e.label();
    case Qt::ToolTipRole:
        return e.assumption.isEmpty() ? e.source : e.source + u"\n\n"_s + e.assumption;
    case EntryIdRole:
        return e.id;
    case EscalatesRole:
        return e.escalates;
    default:
        break;
    }
    return {};
}

TaggingFilterProxyModel::TaggingFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void TaggingFilterProxyModel::setFilterWords(const QString& text)
{
    m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool TaggingFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QString label = sourceModel()->index(sourceRow, 0, sourceParent).data().toString();
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&label](const QString& word) { return label.contains(word, Qt::CaseInsensitive); });
}
