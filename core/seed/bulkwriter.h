#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace rollbook::demo {

/// Bulk loading with the raw SQLite API: bind a row's values in column order, then row().
/// Rows are sent BatchRows at a time as one multi-row INSERT, which spares SQLite most of its
/// per-statement work (cursor and transaction setup); Qt Sql's per-row QVariant traffic would
/// cost more than the insert itself at this volume. Call flush() (or let the destructor) after
/// the last row.
class BulkInsert
{
public:
    static constexpr int BatchRows = 64;

    /// columns: "id, gid, name" as in the INSERT's column list.
    BulkInsert(sqlite3 *db, const char *table, const char *columns);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    BulkInsert &bind(std::int64_t value);
    BulkInsert &bind(int value) { return bind(static_cast<std::int64_t>(value)); }
    BulkInsert &bind(std::string_view text);
    BulkInsert &bind(const QString &text);
    BulkInsert &bindBlob(const QByteArray &bytes);
    BulkInsert &bind(const std::array<unsigned char, 16> &bytes);
    BulkInsert &bindNull();
    /// Ends the row; false (with lastError()) when SQLite refused the batch it completed.
    bool row();
    /// Writes the rows still held; false (with lastError()) on failure.
    bool flush();
    QString lastError() const { return m_error; }

private:
    struct Blob
    {
        std::string bytes;
    };
    using Value = std::variant<std::monostate, std::int64_t, std::string, Blob>;

    sqlite3_stmt *statementFor(int rows);
    bool send(int rows);

    sqlite3 *m_db;
    QByteArray m_table;
    QByteArray m_columns;
    int m_columnCount;
    std::vector<Value> m_values;
    std::map<int, sqlite3_stmt *> m_statements;
    QString m_error;
};

/// Runs SQL without results; false and a message on failure.
bool execRaw(sqlite3 *db, const char *sql, QString *error = nullptr);

} // namespace rollbook::demo
