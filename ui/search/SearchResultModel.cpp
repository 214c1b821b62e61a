#include "SearchResultModel.h"

#include "core/DisplayFormat.h"
#include "domain/Formats.h"

using namespace Qt::StringLiterals;

SearchResultModel::SearchResultModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void SearchResultModel::setHits(const QList<SearchHit>& hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

int SearchResultModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_hits.size());
}

int SearchResultModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const SearchHit& hit = m_hits.at(index.row());
    const OrderSummary& s = hit.summary;
    switch (role) {
    case OrderIdRole:
        return s.orderId;
    case MatchedTicketRole:
        return hit.matchedTicketId;
    case PlacedAtRole:
        return s.placedAt;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case OrderIdColumn:
            return s.orderId;
        case PlacedColumn:
            return DisplayFormat::dateTime(s.placedAt);
        case CustomerColumn:
            return s.customerName;
        case PhoneColumn:
            return Formats::maskPhone(s.phone);
        case CityColumn:
            return s.city;
        case TicketsColumn:
            return s.ticketCount;
        case LatestColumn:
            if (s.firstService.isEmpty()) {
                return tr("No ticket (booking not confirmed)");
            }
            return u"%1 · %2 / %3"_s.arg(s.firstService, s.firstStatus, s.firstSubStatus);
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == TicketsColumn) {
            return QVariant::fromValue(Qt::AlignCenter);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case OrderIdColumn:
        return tr("Order ID");
    case PlacedColumn:
        return tr("Placed");
    case CustomerColumn:
        return tr("Customer");
    case PhoneColumn:
        return tr("Mobile");
    case CityColumn:
        return tr("City");
    case TicketsColumn:
        return tr("Tickets");
    case LatestColumn:
        return tr("Latest ticket");
    default:
        break;
    }
    return {};
}
