#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <vector>

namespace rollbook {

/// One month of the school in numbers. Every figure is an index range over the month (UTC).
struct MonthFigures
{
    QDate month; ///< its first day
    std::int64_t registrations = 0;
    double averageDailyActiveUsers = 0; ///< from activity_platform_daily
    std::int64_t activeUserDays = 0;
    std::int64_t enrollments = 0;
    std::int64_t liveClassEnrollments = 0;
    std::int64_t completions = 0;
    std::int64_t revenue = 0; ///< paid payments, minor units
    std::int64_t creditsIssued = 0; ///< complimentary, adjustment and refund credit, minor units
    std::int64_t ticketsOpened = 0;
    std::int64_t ticketsSolved = 0;
    QList<std::pair<QString, std::int64_t>> topProducts; ///< by enrollments in the month, five at most
    std::vector<std::int64_t> registrationsPerDay; ///< one per day of the month
    std::vector<std::int64_t> activeUsersPerDay;
};

struct MonthlyReport
{
    MonthFigures current;
    MonthFigures previous;
    QString currency;
    QString schoolName;
};

namespace MonthlyReports {

/// The month holding the given day, beside the month before it.
Result<MonthlyReport> compute(QSqlDatabase &db, const QDate &month);

/// One line per figure: what it is, this month, the month before.
struct Line
{
    QString title;
    QString current;
    QString previous;
    QString change; ///< "+12.5%", or empty when the previous month is zero
};
QList<Line> lines(const MonthlyReport &report);

/// The figures, the top products and the days as an XLSX workbook (or CSV: the figures only).
Status writeTable(const MonthlyReport &report, const QString &path);

} // namespace MonthlyReports

} // namespace rollbook
