#pragma once

#include "seed/bulkwriter.h"
#include "seed/demoschool.h"

#include <array>

// What the demo school's two source files share: the catalog's sizes and the prepared inserts.

namespace rollbook::demo {

inline constexpr int ProductCount = 199; // prime, so a stride walks every product before repeating
inline constexpr int TestCount = 30;
inline constexpr int CouponCount = 50;
inline constexpr int ContestCount = 5;
inline constexpr int ListCount = 8;
inline constexpr int CampaignCount = 20;
inline constexpr int GroupCount = 12;
inline constexpr int OperatorCount = 4;

struct DemoSchool::Statements
{
    explicit Statements(sqlite3 *db)
        : users(db, "users",
                "id, gid, first_name, last_name, sort_name, email, phone, company, industry, status, status_reason, "
                "source, registered_at, last_active_at, locale, opt_newsletter, opt_promotions, credit_balance, "
                "total_spent, avg_progress")
        , customValues(db, "custom_values", "user_id, field_id, value")
        , groupMembers(db, "group_members", "group_id, user_id")
        , enrollments(db, "enrollments",
                      "gid, user_id, product_id, status, progress, source, enrolled_at, completed_at")
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
        , notifications(db, "notifications",
                        "gid, user_id, channel, template, subject, body, status, created_at, sent_at")
        , tickets(db, "tickets", "id, gid, user_id, subject, status, priority, assignee_id, opened_at, solved_at")
        , ticketMessages(db, "ticket_messages", "gid, ticket_id, author_operator_id, body, internal, created_at")
        , conversations(db, "conversations", "id, gid, user_id, operator_id, started_at")
        , messages(db, "messages", "gid, conversation_id, from_operator, body, sent_at, read_at")
        , kyc(db, "kyc_documents", "gid, user_id, kind, file_name, mime_type, content, uploaded_at")
        , audit(db, "audit_log",
                "gid, operator_id, operator_name, action, target_kind, target_id, target_gid, before_json, after_json, "
                "reason, created_at")
    { }
    BulkInsert users, customValues, groupMembers, enrollments, payments, subscriptions, ledger, activity, ratings,
        comments, redemptions, attempts, answers, submissions, listMembers, recipients, notifications, tickets,
        ticketMessages, conversations, messages, kyc, audit;

    std::array<BulkInsert *, 23> all()
    {
        return {&users,          &customValues,  &groupMembers, &enrollments, &payments,      &subscriptions,
                &ledger,         &activity,      &ratings,      &comments,    &redemptions,   &attempts,
                &answers,        &submissions,   &listMembers,  &recipients,  &notifications, &tickets,
                &ticketMessages, &conversations, &messages,     &kyc,         &audit};
    }
};

} // namespace rollbook::demo
