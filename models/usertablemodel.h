#pragma once

#include "directory/customfields.h"
#include "directory/userquery.h"
#include "directory/userrows.h"
#include "result.h"

#include <QAbstractTableModel>
#include <QLocale>
#include <QSqlDatabase>

#include <list>
#include <memory>
#include <optional>
#include <unordered_map>

namespace rollbook {

class UserQueryThread;

/// The user directory: every user matching the search and status tab, in the chosen order.
///
/// Invariants:
///  - the model holds only the ordered ids of the current result (8 bytes a row) and a bounded
///    cache of row blocks; it never loads every row;
///  - ids come from UserQueryThread on a worker; the GUI thread only does point lookups of the
///    blocks a view paints (BlockSize rows each, a fixed cost whatever the table's size);
///  - a result older than the latest request is dropped, so typing never shows stale rows;
///  - columns are the UserColumn values, then one per custom field in position order.
class UserTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RawValueRole = Qt::UserRole + 1, ///< unformatted value for sorting and export
        UserIdRole,
    };
    static constexpr int BlockSize = 64;
    static constexpr std::size_t CachedBlocks = 128;

    explicit UserTableModel(QObject *parent = nullptr);
    ~UserTableModel() override;

    /// Opens the store for reading; the first query starts at once.
    Status open(const QString &databasePath);
    void setSearch(const QString &text);
    void setStatusFilter(std::optional<UserStatus> status);
    void setSortSpec(const SortSpec &sort);
    /// Runs the query again, forgetting cached orders (after the data changed).
    void refresh();
    /// Reads the school settings the cells use (the currency) again, then refreshes.
    void reloadSettings();

    const UserQuery &query() const { return m_query; }
    const QList<CustomField> &customFields() const { return m_fields; }
    /// Per-status counts of the current search, and every user in the store.
    std::array<std::int64_t, UserStatusCount> statusCounts() const { return m_counts; }
    std::int64_t allUsers() const { return m_allUsers; }
    bool isLoading() const { return m_loading; }
    /// False while the rows are a first page shown ahead of the whole result.
    bool isComplete() const { return !m_result || m_result->complete; }
    std::int64_t userId(int row) const;
    /// The status of the user at row, known without reading the row.
    std::optional<UserStatus> statusAt(int row) const;
    /// One user's row, read now (a point lookup), for a user window.
    Result<UserRow> readUser(std::int64_t id) const;
    const QString &currency() const { return m_currency; }
    /// The column of a custom field, or -1.
    int customFieldColumn(std::int64_t fieldId) const;
    /// The stable key of a column for settings: a UserColumn key or "custom:" + field key.
    QString columnKeyAt(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    /// A query finished: rows, counts and totals are current.
    void resultReady();
    /// The first rows of a query that is still running are shown; counts are not known yet.
    void firstPageReady();
    void loadingChanged(bool loading);
    void queryFailed(const QString &message);

private:
    void request(bool dataChanged = false);
    void apply(const std::shared_ptr<const UserQueryResult> &result);
    const UserRow *rowAt(int row) const;
    QVariant display(const UserRow &row, int column) const;
    QVariant raw(const UserRow &row, int column) const;
    void setLoading(bool loading);

    QString m_connection;
    QSqlDatabase m_db;
    std::unique_ptr<UserRowReader> m_reader;
    std::unique_ptr<UserQueryThread> m_thread;
    QList<CustomField> m_fields;
    QString m_currency;
    QLocale m_locale;
    UserQuery m_query;
    std::shared_ptr<const UserQueryResult> m_result;
    std::array<std::int64_t, UserStatusCount> m_counts{};
    std::int64_t m_allUsers = 0;
    bool m_loading = false;
    struct Block
    {
        std::vector<UserRow> rows;
        /// Display text per row and column, formatted on first paint (phones and dates are slow).
        std::vector<std::vector<std::optional<QVariant>>> display;
    };
    Block *blockAt(int row) const;
    mutable std::unordered_map<int, Block> m_blocks;
    mutable std::list<int> m_blockUse; ///< most recently used first
};

} // namespace rollbook
