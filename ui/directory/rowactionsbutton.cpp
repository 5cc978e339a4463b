#include "directory/rowactionsbutton.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTableView>

namespace rollbook {

RowActionsButton::RowActionsButton(QTableView *view)
    : QToolButton(view)
    , m_view(view)
    , m_cells(view->viewport())
    , m_handles(view->verticalHeader())
    , m_handleCells(view->verticalHeader()->viewport())
{
    setObjectName(QStringLiteral("rowActions"));
    setText(QStringLiteral("⋯"));
    setToolTip(tr("Actions for this user (Menu key or Shift+F10 on the current row)"));
    setAutoRaise(false);
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::ArrowCursor);
    hide();
    // The row handles (an empty vertical header) are the gutter; clicking one selects the row.
    const int side = std::max(view->fontMetrics().height() + 6, 16);
    QHeaderView *handles = view->verticalHeader();
    handles->setFixedWidth(side * 2 + 6);
    handles->show();
    view->viewport()->installEventFilter(this);
    view->viewport()->setMouseTracking(true);
    handles->viewport()->installEventFilter(this);
    handles->viewport()->setMouseTracking(true);
    handles->installEventFilter(this);
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
    const QRect handles = m_view->verticalHeader()->geometry();
    const QRect cell = m_view->visualRect(model->index(row, 0));
    const int side = std::max(cell.height() - 2, 16);
    const int top = m_view->viewport()->geometry().top() + cell.top() + (cell.height() - side) / 2;
    if (top < handles.top() || top + side > handles.bottom() + 1) {
        hide();
        return;
    }
    setGeometry(handles.left() + 3, top, handles.width() - 6, side);
    show();
    raise();
}

bool RowActionsButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_cells && event->type() == QEvent::MouseMove) {
        const auto *move = static_cast<QMouseEvent *>(event);
        showOnRow(m_view->indexAt(move->position().toPoint()).row());
    } else if (watched == m_handleCells && event->type() == QEvent::MouseMove) {
        const auto *move = static_cast<QMouseEvent *>(event);
        showOnRow(m_view->verticalHeader()->logicalIndexAt(move->position().toPoint().y()));
    } else if (event->type() == QEvent::Leave && !underMouse() && !m_cells->underMouse() && !m_handles->underMouse()) {
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
