#include "directory/userqueryengine.h"

#include "database.h"
#include "directory/userlookup.h"
#include "log.h"
#include "textfold.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace rollbook {

namespace {

constexpr std::size_t CachedOrders = 2;
constexpr int TrigramLength = 3;

QString cancelledText()
{
    return QCoreApplication::translate("UserQueryEngine", "The search was cancelled.");
}

// The sort key of each column. "ORDER BY key, status, id" matches one index of schema v1
// exactly (rowid is its last column), so SQLite walks the index and never sorts, either way.
const char *sortKey(UserColumn column)
{
    switch (column) {
    case UserColumn::Name:
        return "sort_name";
    case UserColumn::Email:
        return "email COLLATE NOCASE";
    case UserColumn::Phone:
        return "phone";
    case UserColumn::Company:
        return "company COLLATE NOCASE";
    case UserColumn::Status:
        return nullptr;
    case UserColumn::Registered:
        return "registered_at";
    case UserColumn::LastActive:
        return "last_active_at";
    case UserColumn::CreditBalance:
        return "credit_balance";
    case UserColumn::TotalSpent:
        return "total_spent";
    case UserColumn::Progress:
        return "avg_progress";
    case UserColumn::Count:
        break;
    }
    return nullptr;
}

QByteArray orderSql(UserColumn column, bool descending)
{
    const QByteArray direction = descending ? " DESC" : "";
    QByteArray sql = "SELECT id, status FROM users ORDER BY ";
    if (const char *key = sortKey(column))
        sql += QByteArray(key) + direction + ", ";
    return sql + "status" + direction + ", id" + direction;
}

// Users with a value for the field in value order, then those without, in id order.
const char *customOrderSql
    = "SELECT v.user_id, u.status FROM custom_values v JOIN users u ON u.id = v.user_id WHERE v.field_id = ?1 "
      "ORDER BY CASE (SELECT type FROM custom_fields WHERE id = ?1) WHEN 'number' THEN CAST(v.value AS REAL) END, "
      "v.value, v.user_id";
const char *customMissingSql = "SELECT id, status FROM users WHERE id NOT IN (SELECT user_id FROM custom_values WHERE "
                               "field_id = ?1) ORDER BY id";

int progressHandler(void *context)
{
    const auto *cancelled = static_cast<const UserQueryEngine::Cancelled *>(context);
    return (*cancelled && (*cancelled)()) ? 1 : 0;
}

/// Installs the cancel check as SQLite's progress handler for one scope.
class InterruptScope
{
public:
    InterruptScope(sqlite3 *db, const UserQueryEngine::Cancelled &cancelled)
        : m_db(db)
    {
        sqlite3_progress_handler(m_db, 2000, &progressHandler, const_cast<UserQueryEngine::Cancelled *>(&cancelled));
    }
    ~InterruptScope() { sqlite3_progress_handler(m_db, 0, nullptr, nullptr); }

private:
    sqlite3 *m_db;
};

} // namespace

UserQueryEngine::UserQueryEngine(QSqlDatabase db)
    : m_db(std::move(db))
    , m_handle(Database::handle(m_db))
{ }

UserQueryEngine::~UserQueryEngine() = default;

void UserQueryEngine::invalidate()
{
    m_orders.clear();
    m_lastMatch.reset();
}

Result<UserQueryEngine::Order> UserQueryEngine::readOrder(const char *sql, std::int64_t bindValue,
                                                          const Cancelled &cancelled)
{
    Order order;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql, -1, &statement, nullptr) != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errmsg(m_handle))};
    if (bindValue)
        sqlite3_bind_int64(statement, 1, bindValue);
    InterruptScope interrupt(m_handle, cancelled);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto id = static_cast<std::uint64_t>(sqlite3_column_int64(statement, 0));
        const auto status = static_cast<std::uint64_t>(sqlite3_column_int(statement, 1));
        order.push_back(id << 3 | (status & 7));
    }
    sqlite3_finalize(statement);
    if (rc == SQLITE_INTERRUPT)
        return Error{cancelledText()};
    if (rc != SQLITE_DONE)
        return Error{QString::fromUtf8(sqlite3_errstr(rc))};
    return order;
}

Result<std::shared_ptr<const UserQueryEngine::Order>> UserQueryEngine::order(const SortSpec &sort,
                                                                             const Cancelled &cancelled)
{
    for (auto it = m_orders.begin(); it != m_orders.end(); ++it) {
        if (it->first.sameOrder(sort)) {
            m_orders.splice(m_orders.begin(), m_orders, it);
            return m_orders.front().second;
        }
    }
    QElapsedTimer timer;
    timer.start();
    Result<Order> read = Error{};
    if (sort.customFieldId) {
        read = readOrder(customOrderSql, sort.customFieldId, cancelled);
        if (read) {
            Result<Order> missing = readOrder(customMissingSql, sort.customFieldId, cancelled);
            if (!missing)
                return missing.failure();
            read->insert(read->end(), missing->begin(), missing->end());
        }
    } else {
        read = readOrder(orderSql(sort.column, false).constData(), 0, cancelled);
    }
    if (!read)
        return read.failure();
    m_knownUsers = static_cast<std::int64_t>(read->size());
    auto shared = std::make_shared<const Order>(std::move(*read));
    m_orders.emplace_front(sort, shared);
    if (m_orders.size() > CachedOrders)
        m_orders.pop_back();
    qCDebug(lcQuery) << "order by" << columnKey(sort.column) << sort.customFieldId << "read in" << timer.elapsed()
                     << "ms";
    return shared;
}

