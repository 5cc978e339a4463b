#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTableView;
class QLabel;
class QTableWidget;
class QTimer;

namespace rollbook {

class AuditModel;

/// The audit log: filter by operator, user (name, email or phone, found as the directory finds
/// them), action and dates, applied as they are typed; each row's change shown field by field,
/// before and after, in words and the school's currency. Double-click opens the user.
class AuditView : public QWidget
{
    Q_OBJECT

public:
    explicit AuditView(AuditModel *model, QWidget *parent = nullptr);
    QTableView *view() const { return m_view; }
    /// Shows only this user's history, without the filter bar (the user window's History tab).
    void showOnlyUser(std::int64_t userId);
    void applyFilter();
    /// Writes every row the filter passes (not only the pages shown) to CSV or XLSX.
    void exportFiltered();
    /// "120 changes shown · more below", for the status bar.
    QString summaryText() const;

Q_SIGNALS:
    void openUserRequested(std::int64_t userId);
    void summaryChanged(const QString &text);

private:
    void showChanges();
    void filterLater();

    AuditModel *m_model;
    QLineEdit *m_operator;
    QComboBox *m_action;
    QLineEdit *m_user;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QTableView *m_view;
    QTableWidget *m_changes;
    QWidget *m_filters;
    QLabel *m_userNote;
    QTimer *m_typing;
};

} // namespace rollbook
