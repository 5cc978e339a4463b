#pragma once

#include <QToolButton>



namespace rollbook {

class UserTableView;

/// The "⋯" button beside the row under the mouse, in the view's gutter (it covers no cell): it
/// opens the view's actions (suspend, top up...) for that row, selecting it first unless it is
/// part of the selection already. From the keyboard, the same menu opens with the Menu key or
/// Shift+F10 on the current row.
class RowActionsButton : public QToolButton
{
    Q_OBJECT

public:
    explicit RowActionsButton(UserTableView *view);
    /// The row the button stands on, or -1.
    int row() const { return m_row; }
    /// Puts the button on row (tests; the mouse does this as it moves).
    void showOnRow(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openMenu();

    UserTableView *m_view;
    int m_row = -1;
};

} // namespace rollbook
