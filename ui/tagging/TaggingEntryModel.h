#pragma once

#include "tagging/TaggingCatalog.h"

#include <QAbstractListModel>
#include <QSortFilterProxyModel>

// The incident types of one type (Complaint, Enquiry or Request), as the agent picks them.
class TaggingEntryModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        EntryIdRole = Qt::UserRole,
        EscalatesRole,
    };

    explicit TaggingEntryModel(QObject* parent = nullptr);

    void setKind(IncidentKind kind);
    // Only the entries that escalate (the Escalate to L2 dialog).
    void setEscalatingOnly(bool escalatingOnly);
    const TaggingEntry* entry(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& entryId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    void reload();

    IncidentKind m_kind = IncidentKind::Complaint;
    bool m_escalatingOnly = false;
    QList<const TaggingEntry*> m_entries;
};

// Type-to-filter: every word typed must appear in the incident type or sub-type, in any order
// and any case ("spd delay" finds "Delay in Service >> Out of SPD").
class TaggingFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TaggingFilterProxyModel(QObject* parent = nullptr);

    void setFilterWords(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
};
