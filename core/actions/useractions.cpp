#include "actions/useractions.h"

#include "actions/actionsupport.h"
#include "actions/audit.h"
#include "actions/links.h"
#include "actions/operators.h"
#include "actions/secrets.h"
#include "actions/transaction.h"
#include "money.h"
#include "phone.h"
#include "settings.h"
#include "textfold.h"
#include "userstatus.h"
#include "uuid.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::UserActions {

using namespace ActionSupport;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UserActions", text);
}

constexpr std::int64_t MaxCreditChange = 1'000'000'000; // minor units in one top-up

} // namespace

/// Moves a user from one status to another with a reason, audited, and tells them when a
/// notification template is given.
Result<ActionOutcome> changeStatus(ActionContext &context, std::int64_t userId, const QString &action, UserStatus from,
                                   UserStatus to, const QString &reason, const QString &templateKey,
                                   const QString &skipMessage)
{
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        if (user->status != from)
            return skipped(skipMessage);
        const QJsonObject before{{QStringLiteral("status"), statusKey(user->status)},
                                 {QStringLiteral("status_reason"), user->statusReason}};
        const QJsonObject after{{QStringLiteral("status"), statusKey(to)},
                                {QStringLiteral("status_reason"), auditText(reason)}};
        const Columns columns{{QStringLiteral("status"), static_cast<int>(to)},
                              {QStringLiteral("status_reason"), reason.isEmpty() ? QVariant() : QVariant(reason)}};
        if (const Status s = update(context, userId, *user, action, columns, before, after, reason); !s)
            return Error{s.error()};
        if (!templateKey.isEmpty()) {
            if (const Status n
                = notify(context, userId, templateKey,
                         {{QStringLiteral("first_name"), user->firstName}, {QStringLiteral("reason"), reason}});
                !n)
                return Error{n.error()};
        }
        return ActionOutcome{};
    });
}

Result<ActionOutcome> approve(ActionContext &context, std::int64_t userId, const QString &note)
{
    return changeStatus(context, userId, QStringLiteral("approve"), UserStatus::Pending, UserStatus::Active,
                        note.trimmed(), QStringLiteral("approval"), tr("Not pending."));
}

Result<ActionOutcome> reject(ActionContext &context, std::int64_t userId, const QString &reason)
{
    const auto why = requiredText(reason, tr("A reason the user will see"));
    if (!why)
        return Error{why.error()};
    return changeStatus(context, userId, QStringLiteral("reject"), UserStatus::Pending, UserStatus::Unsubscribed, *why,
                        QStringLiteral("rejection"), tr("Not pending."));
}

Result<ActionOutcome> unsubscribe(ActionContext &context, std::int64_t userId, const QString &reason)
{
    const auto why = requiredText(reason, tr("A reason"));
    if (!why)
        return Error{why.error()};
    return changeStatus(context, userId, QStringLiteral("unsubscribe"), UserStatus::Active, UserStatus::Unsubscribed,
                        *why, {}, tr("Only an active user can be unsubscribed."));
}

Result<ActionOutcome> resubscribe(ActionContext &context, std::int64_t userId)
{
    return changeStatus(context, userId, QStringLiteral("resubscribe"), UserStatus::Unsubscribed, UserStatus::Active,
                        {}, {}, tr("Not unsubscribed."));
}

