#include "export/userexport.h"

#include "database.h"
#include "directory/customfields.h"
#include "directory/usercolumn.h"
#include "directory/userqueryengine.h"
#include "settings.h"
#include "sqlitestatement.h"

#include <QCoreApplication>

#include <QHash>
#include <QScopeGuard>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <future>
#include <memory>
#include <numeric>
#include <string>

namespace rollbook {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::UserExport)
};

std::vector<int> allColumns(const QList<CustomField> &fields)
{
    std::vector<int> columns(static_cast<std::size_t>(UserColumnCount + fields.size()));
    std::iota(columns.begin(), columns.end(), 0);
    return columns;
}

ColumnKind kindOf(UserColumn column)
{
    switch (column) {
    case UserColumn::Phone:
        return ColumnKind::Phone;
    case UserColumn::Registered:
    case UserColumn::LastActive:
        return ColumnKind::DateTime;
    case UserColumn::CreditBalance:
    case UserColumn::TotalSpent:
        return ColumnKind::Money;
    case UserColumn::Progress:
        return ColumnKind::Number;
    default:
        return ColumnKind::Text;
    }
}

ColumnKind kindOf(const CustomField &field)
{
    switch (field.type) {
    case CustomField::Type::Number:
        return ColumnKind::Number;
    case CustomField::Type::Date:
        return ColumnKind::Date;
    default:
        return ColumnKind::Text;
    }
}

/// One user's fields as they came from SQLite: text as [offset, length) in the block's arena
/// (length -1 for NULL), numbers as they are.
struct RawRow
{
    bool present = false;
    std::array<std::pair<qsizetype, qsizetype>, 5> text{}; ///< first, last, email, phone, company
    int status = 0;
    std::int64_t registeredAt = 0;
    std::int64_t lastActiveAt = -1;
    std::int64_t creditBalance = 0;
    std::int64_t totalSpent = 0;
    std::int64_t progress = 0;
    std::vector<std::pair<qsizetype, qsizetype>> custom; ///< by custom field position
};

/// Reads blocks of users by id with the raw SQLite API into UTF-8 cells: no QString, no QVariant,
/// since an export handles every cell of a million rows.
class BlockReader
{
public:
    BlockReader(sqlite3 *db, const QList<CustomField> &fields, bool wantCustom)
        : m_db(db)
        , m_fields(fields)
        , m_wantCustom(wantCustom)
    {
        for (qsizetype i = 0; i < fields.size(); ++i)
            m_fieldIndex.insert(fields[i].id, i);
        for (int status = 0; status < UserStatusCount; ++status)
            m_statusNames[std::size_t(status)] = statusName(static_cast<UserStatus>(status)).toUtf8();
        // Yes/No as the directory shows a yes/no field, worked out once rather than per cell.
        CustomField yesNo;
        yesNo.type = CustomField::Type::Bool;
        m_yes = displayCustomValue(yesNo, QStringLiteral("true"), QLocale()).toUtf8();
        m_no = displayCustomValue(yesNo, QStringLiteral("false"), QLocale()).toUtf8();
    }

