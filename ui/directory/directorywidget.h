#pragma once

#include <QWidget>

#include <cstdint>
#include <vector>

class QLineEdit;
class QMenu;
class QTabBar;
class QTableView;
class QTimer;

namespace rollbook {

class UserTableModel;

/// The user directory screen: a search box, the status tabs with their counts and the table.
class DirectoryWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DirectoryWidget(UserTableModel *model, QWidget *parent = nullptr);

    /// "N of M users", for the status bar.
    QString summaryText() const;
    /// Checkable actions that show or hide each column; the choice persists.
    QMenu *columnsMenu() const { return m_columnsMenu; }
    QTableView *view() const { return m_view; }
    void focusSearch();
    /// The users of the selected rows (or of the current row when none is selected), in view order.
    std::vector<std::int64_t> selectedUserIds() const;
    /// The shown columns in the order they are shown (model column numbers).
    std::vector<int> visibleColumns() const;
    /// How many rows are selected (counted from the selection's ranges).
    qint64 selectedCount() const;
    /// Selects every row the search and status tab match, however many.
    void selectAllMatching();
    /// Applies the saved column choice; call after the model has its columns.
    void restoreColumns();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void openUserRequested(std::int64_t userId);
    void summaryChanged(const QString &text);

private:
    void updateTabs();
    void rebuildColumnsMenu();
    void saveColumns() const;
    void openCurrent();

    UserTableModel *m_model;
    QLineEdit *m_search;
    QTabBar *m_tabs;
    QTableView *m_view;
    QMenu *m_columnsMenu;
};

} // namespace rollbook
