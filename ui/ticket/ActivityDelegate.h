#pragma once

#include <QStyledItemDelegate>

class QListView;

// Draws one update of the Ticket Activity Summary in two columns, as the KM shows it: status and
// remark on the left, time and who updated on the right. A remark that kept the status shows
// the status muted, so the status changes stand out when scrolling.
class ActivityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit ActivityDelegate(QListView* view);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    struct Layout
    {
        QRect status;
        QRect remark;
        QRect time;
        QRect actor;
        int height = 0;
    };
    Layout layout(const QStyleOptionViewItem& option, const QModelIndex& index, int width) const;

    QListView* m_view;
};
