#pragma once

#include "report/monthlyreport.h"

namespace rollbook {

/// The monthly report as a one-page A4 PDF (QPdfWriter): the figures beside the month before,
/// bar charts of registrations and daily active users per day, and the top products. Drawn with
/// QPainter, so the command line can write it without widgets. Needs a QGuiApplication.
Status writeReportPdf(const MonthlyReport &report, const QString &path);

} // namespace rollbook
