#include "directory/rowactionsbutton.h"

#include "directory/usertableview.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTableView>

namespace rollbook {

RowActionsButton::RowActionsButton(UserTableView *view)
    : QToolButton(view)
    , m_view(view)
{
    setObjectName(QStringLiteral("rowActions"));
    setText(QStringLiteral("⋯"));
    setToolTip(tr("Actions for this user (Menu key or Shift+F10 on the current row)"));
    setAutoRaise(false);
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::ArrowCursor);
    hide();
    const int side = std::max(view->fontMetrics().height() + 6, 16);
    view->setGutter(side * 2 + 6);
    view->viewport()->installEventFilter(this);
    view->viewport()->setMouseTracking(true);
    // The gutter is the view's own area, outside the viewport: moves there keep the button.
    view->installEventFilter(this);
    view->setMouseTracking(true);
    connect(this, &QToolButton::clicked, this, &RowActionsButton::openMenu);
    // Scrolling moves the rows under a still mouse: the button goes until the mouse moves again.
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &QWidget::hide);
}

void RowActionsButton::showOnRow(int row)
{
    QAbstractItemModel *model = m_view->model();
    if (!model || row < 0 || row >= model->rowCount()) {
        hide();
        m_row = -1;
        return;
    }
    m_row = row;
    const QRect viewport = m_view->viewport()->geometry();
    const QRect cell = m_view->visualRect(model->index(row, 0));
    const int side = std::max(cell.height() - 2, 16);
    const int top = viewport.top() + cell.top() + (cell.height() - side) / 2;
    if (top < viewport.top() || top + side > viewport.bottom() + 1) {
        hide();
        return;
    }
    setGeometry(viewport.right() + 3, top, m_view->gutter() - 6, side);
    show();
    raise();
}

bool RowActionsButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseMove) {
        const auto *move = static_cast<QMouseEvent *>(event);
        showOnRow(m_view->indexAt(move->position().toPoint()).row());
    } else if (watched == m_view && event->type() == QEvent::MouseMove) {
        // In the gutter: the row at that height.
        const auto *move = static_cast<QMouseEvent *>(event);
        const QPoint inViewport = move->position().toPoint() - m_view->viewport()->geometry().topLeft();
        showOnRow(m_view->indexAt(QPoint(0, inViewport.y())).row());
    } else if (watched == m_view && event->type() == QEvent::Leave && !underMouse()) {
        hide();
    }
    return QToolButton::eventFilter(watched, event);
}

void RowActionsButton::openMenu()
{
    if (m_row < 0)
        return;
    QItemSelectionModel *selection = m_view->selectionModel();
    const QModelIndex index = m_view->model()->index(m_row, 0);
    if (!selection->isRowSelected(m_row, QModelIndex()))
        selection->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    QMenu menu(this);
    menu.addActions(m_view->actions());
    menu.exec(mapToGlobal(QPoint(0, height())));
}

} // namespace rollbook
