#include "profile/activitytab.h"

#include "appearance.h"
#include "chartaxis.h"
#include "money.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <map>

namespace rollbook {

namespace {

constexpr qint64 DayMs = 86'400'000;

qint64 today()
{
    return QDateTime::currentMSecsSinceEpoch() / DayMs;
}

QString number(double value, int decimals = 1)
{
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

ActivityTab::ActivityTab(ActionContext *context, std::int64_t userId, const QString &currency, QWidget *parent)
    : ProfileTab(context, userId, parent)
    , m_currency(currency)
    , m_period(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_kpis(makeTable(this, QStringLiteral("activityKpis"), {tr("Measure"), tr("This user"), tr("Platform average")}))
{
    setObjectName(QStringLiteral("activityTab"));
    m_period->setObjectName(QStringLiteral("activityPeriod"));
    m_period->addItem(tr("Last 30 days"), 30);
    m_period->addItem(tr("Last 90 days"), 90);
    m_period->addItem(tr("Last 12 months"), 365);
    m_period->addItem(tr("Since registration"), 0);
    m_period->setCurrentIndex(2); // a year: most users have been active in it
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart->setObjectName(QStringLiteral("activityChart"));
    m_chart->setAccessibleName(tr("Minutes per day"));
    Appearance::followPalette(m_chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_kpis->setAccessibleName(tr("This user beside the platform average"));
    m_kpis->setSelectionMode(QAbstractItemView::NoSelection);
    m_kpis->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_kpis->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_kpis->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_kpis->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *periodLine = new QHBoxLayout;
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    periodLine->addWidget(periodLabel);
    periodLine->addWidget(m_period);
    periodLine->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(periodLine);
    layout->addWidget(m_summary);
    layout->addWidget(m_chart, 2);
    layout->addWidget(m_kpis);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
        if (isLoaded())
            loadPeriod();
    });
}

void ActivityTab::load()
{
    // Six numbers, read once for the period's average and the KPIs.
    m_platform.clear();
    QSqlQuery totals(db());
    if (totals.exec(QStringLiteral("SELECT metric, value FROM platform_totals"))) {
        while (totals.next())
            m_platform.insert(totals.value(0).toString(), totals.value(1).toDouble());
    }
    loadPeriod();
    loadKpis();
}

void ActivityTab::loadPeriod()
{
    // The user's days: a primary-key range, a few dozen rows.
    QSqlQuery all = userQuery(QStringLiteral("SELECT coalesce(sum(minutes), 0), coalesce(sum(xp), 0), "
                                             "(SELECT registered_at FROM users WHERE id = ?) FROM activity_daily "
                                             "WHERE user_id = ?"));
    qint64 totalMinutes = 0;
    qint64 totalXp = 0;
    qint64 firstDay = today();
    if (all.next()) {
        totalMinutes = all.value(0).toLongLong();
        totalXp = all.value(1).toLongLong();
        firstDay = all.value(2).toLongLong() / DayMs;
    }
    const qint64 lastDay = today();
    const int chosen = m_period->currentData().toInt();
    const qint64 fromDay = chosen > 0 ? lastDay - chosen + 1 : std::min(firstDay, lastDay);
    const qint64 days = lastDay - fromDay + 1;

    QSqlQuery daily(db());
    daily.setForwardOnly(true);
    daily.prepare(
        QStringLiteral("SELECT day, minutes FROM activity_daily WHERE user_id = ? AND day >= ? ORDER BY day"));
    daily.addBindValue(QVariant::fromValue<qint64>(m_userId));
    daily.addBindValue(QVariant::fromValue<qint64>(fromDay));
    std::map<qint64, qint64> minutesByDay;
    qint64 periodMinutes = 0;
    if (daily.exec()) {
        while (daily.next()) {
            minutesByDay[daily.value(0).toLongLong()] = daily.value(1).toLongLong();
            periodMinutes += daily.value(1).toLongLong();
        }
    }
    // The platform's minutes per user per day over the same days: one row per day, not per user.
    QSqlQuery platform(db());
    platform.prepare(QStringLiteral("SELECT coalesce(sum(minutes), 0) FROM activity_platform_daily "
                                    "WHERE day BETWEEN ? AND ?"));
    platform.addBindValue(QVariant::fromValue<qint64>(fromDay));
    platform.addBindValue(QVariant::fromValue<qint64>(lastDay));
    double platformDaily = 0;
    const double platformUsers = m_platform.value(QStringLiteral("users"));
    if (platform.exec() && platform.next() && platformUsers > 0)
        platformDaily = platform.value(0).toDouble() / platformUsers / double(days);
    const double userDaily = double(periodMinutes) / double(days);
    const QLocale locale;
    m_summary->setText(
        tr("<b>Time spent</b> (all time): %1 h %2 min · <b>XP:</b> %3<br><b>Daily average</b> over %4 days: "
           "%5 min (platform: %6 min per user)")
            .arg(locale.toString(totalMinutes / 60))
            .arg(totalMinutes % 60)
            .arg(locale.toString(totalXp))
            .arg(locale.toString(days))
            .arg(number(userDaily), number(platformDaily)));

    // Bars per day over a short period, per week over a long one: a line of days is all spikes.
    const bool weekly = days > 62;
    const qint64 binDays = weekly ? 7 : 1;
    auto *set = new QBarSet(weekly ? tr("Minutes per week") : tr("Minutes per day"));
    set->setColor(QColor(0x2a, 0x6f, 0xdb));
    QStringList labels;
    qint64 peak = 10;
    for (qint64 start = fromDay; start <= lastDay; start += binDays) {
        qint64 minutes = 0;
        for (qint64 day = start; day < start + binDays && day <= lastDay; ++day) {
            const auto found = minutesByDay.find(day);
            minutes += found == minutesByDay.end() ? 0 : found->second;
        }
        *set << double(minutes);
        peak = std::max(peak, minutes);
        labels << locale.toString(QDateTime::fromMSecsSinceEpoch(start * DayMs, Qt::UTC).date(),
                                  QStringLiteral("d MMM"));
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.9);
    auto *chart = new QChart;
    chart->addSeries(series);
    chart->legend()->hide();
    chart->setTitle(set->label());
    auto *x = new QBarCategoryAxis;
    x->append(labels);
    x->setLabelsAngle(-90);
    QFont small = x->labelsFont();
    small.setPointSizeF(7);
    x->setLabelsFont(small);
    auto *y = new QValueAxis;
    applyRoundAxis(y, peak);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    Appearance::colourChart(chart);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void ActivityTab::loadKpis()
{
    QSqlQuery mine = userQuery(
        QStringLiteral("SELECT (SELECT count(*) FROM enrollments WHERE user_id = ?), "
                       "(SELECT count(*) FROM enrollments e JOIN products p ON p.id = e.product_id WHERE e.user_id = ? "
                       "AND p.kind = 'live_class'), (SELECT avg(stars) FROM ratings WHERE user_id = ?), "
                       "(SELECT total_spent FROM users WHERE id = ?)"));
    if (!mine.next())
        return;
    const QHash<QString, double> &platform = m_platform;
    const double users = std::max(1.0, platform.value(QStringLiteral("users")));
    const double enrollments = platform.value(QStringLiteral("enrollments"));
    const double live = platform.value(QStringLiteral("live_enrollments"));
    const double ratings = platform.value(QStringLiteral("ratings"));
    const qint64 myEnrollments = mine.value(0).toLongLong();
    const qint64 myLive = mine.value(1).toLongLong();
    const QLocale locale;
    m_kpis->setRowCount(0);
    addRow(m_kpis, {tr("Enrollments"), locale.toString(myEnrollments), number(enrollments / users)});
    addRow(m_kpis, {tr("Live-class enrollments"), locale.toString(myLive), number(live / users)});
    addRow(m_kpis,
           {tr("Online enrollments"), locale.toString(myEnrollments - myLive), number((enrollments - live) / users)});
    addRow(m_kpis,
           {tr("Average rating given"), mine.value(2).isNull() ? tr("none") : number(mine.value(2).toDouble()),
            ratings > 0 ? number(platform.value(QStringLiteral("rating_stars")) / ratings) : tr("none")});
    addRow(m_kpis,
           {tr("Income"), formatMoney(mine.value(3).toLongLong(), m_currency, locale),
            formatMoney(qint64(platform.value(QStringLiteral("income")) / users), m_currency, locale)});
}

} // namespace rollbook