std::shared_ptr<const UserQueryEngine::Order> UserQueryEngine::cachedOrder(const SortSpec &sort) const
{
    for (const auto &[spec, order] : m_orders) {
        if (spec.sameOrder(sort))
            return order;
    }
    return nullptr;
}

std::optional<UserQueryResult> UserQueryEngine::findFirstPage(const UserQuery &query, const QStringList &terms,
                                                              const Cancelled &cancelled)
{
    // Give up early when matches are rare: then the full search is quick anyway.
    constexpr std::size_t Probe = 2'000;
    constexpr std::size_t ProbeHits = 20;
    constexpr std::size_t KeyBudget = 25'000;
    constexpr std::size_t WalkBudget = 300'000;

    const std::shared_ptr<const Order> cached = cachedOrder(query.sort);
    if (!cached && query.sort.customFieldId)
        return std::nullopt;
    const Match *known = m_lastMatch && m_lastMatch->terms == terms ? m_lastMatch.get() : nullptr;
    const bool testKeys = !terms.isEmpty() && !known;
    std::vector<QByteArray> needles;
    for (const QString &term : terms)
        needles.push_back(term.toUtf8());

    sqlite3_stmt *keyLookup = nullptr;
    if (testKeys
        && sqlite3_prepare_v2(m_handle, "SELECT key FROM user_search WHERE user_id = ?", -1, &keyLookup, nullptr)
            != SQLITE_OK)
        return std::nullopt;
    const auto matchesKey = [&](std::uint64_t id) {
        sqlite3_bind_int64(keyLookup, 1, static_cast<sqlite3_int64>(id));
        bool all = false;
        if (sqlite3_step(keyLookup) == SQLITE_ROW) {
            const std::string_view key(reinterpret_cast<const char *>(sqlite3_column_text(keyLookup, 0)),
                                       static_cast<std::size_t>(sqlite3_column_bytes(keyLookup, 0)));
            all = true;
            for (const QByteArray &needle : needles)
                all = all
                    && key.find(std::string_view(needle.constData(), static_cast<std::size_t>(needle.size())))
                        != std::string_view::npos;
        }
        sqlite3_reset(keyLookup);
        return all;
    };

    UserQueryResult page;
    page.complete = false;
    page.allUsers = m_knownUsers;
    const int wanted = query.status ? static_cast<int>(*query.status) : -1;
    std::size_t examined = 0;
    bool stop = false;
    // Returns false once the walk should end.
    const auto visit = [&](std::uint64_t id, int status) {
        if (wanted >= 0 && status != wanted)
            return true;
        ++examined;
        bool hit = true;
        if (known) {
            const std::size_t word = id / 64;
            hit = word < known->bits.size() && (known->bits[word] >> (id % 64) & 1);
        } else if (testKeys) {
            hit = matchesKey(id);
        }
        if (hit) {
            page.ids.push_back(static_cast<std::int64_t>(id));
            page.statuses.push_back(static_cast<std::uint8_t>(status));
        }
        if (page.ids.size() >= FirstPageRows)
            return false;
        if (testKeys && examined == Probe && page.ids.size() < ProbeHits)
            stop = true;
        if (examined >= (testKeys ? KeyBudget : WalkBudget))
            stop = true;
        if (examined % 1024 == 0 && cancelled && cancelled())
            stop = true;
        return !stop;
    };

    if (cached) {
        const Order &order = *cached;
        if (query.sort.descending) {
            for (auto it = order.rbegin(); it != order.rend() && visit(*it >> 3, static_cast<int>(*it & 7)); ++it) { }
        } else {
            for (auto it = order.begin(); it != order.end() && visit(*it >> 3, static_cast<int>(*it & 7)); ++it) { }
        }
    } else {
        const QByteArray sql = orderSql(query.sort.column, query.sort.descending);
        sqlite3_stmt *walk = nullptr;
        if (sqlite3_prepare_v2(m_handle, sql.constData(), -1, &walk, nullptr) == SQLITE_OK) {
            while (sqlite3_step(walk) == SQLITE_ROW
                   && visit(static_cast<std::uint64_t>(sqlite3_column_int64(walk, 0)), sqlite3_column_int(walk, 1))) { }
        }
        sqlite3_finalize(walk);
    }
    sqlite3_finalize(keyLookup);
    if (page.ids.size() < FirstPageRows)
        return std::nullopt;
    return page;
}

