#pragma once

#include <QToolButton>

class QAbstractItemView;

namespace rollbook {

/// The "⋯" button at the end of the row under the mouse: it opens the view's actions (suspend,
/// top up...) for that row, selecting it first unless it is part of the selection already. From
/// the keyboard, the same menu opens with the Menu key or Shift+F10 on the current row.
class RowActionsButton : public QToolButton
{
    Q_OBJECT

public:
    explicit RowActionsButton(QAbstractItemView *view);
    /// The row the button stands on, or -1.
    int row() const { return m_row; }
    /// Puts the button on row (tests; the mouse does this as it moves).
    void showOnRow(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openMenu();

    QAbstractItemView *m_view;
    int m_row = -1;
};

} // namespace rollbook
