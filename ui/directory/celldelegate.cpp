#include "celldelegate.h"

#include <QPainter>

namespace rollbook {

bool CellDelegate::surelyFits(const QString &text, const QStyleOptionViewItem &option, int width) const
{
    if (m_widestLatin == 0 || option.font != m_font) {
        m_font = option.font;
        m_widestLatin = 0;
        for (const char *glyph : {"W", "M", "@", "m", "%", "—"})
            m_widestLatin = std::max(m_widestLatin, option.fontMetrics.horizontalAdvance(QString::fromUtf8(glyph)));
    }
    if (text.size() * m_widestLatin <= width) {
        for (QChar c : text) {
            if (c.unicode() >= 0x250 && c.unicode() != 0x2014)
                return false; // other scripts may have wider glyphs: measure
        }
        return true;
    }
    return false;
}

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
    const QString shown = !surelyFits(text, option, area.width()) && metrics.horizontalAdvance(text) > area.width()
        ? metrics.elidedText(text, Qt::ElideRight, area.width())
        : text;
    const QVariant alignment = index.data(Qt::TextAlignmentRole);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area, alignment.isValid() ? alignment.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter), shown);
}

} // namespace rollbook
