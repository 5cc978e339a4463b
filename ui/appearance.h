#pragma once

#include <QString>

#include <QIcon>

class QChart;
class QChartView;
class QPalette;

namespace rollbook::Appearance {

/// Light or dark: the system's (as the platform's palette says, where Qt can tell) or the user's.
enum class Scheme { System, Light, Dark };

/// What View > Appearance says (the setting ui/colorScheme).
Scheme chosen();
/// Keeps scheme and applies it at once.
void choose(Scheme scheme);
/// Applies the chosen scheme: at start-up, after the application exists.
void apply();
/// Whether a palette is a dark one (its windows darker than its text).
bool isDark(const QPalette &palette);
/// Colours chart from the application's palette: background, title, axis labels and grid lines;
/// the bars keep their own colours. Call it once the chart has its axes.
void colourChart(QChart *chart);
/// Colours view's chart again each time the palette changes (View > Appearance).
void followPalette(QChartView *view);
/// The desktop theme's icon called name ("document-open"), or Rollbook's own drawing of it.
QIcon icon(const QString &name);

} // namespace rollbook::Appearance
