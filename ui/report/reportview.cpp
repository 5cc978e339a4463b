#include "report/reportview.h"

#include "appearance.h"
#include "database.h"
#include "messagebox.h"
#include "prompts.h"
#include "reportpdf.h"
#include "workerprogress.h"

#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include "chartaxis.h"
#include "emptyhint.h"

namespace rollbook {

namespace {

QTableWidget *table(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(name);
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return t;
}

QChart *bars(const QString &title, const std::vector<std::int64_t> &values, const QColor &colour)
{
    auto *set = new QBarSet(title);
    set->setColor(colour);
    std::int64_t peak = 1;
    for (const std::int64_t value : values) {
        *set << double(value);
        peak = std::max(peak, value);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.8);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(title);
    chart->legend()->hide();
    // Bar i stands at i: the days are labelled under the 1st, the 5th, the 10th... (and the 28th or
    // 29th when a month ends there), upright. A label under every bar had to be turned and shrunk, and was still cut to
    // "…" on a chart narrower than 31 labels, at any scale.
    auto *x = new QCategoryAxis;
    x->setRange(-0.5, double(values.size()) - 0.5);
    x->setStartValue(-0.5);
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setGridLineVisible(false);
    const int days = int(values.size());
    for (int day = 1; day <= days; ++day) {
        if (day == 1 || day % 5 == 0 || (day == days && days % 5 >= 3))
            x->append(QLocale().toString(day), day - 1);
    }
    auto *y = new QValueAxis;
    applyRoundAxis(y, peak);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    Appearance::colourChart(chart);
    return chart;
}

} // namespace

ReportView::ReportView(QWidget *parent)
    : QWidget(parent)
    , m_month(new QDateEdit(this))
    , m_title(new QLabel(this))
    , m_figures(table(this, QStringLiteral("reportFigures"),
                      {tr("Figure"), tr("This month"), tr("Month before"), tr("Change")}))
    , m_top(table(this, QStringLiteral("reportTopProducts"), {tr("Top products"), tr("Enrollments")}))
    , m_registrations(new QChartView(this))
    , m_active(new QChartView(this))
{
    setObjectName(QStringLiteral("reportView"));
    m_figures->setAccessibleName(tr("Figures of the month beside the month before"));
    m_top->setAccessibleName(tr("Top products"));
    m_registrations->setAccessibleName(tr("New registrations per day"));
    m_active->setAccessibleName(tr("Active users per day"));
    m_month->setObjectName(QStringLiteral("reportMonth"));
    m_month->setAccessibleName(tr("Month"));
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    // A month is chosen as a month: the arrows and typing step months and years, no day calendar.
    m_month->setCalendarPopup(false);
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    m_month->setDate(QDate::currentDate().addMonths(-1));
    m_title->setObjectName(QStringLiteral("reportTitle"));
    m_title->setText(tr("Choose a month, then Show."));
    new EmptyHint(
        m_figures, [] { return tr("Choose a month above and press Show to count it."); },
        QStringLiteral("reportEmpty"));
    auto *show = new QPushButton(tr("&Show"), this);
    show->setObjectName(QStringLiteral("reportShow"));
    auto *exportButton = new QPushButton(tr("E&xport PDF or Excel…"), this);
    exportButton->setObjectName(QStringLiteral("reportExport"));
    for (QChartView *chart : {m_registrations, m_active}) {
        Appearance::followPalette(chart);
        chart->setRenderHint(QPainter::Antialiasing);
        chart->setMinimumHeight(180);
    }
    auto *controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Month:"), this));
    controls->addWidget(m_month);
    controls->addWidget(show);
    controls->addWidget(m_title, 1);
    controls->addWidget(exportButton);
    auto *grid = new QGridLayout;
    grid->addWidget(m_figures, 0, 0);
    grid->addWidget(m_top, 0, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    // The charts share their row evenly: under the narrower of the tables' columns, one had too
    // little room for its day labels.
    auto *charts = new QHBoxLayout;
    charts->addWidget(m_registrations, 1);
    charts->addWidget(m_active, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(grid, 1);
    layout->addLayout(charts, 1);
    connect(show, &QPushButton::clicked, this, &ReportView::compute);
    connect(exportButton, &QPushButton::clicked, this, &ReportView::chooseAndExport);
}

void ReportView::setDatabasePath(const QString &path)
{
    m_path = path;
    m_report.reset();
    m_figures->setRowCount(0);
    m_top->setRowCount(0);
    m_title->setText(tr("Choose a month, then Show."));
    Q_EMIT summaryChanged(summaryText());
}

QString ReportView::summaryText() const
{
    if (!m_report)
        return tr("Choose a month, then Show.");
    return tr("Monthly report: %1").arg(QLocale().toString(m_report->current.month, QStringLiteral("MMMM yyyy")));
}

void ReportView::compute()
{
    if (m_path.isEmpty())
        return;
    const QDate month = m_month->date();
    const auto report = runWithProgress<Result<MonthlyReport>>(
        this, tr("Counting %1").arg(QLocale().toString(month, QStringLiteral("MMMM yyyy"))), 0,
        [store = m_path, month](const WorkerProgress &) {
            OpenOptions options;
            options.readOnly = true;
            options.integrityCheck = false;
            options.migrate = false;
            return Database::withConnection(store, options,
                                            [&](QSqlDatabase &db) { return MonthlyReports::compute(db, month); });
        });
    if (!report) {
        MessageBox::warning(this, tr("Monthly report"), report.error());
        return;
    }
    show(*report);
}

void ReportView::show(const MonthlyReport &report)
{
    m_report = report;
    Q_EMIT summaryChanged(summaryText());
    const QLocale locale;
    m_title->setText(tr("<b>%1</b> beside %2")
                         .arg(locale.toString(report.current.month, QStringLiteral("MMMM yyyy")),
                              locale.toString(report.previous.month, QStringLiteral("MMMM yyyy"))));
    m_figures->setRowCount(0);
    for (const MonthlyReports::Line &line : MonthlyReports::lines(report)) {
        const int row = m_figures->rowCount();
        m_figures->insertRow(row);
        const QStringList cells{line.title, line.current, line.previous, line.change};
        for (int c = 0; c < cells.size(); ++c)
            m_figures->setItem(row, c, new QTableWidgetItem(cells[c]));
    }
    m_top->setRowCount(0);
    for (const auto &[title, count] : report.current.topProducts) {
        const int row = m_top->rowCount();
        m_top->insertRow(row);
        m_top->setItem(row, 0, new QTableWidgetItem(title));
        m_top->setItem(row, 1, new QTableWidgetItem(locale.toString(qlonglong(count))));
    }
    for (auto [view, chart] :
         {std::pair{
              m_registrations,
              bars(tr("New registrations per day"), report.current.registrationsPerDay, QColor(0x2a, 0x6f, 0xdb))},
          std::pair{m_active,
                    bars(tr("Active users per day"), report.current.activeUsersPerDay, QColor(0x1b, 0x9e, 0x77))}}) {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    }
}

Status ReportView::exportTo(const QString &path)
{
    if (!m_report)
        return Error{tr("Show a month first.")};
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive))
        return writeReportPdf(*m_report, path);
    return MonthlyReports::writeTable(*m_report, path);
}

void ReportView::chooseAndExport()
{
    if (!m_report)
        compute();
    if (!m_report)
        return;
    const auto path = Prompts::saveFile(
        this, tr("Export the report"),
        Prompts::inDocuments(tr("report-%1.pdf").arg(m_report->current.month.toString(QStringLiteral("yyyy-MM")))),
        tr("PDF (*.pdf);;Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (!path)
        return;
    if (const Status written = exportTo(*path); !written)
        MessageBox::warning(this, tr("Export the report"), written.error());
}

} // namespace rollbook
