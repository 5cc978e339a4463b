#pragma once

#include "result.h"
#include "seed/bulkwriter.h"
#include "seed/demorandom.h"
#include "seed/demoseeder.h"

#include <QString>

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;

namespace rollbook::demo {

struct Culture;

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
    /// Who a demo user is: drawn first, then everything else about them follows from it.
    struct Person
    {
        std::int64_t id = 0;
        const Culture *culture = nullptr;
        std::string_view locale;
        QString first;
        QString last;
        QString email;
        QString company;
        bool hasCompany = false;
        std::int64_t regDay = 0;
        std::int64_t registeredAt = 0;
        int status = 0;
        std::string_view source;
        std::int64_t lastDay = -1; ///< -1: never active
        std::int64_t lastActiveAt = -1;
        std::int64_t horizon = 0; ///< the last moment anything of theirs happens
    };
    /// What the user row summarises of their enrollments and payments.
    struct Purchases
    {
        int count = 0;
        std::int64_t totalSpent = 0;
        std::int64_t progressSum = 0;
        std::vector<std::int64_t> enrolled;
    };

    Status writeCatalog();
    Status writeUser(std::int64_t id);
    Person makePerson(DemoRandom &r, std::int64_t id) const;
    /// A moment between from and the person's horizon.
    static std::int64_t within(DemoRandom &r, const Person &p, std::int64_t from);
    Result<Purchases> writeEnrollments(DemoRandom &r, const Person &p);
    std::int64_t writeCredits(DemoRandom &r, const Person &p);
    /// Writes the users row; returns whether they take the newsletter.
    Result<bool> writeUserRow(DemoRandom &r, const Person &p, const Purchases &bought, std::int64_t balance);
    void writeProfile(DemoRandom &r, const Person &p);
    Status writeActivity(DemoRandom &r, const Person &p);
    void writeEngagement(DemoRandom &r, const Person &p, const Purchases &bought, bool newsletter);
    void writeSupport(DemoRandom &r, const Person &p);
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
