#pragma once

#include "report/monthlyreport.h"

#include <QWidget>

#include <optional>

class QChartView;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace rollbook {

/// The monthly activity report screen: a month, its figures beside the month before, charts of
/// registrations and active users per day, top products; export to PDF or XLSX. The month is
/// computed on a worker with a connection of its own.
class ReportView : public QWidget
{
    Q_OBJECT

public:
    explicit ReportView(QWidget *parent = nullptr);
    void setDatabasePath(const QString &path);
    /// The month shown, or what to do before one is, for the status bar.
    QString summaryText() const;
    /// Computes the chosen month (on a worker; returns when it is shown).
    void compute();
    /// Writes the report shown to a PDF (charts included) or XLSX, by the file's extension.
    Status exportTo(const QString &path);

Q_SIGNALS:
    void summaryChanged(const QString &text);

private:
    void show(const MonthlyReport &report);
    void chooseAndExport();

    QString m_path;
    QDateEdit *m_month;
    QLabel *m_title;
    QTableWidget *m_figures;
    QTableWidget *m_top;
    QChartView *m_registrations;
    QChartView *m_active;
    std::optional<MonthlyReport> m_report;
};

} // namespace rollbook
