#include "celldelegate.h"

#include <QPainter>
#include <QStyle>

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
    const Qt::Alignment wanted
        = alignment.isValid() ? Qt::Alignment(alignment.toInt()) : Qt::AlignLeft | Qt::AlignVCenter;
    painter->save();
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    // A cell's text runs in its own direction, placed where the view's direction puts it: in a
    // right-to-left layout a phone number or a date (digits, no letter) must still read left to
    // right, not "69 89 40 13 6 33+".
    painter->setLayoutDirection(shown.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    painter->drawText(area, int(QStyle::visualAlignment(option.direction, wanted) | Qt::AlignAbsolute), shown);
    painter->restore();
}

} // namespace rollbook