Result<ActionOutcome> enroll(ActionContext &context, std::int64_t userId, std::int64_t productId)
{
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        QSqlQuery product(context.db);
        product.prepare(QStringLiteral("SELECT title, (SELECT count(*) FROM enrollments WHERE user_id = ? AND "
                                       "product_id = products.id) FROM products WHERE id = ?"));
        product.addBindValue(QVariant::fromValue<qint64>(userId));
        product.addBindValue(QVariant::fromValue<qint64>(productId));
        if (!product.exec())
            return Error{product.lastError().databaseText()};
        if (!product.next())
            return Error{tr("Product %1 does not exist.").arg(productId)};
        const QString title = product.value(0).toString();
        if (product.value(1).toInt() > 0)
            return skipped(tr("Already enrolled in %1.").arg(title));
        const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
        const QByteArray gid = newUuidV7();
        QSqlQuery insert(context.db);
        insert.prepare(QStringLiteral("INSERT INTO enrollments (gid, user_id, product_id, status, progress, source, "
                                      "enrolled_at) VALUES (?, ?, ?, 'active', 0, 'admin', ?)"));
        insert.addBindValue(gid);
        insert.addBindValue(QVariant::fromValue<qint64>(userId));
        insert.addBindValue(QVariant::fromValue<qint64>(productId));
        insert.addBindValue(QVariant::fromValue<qint64>(now));
        if (!insert.exec())
            return Error{insert.lastError().databaseText()};
        QSqlQuery average(context.db);
        average.prepare(QStringLiteral("SELECT sum(progress) / count(*) FROM enrollments WHERE user_id = ?"));
        average.addBindValue(QVariant::fromValue<qint64>(userId));
        if (!average.exec() || !average.next())
            return Error{average.lastError().databaseText()};
        const QJsonObject after{{QStringLiteral("enrolled"), title}};
        const Columns columns{{QStringLiteral("avg_progress"), average.value(0).toInt()}};
        if (const Status s = update(context, userId, *user, QStringLiteral("enroll"), columns, {}, after, {}); !s)
            return Error{s.error()};
        if (const Status c = writeChange(context, QStringLiteral("enrollment"), gid, QStringLiteral("insert"), 1,
                                         QJsonObject{{QStringLiteral("user"), uuidText(user->gid)},
                                                     {QStringLiteral("product_id"), static_cast<qint64>(productId)}});
            !c)
            return Error{c.error()};
        return ActionOutcome{};
    });
}

Result<ActionOutcome> changeEnrollment(ActionContext &context, std::int64_t enrollmentId, const QString &status,
                                       int progress)
{
    static const QStringList statuses{QStringLiteral("active"), QStringLiteral("pending"), QStringLiteral("completed"),
                                      QStringLiteral("canceled"), QStringLiteral("returned")};
    if (!statuses.contains(status))
        return Error{tr("\"%1\" is not an enrollment status.").arg(status)};
    if (progress < 0 || progress > 100)
        return Error{tr("Progress is a percentage from 0 to 100.")};
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        QSqlQuery current(context.db);
        current.prepare(QStringLiteral("SELECT e.user_id, e.status, e.progress, e.gid, e.row_version, p.title "
                                       "FROM enrollments e JOIN products p ON p.id = e.product_id WHERE e.id = ?"));
        current.addBindValue(QVariant::fromValue<qint64>(enrollmentId));
        if (!current.exec())
            return Error{current.lastError().databaseText()};
        if (!current.next())
            return Error{tr("Enrollment %1 does not exist.").arg(enrollmentId)};
        const std::int64_t userId = current.value(0).toLongLong();
        const QString oldStatus = current.value(1).toString();
        const int oldProgress = current.value(2).toInt();
        const QByteArray gid = current.value(3).toByteArray();
        const std::int64_t version = current.value(4).toLongLong();
        const QString title = current.value(5).toString();
        if (oldStatus == status && oldProgress == progress)
            return skipped(tr("Nothing changed."));
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        QSqlQuery change(context.db);
        change.prepare(QStringLiteral("UPDATE enrollments SET status = ?, progress = ?, row_version = row_version + 1, "
                                      "completed_at = CASE WHEN ? = 'completed' THEN coalesce(completed_at, ?) END "
                                      "WHERE id = ? AND row_version = ?"));
        change.addBindValue(status);
        change.addBindValue(progress);
        change.addBindValue(status);
        change.addBindValue(QVariant::fromValue<qint64>(QDateTime::currentMSecsSinceEpoch()));
        change.addBindValue(QVariant::fromValue<qint64>(enrollmentId));
        change.addBindValue(QVariant::fromValue<qint64>(version));
        if (!change.exec())
            return Error{change.lastError().databaseText()};
        if (change.numRowsAffected() != 1)
            return Error{tr("The enrollment was changed by someone else meanwhile; try again.")};
        QSqlQuery average(context.db);
        average.prepare(QStringLiteral("SELECT sum(progress) / count(*) FROM enrollments WHERE user_id = ?"));
        average.addBindValue(QVariant::fromValue<qint64>(userId));
        if (!average.exec() || !average.next())
            return Error{average.lastError().databaseText()};
        const QJsonObject before{{QStringLiteral("enrollment"), title},
                                 {QStringLiteral("status"), oldStatus},
                                 {QStringLiteral("progress"), oldProgress}};
        const QJsonObject after{{QStringLiteral("enrollment"), title},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("progress"), progress}};
        const Columns columns{{QStringLiteral("avg_progress"), average.value(0).toInt()}};
        if (const Status s
            = update(context, userId, *user, QStringLiteral("change_enrollment"), columns, before, after, {});
            !s)
            return Error{s.error()};
        if (const Status c
            = writeChange(context, QStringLiteral("enrollment"), gid, QStringLiteral("update"), version + 1, after);
            !c)
            return Error{c.error()};
        return ActionOutcome{};
    });
}

