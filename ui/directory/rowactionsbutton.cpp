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

RowActionsButton::RowActionsButton(QAbstractItemView *view)
    : QToolButton(view->viewport())
    , m_view(view)
{
    setObjectName(QStringLiteral("rowActions"));
    setText(QStringLiteral("⋯"));
    setToolTip(tr("Actions for this user (Menu key or Shift+F10 on the current row)"));
    setAutoRaise(false);
    setFocusPolicy(Qt::NoFocus);
    setCursor(Qt::ArrowCursor);
    hide();
    view->viewport()->installEventFilter(this);
    view->viewport()->setMouseTracking(true);
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
    const QRect cell = m_view->visualRect(model->index(row, 0));
    const int side = std::max(cell.height() - 2, 16);
    const int right = m_view->viewport()->width() - 4;
    setGeometry(right - side * 2, cell.top() + (cell.height() - side) / 2, side * 2, side);
    show();
    raise();
}

bool RowActionsButton::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport()) {
        if (event->type() == QEvent::MouseMove) {
            const auto *move = static_cast<QMouseEvent *>(event);
            showOnRow(m_view->indexAt(move->position().toPoint()).row());
        } else if (event->type() == QEvent::Leave) {
            if (!underMouse())
                hide();
        }
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
