#include "celldelegate.h"

#include <QPainter>

namespace rollbook {

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    if (selected)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));
    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    constexpr int Margin = 4;
    const QRect area = option.rect.adjusted(Margin, 0, -Margin, 0);
    const QFontMetrics &metrics = option.fontMetrics;
    const QString shown = metrics.horizontalAdvance(text) > area.width()
        ? metrics.elidedText(text, Qt::ElideRight, area.width())
        : text;
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area, alignment.isValid() ? alignment.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter), shown);
}

} // namespace rollbook
