#include "appearance.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QPalette>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

namespace rollbook::Appearance {

namespace {

const QString Key = QStringLiteral("ui/colorScheme");

/// The palette the platform gave before any scheme was applied: System goes back to it.
const QPalette &systemPalette()
{
    static const QPalette palette = QApplication::palette();
    return palette;
}

QPalette darkPalette()
{
    QPalette dark;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    dark.setColor(QPalette::Window, window);
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, base);
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::ToolTipBase, window);
    dark.setColor(QPalette::ToolTipText, text);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3c));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    dark.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    dark.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xff));
    dark.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xd0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4c));
    dark.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x41));
    dark.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    dark.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    dark.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, disabled);
    dark.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x44, 0x46, 0x4b));
    return dark;
}

/// Re-colours a chart view's chart when the palette changes.
class ChartColours : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange)
            colourChart(static_cast<QChartView *>(watched)->chart());
        return false;
    }
};

} // namespace

Scheme chosen()
{
    const QString value = QSettings().value(Key).toString();
    return value == u"dark" ? Scheme::Dark : value == u"light" ? Scheme::Light : Scheme::System;
}

void choose(Scheme scheme)
{
    QSettings().setValue(Key, scheme == Scheme::Dark    ? QStringLiteral("dark")
                                  : scheme == Scheme::Light ? QStringLiteral("light")
                                                            : QStringLiteral("system"));
    apply();
}

void apply()
{
    const QPalette &system = systemPalette();
    const Scheme scheme = chosen();
    if (scheme == Scheme::System) {
        QApplication::setPalette(system);
        return;
    }
    // A palette of one's own needs a style that draws with it: Fusion does on every platform.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(fusion);
    QApplication::setPalette(scheme == Scheme::Dark                           ? darkPalette()
                                 : isDark(system) ? QApplication::style()->standardPalette()
                                                  : system);
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QIcon icon(const QString &name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/actions/%1.svg").arg(name)));
}

void colourChart(QChart *chart)
{
    if (!chart)
        return;
    const QPalette palette = QApplication::palette();
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(50);
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
}

void followPalette(QChartView *view)
{
    view->installEventFilter(new ChartColours(view));
}

} // namespace rollbook::Appearance
