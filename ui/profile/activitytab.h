#pragma once

#include "profile/profiletab.h"

#include <QHash>

class QChartView;
class QComboBox;
class QLabel;
class QTableWidget;

namespace rollbook {

/// Time spent, XP and daily average minutes for a chosen period, a chart of minutes per day, and
/// KPIs beside the platform's average. Platform figures come from activity_platform_daily (one
/// row per day) and platform_totals (kept by triggers), never from a scan of the big tables.
class ActivityTab : public ProfileTab
{
    Q_OBJECT

public:
    ActivityTab(ActionContext *context, std::int64_t userId, const QString &currency, QWidget *parent = nullptr);

protected:
    void load() override;

private:
    void loadPeriod();
    void loadKpis();

    QString m_currency;
    QComboBox *m_period;
    QLabel *m_summary;
    QChartView *m_chart;
    QTableWidget *m_kpis;
    QHash<QString, double> m_platform; ///< platform_totals, by metric
};

} // namespace rollbook
