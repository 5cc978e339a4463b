#include "seed/demoschool.h"

#include "seed/demodocuments.h"
#include "seed/demonames.h"
#include "textfold.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <sqlite3.h>

#include <algorithm>

namespace rollbook::demo {

namespace {

using namespace std::string_view_literals;

constexpr int ProductCount = 199; // prime, so a stride walks every product before repeating
constexpr int TestCount = 30;
constexpr int CouponCount = 50;
constexpr int ContestCount = 5;
constexpr int ListCount = 8;
constexpr int CampaignCount = 20;
constexpr int GroupCount = 12;
constexpr int OperatorCount = 4;
constexpr std::int64_t UsersPerTransaction = 20'000;

constexpr std::array productKinds{"course"sv, "course"sv, "course"sv, "bundle"sv, "event"sv, "live_class"sv,
                                  "live_class"sv, "digital_download"sv, "membership"sv};
constexpr std::array suspendReasons{"Payment dispute opened with the card issuer"sv,
                                    "Account shared with other people"sv,
                                    "Abusive messages in the course forum"sv, "Suspected fraudulent purchase"sv};
constexpr std::array ticketSubjects{"Cannot open the course videos"sv, "Refund request"sv,
                                    "Certificate shows the wrong name"sv, "Invoice for my company"sv,
                                    "Live class link does not work"sv, "Change my email address"sv};
constexpr std::array messageBodies{"Hello, could you help me with this?"sv, "Thanks for reaching out, we are on it."sv,
                                   "I tried again and it still fails."sv, "Please clear the cache and retry."sv,
                                   "It works now, thank you!"sv, "Could you send a screenshot?"sv};
constexpr std::array commentBodies{"Great course, very clear explanations."sv, "The exercises were too easy."sv,
                                   "¡Excelente contenido!"sv, "Très bien expliqué, merci."sv,
                                   "Audio quality could be better."sv};

std::string_view pickWeighted(DemoRandom &random, std::span<const Culture> all, const Culture **chosen)
{
    int total = 0;
    for (const Culture &c : all)
        total += c.weight;
    int roll = static_cast<int>(random.next() % static_cast<std::uint64_t>(total));
    for (const Culture &c : all) {
        if (roll < c.weight) {
            *chosen = &c;
            return c.locale;
        }
        roll -= c.weight;
    }
    *chosen = &all.front();
    return all.front().locale;
}

QString asciiLocalPart(const QString &text)
{
    QString out;
    for (QChar c : foldText(text)) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            out.append(c);
    }
    return out;
}

// Digit templates of mobile numbers that libphonenumber accepts: 'x' is any digit.
std::string_view phoneTemplate(std::string_view region)
{
    static const std::pair<std::string_view, std::string_view> templates[] = {
        {"US", "+1201555xxxx"}, {"GB", "+447400xxxxxx"}, {"IE", "+35385xxxxxxx"}, {"ES", "+346xxxxxxxx"},
        {"MX", "+5255xxxxxxxx"}, {"FR", "+3361xxxxxxx"},  {"DE", "+49151xxxxxxxx"}, {"VN", "+8491xxxxxxx"},
        {"PL", "+48501xxxxxx"},  {"SE", "+4670xxxxxxx"},  {"TR", "+90532xxxxxxx"}, {"BR", "+55119xxxxxxxx"},
        {"IN", "+919xxxxxxxxx"}, {"CN", "+86138xxxxxxxx"}, {"JP", "+81901xxxxxxx"}, {"KR", "+82102xxxxxxx"},
        {"EG", "+2010xxxxxxxx"}, {"GR", "+3069xxxxxxxx"}, {"RU", "+7916xxxxxxx"}};
    for (const auto &[r, t] : templates) {
        if (r == region)
            return t;
    }
    return "+1201555xxxx";
}

std::string makePhone(DemoRandom &random, std::string_view region)
{
    std::string phone(phoneTemplate(region));
    for (char &c : phone) {
        if (c == 'x')
            c = static_cast<char>('0' + random.next() % 10);
    }
    // US 555 numbers are valid only in 555-01xx.
    if (region == "US") {
        phone[8] = '0';
        phone[9] = '1';
    }
    return phone;
}

} // namespace