    /// Reads the users of ids into rows(), in the same order; a deleted user is left out.
    Status read(std::span<const std::int64_t> ids)
    {
        m_arena.clear();
        m_rows.assign(ids.size(), RawRow{});
        // SQLite returns the rows of "id IN (...)" in ascending id order: walking the ids sorted,
        // each row finds its place without a hash.
        m_sorted.clear();
        for (std::size_t i = 0; i < ids.size(); ++i)
            m_sorted.emplace_back(ids[i], i);
        std::sort(m_sorted.begin(), m_sorted.end());
        std::string list;
        list.reserve(ids.size() * 8);
        for (const auto &[id, position] : m_sorted) {
            if (!list.empty())
                list += ',';
            char digits[24];
            list.append(digits, std::size_t(std::to_chars(digits, digits + sizeof digits, id).ptr - digits));
        }
        // Integers only, so inlining them is safe.
        SqliteStatement users;
        const std::string sql = "SELECT id, first_name, last_name, email, phone, company, status, registered_at, "
                                "last_active_at, credit_balance, total_spent, avg_progress FROM users WHERE id IN ("
            + list + ") ORDER BY id";
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &users.handle, nullptr) != SQLITE_OK)
            return Error{QString::fromUtf8(sqlite3_errmsg(m_db))};
        int rc;
        auto next = m_sorted.cbegin();
        while ((rc = sqlite3_step(users.handle)) == SQLITE_ROW) {
            const std::int64_t id = sqlite3_column_int64(users.handle, 0);
            while (next != m_sorted.cend() && next->first < id)
                ++next;
            if (next == m_sorted.cend() || next->first != id)
                continue;
            RawRow &row = m_rows[next->second];
            row.present = true;
            for (int column = 0; column < 5; ++column)
                row.text[std::size_t(column)] = keep(users.handle, column + 1);
            row.status = sqlite3_column_int(users.handle, 6);
            row.registeredAt = sqlite3_column_int64(users.handle, 7);
            row.lastActiveAt
                = sqlite3_column_type(users.handle, 8) == SQLITE_NULL ? -1 : sqlite3_column_int64(users.handle, 8);
            row.creditBalance = sqlite3_column_int64(users.handle, 9);
            row.totalSpent = sqlite3_column_int64(users.handle, 10);
            row.progress = sqlite3_column_int64(users.handle, 11);
            row.custom.assign(std::size_t(m_fields.size()), {0, -1});
        }
        if (rc != SQLITE_DONE)
            return Error{QString::fromUtf8(sqlite3_errmsg(m_db))};
        if (!m_wantCustom)
            return success();
        SqliteStatement custom;
        const std::string customSql
            = "SELECT user_id, field_id, value FROM custom_values WHERE user_id IN (" + list + ") ORDER BY user_id";
        if (sqlite3_prepare_v2(m_db, customSql.c_str(), -1, &custom.handle, nullptr) != SQLITE_OK)
            return Error{QString::fromUtf8(sqlite3_errmsg(m_db))};
        next = m_sorted.cbegin();
        while ((rc = sqlite3_step(custom.handle)) == SQLITE_ROW) {
            const std::int64_t id = sqlite3_column_int64(custom.handle, 0);
            while (next != m_sorted.cend() && next->first < id)
                ++next;
            const auto field = m_fieldIndex.constFind(sqlite3_column_int64(custom.handle, 1));
            if (next == m_sorted.cend() || next->first != id || field == m_fieldIndex.constEnd()
                || !m_rows[next->second].present)
                continue;
            m_rows[next->second].custom[std::size_t(*field)] = keep(custom.handle, 2);
        }
        if (rc != SQLITE_DONE)
            return Error{QString::fromUtf8(sqlite3_errmsg(m_db))};
        return success();
    }

    const std::vector<RawRow> &rows() const { return m_rows; }

    /// The cells of one row for the given directory columns (Name gives two).
    void cells(const RawRow &row, const std::vector<int> &columns, std::vector<ExportCell> &out) const
    {
        out.clear();
        for (int column : columns) {
            if (column >= UserColumnCount) {
                const auto index = std::size_t(column - UserColumnCount);
                const CustomField &field = m_fields[qsizetype(index)];
                const ExportCell value = text(row.custom[index]);
                if (field.type == CustomField::Type::Bool && value.type == ExportCell::Type::Text)
                    out.push_back(ExportCell::ofText(value.text == "true" ? m_yes : m_no));
                else
                    out.push_back(value);
                continue;
            }
            switch (static_cast<UserColumn>(column)) {
            case UserColumn::Name:
                out.push_back(text(row.text[0]));
                out.push_back(text(row.text[1]));
                break;
            case UserColumn::Email:
                out.push_back(text(row.text[2]));
                break;
            case UserColumn::Phone:
                out.push_back(text(row.text[3]));
                break;
            case UserColumn::Company:
                out.push_back(text(row.text[4]));
                break;
            case UserColumn::Status:
                out.push_back(
                    ExportCell::ofText(m_statusNames[std::size_t(std::clamp(row.status, 0, UserStatusCount - 1))]));
                break;
            case UserColumn::Registered:
                out.push_back(ExportCell::ofInteger(row.registeredAt));
                break;
            case UserColumn::LastActive:
                out.push_back(row.lastActiveAt < 0 ? ExportCell{} : ExportCell::ofInteger(row.lastActiveAt));
                break;
            case UserColumn::CreditBalance:
                out.push_back(ExportCell::ofInteger(row.creditBalance));
                break;
            case UserColumn::TotalSpent:
                out.push_back(ExportCell::ofInteger(row.totalSpent));
                break;
            case UserColumn::Progress:
                out.push_back(ExportCell::ofInteger(row.progress));
                break;
            case UserColumn::Count:
                break;
            }
        }
    }

private:
    std::pair<qsizetype, qsizetype> keep(sqlite3_stmt *statement, int column)
    {
        if (sqlite3_column_type(statement, column) == SQLITE_NULL)
            return {0, -1};
        const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        const qsizetype length = sqlite3_column_bytes(statement, column);
        const auto offset = qsizetype(m_arena.size());
        m_arena.append(data, std::size_t(length));
        return {offset, length};
    }

    ExportCell text(std::pair<qsizetype, qsizetype> slice) const
    {
        if (slice.second < 0)
            return {};
        return ExportCell::ofText(QByteArrayView(m_arena.data() + slice.first, slice.second));
    }

    sqlite3 *m_db;
    const QList<CustomField> &m_fields;
    bool m_wantCustom;
    QHash<std::int64_t, qsizetype> m_fieldIndex;
    std::array<QByteArray, UserStatusCount> m_statusNames;
    QByteArray m_yes;
    QByteArray m_no;
    std::string m_arena; ///< cells point into it: appended to only while a block is read
    std::vector<RawRow> m_rows;
    std::vector<std::pair<std::int64_t, std::size_t>> m_sorted; ///< (id, position in the block)
};

