#include "report/monthlyreport.h"

#include "export/tablewriter.h"
#include "money.h"
#include "settings.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace rollbook::MonthlyReports {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::MonthlyReport)
};

constexpr std::int64_t DayMs = 86'400'000;

std::int64_t msOf(const QDate &day)
{
    return day.startOfDay(QTimeZone::utc()).toMSecsSinceEpoch();
}

/// Runs a query bound to the month's [start, end) and returns its one number.
Result<std::int64_t> number(QSqlDatabase &db, const QString &sql, std::int64_t start, std::int64_t end)
{
    QSqlQuery query(db);
    query.prepare(sql);
    query.addBindValue(QVariant::fromValue<qint64>(start));
    query.addBindValue(QVariant::fromValue<qint64>(end));
    if (!query.exec() || !query.next())
        return databaseError(query.lastError());
    return query.value(0).toLongLong();
}

Result<MonthFigures> figures(QSqlDatabase &db, const QDate &first)
{
    MonthFigures month;
    month.month = first;
    const QDate next = first.addMonths(1);
    const std::int64_t start = msOf(first);
    const std::int64_t end = msOf(next);
    const int days = int(first.daysTo(next));
    struct Count
    {
        std::int64_t *into;
        const char *sql;
    };
    const Count counts[] = {
        {&month.registrations, "SELECT count(*) FROM users WHERE registered_at >= ? AND registered_at < ?"},
        {&month.completions, "SELECT count(*) FROM enrollments WHERE completed_at >= ? AND completed_at < ?"},
        {&month.revenue,
         "SELECT coalesce(sum(amount), 0) FROM payments WHERE paid_at >= ? AND paid_at < ? AND status = 'paid'"},
        {&month.creditsIssued,
         "SELECT coalesce(sum(amount), 0) FROM credit_ledger WHERE created_at >= ? AND created_at < ? "
         "AND amount > 0 AND reason IN ('complimentary', 'adjustment', 'refund')"},
        {&month.ticketsOpened, "SELECT count(*) FROM tickets WHERE opened_at >= ? AND opened_at < ?"},
        {&month.ticketsSolved, "SELECT count(*) FROM tickets WHERE solved_at >= ? AND solved_at < ?"},
    };
    for (const Count &count : counts) {
        const auto value = number(db, QString::fromLatin1(count.sql), start, end);
        if (!value)
            return value.failure();
        *count.into = *value;
    }
    month.registrationsPerDay.assign(std::size_t(days), 0);
    month.activeUsersPerDay.assign(std::size_t(days), 0);
    QSqlQuery perDay(db);
    perDay.prepare(QStringLiteral("SELECT (registered_at - ?) / %1, count(*) FROM users WHERE registered_at >= ? "
                                  "AND registered_at < ? GROUP BY 1")
                       .arg(DayMs));
    perDay.addBindValue(QVariant::fromValue<qint64>(start));
    perDay.addBindValue(QVariant::fromValue<qint64>(start));
    perDay.addBindValue(QVariant::fromValue<qint64>(end));
    if (!perDay.exec())
        return databaseError(perDay.lastError());
    while (perDay.next()) {
        const auto day = perDay.value(0).toLongLong();
        if (day >= 0 && day < days)
            month.registrationsPerDay[std::size_t(day)] = perDay.value(1).toLongLong();
    }
    QSqlQuery active(db);
    active.prepare(QStringLiteral("SELECT day, active_users FROM activity_platform_daily WHERE day >= ? AND day < ?"));
    active.addBindValue(QVariant::fromValue<qint64>(start / DayMs));
    active.addBindValue(QVariant::fromValue<qint64>(end / DayMs));
    if (!active.exec())
        return databaseError(active.lastError());
    while (active.next()) {
        const auto day = active.value(0).toLongLong() - start / DayMs;
        if (day >= 0 && day < days) {
            month.activeUsersPerDay[std::size_t(day)] = active.value(1).toLongLong();
            month.activeUserDays += active.value(1).toLongLong();
        }
    }
    month.averageDailyActiveUsers = double(month.activeUserDays) / double(days);
    // Enrollments, live-class enrollments and the top products in one walk of the month's range of
    // enrollments_by_enrolled (enrolled_at, product_id), which covers it: no table row is read.
    QSqlQuery byProduct(db);
    byProduct.prepare(QStringLiteral("SELECT e.product_id, e.n, p.title, p.kind FROM "
                                     "(SELECT product_id, count(*) AS n FROM enrollments WHERE enrolled_at >= ? "
                                     "AND enrolled_at < ? GROUP BY product_id) e "
                                     "JOIN products p ON p.id = e.product_id"));
    byProduct.addBindValue(QVariant::fromValue<qint64>(start));
    byProduct.addBindValue(QVariant::fromValue<qint64>(end));
    if (!byProduct.exec())
        return databaseError(byProduct.lastError());
    QList<std::pair<QString, std::int64_t>> products;
    while (byProduct.next()) {
        const std::int64_t count = byProduct.value(1).toLongLong();
        month.enrollments += count;
        if (byProduct.value(3).toString() == u"live_class")
            month.liveClassEnrollments += count;
        products.append({byProduct.value(2).toString(), count});
    }
    std::sort(products.begin(), products.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    month.topProducts = products.mid(0, 5);
    return month;
}

QString change(double current, double previous)
{
    if (previous == 0)
        return {};
    const double percent = (current - previous) / previous * 100.0;
    return (percent >= 0 ? QStringLiteral("+") : QString()) + QLocale().toString(percent, 'f', 1) + u'%';
}

} // namespace

