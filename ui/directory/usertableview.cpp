#include "directory/usertableview.h"

namespace rollbook {

UserTableView::UserTableView(QWidget *parent)
    : QTableView(parent)
{ }

void UserTableView::setGutter(int width)
{
    m_gutter = width;
    setViewportMargins(0, 0, width, 0);
}

} // namespace rollbook
