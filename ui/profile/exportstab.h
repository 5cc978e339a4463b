#pragma once

#include "profile/profiletab.h"

namespace rollbook {

/// The user's contest submissions, exported to CSV or XLSX.
class ExportsTab : public ProfileTab
{
    Q_OBJECT

public:
    ExportsTab(ActionContext *context, std::int64_t userId, QWidget *parent = nullptr);
    /// Writes the submissions to path (.xlsx or .csv); the file appears only when complete.
    Status exportTo(const QString &path);

protected:
    void load() override;

private:
    void chooseAndExport(const QString &filter, const QString &suffix);

    QTableWidget *m_table;
    QLabel *m_result;
};

} // namespace rollbook