Result<ActionOutcome> enrollMany(ActionContext &context, std::int64_t userId,
                                 const std::vector<std::int64_t> &productIds)
{
    if (productIds.empty())
        return Error{tr("Choose at least one product.")};
    Transaction transaction(context.db, context.savepointEachAction);
    if (const Status begun = transaction.begun(); !begun)
        return Error{begun.error()};
    int added = 0;
    for (std::int64_t product : productIds) {
        const auto outcome = enroll(context, userId, product);
        if (!outcome)
            return Error{outcome.error()}; // the transaction undoes the products already added
        added += outcome->applied ? 1 : 0;
    }
    if (const Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    if (added == 0)
        return skipped(tr("Already enrolled in every product chosen."));
    return ActionOutcome{};
}

Result<CreatedUser> addUser(ActionContext &context, const NewUser &user, const QString &defaultPhoneRegion)
{
    const auto first = requiredText(user.firstName, tr("A first name"), 100);
    if (!first)
        return Error{first.error(), QStringLiteral("first_name")};
    if (const Status last = checkText(user.lastName.trimmed(), tr("The last name"), 100); !last)
        return Error{last.error(), QStringLiteral("last_name")};
    const auto email = normalizeEmail(user.email);
    if (!email)
        return Error{email.error(), QStringLiteral("email")};
    QString phone;
    if (!user.phone.trimmed().isEmpty()) {
        const auto parsed = phoneToE164(user.phone.trimmed(), defaultPhoneRegion);
        if (!parsed)
            return Error{parsed.error(), QStringLiteral("phone")};
        phone = *parsed;
    }
    if (const Status company = checkText(user.company.trimmed(), tr("The company"), 200); !company)
        return Error{company.error(), QStringLiteral("company")};
    if (const Status industry = checkText(user.industry.trimmed(), tr("The industry"), 100); !industry)
        return Error{industry.error(), QStringLiteral("industry")};

    Transaction transaction(context.db, context.savepointEachAction);
    if (const Status begun = transaction.begun(); !begun)
        return Error{begun.error()};
    QSqlQuery taken(context.db);
    taken.prepare(QStringLiteral("SELECT id FROM users WHERE email = ?"));
    taken.addBindValue(*email);
    if (!taken.exec())
        return Error{taken.lastError().databaseText()};
    if (taken.next())
        return Error{tr("%1 is already the email of another user.").arg(*email), QStringLiteral("email")};
    const QString last = user.lastName.trimmed();
    const QByteArray gid = newUuidV7();
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery insert(context.db);
    insert.prepare(QStringLiteral("INSERT INTO users (gid, first_name, last_name, sort_name, email, phone, company, "
                                  "industry, status, source, registered_at) VALUES (?,?,?,?,?,?,?,?,0,'admin',?)"));
    insert.addBindValue(gid);
    insert.addBindValue(*first);
    insert.addBindValue(last);
    insert.addBindValue(nameSortKey(*first, last));
    insert.addBindValue(*email);
    insert.addBindValue(phone.isEmpty() ? QVariant() : QVariant(phone));
    insert.addBindValue(user.company.trimmed().isEmpty() ? QVariant() : QVariant(user.company.trimmed()));
    insert.addBindValue(user.industry.trimmed().isEmpty() ? QVariant() : QVariant(user.industry.trimmed()));
    insert.addBindValue(QVariant::fromValue<qint64>(now));
    if (!insert.exec())
        return Error{insert.lastError().databaseText()};
    CreatedUser created;
    created.id = insert.lastInsertId().toLongLong();
    const QJsonObject after{{QStringLiteral("name"), personName(*first, last)},
                            {QStringLiteral("email"), *email},
                            {QStringLiteral("phone"), auditText(phone)},
                            {QStringLiteral("company"), auditText(user.company.trimmed())},
                            {QStringLiteral("industry"), auditText(user.industry.trimmed())},
                            {QStringLiteral("status"), statusKey(UserStatus::Active)}};
    if (const Status a
        = writeAudit(context, QStringLiteral("create_user"), QStringLiteral("user"), created.id, gid, {}, after);
        !a)
        return Error{a.error()};
    if (const Status c = writeChange(context, QStringLiteral("user"), gid, QStringLiteral("insert"), 1, after); !c)
        return Error{c.error()};
    const auto link = Links::issue(context, created.id, LinkPurpose::SetPassword);
    if (!link)
        return Error{link.error()};
    created.setPasswordUrl = link->url;
    // The email keeps {link}: its own link is issued when it is sent (Outbox), none is stored in clear.
    if (const Status n
        = notify(context, created.id, QStringLiteral("welcome"), {{QStringLiteral("first_name"), *first}});
        !n)
        return Error{n.error()};
    if (const Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return created;
}

Result<ActionOutcome> suspend(ActionContext &context, std::int64_t userId, const QString &reason)
{
    const auto why = requiredText(reason, tr("A reason the user will see"));
    if (!why)
        return Error{why.error()};
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        if (user->status == UserStatus::Suspended)
            return skipped(tr("Already suspended."));
        const QJsonObject before{{QStringLiteral("status"), statusKey(user->status)},
                                 {QStringLiteral("status_reason"), user->statusReason}};
        const QJsonObject after{{QStringLiteral("status"), statusKey(UserStatus::Suspended)},
                                {QStringLiteral("status_reason"), *why}};
        const Columns columns{{QStringLiteral("status"), static_cast<int>(UserStatus::Suspended)},
                              {QStringLiteral("status_reason"), *why}};
        if (const Status s = update(context, userId, *user, QStringLiteral("suspend"), columns, before, after, *why);
            !s)
            return Error{s.error()};
        if (const Status n
            = notify(context, userId, QStringLiteral("suspension"),
                     {{QStringLiteral("first_name"), user->firstName}, {QStringLiteral("reason"), *why}});
            !n)
            return Error{n.error()};
        return ActionOutcome{};
    });
}

