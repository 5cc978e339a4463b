#include "seed/demoschool.h"

#include "seed/demodocuments.h"
#include "seed/demoimage.h"
#include "seed/demonames.h"
#include "seed/demostatements.h"
#include "textfold.h"

#include <QDate>

#include <algorithm>

namespace rollbook::demo {

namespace {

using namespace std::string_view_literals;

constexpr std::array suspendReasons{"Payment dispute opened with the card issuer"sv,
                                    "Account shared with other people"sv, "Abusive messages in the course forum"sv,
                                    "Suspected fraudulent purchase"sv};
constexpr std::array ticketSubjects{"Cannot open the course videos"sv,    "Refund request"sv,
                                    "Certificate shows the wrong name"sv, "Invoice for my company"sv,
                                    "Live class link does not work"sv,    "Change my email address"sv};
constexpr std::array messageBodies{"Hello, could you help me with this?"sv,
                                   "Thanks for reaching out, we are on it."sv,
                                   "I tried again and it still fails."sv,
                                   "Please clear the cache and retry."sv,
                                   "It works now, thank you!"sv,
                                   "Could you send a screenshot?"sv};
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
    static const std::pair<std::string_view, std::string_view> templates[]
        = {{"US", "+1201555xxxx"},  {"GB", "+447400xxxxxx"},  {"IE", "+35385xxxxxxx"},  {"ES", "+346xxxxxxxx"},
           {"MX", "+5255xxxxxxxx"}, {"FR", "+3361xxxxxxx"},   {"DE", "+49151xxxxxxxx"}, {"VN", "+8491xxxxxxx"},
           {"PL", "+48501xxxxxx"},  {"SE", "+4670xxxxxxx"},   {"TR", "+90532xxxxxxx"},  {"BR", "+55119xxxxxxxx"},
           {"IN", "+919xxxxxxxxx"}, {"CN", "+86138xxxxxxxx"}, {"JP", "+81901xxxxxxx"},  {"KR", "+82102xxxxxxx"},
           {"EG", "+2010xxxxxxxx"}, {"GR", "+3069xxxxxxxx"},  {"RU", "+7916xxxxxxx"}};
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

std::int64_t DemoSchool::within(DemoRandom &r, const Person &p, std::int64_t from)
{
    return from + r.between(0, std::max<std::int64_t>(0, p.horizon - from));
}

DemoSchool::Person DemoSchool::makePerson(DemoRandom &r, std::int64_t id) const
{
    Person p;
    p.id = id;
    p.locale = pickWeighted(r, cultures(), &p.culture);
    p.first = QString::fromUtf8(r.pick(p.culture->firstNames));
    p.last = QString::fromUtf8(r.pick(p.culture->lastNames));
    const QString localPart
        = p.culture->latinScript ? asciiLocalPart(p.first) + u'.' + asciiLocalPart(p.last) : QStringLiteral("user");
    p.hasCompany = r.chance(30);
    p.company = p.hasCompany ? QString::fromUtf8(r.pick(companies())) : QString();
    p.email = localPart + QString::number(p.id) + u'@' + QString::fromUtf8(r.pick(emailDomains()));

    const std::int64_t span = m_today - m_firstDay;
    p.regDay = std::min(m_today, m_firstDay + (p.id - 1) * span / m_options.users + r.between(0, 1));
    p.registeredAt = dayStartMs(p.regDay) + r.between(0, 86'399'999);
    const int statusRoll = static_cast<int>(r.between(0, 99));
    p.status = statusRoll < 72 ? 0 : statusRoll < 78 ? 1 : statusRoll < 82 ? 2 : 3;
    const int sourceRoll = static_cast<int>(r.between(0, 99));
    p.source = sourceRoll < 55 ? "purchase"sv : sourceRoll < 80 ? "automation"sv : "admin"sv;

    p.lastDay = -1;
    if (p.status != 1 && !r.chance(4)) {
        const int low = p.status == 0 ? 70 : p.status == 2 ? 30 : 10;
        const int high = p.status == 3 ? 90 : 100;
        p.lastDay = p.regDay + (m_today - p.regDay) * r.between(low, high) / 100;
    }
    p.lastActiveAt = p.lastDay < 0 ? -1 : std::max(p.registeredAt, dayStartMs(p.lastDay) + r.between(0, 86'399'999));
    p.horizon = p.lastActiveAt < 0 ? p.registeredAt + 86'400'000 : p.lastActiveAt;
    return p;
}

Result<DemoSchool::Purchases> DemoSchool::writeEnrollments(DemoRandom &r, const Person &p)
{
    Statements &s = *m_statements;
    // Enrollments and payments, which the user row summarises.
    const int enrollmentCount
        = p.status == 1 ? static_cast<int>(r.between(0, 1)) : static_cast<int>(r.between(0, 5) + r.between(0, 5));
    const auto productStart = static_cast<std::size_t>(r.next() % ProductCount);
    const auto productStride = static_cast<std::size_t>(1 + r.next() % (ProductCount - 1));
    Purchases bought;
    bought.count = enrollmentCount;
    for (int e = 0; e < enrollmentCount; ++e) {
        const Product &product
            = m_products[(productStart + static_cast<std::size_t>(e) * productStride) % ProductCount];
        const int roll = p.status == 1 ? 80 : static_cast<int>(r.between(0, 99)); // pending users wait too
        const std::string_view est = roll < 50 ? "active"sv
            : roll < 75                        ? "completed"sv
            : roll < 83                        ? "pending"sv
            : roll < 93                        ? "canceled"sv
                                               : "returned"sv;
        const int progress = est == "completed"sv ? 100
            : est == "active"sv                   ? static_cast<int>(r.between(0, 99))
            : est == "canceled"sv                 ? static_cast<int>(r.between(0, 60))
            : est == "returned"sv                 ? static_cast<int>(r.between(0, 20))
                                                  : 0;
        const int esRoll = static_cast<int>(r.between(0, 99));
        const std::string_view esrc = esRoll < 60 ? "purchase"sv : esRoll < 80 ? "automation"sv : "admin"sv;
        const std::int64_t enrolledAt = within(r, p, p.registeredAt);
        s.enrollments.bind(gid(enrolledAt))
            .bind(p.id)
            .bind(product.id)
            .bind(est)
            .bind(progress)
            .bind(esrc)
            .bind(enrolledAt);
        if (est == "completed"sv)
            s.enrollments.bind(within(r, p, enrolledAt));
        else
            s.enrollments.bindNull();
        if (!s.enrollments.row())
            return Error{s.enrollments.lastError()};
        bought.progressSum += progress;
        bought.enrolled.push_back(product.id);
        if (esrc == "purchase"sv && product.price > 0) {
            const bool refunded = est == "returned"sv;
            s.payments.bind(gid(enrolledAt))
                .bind(p.id)
                .bind(product.id)
                .bind(product.price)
                .bind(m_options.currency)
                .bind(
                    r.pick(std::span<const std::string_view>(std::array{"card"sv, "card"sv, "paypal"sv, "transfer"sv})))
                .bind(refunded ? "refunded"sv : "paid"sv)
                .bind(enrolledAt)
                .row();
            if (!refunded)
                bought.totalSpent += product.price;
        }
        if (product.kind == "membership" && (est == "active"sv || est == "canceled"sv)) {
            const bool active = est == "active"sv;
            s.subscriptions.bind(gid(enrolledAt))
                .bind(p.id)
                .bind(product.id)
                .bind(active ? "active"sv : "canceled"sv)
                .bind(enrolledAt);
            if (active)
                s.subscriptions.bind(dayStartMs(m_today + r.between(1, 30))).bindNull();
            else
                s.subscriptions.bindNull().bind(within(r, p, enrolledAt));
            s.subscriptions.row();
        }
    }
    return bought;
}

std::int64_t DemoSchool::writeCredits(DemoRandom &r, const Person &p)
{
    Statements &s = *m_statements;
    // Credits: the balance is the ledger's sum.
    std::int64_t balance = 0;
    if (p.status != 1 && r.chance(30)) { // a registration still pending has bought nothing yet
        const int entries = static_cast<int>(r.between(1, 4));
        std::int64_t at = p.registeredAt;
        for (int e = 0; e < entries; ++e) {
            at = within(r, p, at);
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
            s.ledger.bind(gid(at)).bind(p.id).bind(amount).bind(m_options.currency).bind(reason);
            if (reason == "complimentary"sv || reason == "adjustment"sv)
                s.ledger.bind("Goodwill gesture"sv).bind(1 + r.between(0, OperatorCount - 1));
            else
                s.ledger.bindNull().bindNull();
            s.ledger.bind(at).row();
        }
    }
    return balance;
}

Result<bool> DemoSchool::writeUserRow(DemoRandom &r, const Person &p, const Purchases &bought, std::int64_t balance)
{
    Statements &s = *m_statements;
    const std::string phone = r.chance(90) ? makePhone(r, p.culture->phoneRegion) : std::string();
    const QString sortName = nameSortKey(p.first, p.last);
    s.users.bind(p.id).bind(gid(p.registeredAt)).bind(p.first).bind(p.last).bind(sortName).bind(p.email);
    if (phone.empty())
        s.users.bindNull();
    else
        s.users.bind(std::string_view(phone));
    if (p.hasCompany)
        s.users.bind(p.company).bind(r.pick(industries()));
    else
        s.users.bindNull().bindNull();
    s.users.bind(p.status);
    if (p.status == 2)
        s.users.bind(r.pick(std::span<const std::string_view>(suspendReasons)));
    else if (p.status == 3)
        s.users.bind("Unsubscribed at the user's request"sv);
    else
        s.users.bindNull();
    s.users.bind(p.source).bind(p.registeredAt);
    if (p.lastActiveAt < 0)
        s.users.bindNull();
    else
        s.users.bind(p.lastActiveAt);
    const bool newsletter = r.chance(55);
    s.users.bind(p.locale)
        .bind(newsletter ? 1 : 0)
        .bind(r.chance(30) ? 1 : 0)
        .bind(balance)
        .bind(bought.totalSpent)
        .bind(bought.count ? static_cast<int>(bought.progressSum / bought.count) : 0);
    if (!s.users.row())
        return Error{s.users.lastError()};
    return newsletter;
}

void DemoSchool::writeProfile(DemoRandom &r, const Person &p)
{
    Statements &s = *m_statements;
    // Custom fields: a student p.id for everyone, the rest for some.
    s.customValues.bind(p.id).bind(1).bind(QStringLiteral("S%1").arg(p.id, 7, 10, QLatin1Char('0'))).row();
    if (r.chance(50))
        s.customValues.bind(p.id).bind(2).bind(r.pick(departments())).row();
    if (r.chance(30))
        s.customValues.bind(p.id).bind(3).bind(QString::number(r.between(2015, 2030))).row();
    if (r.chance(20))
        s.customValues.bind(p.id)
            .bind(4)
            .bind(QDate(1960, 1, 1).addDays(r.between(0, 16000)).toString(Qt::ISODate))
            .row();
    if (r.chance(10))
        s.customValues.bind(p.id).bind(5).bind(r.chance(50) ? "true"sv : "false"sv).row();
    if (r.chance(20))
        s.groupMembers.bind(r.between(1, GroupCount)).bind(p.id).row();
}

Status DemoSchool::writeActivity(DemoRandom &r, const Person &p)
{
    Statements &s = *m_statements;
    // Daily activity between registration and the p.last visit.
    if (p.lastDay >= 0) {
        const std::int64_t daySpan = p.lastDay - p.regDay + 1;
        const std::int64_t count = std::min<std::int64_t>(daySpan, r.between(1, 44));
        const std::int64_t step = std::max<std::int64_t>(1, daySpan / count);
        for (std::int64_t i = count - 1; i >= 0; --i) {
            const std::int64_t day = p.lastDay - i * step;
            const std::int64_t minutes = r.between(5, 120);
            const std::int64_t xp = minutes * r.between(1, 3);
            s.activity.bind(p.id).bind(day).bind(minutes).bind(xp).bind(r.between(1, 3));
            if (!s.activity.row())
                return Error{s.activity.lastError()};
            DayTotals &totals = m_days[static_cast<std::size_t>(day - m_firstDay)];
            ++totals.users;
            totals.minutes += minutes;
            totals.xp += xp;
        }
    }
    return success();
}

void DemoSchool::writeEngagement(DemoRandom &r, const Person &p, const Purchases &bought, bool newsletter)
{
    Statements &s = *m_statements;
    if (!bought.enrolled.empty() && r.chance(20)) {
        s.ratings.bind(gid(p.horizon))
            .bind(p.id)
            .bind(bought.enrolled.front())
            .bind(r.between(1, 5))
            .bind(within(r, p, p.registeredAt))
            .row();
    }
    if (!bought.enrolled.empty() && r.chance(8)) {
        const std::int64_t at = within(r, p, p.registeredAt);
        s.comments.bind(gid(at))
            .bind(p.id)
            .bind(bought.enrolled.back())
            .bind(r.pick(std::span<const std::string_view>(commentBodies)))
            .bind(at)
            .row();
    }
    if (r.chance(5))
        s.redemptions.bind(r.between(1, CouponCount)).bind(p.id).bind(within(r, p, p.registeredAt)).row();
    if (p.status != 1 && r.chance(5)) {
        const int attempts = static_cast<int>(r.between(1, 2));
        for (int a = 0; a < attempts; ++a) {
            const std::int64_t testId = r.between(1, TestCount);
            const int questions = static_cast<int>(5 + testId % 6);
            const std::int64_t at = within(r, p, p.registeredAt);
            int correct = 0;
            const std::int64_t attemptId = m_nextAttempt++;
            for (int q = 1; q <= questions; ++q) {
                const bool right = r.chance(70);
                correct += right ? 1 : 0;
                s.answers.bind(attemptId)
                    .bind(q)
                    .bind(std::string_view("ABCD").substr(static_cast<std::size_t>(r.between(0, 3)), 1))
                    .bind(right ? 1 : 0)
                    .row();
            }
            s.attempts.bind(attemptId)
                .bind(gid(at))
                .bind(testId)
                .bind(p.id)
                .bind(correct * 100 / questions)
                .bind(at)
                .bind(at + r.between(60'000, 1'800'000))
                .row();
        }
    }
    if (p.status != 1 && r.chance(3)) {
        const std::int64_t at = within(r, p, p.registeredAt);
        s.submissions.bind(gid(at))
            .bind(r.between(1, ContestCount))
            .bind(p.id)
            .bind(QStringLiteral("Entry by %1 %2").arg(p.first, p.last))
            .bind("My project write-up and links."sv)
            .bind(r.between(0, 100))
            .bind(at)
            .row();
    }
    if (r.chance(30)) {
        const std::int64_t firstList = r.between(1, ListCount);
        s.listMembers.bind(firstList).bind(p.id).bind(within(r, p, p.registeredAt)).row();
        if (r.chance(30))
            s.listMembers.bind(firstList % ListCount + 1).bind(p.id).bind(within(r, p, p.registeredAt)).row();
    }
    if (newsletter && r.chance(40)) {
        const std::int64_t campaign = r.between(1, CampaignCount);
        s.recipients.bind(campaign).bind(p.id).bind(r.chance(35) ? 1 : 0).row();
        if (r.chance(40))
            s.recipients.bind(campaign % CampaignCount + 1).bind(p.id).bind(r.chance(35) ? 1 : 0).row();
    }
    if (r.chance(15)) {
        s.notifications.bind(gid(p.registeredAt))
            .bind(p.id)
            .bind("email"sv)
            .bind("welcome"sv)
            .bind("Welcome to Example Online Academy"sv)
            .bind(QStringLiteral("Hello %1, set your password to start learning.").arg(p.first))
            .bind("sent"sv)
            .bind(p.registeredAt)
            .bind(p.registeredAt + 60'000)
            .row();
    }
}

void DemoSchool::writeSupport(DemoRandom &r, const Person &p)
{
    Statements &s = *m_statements;
    if (r.chance(5)) {
        const int ticketCount = static_cast<int>(r.between(1, 2));
        for (int t = 0; t < ticketCount; ++t) {
            const std::int64_t ticketId = m_nextTicket++;
            const std::int64_t opened = within(r, p, p.registeredAt);
            const int roll = static_cast<int>(r.between(0, 99));
            const std::string_view ts = roll < 20 ? "open"sv
                : roll < 35                       ? "pending"sv
                : roll < 85                       ? "solved"sv
                                                  : "closed"sv;
            s.tickets.bind(ticketId)
                .bind(gid(opened))
                .bind(p.id)
                .bind(r.pick(std::span<const std::string_view>(ticketSubjects)))
                .bind(ts)
                .bind(r.pick(std::span<const std::string_view>(
                    std::array{"low"sv, "normal"sv, "normal"sv, "high"sv, "urgent"sv})))
                .bind(r.between(1, OperatorCount))
                .bind(opened);
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
                s.ticketMessages
                    .bind(internal ? "Internal: checked the payment provider, nothing unusual."sv
                                   : r.pick(std::span<const std::string_view>(messageBodies)))
                    .bind(internal ? 1 : 0)
                    .bind(at)
                    .row();
            }
        }
    }
    if (p.status != 1 && r.chance(2)) {
        const std::int64_t conversation = m_nextConversation++;
        std::int64_t at = within(r, p, p.registeredAt);
        s.conversations.bind(conversation).bind(gid(at)).bind(p.id).bind(r.between(1, OperatorCount)).bind(at).row();
        const int count = static_cast<int>(r.between(2, 6));
        for (int m = 0; m < count; ++m) {
            at += r.between(60'000, 86'400'000);
            s.messages.bind(gid(at))
                .bind(conversation)
                .bind(m % 2 == 0 ? 1 : 0)
                .bind(r.pick(std::span<const std::string_view>(messageBodies)))
                .bind(at)
                .bind(at + 600'000)
                .row();
        }
    }
    if (p.status == 1) {
        const int documents = static_cast<int>(r.between(1, 2));
        for (int d = 0; d < documents; ++d) {
            const bool companyDocument = d == 1 || p.hasCompany;
            const QString kind = companyDocument ? QStringLiteral("company_registration") : QStringLiteral("id_card");
            const QStringList lines{QStringLiteral("Name: %1 %2").arg(p.first, p.last),
                                    QStringLiteral("Company: %1").arg(p.hasCompany ? p.company : QStringLiteral("-")),
                                    QStringLiteral("Reference: KYC-%1-%2").arg(p.id).arg(d + 1)};
            // Identity cards come as scans (PNG) when the card's font can spell the name, else as PDFs.
            const QString name = cardText(p.first + p.last).simplified();
            const bool scan = !companyDocument && p.id % 2 == 0 && name.size() >= 2;
            const QByteArray content = scan ? makeCardPng(QStringLiteral("Identity card"), lines)
                                            : makePdf(companyDocument ? QStringLiteral("Certificate of incorporation")
                                                                      : QStringLiteral("Identity card"),
                                                      lines);
            s.kyc.bind(gid(p.registeredAt))
                .bind(p.id)
                .bind(kind)
                .bind(QStringLiteral("%1-%2.%3")
                          .arg(kind)
                          .arg(p.id)
                          .arg(scan ? QStringLiteral("png") : QStringLiteral("pdf")))
                .bind(scan ? "image/png"sv : "application/pdf"sv)
                .bindBlob(content)
                .bind(p.registeredAt + 120'000)
                .row();
        }
    }
    if (p.status == 2) {
        const std::int64_t at = std::max(p.registeredAt, p.lastActiveAt);
        s.audit.bind(gid(at))
            .bind(1)
            .bind("Dana Admin"sv)
            .bind("suspend"sv)
            .bind("user"sv)
            .bind(p.id)
            .bindBlob(QByteArray())
            .bind("{\"status\":\"active\"}"sv)
            .bind("{\"status\":\"suspended\"}"sv)
            .bind("See the status reason"sv)
            .bind(at)
            .row();
    }
}

Status DemoSchool::writeUser(std::int64_t id)
{
    DemoRandom r(m_options.seed, static_cast<std::uint64_t>(id));
    const Person p = makePerson(r, id);
    auto bought = writeEnrollments(r, p);
    if (!bought)
        return bought.failure();
    const std::int64_t balance = writeCredits(r, p);
    const auto newsletter = writeUserRow(r, p, *bought, balance);
    if (!newsletter)
        return newsletter.failure();
    writeProfile(r, p);
    if (const Status written = writeActivity(r, p); !written)
        return written;
    writeEngagement(r, p, *bought, *newsletter);
    writeSupport(r, p);
    return success();
}

} // namespace rollbook::demo