struct DemoSchool::Statements
{
    explicit Statements(sqlite3 *db)
        : users(db, "users", "id, gid, first_name, last_name, sort_name, email, phone, company, industry, status, status_reason, source, registered_at, last_active_at, locale, opt_newsletter, opt_promotions, credit_balance, total_spent, avg_progress")
        , customValues(db, "custom_values", "user_id, field_id, value")
        , groupMembers(db, "group_members", "group_id, user_id")
        , enrollments(db, "enrollments", "gid, user_id, product_id, status, progress, source, enrolled_at, completed_at")
        , payments(db, "payments", "gid, user_id, product_id, amount, currency, method, status, paid_at")
        , subscriptions(db, "subscriptions", "gid, user_id, product_id, status, started_at, renews_at, canceled_at")
        , ledger(db, "credit_ledger", "gid, user_id, amount, currency, reason, note, operator_id, created_at")
        , activity(db, "activity_daily", "user_id, day, minutes, xp, logins")
        , ratings(db, "ratings", "gid, user_id, product_id, stars, created_at")
        , comments(db, "comments", "gid, user_id, product_id, body, created_at")
        , redemptions(db, "coupon_redemptions", "coupon_id, user_id, redeemed_at")
        , attempts(db, "test_attempts", "id, gid, test_id, user_id, score, started_at, finished_at")
        , answers(db, "test_answers", "attempt_id, question, answer, correct")
        , submissions(db, "contest_submissions", "gid, contest_id, user_id, title, body, score, submitted_at")
        , listMembers(db, "mailing_list_members", "list_id, user_id, added_at")
        , recipients(db, "campaign_recipients", "campaign_id, user_id, opened")
        , notifications(db, "notifications", "gid, user_id, channel, template, subject, body, status, created_at, sent_at")
        , tickets(db, "tickets", "id, gid, user_id, subject, status, priority, assignee_id, opened_at, solved_at")
        , ticketMessages(db, "ticket_messages", "gid, ticket_id, author_operator_id, body, internal, created_at")
        , conversations(db, "conversations", "id, gid, user_id, operator_id, started_at")
        , messages(db, "messages", "gid, conversation_id, from_operator, body, sent_at, read_at")
        , kyc(db, "kyc_documents", "gid, user_id, kind, file_name, mime_type, content, uploaded_at")
        , audit(db, "audit_log", "gid, operator_id, operator_name, action, target_kind, target_id, target_gid, before_json, after_json, reason, created_at")
    {
    }
    BulkInsert users, customValues, groupMembers, enrollments, payments, subscriptions, ledger, activity, ratings,
        comments, redemptions, attempts, answers, submissions, listMembers, recipients, notifications, tickets,
        ticketMessages, conversations, messages, kyc, audit;

