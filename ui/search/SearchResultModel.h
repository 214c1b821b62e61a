#pragma once

#include "store/OrderStore.h"

#include <QAbstractTableModel>

// The orders a search found, newest first, one row each. Phones are masked.
class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        OrderIdColumn,
        PlacedColumn,
        CustomerColumn,
        PhoneColumn,
        CityColumn,
        TicketsColumn,
        LatestColumn,
        ColumnCount,
    };

    enum Role
    {
        OrderIdRole = Qt::UserRole,
        MatchedTicketRole,
        PlacedAtRole,
    };

    explicit SearchResultModel(QObject* parent = nullptr);

    void setHits(const QList<SearchHit>& hits);
    const QList<SearchHit>& hits() const { return m_hits; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SearchHit> m_hits;
};
