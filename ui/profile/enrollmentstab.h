#pragma once

#include "profile/profiletab.h"

class QComboBox;
class QSpinBox;
class QTableWidget;

namespace rollbook {

/// Every course, bundle, event, live class and product the user can access, with status,
/// progress and dates; enroll in more, and change the selected enrollment's status or progress.
class EnrollmentsTab : public ProfileTab
{
    Q_OBJECT

public:
    EnrollmentsTab(ActionContext *context, std::int64_t userId, QWidget *parent = nullptr);

protected:
    void load() override;

private:
    void enrollMore();
    void applyChange();
    void selectionChanged();

    QTableWidget *m_table;
    QComboBox *m_status;
    QSpinBox *m_progress;
};

} // namespace rollbook
