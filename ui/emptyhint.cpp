#include "emptyhint.h"

#include <QAbstractItemView>
#include <QEvent>

namespace rollbook {

EmptyHint::EmptyHint(QAbstractItemView *view, Text text, const QString &objectName)
    : QLabel(view->viewport())
    , m_view(view)
    , m_text(std::move(text))
{
    setObjectName(objectName);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setForegroundRole(QPalette::PlaceholderText);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel *model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyHint::refresh);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyHint::refresh);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyHint::refresh);
    }
    refresh();
}

void EmptyHint::refresh()
{
    const QString text = m_view->model() && m_view->model()->rowCount() == 0 ? m_text() : QString();
    setText(text);
    setGeometry(m_view->viewport()->rect().adjusted(16, 16, -16, -16));
    setVisible(!text.isEmpty());
}

bool EmptyHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect().adjusted(16, 16, -16, -16));
    return QLabel::eventFilter(watched, event);
}

} // namespace rollbook
