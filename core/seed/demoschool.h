#pragma once

#include "result.h"
#include "seed/bulkwriter.h"
#include "seed/demorandom.h"
#include "seed/demoseeder.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

struct sqlite3;

namespace rollbook::demo {

/// Writes every table of a demo school, user by user, in one pass. Balances, totals and
/// progress are written beside the rows they summarise, so the invariants hold by construction.
class DemoSchool
{
public:
    DemoSchool(sqlite3 *db, const SeedOptions &options);
    ~DemoSchool();

    Status write(const std::function<bool(const QString &, double)> &progress);

private:
    struct Product
    {
        std::int64_t id;
        std::string kind;
        std::int64_t price;
    };
    struct DayTotals
    {
        std::int64_t users = 0;
        std::int64_t minutes = 0;
        std::int64_t xp = 0;
    };
    struct Statements;

    Status writeCatalog();
    Status writeUser(std::int64_t id);
    Status writePlatformTotals();
    std::array<unsigned char, 16> gid(std::int64_t ms);
    std::int64_t dayStartMs(std::int64_t day) const { return day * 86'400'000; }

    sqlite3 *m_db;
    SeedOptions m_options;
    DemoRandom m_random;
    std::unique_ptr<Statements> m_statements;
    std::vector<Product> m_products;
    std::vector<DayTotals> m_days;
    std::int64_t m_firstDay;
    std::int64_t m_today;
    std::int64_t m_gidClock = 0;
    std::int64_t m_nextTicket = 1;
    std::int64_t m_nextConversation = 1;
    std::int64_t m_nextAttempt = 1;
};

} // namespace rollbook::demo
