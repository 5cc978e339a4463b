#pragma once

#include <QTableView>

namespace rollbook {

/// The directory's table, with a gutter right of the cells where the row's "⋯" button stands,
/// so that the button never covers a cell.
class UserTableView : public QTableView
{
    Q_OBJECT

public:
    explicit UserTableView(QWidget *parent = nullptr);
    /// Space kept right of the cells (outside the viewport), in pixels.
    void setGutter(int width);
    int gutter() const { return m_gutter; }

private:
    int m_gutter = 0;
};

} // namespace rollbook