Result<ActionOutcome> reactivate(ActionContext &context, std::int64_t userId, const QString &reason)
{
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        if (user->status != UserStatus::Suspended)
            return skipped(tr("Not suspended."));
        const QJsonObject before{{QStringLiteral("status"), statusKey(user->status)},
                                 {QStringLiteral("status_reason"), user->statusReason}};
        const QJsonObject after{{QStringLiteral("status"), statusKey(UserStatus::Active)},
                                {QStringLiteral("status_reason"), QJsonValue::Null}};
        // Credits are left as they are: reactivation gives back exactly what the user had.
        const Columns columns{{QStringLiteral("status"), static_cast<int>(UserStatus::Active)},
                              {QStringLiteral("status_reason"), QVariant()}};
        if (const Status s
            = update(context, userId, *user, QStringLiteral("reactivate"), columns, before, after, reason.trimmed());
            !s)
            return Error{s.error()};
        return ActionOutcome{};
    });
}

Result<ActionOutcome> topUp(ActionContext &context, std::int64_t userId, std::int64_t amount, CreditReason reason,
                            const QString &note)
{
    if (amount == 0 || amount > MaxCreditChange || amount < -MaxCreditChange)
        return Error{tr("The amount must be non-zero and at most %1 in minor units.").arg(MaxCreditChange)};
    if (amount < 0 && reason != CreditReason::Adjustment)
        return Error{tr("Only an adjustment can remove credit.")};
    if (note.trimmed().size() > 500)
        return Error{tr("The note has at most 500 characters.")};
    const QString reasonKey = reason == CreditReason::Complimentary ? QStringLiteral("complimentary")
        : reason == CreditReason::Refund                            ? QStringLiteral("refund")
                                                                    : QStringLiteral("adjustment");
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        const std::int64_t balance = user->creditBalance + amount;
        if (balance < 0)
            return Error{tr("The balance cannot go below zero.")};
        const QString currency = StoreSettings::value(context.db, StoreSettings::Currency);
        const auto actor = actingOperator(context);
        if (!actor)
            return Error{actor.error()};
        QSqlQuery ledger(context.db);
        ledger.prepare(QStringLiteral("INSERT INTO credit_ledger (gid, user_id, amount, currency, reason, note, "
                                      "operator_id, created_at) VALUES (?,?,?,?,?,?,?,?)"));
        ledger.addBindValue(newUuidV7());
        ledger.addBindValue(QVariant::fromValue<qint64>(userId));
        ledger.addBindValue(QVariant::fromValue<qint64>(amount));
        ledger.addBindValue(currency);
        ledger.addBindValue(reasonKey);
        ledger.addBindValue(note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed()));
        ledger.addBindValue(*actor);
        ledger.addBindValue(QVariant::fromValue<qint64>(QDateTime::currentMSecsSinceEpoch()));
        if (!ledger.exec())
            return Error{ledger.lastError().databaseText()};
        const QJsonObject before{{QStringLiteral("credit_balance"), plainMoney(user->creditBalance, currency)}};
        const QJsonObject after{{QStringLiteral("credit_balance"), plainMoney(balance, currency)}};
        const Columns columns{{QStringLiteral("credit_balance"), QVariant::fromValue<qint64>(balance)}};
        const QString why = note.trimmed().isEmpty() ? reasonKey : reasonKey + QStringLiteral(": ") + note.trimmed();
        if (const Status s = update(context, userId, *user, QStringLiteral("top_up"), columns, before, after, why); !s)
            return Error{s.error()};
        return ActionOutcome{};
    });
}

