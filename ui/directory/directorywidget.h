#pragma once

#include <QWidget>

#include "userstatus.h"

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

class QLineEdit;
class QMenu;
class QTabBar;
class QTableView;
class QTimer;

namespace rollbook {

class EmptyHint;
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
    UserTableModel *model() const { return m_model; }
    void focusSearch();
    /// The users of the selected rows (or of the current row when none is selected), in view order.
    /// With keep, only the users whose status it accepts (known without reading their rows).
    std::vector<std::int64_t> selectedUserIds(const std::function<bool(UserStatus)> &keep = {}) const;
    /// How many selected users (or the current one, when none is selected) have each status.
    std::array<std::int64_t, UserStatusCount> selectedStatusCounts() const;
    /// After the next refresh, selects these users again where they still show, and keeps the
    /// scroll position (at most KeptSelection users; a bigger selection keeps only the position).
    void keepSelection(std::vector<std::int64_t> ids);
    static constexpr std::size_t KeptSelection = 50'000;
    /// The selected rows (at most CopiedRows) as tab-separated text with a header line.
    QString selectionAsText() const;
    static constexpr int CopiedRows = 10'000;
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
    /// The selection changed (or the rows under it did).
    void selectionChanged();
    /// A passing message for the status bar ("Copied 12 rows").
    void statusMessage(const QString &text);

private:
    void updateTabs();
    void rebuildColumnsMenu();
    void saveColumns() const;
    /// The widths and order the operator gave the columns, by column key (custom fields come and go).
    void saveLayout() const;
    void restoreLayout(); ///< inside restoreColumns, which keeps the header's signals from saving
    void openCurrent();
    void restoreSelection();
    QString emptyText() const;
    /// The selected rows as spans, or the current row when nothing is selected: what actions act on.
    std::vector<std::pair<int, int>> actedOnSpans() const;
    void copySelection();
    void openRowMenu();

    UserTableModel *m_model;
    QLineEdit *m_search;
    QTabBar *m_tabs;
    QTableView *m_view;
    QMenu *m_columnsMenu;
    QTimer *m_saveLayout = nullptr; ///< coalesces a drag's resizes into one write
    bool m_restoringLayout = false; ///< widths and order being set by restoreColumns, not the operator
    EmptyHint *m_empty;
    std::vector<std::int64_t> m_keep;
    int m_keepScroll = -1;
};

} // namespace rollbook
