#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;
class QTableWidget;

namespace rollbook {

class AuditModel;

/// The audit log: filter by operator, user, action and dates; each row's change shown field by
/// field, before and after.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(AuditModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    /// Shows this user's history (clears the other filters).
    void showUser(std::int64_t userId);
    void applyFilter();
    /// Writes every row the filter passes (not only the pages shown) to CSV or XLSX.
    void exportFiltered();

private:
    void showChanges();

    AuditModel *m_model;
    QLineEdit *m_operator;
    QComboBox *m_action;
    QLineEdit *m_user;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_view;
    QTableWidget *m_changes;
};

} // namespace rollbook
