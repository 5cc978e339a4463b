#pragma once

#include <QByteArray>
#include <QString>

#include <array>
#include <cstdint>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace rollbook::demo {

/// A prepared INSERT for bulk loading with the raw SQLite API: bind in column order, then row().
/// Qt Sql's per-row QVariant traffic costs more than the insert itself at this volume.
class BulkInsert
{
public:
    BulkInsert(sqlite3 *db, const char *sql);
    ~BulkInsert();
    BulkInsert(const BulkInsert &) = delete;
    BulkInsert &operator=(const BulkInsert &) = delete;

    BulkInsert &bind(std::int64_t value);
    BulkInsert &bind(int value) { return bind(static_cast<std::int64_t>(value)); }
    /// The text must stay alive until row(): string literals and the caller's own buffers.
    BulkInsert &bind(std::string_view text);
    BulkInsert &bind(const QString &text);
    BulkInsert &bindBlob(const QByteArray &bytes);
    BulkInsert &bind(const std::array<unsigned char, 16> &bytes);
    BulkInsert &bindNull();
    /// Inserts the bound row; false (with lastError()) when SQLite refuses it.
    bool row();
    QString lastError() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_next = 1;
};

/// Runs SQL without results; false and a message on failure.
bool execRaw(sqlite3 *db, const char *sql, QString *error = nullptr);

} // namespace rollbook::demo
