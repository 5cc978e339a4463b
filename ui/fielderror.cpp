#include "fielderror.h"

#include <QLabel>
#include <QLayout>
#include <QPalette>

namespace rollbook {

QLabel *newFieldError(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    if (!objectName.isEmpty())
        label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    // A red that reads on light and dark windows alike.
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    palette.setColor(QPalette::WindowText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb7, 0x1c, 0x1c));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showFieldError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    // A dialog grows to show the whole message (a wrapped label needs more height than it had).
    QWidget *window = label->window();
    if (text.isEmpty() || !window->isWindow() || !window->layout() || !window->isVisible())
        return;
    window->layout()->activate();
    const int needed = window->layout()->hasHeightForWidth() ? window->layout()->totalHeightForWidth(window->width())
                                                             : window->sizeHint().height();
    if (needed > window->height())
        window->resize(window->width(), needed);
}

} // namespace rollbook
