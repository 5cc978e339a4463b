#pragma once

#include <QStyledItemDelegate>

namespace rollbook {

/// Paints a directory cell as one line of text. QStyledItemDelegate lays every cell out with
/// QTextLayout and asks the model for a dozen roles; at a screenful of rows that cost is most of a
/// frame, and the directory has no icons, check boxes or wrapping to lay out.
class CellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    /// True when the text certainly fits, known without shaping it.
    bool surelyFits(const QString &text, const QStyleOptionViewItem &option, int width) const;

    mutable QFont m_font;
    mutable int m_widestLatin = 0; ///< the widest Latin-1 glyph's advance in m_font
};

} // namespace rollbook
