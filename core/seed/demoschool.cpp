#include "seed/demoschool.h"

#include "seed/demonames.h"
#include "seed/demostatements.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>

namespace rollbook::demo {

namespace {

using namespace std::string_view_literals;

constexpr std::int64_t UsersPerTransaction = 20'000;

constexpr std::array productKinds{"course"sv,     "course"sv,     "course"sv,           "bundle"sv,    "event"sv,
                                  "live_class"sv, "live_class"sv, "digital_download"sv, "membership"sv};
} // namespace

DemoSchool::DemoSchool(sqlite3 *db, const SeedOptions &options)
    : m_db(db)
    , m_options(options)
    , m_random(options.seed, 0)
    , m_today(QDate(1970, 1, 1).daysTo(options.today))
{
    m_firstDay = m_today - 6 * 365;
    m_gidClock = dayStartMs(m_today) - 400'000'000'000LL / 10; // some 460 days before, room for 40M rows
    m_days.resize(static_cast<size_t>(m_today - m_firstDay + 1));
}

DemoSchool::~DemoSchool() = default;

std::array<unsigned char, 16> DemoSchool::gid(std::int64_t)
{
    // Minted in sequence, one millisecond apart, as a bulk import would: every table's gid index
    // then grows at its right edge during the load instead of taking random inserts.
    const std::int64_t ms = ++m_gidClock;
    return uuidV7Bytes(ms, m_random.next(), m_random.next());
}

Status DemoSchool::write(const std::function<bool(const QString &, double)> &progress)
{
    const QString stage = QCoreApplication::translate("DemoSeeder", "Creating users");
    execRaw(m_db, "BEGIN");
    if (const Status s = writeCatalog(); !s)
        return s;
    m_statements = std::make_unique<Statements>(m_db);
    for (std::int64_t id = 1; id <= m_options.users; ++id) {
        if (const Status s = writeUser(id); !s) {
            execRaw(m_db, "ROLLBACK");
            return s;
        }
        if (id % UsersPerTransaction == 0) {
            execRaw(m_db, "COMMIT; BEGIN");
            if (!progress(stage, static_cast<double>(id) / static_cast<double>(m_options.users))) {
                execRaw(m_db, "ROLLBACK");
                return Error{QCoreApplication::translate("DemoSeeder", "Cancelled.")};
            }
        }
    }
    Status totals = writePlatformTotals();
    for (BulkInsert *statement : m_statements->all()) {
        if (totals.ok() && !statement->flush())
            totals = Error{statement->lastError()};
    }
    m_statements.reset();
    execRaw(m_db, totals ? "COMMIT" : "ROLLBACK");
    progress(stage, 1.0);
    return totals;
}

Status DemoSchool::writeCatalog()
{
    const std::int64_t start = dayStartMs(m_firstDay);
    QString error;
    BulkInsert settings(m_db, "settings", "key, value");
    const std::pair<std::string_view, std::string> settingRows[] = {{"currency", m_options.currency.toStdString()},
                                                                    {"phone_region", "US"},
                                                                    {"base_url", "https://learn.example.com"},
                                                                    {"support_email", "support@learn.example.com"},
                                                                    {"school_name", "Example Online Academy"}};
    for (const auto &[key, value] : settingRows)
        settings.bind(key).bind(std::string_view(value)).row();

    BulkInsert operators(m_db, "operators", "id, gid, name, email, role, created_at");
    const std::array operatorNames{"Dana Admin"sv, "Sam Support"sv, "Alex Support"sv, "Robin Admin"sv};
    for (int i = 0; i < OperatorCount; ++i) {
        operators.bind(i + 1)
            .bind(gid(start))
            .bind(operatorNames[static_cast<size_t>(i)])
            .bind(QStringLiteral("operator%1@learn.example.com").arg(i + 1))
            .bind(i % 3 == 0 ? "admin"sv : "support"sv)
            .bind(start);
        if (!operators.row())
            return Error{operators.lastError()};
    }

    BulkInsert fields(m_db, "custom_fields", "id, gid, key, label, type, choices, required, searchable, position");
    fields.bind(1)
        .bind(gid(start))
        .bind("student_id"sv)
        .bind("Student ID"sv)
        .bind("text"sv)
        .bindNull()
        .bind(0)
        .bind(1)
        .bind(1)
        .row();
    QString departmentChoices;
    for (std::string_view d : departments())
        departmentChoices += (departmentChoices.isEmpty() ? QString() : QStringLiteral("\n")) + QString::fromUtf8(d);
    fields.bind(2)
        .bind(gid(start))
        .bind("department"sv)
        .bind("Department"sv)
        .bind("choice"sv)
        .bind(departmentChoices)
        .bind(0)
        .bind(1)
        .bind(2)
        .row();
    fields.bind(3)
        .bind(gid(start))
        .bind("graduation_year"sv)
        .bind("Graduation year"sv)
        .bind("number"sv)
        .bindNull()
        .bind(0)
        .bind(0)
        .bind(3)
        .row();
    fields.bind(4)
        .bind(gid(start))
        .bind("birth_date"sv)
        .bind("Birth date"sv)
        .bind("date"sv)
        .bindNull()
        .bind(0)
        .bind(0)
        .bind(4)
        .row();
    fields.bind(5)
        .bind(gid(start))
        .bind("mentor"sv)
        .bind("Wants a mentor"sv)
        .bind("bool"sv)
        .bindNull()
        .bind(0)
        .bind(0)
        .bind(5)
        .row();

    BulkInsert groups(m_db, "groups", "id, gid, name");
    for (int i = 1; i <= GroupCount; ++i)
        groups.bind(i)
            .bind(gid(start))
            .bind(QStringLiteral("Cohort %1").arg(2020 + i / 2) + (i % 2 ? u" B" : u" A"))
            .row();

    BulkInsert products(m_db, "products", "id, gid, kind, title, price, currency, created_at");
    const auto topics = productTopics();
    for (int i = 1; i <= ProductCount; ++i) {
        const std::string_view kind = productKinds[static_cast<size_t>(i) % productKinds.size()];
        const std::int64_t price = kind == "event"sv ? 0 : m_random.between(19, 299) * 100 - 1;
        const QString title = QString::fromUtf8(topics[static_cast<size_t>(i) % topics.size()]) + u' '
            + (kind == "course"sv           ? QStringLiteral("essentials %1").arg(i)
                   : kind == "bundle"sv     ? QStringLiteral("bundle %1").arg(i)
                   : kind == "event"sv      ? QStringLiteral("meetup %1").arg(i)
                   : kind == "live_class"sv ? QStringLiteral("live class %1").arg(i)
                   : kind == "membership"sv ? QStringLiteral("membership %1").arg(i)
                                            : QStringLiteral("workbook %1").arg(i));
        products.bind(i).bind(gid(start)).bind(kind).bind(title).bind(price).bind(m_options.currency).bind(start);
        if (!products.row())
            return Error{products.lastError()};
        m_products.push_back({i, std::string(kind), price});
    }
    if (!operators.flush() || !fields.flush() || !groups.flush() || !products.flush())
        return Error{QCoreApplication::translate("DemoSeeder", "Could not write the catalog.")};

    BulkInsert coupons(m_db, "coupons", "id, gid, code, percent_off, max_uses, expires_at");
    for (int i = 1; i <= CouponCount; ++i)
        coupons.bind(i)
            .bind(gid(start))
            .bind(QStringLiteral("SAVE%1-%2").arg(i * 5 % 60 + 5).arg(i))
            .bind(5 * (1 + i % 10))
            .bind(1000 * (1 + i % 3))
            .bind(dayStartMs(m_today + 30 * (i % 6)))
            .row();
    BulkInsert tests(m_db, "tests", "id, gid, product_id, title, questions, pass_score");
    for (int i = 1; i <= TestCount; ++i)
        tests.bind(i)
            .bind(gid(start))
            .bind(i * 6 % ProductCount + 1)
            .bind(QStringLiteral("Quiz %1").arg(i))
            .bind(5 + i % 6)
            .bind(60 + i % 3 * 10)
            .row();
    BulkInsert contests(m_db, "contests", "id, gid, title, closes_at");
    for (int i = 1; i <= ContestCount; ++i)
        contests.bind(i)
            .bind(gid(start))
            .bind(QStringLiteral("Project contest %1").arg(2021 + i))
            .bind(dayStartMs(m_firstDay + 400 * i))
            .row();
    BulkInsert lists(m_db, "mailing_lists", "id, gid, name");
    const std::array listNames{"Weekly digest"sv,     "New courses"sv, "Live class reminders"sv, "Teachers"sv,
                               "Corporate clients"sv, "Alumni"sv,      "Beta testers"sv,         "Spanish speakers"sv};
    for (int i = 1; i <= ListCount; ++i)
        lists.bind(i).bind(gid(start)).bind(listNames[static_cast<size_t>(i - 1)]).row();
    BulkInsert campaigns(m_db, "campaigns", "id, gid, name, kind, sent_at");
    for (int i = 1; i <= CampaignCount; ++i)
        campaigns.bind(i)
            .bind(gid(start))
            .bind(QStringLiteral("Campaign %1").arg(i))
            .bind(i % 3 ? "newsletter"sv : "promotion"sv)
            .bind(dayStartMs(m_today - 90 * (CampaignCount - i)))
            .row();
    return success();
}

Status DemoSchool::writePlatformTotals()
{
    BulkInsert totals(m_db, "activity_platform_daily", "day, active_users, minutes, xp");
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        if (m_days[i].users == 0)
            continue;
        totals.bind(m_firstDay + static_cast<std::int64_t>(i))
            .bind(m_days[i].users)
            .bind(m_days[i].minutes)
            .bind(m_days[i].xp);
        if (!totals.row())
            return Error{totals.lastError()};
    }
    if (!totals.flush())
        return Error{totals.lastError()};
    return success();
}

} // namespace rollbook::demo