Result<std::shared_ptr<const UserQueryEngine::Match>> UserQueryEngine::match(const QStringList &terms,
                                                                             const Cancelled &cancelled)
{
    if (m_lastMatch && m_lastMatch->terms == terms)
        return m_lastMatch;
    QStringList phrases;
    QStringList shortTerms;
    for (const QString &term : terms) {
        if (term.size() >= TrigramLength)
            phrases.append(ftsPhrase(term));
        else
            shortTerms.append(term);
    }
    QString sql;
    if (!phrases.isEmpty()) {
        sql = shortTerms.isEmpty()
            ? QStringLiteral("SELECT rowid FROM users_fts WHERE users_fts MATCH ?")
            : QStringLiteral("SELECT s.user_id FROM users_fts JOIN user_search s ON s.user_id = users_fts.rowid "
                             "WHERE users_fts MATCH ?");
    } else {
        sql = QStringLiteral("SELECT user_id FROM user_search WHERE 1");
    }
    for (int i = 0; i < shortTerms.size(); ++i)
        sql += phrases.isEmpty() ? QStringLiteral(" AND instr(key, ?)") : QStringLiteral(" AND instr(s.key, ?)");

    const QByteArray utf8Sql = sql.toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, utf8Sql.constData(), -1, &statement, nullptr) != SQLITE_OK)
        return Error{QString::fromUtf8(sqlite3_errmsg(m_handle))};
    int index = 1;
    std::vector<QByteArray> keep;
    if (!phrases.isEmpty())
        keep.push_back(phrases.join(u' ').toUtf8());
    for (const QString &term : shortTerms)
        keep.push_back(term.toUtf8());
    for (const QByteArray &value : keep)
        sqlite3_bind_text(statement, index++, value.constData(), static_cast<int>(value.size()), SQLITE_STATIC);

    auto result = std::make_shared<Match>();
    result->terms = terms;
    InterruptScope interrupt(m_handle, cancelled);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const auto id = static_cast<std::uint64_t>(sqlite3_column_int64(statement, 0));
        const std::size_t word = id / 64;
        if (word >= result->bits.size())
            result->bits.resize(std::max(word + 1, result->bits.size() * 2), 0);
        result->bits[word] |= std::uint64_t(1) << (id % 64);
    }
    sqlite3_finalize(statement);
    if (rc == SQLITE_INTERRUPT)
        return Error{cancelledText()};
    if (rc != SQLITE_DONE)
        return Error{QString::fromUtf8(sqlite3_errstr(rc))};
    m_lastMatch = result;
    return std::shared_ptr<const Match>(result);
}

Result<UserQueryResult> UserQueryEngine::run(const UserQuery &query, const Cancelled &cancelled,
                                             const FirstPage &firstPage)
{
    if (!m_handle)
        return Error{QCoreApplication::translate("UserQueryEngine", "The directory has no database.")};
    const QStringList terms = searchTerms(query.search);
    if (firstPage) {
        const bool orderCached = cachedOrder(query.sort) != nullptr;
        const bool matchCached = terms.isEmpty() || (m_lastMatch && m_lastMatch->terms == terms);
        if (!orderCached || !matchCached) {
            QElapsedTimer timer;
            timer.start();
            if (auto page = findFirstPage(query, terms, cancelled)) {
                qCDebug(lcQuery) << "first page of" << query.search << "in" << timer.nsecsElapsed() / 1000 << "us";
                firstPage(std::move(*page));
            }
        }
    }
    const auto ordered = order(query.sort, cancelled);
    if (!ordered)
        return ordered.failure();
    const Order &all = **ordered;
    std::shared_ptr<const Match> matched;
    if (!terms.isEmpty()) {
        auto m = match(terms, cancelled);
        if (!m)
            return m.failure();
        matched = *m;
    }

    UserQueryResult result;
    result.allUsers = static_cast<std::int64_t>(all.size());
    const int wanted = query.status ? static_cast<int>(*query.status) : -1;
    const std::vector<std::uint64_t> *bits = matched ? &matched->bits : nullptr;
    if (!bits && wanted < 0) {
        result.ids.reserve(all.size());
        result.statuses.reserve(all.size());
    }
    const auto visit = [&](std::uint64_t packed) {
        const std::uint64_t id = packed >> 3;
        if (bits) {
            const std::size_t word = id / 64;
            if (word >= bits->size() || !((*bits)[word] >> (id % 64) & 1))
                return;
        }
        const int status = static_cast<int>(packed & 7);
        if (status < UserStatusCount)
            ++result.statusCounts[static_cast<std::size_t>(status)];
        if (wanted < 0 || wanted == status) {
            result.ids.push_back(static_cast<std::int64_t>(id));
            result.statuses.push_back(static_cast<std::uint8_t>(status));
        }
    };
    if (query.sort.descending) {
        for (auto it = all.rbegin(); it != all.rend(); ++it)
            visit(*it);
    } else {
        for (std::uint64_t packed : all)
            visit(packed);
    }
    if (cancelled && cancelled())
        return Error{cancelledText()};
    return result;
}

} // namespace rollbook