    std::array<BulkInsert *, 23> all()
    {
        return {&users, &customValues, &groupMembers, &enrollments, &payments, &subscriptions, &ledger, &activity,
                &ratings, &comments, &redemptions, &attempts, &answers, &submissions, &listMembers, &recipients,
                &notifications, &tickets, &ticketMessages, &conversations, &messages, &kyc, &audit};
    }
};

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
    const std::pair<std::string_view, std::string> settingRows[] = {
        {"currency", m_options.currency.toStdString()}, {"phone_region", "US"},
        {"base_url", "https://learn.example.com"},    {"support_email", "support@learn.example.com"},
        {"school_name", "Example Online Academy"}};
    for (const auto &[key, value] : settingRows)
        settings.bind(key).bind(std::string_view(value)).row();

    BulkInsert operators(m_db, "operators", "id, gid, name, email, role, created_at");
    const std::array operatorNames{"Dana Admin"sv, "Sam Support"sv, "Alex Support"sv, "Robin Admin"sv};
    for (int i = 0; i < OperatorCount; ++i) {
        operators.bind(i + 1).bind(gid(start)).bind(operatorNames[static_cast<size_t>(i)])
            .bind(QStringLiteral("operator%1@learn.example.com").arg(i + 1))
            .bind(i % 3 == 0 ? "admin"sv : "support"sv).bind(start);
        if (!operators.row())
            return Error{operators.lastError()};
    }

    BulkInsert fields(m_db, "custom_fields", "id, gid, key, label, type, choices, required, searchable, position");
    fields.bind(1).bind(gid(start)).bind("student_id"sv).bind("Student ID"sv).bind("text"sv).bindNull().bind(0)
        .bind(1).bind(1).row();
    QString departmentChoices;
    for (std::string_view d : departments())
        departmentChoices += (departmentChoices.isEmpty() ? QString() : QStringLiteral("\n")) + QString::fromUtf8(d);
    fields.bind(2).bind(gid(start)).bind("department"sv).bind("Department"sv).bind("choice"sv)
        .bind(departmentChoices).bind(0).bind(1).bind(2).row();
    fields.bind(3).bind(gid(start)).bind("graduation_year"sv).bind("Graduation year"sv).bind("number"sv)
        .bindNull().bind(0).bind(0).bind(3).row();
    fields.bind(4).bind(gid(start)).bind("birth_date"sv).bind("Birth date"sv).bind("date"sv).bindNull().bind(0)
        .bind(0).bind(4).row();
    fields.bind(5).bind(gid(start)).bind("mentor"sv).bind("Wants a mentor"sv).bind("bool"sv).bindNull().bind(0)
        .bind(0).bind(5).row();

    BulkInsert groups(m_db, "groups", "id, gid, name");
    for (int i = 1; i <= GroupCount; ++i)
        groups.bind(i).bind(gid(start)).bind(QStringLiteral("Cohort %1").arg(2020 + i / 2) + (i % 2 ? u" B" : u" A")).row();

    BulkInsert products(m_db, "products", "id, gid, kind, title, price, currency, created_at");
    const auto topics = productTopics();
    for (int i = 1; i <= ProductCount; ++i) {
        const std::string_view kind = productKinds[static_cast<size_t>(i) % productKinds.size()];
        const std::int64_t price = kind == "event"sv ? 0 : m_random.between(19, 299) * 100 - 1;
        const QString title = QString::fromUtf8(topics[static_cast<size_t>(i) % topics.size()]) + u' '
            + (kind == "course"sv          ? QStringLiteral("essentials %1").arg(i)
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
        coupons.bind(i).bind(gid(start)).bind(QStringLiteral("SAVE%1-%2").arg(i * 5 % 60 + 5).arg(i))
            .bind(5 * (1 + i % 10)).bind(1000 * (1 + i % 3)).bind(dayStartMs(m_today + 30 * (i % 6))).row();
    BulkInsert tests(m_db, "tests", "id, gid, product_id, title, questions, pass_score");
    for (int i = 1; i <= TestCount; ++i)
        tests.bind(i).bind(gid(start)).bind(i * 6 % ProductCount + 1).bind(QStringLiteral("Quiz %1").arg(i))
            .bind(5 + i % 6).bind(60 + i % 3 * 10).row();
    BulkInsert contests(m_db, "contests", "id, gid, title, closes_at");
    for (int i = 1; i <= ContestCount; ++i)
        contests.bind(i).bind(gid(start)).bind(QStringLiteral("Project contest %1").arg(2021 + i))
            .bind(dayStartMs(m_firstDay + 400 * i)).row();
    BulkInsert lists(m_db, "mailing_lists", "id, gid, name");
    const std::array listNames{"Weekly digest"sv, "New courses"sv, "Live class reminders"sv, "Teachers"sv,
                               "Corporate clients"sv, "Alumni"sv, "Beta testers"sv, "Spanish speakers"sv};
    for (int i = 1; i <= ListCount; ++i)
        lists.bind(i).bind(gid(start)).bind(listNames[static_cast<size_t>(i - 1)]).row();
    BulkInsert campaigns(m_db, "campaigns", "id, gid, name, kind, sent_at");
    for (int i = 1; i <= CampaignCount; ++i)
        campaigns.bind(i).bind(gid(start)).bind(QStringLiteral("Campaign %1").arg(i))
            .bind(i % 3 ? "newsletter"sv : "promotion"sv).bind(dayStartMs(m_today - 90 * (CampaignCount - i))).row();
    return success();
}

Status DemoSchool::writeUser(std::int64_t id)
{
    DemoRandom r(m_options.seed, static_cast<std::uint64_t>(id));
    Statements &s = *m_statements;
    const Culture *culture = nullptr;
    const std::string_view locale = pickWeighted(r, cultures(), &culture);
    const QString first = QString::fromUtf8(r.pick(culture->firstNames));
    const QString last = QString::fromUtf8(r.pick(culture->lastNames));
    const QString localPart = culture->latinScript ? asciiLocalPart(first) + u'.' + asciiLocalPart(last)
                                                   : QStringLiteral("user");
    const bool hasCompany = r.chance(30);
    const QString company = hasCompany ? QString::fromUtf8(r.pick(companies())) : QString();
    const QString email = localPart + QString::number(id) + u'@' + QString::fromUtf8(r.pick(emailDomains()));

    const std::int64_t span = m_today - m_firstDay;
    const std::int64_t regDay = std::min(m_today, m_firstDay + (id - 1) * span / m_options.users + r.between(0, 1));
    const std::int64_t registeredAt = dayStartMs(regDay) + r.between(0, 86'399'999);
    const int statusRoll = static_cast<int>(r.between(0, 99));
    const int status = statusRoll < 72 ? 0 : statusRoll < 78 ? 1 : statusRoll < 82 ? 2 : 3;
    const int sourceRoll = static_cast<int>(r.between(0, 99));
    const std::string_view source = sourceRoll < 55 ? "purchase"sv : sourceRoll < 80 ? "automation"sv : "admin"sv;

    std::int64_t lastDay = -1;
    if (status != 1 && !r.chance(4)) {
        const int low = status == 0 ? 70 : status == 2 ? 30 : 10;
        const int high = status == 3 ? 90 : 100;
        lastDay = regDay + (m_today - regDay) * r.between(low, high) / 100;
    }
    const std::int64_t lastActiveAt = lastDay < 0 ? -1 : std::max(registeredAt, dayStartMs(lastDay) + r.between(0, 86'399'999));
    const std::int64_t horizon = lastActiveAt < 0 ? registeredAt + 86'400'000 : lastActiveAt;
    const auto within = [&](std::int64_t from) { return from + r.between(0, std::max<std::int64_t>(0, horizon - from)); };

    // Enrollments and payments, which the user row summarises.
    const int enrollmentCount = status == 1 ? static_cast<int>(r.between(0, 1))
                                            : static_cast<int>(r.between(0, 5) + r.between(0, 5));
    const auto productStart = static_cast<std::size_t>(r.next() % ProductCount);
    const auto productStride = static_cast<std::size_t>(1 + r.next() % (ProductCount - 1));
    std::int64_t totalSpent = 0;
    std::int64_t progressSum = 0;
    std::vector<std::int64_t> enrolled;
    for (int e = 0; e < enrollmentCount; ++e) {
        const Product &product = m_products[(productStart + static_cast<std::size_t>(e) * productStride) % ProductCount];
        const int roll = status == 1 ? 80 : static_cast<int>(r.between(0, 99)); // pending users wait too
        const std::string_view est = roll < 50 ? "active"sv : roll < 75 ? "completed"sv : roll < 83 ? "pending"sv
                                   : roll < 93 ? "canceled"sv : "returned"sv;
        const int progress = est == "completed"sv ? 100 : est == "active"sv ? static_cast<int>(r.between(0, 99))
                           : est == "canceled"sv ? static_cast<int>(r.between(0, 60))
                           : est == "returned"sv ? static_cast<int>(r.between(0, 20)) : 0;
        const int esRoll = static_cast<int>(r.between(0, 99));
        const std::string_view esrc = esRoll < 60 ? "purchase"sv : esRoll < 80 ? "automation"sv : "admin"sv;
        const std::int64_t enrolledAt = within(registeredAt);
        s.enrollments.bind(gid(enrolledAt)).bind(id).bind(product.id).bind(est).bind(progress).bind(esrc)
            .bind(enrolledAt);
        if (est == "completed"sv)
            s.enrollments.bind(within(enrolledAt));
        else
            s.enrollments.bindNull();
        if (!s.enrollments.row())
            return Error{s.enrollments.lastError()};
        progressSum += progress;
        enrolled.push_back(product.id);
        if (esrc == "purchase"sv && product.price > 0) {
            const bool refunded = est == "returned"sv;
            s.payments.bind(gid(enrolledAt)).bind(id).bind(product.id).bind(product.price).bind(m_options.currency)
                .bind(r.pick(std::span<const std::string_view>(std::array{"card"sv, "card"sv, "paypal"sv, "transfer"sv})))
                .bind(refunded ? "refunded"sv : "paid"sv).bind(enrolledAt).row();
            if (!refunded)
                totalSpent += product.price;
        }
        if (product.kind == "membership" && (est == "active"sv || est == "canceled"sv)) {
            const bool active = est == "active"sv;
            s.subscriptions.bind(gid(enrolledAt)).bind(id).bind(product.id).bind(active ? "active"sv : "canceled"sv)
                .bind(enrolledAt);
            if (active)
                s.subscriptions.bind(dayStartMs(m_today + r.between(1, 30))).bindNull();
            else
                s.subscriptions.bindNull().bind(within(enrolledAt));
            s.subscriptions.row();
        }
    }

    // Credits: the balance is the ledger's sum.
    std::int64_t balance = 0;
    if (status != 1 && r.chance(30)) { // a registration still pending has bought nothing yet
        const int entries = static_cast<int>(r.between(1, 4));
        std::int64_t at = registeredAt;
        for (int e = 0; e < entries; ++e) {
            at = within(at);
            std::string_view reason;
            std::int64_t amount;
            if (e == 0) {
                reason = r.chance(50) ? "purchase"sv : "complimentary"sv;
                amount = r.between(10, 100) * 100;
            } else if (balance > 0 && r.chance(60)) {
                reason = "spend"sv;
                amount = -r.between(1, balance);
            } else {
                reason = r.chance(50) ? "refund"sv : "adjustment"sv;
                amount = r.between(1, 50) * 100;
            }
            balance += amount;
            s.ledger.bind(gid(at)).bind(id).bind(amount).bind(m_options.currency).bind(reason);
            if (reason == "complimentary"sv || reason == "adjustment"sv)
                s.ledger.bind("Goodwill gesture"sv).bind(1 + r.between(0, OperatorCount - 1));
            else
                s.ledger.bindNull().bindNull();
            s.ledger.bind(at).row();
        }
    }

    const std::string phone = r.chance(90) ? makePhone(r, culture->phoneRegion) : std::string();
    const QString sortName = foldText(QString(first + u' ' + last));
    s.users.bind(id).bind(gid(registeredAt)).bind(first).bind(last).bind(sortName).bind(email);
    if (phone.empty())
        s.users.bindNull();
    else
        s.users.bind(std::string_view(phone));
    if (hasCompany)
        s.users.bind(company).bind(r.pick(industries()));
    else
        s.users.bindNull().bindNull();
    s.users.bind(status);
    if (status == 2)
        s.users.bind(r.pick(std::span<const std::string_view>(suspendReasons)));
    else if (status == 3)
        s.users.bind("Unsubscribed at the user's request"sv);
    else
        s.users.bindNull();
    s.users.bind(source).bind(registeredAt);
    if (lastActiveAt < 0)
        s.users.bindNull();
    else
        s.users.bind(lastActiveAt);
    const bool newsletter = r.chance(55);
    s.users.bind(locale).bind(newsletter ? 1 : 0).bind(r.chance(30) ? 1 : 0).bind(balance).bind(totalSpent)
        .bind(enrollmentCount ? static_cast<int>(progressSum / enrollmentCount) : 0);
    if (!s.users.row())
        return Error{s.users.lastError()};

    // Custom fields: a student id for everyone, the rest for some.
    s.customValues.bind(id).bind(1).bind(QStringLiteral("S%1").arg(id, 7, 10, QLatin1Char('0'))).row();
    if (r.chance(50))
        s.customValues.bind(id).bind(2).bind(r.pick(departments())).row();
    if (r.chance(30))
        s.customValues.bind(id).bind(3).bind(QString::number(r.between(2015, 2030))).row();
    if (r.chance(20))
        s.customValues.bind(id).bind(4).bind(QDate(1960, 1, 1).addDays(r.between(0, 16000)).toString(Qt::ISODate)).row();
    if (r.chance(10))
        s.customValues.bind(id).bind(5).bind(r.chance(50) ? "true"sv : "false"sv).row();
    if (r.chance(20))
        s.groupMembers.bind(r.between(1, GroupCount)).bind(id).row();

    // Daily activity between registration and the last visit.
    if (lastDay >= 0) {
        const std::int64_t daySpan = lastDay - regDay + 1;
        const std::int64_t count = std::min<std::int64_t>(daySpan, r.between(1, 44));
        const std::int64_t step = std::max<std::int64_t>(1, daySpan / count);
        for (std::int64_t i = count - 1; i >= 0; --i) {
            const std::int64_t day = lastDay - i * step;
            const std::int64_t minutes = r.between(5, 120);
            const std::int64_t xp = minutes * r.between(1, 3);
            s.activity.bind(id).bind(day).bind(minutes).bind(xp).bind(r.between(1, 3));
            if (!s.activity.row())
                return Error{s.activity.lastError()};
            DayTotals &totals = m_days[static_cast<std::size_t>(day - m_firstDay)];
            ++totals.users;
            totals.minutes += minutes;
            totals.xp += xp;
        }
    }

    if (!enrolled.empty() && r.chance(20)) {
        s.ratings.bind(gid(horizon)).bind(id).bind(enrolled.front()).bind(r.between(1, 5)).bind(within(registeredAt)).row();
    }
    if (!enrolled.empty() && r.chance(8)) {
        const std::int64_t at = within(registeredAt);
        s.comments.bind(gid(at)).bind(id).bind(enrolled.back()).bind(r.pick(std::span<const std::string_view>(commentBodies)))
            .bind(at).row();
    }
    if (r.chance(5))
        s.redemptions.bind(r.between(1, CouponCount)).bind(id).bind(within(registeredAt)).row();
    if (status != 1 && r.chance(5)) {
        const int attempts = static_cast<int>(r.between(1, 2));
        for (int a = 0; a < attempts; ++a) {
            const std::int64_t testId = r.between(1, TestCount);
            const int questions = static_cast<int>(5 + testId % 6);
            const std::int64_t at = within(registeredAt);
            int correct = 0;
            const std::int64_t attemptId = m_nextAttempt++;
            for (int q = 1; q <= questions; ++q) {
                const bool right = r.chance(70);
                correct += right ? 1 : 0;
                s.answers.bind(attemptId).bind(q).bind(std::string_view("ABCD").substr(static_cast<std::size_t>(r.between(0, 3)), 1))
                    .bind(right ? 1 : 0).row();
            }
            s.attempts.bind(attemptId).bind(gid(at)).bind(testId).bind(id).bind(correct * 100 / questions).bind(at)
                .bind(at + r.between(60'000, 1'800'000)).row();
        }
    }
    if (status != 1 && r.chance(3)) {
        const std::int64_t at = within(registeredAt);
        s.submissions.bind(gid(at)).bind(r.between(1, ContestCount)).bind(id)
            .bind(QStringLiteral("Entry by %1 %2").arg(first, last)).bind("My project write-up and links."sv)
            .bind(r.between(0, 100)).bind(at).row();
    }
    if (r.chance(30)) {
        const std::int64_t firstList = r.between(1, ListCount);
        s.listMembers.bind(firstList).bind(id).bind(within(registeredAt)).row();
        if (r.chance(30))
            s.listMembers.bind(firstList % ListCount + 1).bind(id).bind(within(registeredAt)).row();
    }
    if (newsletter && r.chance(40)) {
        const std::int64_t campaign = r.between(1, CampaignCount);
        s.recipients.bind(campaign).bind(id).bind(r.chance(35) ? 1 : 0).row();
        if (r.chance(40))
            s.recipients.bind(campaign % CampaignCount + 1).bind(id).bind(r.chance(35) ? 1 : 0).row();
    }
    if (r.chance(15)) {
        s.notifications.bind(gid(registeredAt)).bind(id).bind("email"sv).bind("welcome"sv)
            .bind("Welcome to Example Online Academy"sv)
            .bind(QStringLiteral("Hello %1, set your password to start learning.").arg(first)).bind("sent"sv)
            .bind(registeredAt).bind(registeredAt + 60'000).row();
    }
    if (r.chance(5)) {
        const int ticketCount = static_cast<int>(r.between(1, 2));
        for (int t = 0; t < ticketCount; ++t) {
            const std::int64_t ticketId = m_nextTicket++;
            const std::int64_t opened = within(registeredAt);
            const int roll = static_cast<int>(r.between(0, 99));
            const std::string_view ts = roll < 20 ? "open"sv : roll < 35 ? "pending"sv : roll < 85 ? "solved"sv : "closed"sv;
            s.tickets.bind(ticketId).bind(gid(opened)).bind(id).bind(r.pick(std::span<const std::string_view>(ticketSubjects)))
                .bind(ts).bind(r.pick(std::span<const std::string_view>(std::array{"low"sv, "normal"sv, "normal"sv, "high"sv, "urgent"sv})))
                .bind(r.between(1, OperatorCount)).bind(opened);
            if (ts == "solved"sv || ts == "closed"sv)
                s.tickets.bind(opened + r.between(3'600'000, 5 * 86'400'000LL));
            else
                s.tickets.bindNull();
            s.tickets.row();
            const int count = static_cast<int>(r.between(2, 5));
            std::int64_t at = opened;
            for (int m = 0; m < count; ++m) {
                at += r.between(60'000, 86'400'000);
                const bool internal = m > 0 && r.chance(25);
                s.ticketMessages.bind(gid(at)).bind(ticketId);
                if (m % 2 == 1 || internal)
                    s.ticketMessages.bind(r.between(1, OperatorCount));
                else
                    s.ticketMessages.bindNull();
                s.ticketMessages.bind(internal ? "Internal: checked the payment provider, nothing unusual."sv
                                               : r.pick(std::span<const std::string_view>(messageBodies)))
                    .bind(internal ? 1 : 0).bind(at).row();
            }
        }
    }
    if (status != 1 && r.chance(2)) {
        const std::int64_t conversation = m_nextConversation++;
        std::int64_t at = within(registeredAt);
        s.conversations.bind(conversation).bind(gid(at)).bind(id).bind(r.between(1, OperatorCount)).bind(at).row();
        const int count = static_cast<int>(r.between(2, 6));
        for (int m = 0; m < count; ++m) {
            at += r.between(60'000, 86'400'000);
            s.messages.bind(gid(at)).bind(conversation).bind(m % 2 == 0 ? 1 : 0)
                .bind(r.pick(std::span<const std::string_view>(messageBodies))).bind(at).bind(at + 600'000).row();
        }
    }
    if (status == 1) {
        const int documents = static_cast<int>(r.between(1, 2));
        for (int d = 0; d < documents; ++d) {
            const bool companyDocument = d == 1 || hasCompany;
            const QString kind = companyDocument ? QStringLiteral("company_registration") : QStringLiteral("id_card");
            const QByteArray pdf = makePdf(companyDocument ? QStringLiteral("Certificate of incorporation") : QStringLiteral("Identity card"),
                                           {QStringLiteral("Name: %1 %2").arg(first, last),
                                            QStringLiteral("Company: %1").arg(hasCompany ? company : QStringLiteral("-")),
                                            QStringLiteral("Reference: KYC-%1-%2").arg(id).arg(d + 1)});
            s.kyc.bind(gid(registeredAt)).bind(id).bind(kind).bind(QStringLiteral("%1-%2.pdf").arg(kind).arg(id))
                .bind("application/pdf"sv).bindBlob(pdf).bind(registeredAt + 120'000).row();
        }
    }
    if (status == 2) {
        const std::int64_t at = std::max(registeredAt, lastActiveAt);
        s.audit.bind(gid(at)).bind(1).bind("Dana Admin"sv).bind("suspend"sv).bind("user"sv).bind(id)
            .bindBlob(QByteArray()).bind("{\"status\":\"active\"}"sv).bind("{\"status\":\"suspended\"}"sv)
            .bind("See the status reason"sv).bind(at).row();
    }
    return success();
}

Status DemoSchool::writePlatformTotals()
{
    BulkInsert totals(m_db, "activity_platform_daily", "day, active_users, minutes, xp");
    for (std::size_t i = 0; i < m_days.size(); ++i) {
        if (m_days[i].users == 0)
            continue;
        totals.bind(m_firstDay + static_cast<std::int64_t>(i)).bind(m_days[i].users).bind(m_days[i].minutes)
            .bind(m_days[i].xp);
        if (!totals.row())
            return Error{totals.lastError()};
    }
    if (!totals.flush())
        return Error{totals.lastError()};
    return success();
}

} // namespace rollbook::demo
