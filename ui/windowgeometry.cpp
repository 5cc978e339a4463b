#include "windowgeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QWidget>

namespace rollbook {

namespace {

/// The splitters and tab widgets inside window that have a name to keep them by.
template<typename T>
QList<T *> named(const QWidget *window)
{
    QList<T *> found = window->findChildren<T *>();
    found.removeIf([](const T *widget) { return widget->objectName().isEmpty(); });
    return found;
}

} // namespace

void restoreWindowState(QWidget *window, const QString &group, QSize fallback)
{
    QSettings settings;
    settings.beginGroup(group);
    const QByteArray saved = settings.value(QStringLiteral("geometry")).toByteArray();
    if (saved.isEmpty() || !window->restoreGeometry(saved))
        window->resize(fallback);
    for (QSplitter *splitter : named<QSplitter>(window))
        splitter->restoreState(settings.value(QStringLiteral("splitter/") + splitter->objectName()).toByteArray());
    for (QTabWidget *tabs : named<QTabWidget>(window)) {
        const int index = settings.value(QStringLiteral("tab/") + tabs->objectName(), -1).toInt();
        if (index >= 0 && index < tabs->count())
            tabs->setCurrentIndex(index);
    }
    const QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return;
    const QRect available = screen->availableGeometry();
    // The frame needs room too: keep a margin for the title bar and borders.
    const QSize most = available.size() - QSize(16, 48);
    if (window->width() > most.width() || window->height() > most.height())
        window->resize(window->size().boundedTo(most));
    QRect frame(window->pos(), window->size());
    if (!available.contains(frame)) {
        frame.moveLeft(std::clamp(frame.left(), available.left(), available.right() - frame.width()));
        frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() - frame.height()));
        window->move(frame.topLeft());
    }
}

void saveWindowState(const QWidget *window, const QString &group)
{
    QSettings settings;
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("geometry"), window->saveGeometry());
    for (const QSplitter *splitter : named<QSplitter>(window))
        settings.setValue(QStringLiteral("splitter/") + splitter->objectName(), splitter->saveState());
    for (const QTabWidget *tabs : named<QTabWidget>(window))
        settings.setValue(QStringLiteral("tab/") + tabs->objectName(), tabs->currentIndex());
}

} // namespace rollbook
