#pragma once

#include "actions/actioncontext.h"

#include <QWidget>

class QComboBox;
class QSpinBox;
class QTableWidget;

namespace rollbook {

/// Every course, bundle, event, live class and product the user can access, with status,
/// progress and dates; enroll in more, and change the selected enrollment's status or progress.
class EnrollmentsTab : public QWidget
{
    Q_OBJECT

public:
    EnrollmentsTab(ActionContext *context, std::int64_t userId, QWidget *parent = nullptr);
    void load();

Q_SIGNALS:
    void changed();

private:
    void enrollMore();
    void applyChange();
    void selectionChanged();

    ActionContext *m_context;
    std::int64_t m_userId;
    QTableWidget *m_table;
    QComboBox *m_status;
    QSpinBox *m_progress;
};

} // namespace rollbook
