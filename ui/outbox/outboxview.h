#pragma once

#include "actions/actioncontext.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace rollbook {

class OutboxModel;

/// The school's notifications: how many are queued, sent and failed (counted on a worker), the
/// list newest first filtered by status, Resend for the selected failed one and Retry all failed
/// (each resend audited, behind a progress dialog that can stop between chunks).
class OutboxView : public QWidget
{
    Q_OBJECT

public:
    OutboxView(OutboxModel *model, ActionContext *context, QWidget *parent = nullptr);
    /// Counts again and reloads the list (when the tab is shown, after a change).
    void refresh();
    QString summaryText() const;

Q_SIGNALS:
    void summaryChanged(const QString &text);

private:
    void showCounts();
    void resendSelected();
    void retryAllFailed();
    void selectionChanged();

    OutboxModel *m_model;
    ActionContext *m_context;
    QComboBox *m_filter;
    QTableView *m_table;
    QPushButton *m_resend;
    QPushButton *m_retryAll;
    QLabel *m_counts;
    QFutureWatcher<QHash<QString, qint64>> m_counting;
    QHash<QString, qint64> m_lastCounts;
    bool m_fitted = false;
};

} // namespace rollbook
