#pragma once

#include <QToolButton>

class QTableView;

namespace rollbook {

/// The "⋯" button at the start of the row under the mouse, over the row's handle (the view's
/// vertical header, kept empty as a gutter), so it covers no cell: it
/// opens the view's actions (suspend, top up...) for that row, selecting it first unless it is
/// part of the selection already. From the keyboard, the same menu opens with the Menu key or
/// Shift+F10 on the current row.
class RowActionsButton : public QToolButton
{
    Q_OBJECT

public:
    explicit RowActionsButton(QTableView *view);
    /// The row the button stands on, or -1.
    int row() const { return m_row; }
    /// Puts the button on row (tests; the mouse does this as it moves).
    void showOnRow(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openMenu();

    QTableView *m_view;
    // The widgets watched, kept from the start: while the view is being destroyed its children
    // still send events, and the view can no longer be asked for them.
    QWidget *m_cells;
    QWidget *m_handles;
    QWidget *m_handleCells;
    int m_row = -1;
};

} // namespace rollbook