struct CloseConnection
{
    void operator()(sqlite3 *db) const { sqlite3_close(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

/// A second read-only connection to the same file, in a read transaction for the whole export.
Result<Connection> openSecondConnection(const QSqlDatabase &db)
{
    sqlite3 *raw = nullptr;
    const QByteArray path = db.databaseName().toUtf8();
    const int rc = sqlite3_open_v2(path.constData(), &raw, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    Connection connection(raw);
    if (rc != SQLITE_OK)
        return Error{QString::fromUtf8(raw ? sqlite3_errmsg(raw) : "out of memory")};
    sqlite3_busy_timeout(raw, 5000);
    sqlite3_exec(raw, "PRAGMA cache_size = -16384; BEGIN", nullptr, nullptr, nullptr);
    return connection;
}

} // namespace

QList<ExportColumn> userExportColumns(const std::vector<int> &columns, const QList<CustomField> &fields)
{
    QList<ExportColumn> result;
    for (int column : columns.empty() ? allColumns(fields) : columns) {
        if (column >= UserColumnCount) {
            const CustomField &field = fields[column - UserColumnCount];
            result.append({field.label, kindOf(field)});
        } else if (column == int(UserColumn::Name)) {
            result.append({Text::tr("First name")});
            result.append({Text::tr("Last name")});
        } else {
            result.append({columnTitle(static_cast<UserColumn>(column)), kindOf(static_cast<UserColumn>(column))});
        }
    }
    return result;
}

Result<ExportSummary> exportUsers(QSqlDatabase &db, const UserExportRequest &request, const QString &path,
                                  const ExportOptions &options, const ExportProgress &progress)
{
    const auto fields = loadCustomFields(db);
    if (!fields)
        return fields.failure();
    const std::vector<int> columns = request.columns.empty() ? allColumns(*fields) : request.columns;
    for (int column : columns) {
        if (column < 0 || column >= UserColumnCount + fields->size())
            return Error{Text::tr("There is no column %1.").arg(column)};
    }
    std::vector<std::int64_t> ids = request.ids;
    if (ids.empty()) {
        UserQueryEngine engine(db);
        auto result = engine.run(request.query);
        if (!result)
            return result.failure();
        ids = std::move(result->ids);
    }
    ExportOptions withCurrency = options;
    if (withCurrency.currency.isEmpty())
        withCurrency.currency = StoreSettings::value(db, StoreSettings::Currency);
    auto writer = TableWriter::create(path, userExportColumns(columns, *fields), withCurrency);
    if (!writer)
        return writer.failure();
    const bool wantCustom = std::any_of(columns.begin(), columns.end(), [](int c) { return c >= UserColumnCount; });
    // Reading is most of the work (random page reads in SQLite), so two connections read blocks on
    // two workers, block k on connection k % 2, while this thread writes the blocks in order. Four
    // readers rotate: block k's rows stay intact while k + 1 and k + 2 are read. A connection
    // never runs two reads at once.
    const auto second = openSecondConnection(db);
    if (!second)
        return second.failure();
    sqlite3 *handles[2] = {Database::handle(db), second->get()};
    std::vector<std::unique_ptr<BlockReader>> readers;
    for (int i = 0; i < 4; ++i)
        readers.push_back(std::make_unique<BlockReader>(handles[i % 2], *fields, wantCustom));
    static constexpr std::size_t Block = 2048;
    const std::size_t blocks = (ids.size() + Block - 1) / Block;
    std::vector<std::future<Status>> pending(4);
    const auto startRead = [&](std::size_t block) {
        if (block >= blocks)
            return;
        BlockReader *reader = readers[block % 4].get();
        const std::size_t start = block * Block;
        pending[block % 4] = std::async(std::launch::async, [&ids, reader, start] {
            return reader->read(std::span(ids).subspan(start, std::min(Block, ids.size() - start)));
        });
    };
    // Whatever happens below, no worker may outlive the connections and readers it uses.
    const auto waitAll = qScopeGuard([&pending] {
        for (auto &future : pending) {
            if (future.valid())
                future.wait();
        }
    });
    startRead(0);
    startRead(1);
    const auto total = static_cast<qint64>(ids.size());
    std::vector<ExportCell> cells;
    for (std::size_t block = 0; block < blocks; ++block) {
        if (const Status read = pending[block % 4].get(); !read)
            return read.failure();
        startRead(block + 2);
        const BlockReader &current = *readers[block % 4];
        for (const RawRow &row : current.rows()) {
            if (!row.present)
                continue;
            current.cells(row, columns, cells);
            if (const Status added = (*writer)->addRow(std::span<const ExportCell>(cells)); !added)
                return added.failure();
        }
        if (progress && !progress(static_cast<qint64>(std::min(ids.size(), (block + 1) * Block)), total))
            return Error{Text::tr("Export cancelled; no file was written.")};
    }
    if (const Status done = (*writer)->finish(); !done)
        return done.failure();
    return (*writer)->summary();
}

} // namespace rollbook