Result<ActionOutcome> changeEmail(ActionContext &context, std::int64_t userId, const QString &email)
{
    const auto normalized = normalizeEmail(email);
    if (!normalized)
        return Error{normalized.error()};
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        if (user->email == *normalized)
            return skipped(tr("The email is unchanged."));
        QSqlQuery taken(context.db);
        taken.prepare(QStringLiteral("SELECT id FROM users WHERE email = ? AND id <> ?"));
        taken.addBindValue(*normalized);
        taken.addBindValue(QVariant::fromValue<qint64>(userId));
        if (!taken.exec())
            return Error{taken.lastError().databaseText()};
        if (taken.next())
            return Error{tr("%1 is already the email of another user.").arg(*normalized)};
        const QJsonObject before{{QStringLiteral("email"), user->email}};
        const QJsonObject after{{QStringLiteral("email"), *normalized}};
        const Columns columns{{QStringLiteral("email"), *normalized}};
        if (const Status s = update(context, userId, *user, QStringLiteral("change_email"), columns, before, after, {});
            !s)
            return Error{s.error()};
        return ActionOutcome{};
    });
}

Result<ActionOutcome> changePhone(ActionContext &context, std::int64_t userId, const QString &typed,
                                  const QString &defaultRegion)
{
    QString e164;
    if (!typed.trimmed().isEmpty()) {
        const auto parsed = phoneToE164(typed.trimmed(), defaultRegion);
        if (!parsed)
            return Error{parsed.error()};
        e164 = *parsed;
    }
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        if (user->phone == e164)
            return skipped(tr("The phone is unchanged."));
        const QJsonObject before{{QStringLiteral("phone"), auditText(user->phone)}};
        const QJsonObject after{{QStringLiteral("phone"), auditText(e164)}};
        const Columns columns{{QStringLiteral("phone"), e164.isEmpty() ? QVariant() : QVariant(e164)}};
        if (const Status s = update(context, userId, *user, QStringLiteral("change_phone"), columns, before, after, {});
            !s)
            return Error{s.error()};
        return ActionOutcome{};
    });
}

