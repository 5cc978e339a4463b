#include "reportpdf.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace rollbook {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::ReportPdf)
};

/// Bars for each day, this month's values, with a title and the peak labelled.
void drawBars(QPainter &painter, const QRectF &area, const QString &title, const std::vector<std::int64_t> &values,
              const QColor &colour)
{
    painter.save();
    painter.setPen(Qt::black);
    QFont font = painter.font();
    font.setPointSizeF(10);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(area.topLeft() + QPointF(0, 14), title);
    const QRectF plot = area.adjusted(0, 24, 0, -16);
    painter.setPen(QPen(QColor(0x90, 0x90, 0x90), 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    const std::int64_t peak = values.empty() ? 0 : *std::max_element(values.begin(), values.end());
    font.setBold(false);
    font.setPointSizeF(7);
    painter.setFont(font);
    painter.drawText(plot.topLeft() + QPointF(0, -2), QLocale().toString(qlonglong(peak)));
    if (peak > 0 && !values.empty()) {
        const double width = plot.width() / double(values.size());
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        for (std::size_t i = 0; i < values.size(); ++i) {
            const double height = plot.height() * double(values[i]) / double(peak);
            painter.drawRect(
                QRectF(plot.left() + double(i) * width + width * 0.15, plot.bottom() - height, width * 0.7, height));
        }
    }
    painter.setPen(Qt::black);
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), 14), Qt::AlignLeft, QStringLiteral("1"));
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), 14), Qt::AlignRight,
                     QString::number(values.size()));
    painter.restore();
}

} // namespace

Status writeReportPdf(const MonthlyReport &report, const QString &path)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(72); // points: the layout below is in points
    pdf.setTitle(Text::tr("Monthly report"));
    pdf.setCreator(QStringLiteral("Rollbook"));
    QPainter painter;
    if (!painter.begin(&pdf))
        return Error{Text::tr("Cannot write %1.").arg(QFileInfo(path).fileName())};
    const QLocale locale;
    const QRectF page(40, 40, pdf.width() - 80, pdf.height() - 80);
    QFont font = painter.font();
    font.setPointSizeF(18);
    font.setBold(true);
    painter.setFont(font);
    painter.drawText(
        page.topLeft() + QPointF(0, 18),
        Text::tr("%1 — %2").arg(report.schoolName, locale.toString(report.current.month, QStringLiteral("MMMM yyyy"))));
    font.setPointSizeF(10);
    font.setBold(false);
    painter.setFont(font);
    double y = page.top() + 50;
    const double columns[] = {page.left(), page.left() + 200, page.left() + 320, page.left() + 440};
    const auto row = [&](const QStringList &cells, bool bold) {
        QFont f = font;
        f.setBold(bold);
        painter.setFont(f);
        for (int i = 0; i < cells.size() && i < 4; ++i)
            painter.drawText(QPointF(columns[i], y), cells[i]);
        y += 16;
    };
    row({Text::tr("Figure"), locale.toString(report.current.month, QStringLiteral("MMM yyyy")),
         locale.toString(report.previous.month, QStringLiteral("MMM yyyy")), Text::tr("Change")},
        true);
    for (const MonthlyReports::Line &line : MonthlyReports::lines(report))
        row({line.title, line.current, line.previous, line.change}, false);
    y += 12;
    drawBars(painter, QRectF(page.left(), y, page.width(), 140), Text::tr("New registrations per day"),
             report.current.registrationsPerDay, QColor(0x2a, 0x6f, 0xdb));
    y += 160;
    drawBars(painter, QRectF(page.left(), y, page.width(), 140), Text::tr("Active users per day"),
             report.current.activeUsersPerDay, QColor(0x1b, 0x9e, 0x77));
    y += 170;
    row({Text::tr("Top products (enrollments)")}, true);
    for (qsizetype i = 0; i < report.current.topProducts.size(); ++i) {
        const auto &[title, count] = report.current.topProducts[i];
        row({QStringLiteral("%1. %2").arg(i + 1).arg(title), locale.toString(qlonglong(count))}, false);
    }
    if (!painter.end())
        return Error{Text::tr("Cannot write %1.").arg(QFileInfo(path).fileName())};
    return success();
}

} // namespace rollbook
