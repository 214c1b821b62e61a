#include "ActivityDelegate.h"

#include "ActivityModel.h"

#include <QApplication>
#include <QListView>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace
{
    constexpr int Padding = 6;
    constexpr int Gap = 12;

    QFont boldFont(const QFont& base)
    {
        QFont font = base;
        font.setBold(true);
        return font;
    }
} // namespace

ActivityDelegate::ActivityDelegate(QListView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

ActivityDelegate::Layout ActivityDelegate::layout(const QStyleOptionViewItem& option, const QModelIndex& index,
                                                  int width) const
{
    const QFontMetrics plain(option.font);
    const QFontMetrics bold(boldFont(option.font));
    const QString time = index.data(ActivityModel::TimeTextRole).toString();
    const QString actor = index.data(ActivityModel::ActorRole).toString();
    const int rightWidth = qMin(qMax(plain.horizontalAdvance(time), plain.horizontalAdvance(actor)), width / 3);
    const int leftWidth = qMax(40, width - 2 * Padding - Gap - rightWidth);

    Layout l;
    l.status = QRect(Padding, Padding, leftWidth, bold.height());
    const QRect remark = plain.boundingRect(QRect(0, 0, leftWidth, 100000), Qt::TextWordWrap,
                                            index.data(ActivityModel::RemarkRole).toString());
    l.remark = QRect(Padding, l.status.bottom() + 3, leftWidth, remark.height());
    const int right = width - Padding - rightWidth;
    l.time = QRect(right, Padding, rightWidth, plain.height());
    l.actor = QRect(right, l.time.bottom() + 3, rightWidth, plain.height());
    l.height = qMax(l.remark.bottom(), l.actor.bottom()) + Padding + 1;
    return l;
}

QSize ActivityDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int width = m_view->viewport()->width();
    return {width, layout(option, index, width).height};
}

void ActivityDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the background and selection only; the text is drawn below
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const Layout l = layout(option, index, option.rect.width());
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.68F);

    painter->save();
    painter->translate(option.rect.topLeft());
    const bool changed = index.data(ActivityModel::StatusChangedRole).toBool();
    const QString status = index.data(ActivityModel::StatusRole).toString() + u" / "_s
                           + index.data(ActivityModel::SubStatusRole).toString();
    painter->setFont(changed ? boldFont(option.font) : option.font);
    painter->setPen(changed ? text : muted);
    painter->drawText(l.status, Qt::AlignLeft | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(status, Qt::ElideRight, l.status.width()));
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(l.remark, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      index.data(ActivityModel::RemarkRole).toString());
    painter->setPen(muted);
    painter->drawText(l.time, Qt::AlignRight | Qt::AlignVCenter, index.data(ActivityModel::TimeTextRole).toString());
    painter->drawText(l.actor, Qt::AlignRight | Qt::AlignVCenter,
                      painter->fontMetrics().elidedText(index.data(ActivityModel::ActorRole).toString(), Qt::ElideRight,
                                                        l.actor.width()));
    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(0, option.rect.height() - 1, option.rect.width(), option.rect.height() - 1);
    painter->restore();
}