Result<MonthlyReport> compute(QSqlDatabase &db, const QDate &month)
{
    if (!month.isValid())
        return Error{Text::tr("Choose a month.")};
    const QDate first(month.year(), month.month(), 1);
    auto current = figures(db, first);
    if (!current)
        return current.failure();
    auto previous = figures(db, first.addMonths(-1));
    if (!previous)
        return previous.failure();
    return MonthlyReport{*current, *previous, StoreSettings::value(db, StoreSettings::Currency),
                         StoreSettings::value(db, StoreSettings::SchoolName)};
}

QList<Line> lines(const MonthlyReport &report)
{
    const QLocale locale;
    const MonthFigures &a = report.current;
    const MonthFigures &b = report.previous;
    const auto count = [&](const QString &title, std::int64_t x, std::int64_t y) {
        return Line{title, locale.toString(qlonglong(x)), locale.toString(qlonglong(y)), change(double(x), double(y))};
    };
    const auto money = [&](const QString &title, std::int64_t x, std::int64_t y) {
        return Line{title, formatMoney(x, report.currency, locale), formatMoney(y, report.currency, locale),
                    change(double(x), double(y))};
    };
    return {count(Text::tr("New registrations"), a.registrations, b.registrations),
            Line{Text::tr("Average daily active users"), locale.toString(a.averageDailyActiveUsers, 'f', 0),
                 locale.toString(b.averageDailyActiveUsers, 'f', 0),
                 change(a.averageDailyActiveUsers, b.averageDailyActiveUsers)},
            count(Text::tr("Enrollments"), a.enrollments, b.enrollments),
            count(Text::tr("  online"), a.enrollments - a.liveClassEnrollments, b.enrollments - b.liveClassEnrollments),
            count(Text::tr("  live classes"), a.liveClassEnrollments, b.liveClassEnrollments),
            count(Text::tr("Completions"), a.completions, b.completions),
            money(Text::tr("Revenue"), a.revenue, b.revenue),
            money(Text::tr("Credits issued"), a.creditsIssued, b.creditsIssued),
            count(Text::tr("Tickets opened"), a.ticketsOpened, b.ticketsOpened),
            count(Text::tr("Tickets solved"), a.ticketsSolved, b.ticketsSolved)};
}

Status writeTable(const MonthlyReport &report, const QString &path)
{
    ExportOptions options;
    options.format = TableWriter::formatFor(path);
    options.currency = report.currency;
    options.sheetName = Text::tr("Report %1").arg(report.current.month.toString(QStringLiteral("yyyy-MM")));
    options.excelSafe = false; // every cell is ours: "+3.1%" is a change, not a formula
    const QString thisMonth = QLocale().toString(report.current.month, QStringLiteral("MMMM yyyy"));
    const QString lastMonth = QLocale().toString(report.previous.month, QStringLiteral("MMMM yyyy"));
    auto writer
        = TableWriter::create(path, {{Text::tr("Figure")}, {thisMonth}, {lastMonth}, {Text::tr("Change")}}, options);
    if (!writer)
        return writer.failure();
    for (const Line &line : lines(report)) {
        if (const Status added
            = (*writer)->addRow(QVariantList{line.title.trimmed(), line.current, line.previous, line.change});
            !added)
            return added;
    }
    (*writer)->addRow(QVariantList{});
    (*writer)->addRow(QVariantList{Text::tr("Top products (enrollments)"), thisMonth, lastMonth});
    for (qsizetype i = 0; i < std::max(report.current.topProducts.size(), report.previous.topProducts.size()); ++i) {
        const auto a = report.current.topProducts.value(i);
        const auto b = report.previous.topProducts.value(i);
        (*writer)->addRow(
            QVariantList{QString::number(i + 1),
                         a.first.isEmpty() ? QString() : Text::tr("%1 (%2)").arg(a.first, QString::number(a.second)),
                         b.first.isEmpty() ? QString() : Text::tr("%1 (%2)").arg(b.first, QString::number(b.second))});
    }
    return (*writer)->finish();
}

} // namespace rollbook::MonthlyReports
