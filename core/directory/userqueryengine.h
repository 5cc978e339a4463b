#pragma once

#include "directory/userquery.h"
#include "result.h"

#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <list>
#include <memory>
#include <optional>

struct sqlite3;

namespace rollbook {

/// Runs directory queries against one connection, on whatever thread owns it (the directory's
/// worker, or the CLI's main thread). The cost is in two parts, both bounded:
///  - the order: every (id, status) in the sort column's order, read once by walking that
///    column's index and kept (8 bytes a user; the last few orders are cached);
///  - the search: the ids that match, from one FTS5 trigram MATCH (terms of 3+ characters) or a
///    scan of the narrow user_search table (shorter terms), as a bitmap.
/// A query then is one pass over the order, testing the bitmap and the status: a few ms at 1M.
/// Cancellation interrupts SQLite through a progress handler.
class UserQueryEngine
{
public:
    using Cancelled = std::function<bool()>;
    using FirstPage = std::function<void(UserQueryResult)>;
    /// Rows in a first page sent ahead of a result that takes longer.
    static constexpr std::size_t FirstPageRows = 200;

    explicit UserQueryEngine(QSqlDatabase db);
    ~UserQueryEngine();

    /// The whole result. When it cannot come from cached work, firstPage (if given) first gets the
    /// top rows in order, found by walking the order and testing each user: that needs a few
    /// thousand point lookups where a common term or a new sort needs a pass over every user.
    Result<UserQueryResult> run(const UserQuery &query, const Cancelled &cancelled = {},
                                const FirstPage &firstPage = {});
    /// Forget cached orders and matches after the users table changed.
    void invalidate();

private:
    /// id << 3 | status, in ascending sort order.
    using Order = std::vector<std::uint64_t>;
    struct Match
    {
        QStringList terms;
        std::vector<std::uint64_t> bits; ///< bit id set when user id matches
    };

    Result<std::shared_ptr<const Order>> order(const SortSpec &sort, const Cancelled &cancelled);
    Result<std::shared_ptr<const Match>> match(const QStringList &terms, const Cancelled &cancelled);
    Result<Order> readOrder(const char *sql, std::int64_t bindValue, const Cancelled &cancelled);
    std::shared_ptr<const Order> cachedOrder(const SortSpec &sort) const;
    std::optional<UserQueryResult> findFirstPage(const UserQuery &query, const QStringList &terms,
                                                 const Cancelled &cancelled);

    QSqlDatabase m_db;
    sqlite3 *m_handle = nullptr;
    std::list<std::pair<SortSpec, std::shared_ptr<const Order>>> m_orders; ///< most recent first
    std::shared_ptr<const Match> m_lastMatch;
    std::int64_t m_knownUsers = -1;
};

} // namespace rollbook