Result<QString> sendResetLink(ActionContext &context, std::int64_t userId)
{
    Transaction transaction(context.db, context.savepointEachAction);
    if (const Status begun = transaction.begun(); !begun)
        return Error{begun.error()};
    const auto user = load(context.db, userId);
    if (!user)
        return Error{user.error()};
    const auto link = Links::issue(context, userId, LinkPurpose::Reset);
    if (!link)
        return Error{link.error()};
    if (const Status n
        = notify(context, userId, QStringLiteral("reset"), {{QStringLiteral("first_name"), user->firstName}});
        !n)
        return Error{n.error()};
    if (const Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return link->url;
}

Result<ActionOutcome> setPassword(ActionContext &context, std::int64_t userId, const QString &password)
{
    if (password.size() < 8 || password.size() > 128)
        return Error{tr("A password has 8 to 128 characters.")};
    const auto hash = Secrets::hashPassword(password);
    if (!hash)
        return Error{hash.error()};
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        const QJsonObject changed{{QStringLiteral("password"), QStringLiteral("changed")}};
        const Columns columns{{QStringLiteral("password_hash"), *hash}};
        if (const Status s = update(context, userId, *user, QStringLiteral("set_password"), columns, {}, changed, {});
            !s)
            return Error{s.error()};
        return ActionOutcome{};
    });
}

Result<ActionOutcome> deleteUser(ActionContext &context, std::int64_t userId)
{
    return inTransaction(context, [&]() -> Result<ActionOutcome> {
        const auto user = load(context.db, userId);
        if (!user)
            return Error{user.error()};
        QSqlQuery remove(context.db);
        remove.prepare(QStringLiteral("DELETE FROM users WHERE id = ?"));
        remove.addBindValue(QVariant::fromValue<qint64>(userId));
        if (!remove.exec())
            return Error{remove.lastError().databaseText()};
        const QJsonObject before{{QStringLiteral("user"), uuidText(user->gid)}};
        if (const Status a = writeAudit(context, QStringLiteral("delete_user"), QStringLiteral("user"), userId,
                                        user->gid, before, {}, {});
            !a)
            return Error{a.error()};
        if (const Status c = writeChange(context, QStringLiteral("user"), user->gid, QStringLiteral("delete"),
                                         user->rowVersion + 1, {});
            !c)
            return Error{c.error()};
        return ActionOutcome{};
    });
}

} // namespace rollbook::UserActions
