#include "actions/useractions.h"

#include "actions/actionsupport.h"
#include "actions/audit.h"
#include "actions/links.h"
#include "actions/operators.h"
#include "actions/secrets.h"
#include "actions/transaction.h"
#include "keptquery.h"
#include "money.h"
#include "phone.h"
#include "searchkey.h"
#include "settings.h"
#include "sqldialect.h"
#include "textfold.h"
#include "userstatus.h"
#include "uuid.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::UserActions {

using namespace ActionSupport;

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::UserActions)
};

constexpr std::int64_t MaxCreditChange = 1'000'000'000; // minor units in one top-up

/// The user's average progress over their enrollments, rounded down. Divided here: PostgreSQL's
/// sum() of bigint is numeric, and its division would round where SQLite's truncates.
Result<int> averageProgress(QSqlDatabase &db, std::int64_t userId)
{
    KeptQuery keptQuery(
        db, QStringLiteral("SELECT coalesce(sum(progress), 0), count(*) FROM enrollments WHERE user_id = ?"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(QVariant::fromValue<qint64>(userId));
    if (!query.exec() || !query.next())
        return databaseError(query.lastError());
    const qint64 count = query.value(1).toLongLong();
    return count == 0 ? 0 : int(query.value(0).toLongLong() / count);
}

} // namespace

/// Moves a user from one status to another with a reason, audited, and tells them when a
/// notification template is given.
Result<ActionOutcome> changeStatus(ActionContext &context, std::int64_t userId, const QString &action, UserStatus from,
                                   UserStatus to, const QString &reason, const QString &templateKey,
                                   const QString &skipMessage)
{
    return inTransaction(context, action, [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        if (user->status != from)
            return skipped(skipMessage);
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)}, {QStringLiteral("reason"), reason}});
        const QJsonObject before{{QStringLiteral("status"), statusKey(user->status)},
                                 {QStringLiteral("status_reason"), user->statusReason}};
        const QJsonObject after{{QStringLiteral("status"), statusKey(to)},
                                {QStringLiteral("status_reason"), auditText(reason)}};
        const Columns columns{{QStringLiteral("status"), static_cast<int>(to)},
                              {QStringLiteral("status_reason"), reason.isEmpty() ? QVariant() : QVariant(reason)}};
        if (const Status s = update(context, userId, *user, action, columns, before, after, reason); !s)
            return s.failure();
        if (!templateKey.isEmpty()) {
            if (const Status n
                = notify(context, userId, templateKey,
                         {{QStringLiteral("first_name"), user->firstName}, {QStringLiteral("reason"), reason}});
                !n)
                return n.failure();
        }
        return ActionOutcome{};
    });
}

Result<ActionOutcome> approve(ActionContext &context, std::int64_t userId, const QString &note)
{
    return changeStatus(context, userId, QStringLiteral("approve"), UserStatus::Pending, UserStatus::Active,
                        note.trimmed(), QStringLiteral("approval"), Text::tr("Not pending."));
}

Result<ActionOutcome> reject(ActionContext &context, std::int64_t userId, const QString &reason)
{
    const auto why = requiredText(reason, Text::tr("A reason the user will see"));
    if (!why)
        return why.failure();
    return changeStatus(context, userId, QStringLiteral("reject"), UserStatus::Pending, UserStatus::Unsubscribed, *why,
                        QStringLiteral("rejection"), Text::tr("Not pending."));
}

Result<ActionOutcome> unsubscribe(ActionContext &context, std::int64_t userId, const QString &reason)
{
    const auto why = requiredText(reason, Text::tr("A reason"));
    if (!why)
        return why.failure();
    return changeStatus(context, userId, QStringLiteral("unsubscribe"), UserStatus::Active, UserStatus::Unsubscribed,
                        *why, {}, Text::tr("Only an active user can be unsubscribed."));
}

Result<ActionOutcome> resubscribe(ActionContext &context, std::int64_t userId)
{
    return changeStatus(context, userId, QStringLiteral("resubscribe"), UserStatus::Unsubscribed, UserStatus::Active,
                        {}, {}, Text::tr("Not unsubscribed."));
}

Result<ActionOutcome> enroll(ActionContext &context, std::int64_t userId, std::int64_t productId)
{
    return inTransaction(context, QStringLiteral("enroll"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        KeptQuery keptProduct(context.db,
                              QStringLiteral("SELECT title, (SELECT count(*) FROM enrollments WHERE user_id = ? AND "
                                             "product_id = products.id), gid FROM products WHERE id = ?"));
        QSqlQuery &product = keptProduct.query();
        product.addBindValue(QVariant::fromValue<qint64>(userId));
        product.addBindValue(QVariant::fromValue<qint64>(productId));
        if (!product.exec())
            return databaseError(product.lastError());
        if (!product.next())
            return Error{ErrorKind::NotFound, Text::tr("Product %1 does not exist.").arg(productId)};
        const QString title = product.value(0).toString();
        if (product.value(1).toInt() > 0)
            return skipped(Text::tr("Already enrolled in %1.").arg(title));
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)},
                           {QStringLiteral("product"), uuidText(product.value(2).toByteArray())}});
        const std::int64_t now = context.now();
        const QByteArray gid = context.newGid();
        KeptQuery keptInsert(
            context.db,
            QStringLiteral("INSERT INTO enrollments (gid, user_id, product_id, status, progress, source, "
                           "enrolled_at) VALUES (?, ?, ?, 'active', 0, 'admin', ?)"));
        QSqlQuery &insert = keptInsert.query();
        insert.addBindValue(gid);
        insert.addBindValue(QVariant::fromValue<qint64>(userId));
        insert.addBindValue(QVariant::fromValue<qint64>(productId));
        insert.addBindValue(QVariant::fromValue<qint64>(now));
        if (!insert.exec())
            return databaseError(insert.lastError());
        const auto average = averageProgress(context.db, userId);
        if (!average)
            return average.failure();
        const QJsonObject after{{QStringLiteral("enrolled"), title}};
        const Columns columns{{QStringLiteral("avg_progress"), *average}};
        if (const Status s = update(context, userId, *user, QStringLiteral("enroll"), columns, {}, after, {}); !s)
            return s.failure();
        return ActionOutcome{};
    });
}

Result<ActionOutcome> changeEnrollment(ActionContext &context, std::int64_t enrollmentId, const QString &status,
                                       int progress)
{
    static const QStringList statuses{QStringLiteral("active"), QStringLiteral("pending"), QStringLiteral("completed"),
                                      QStringLiteral("canceled"), QStringLiteral("returned")};
    if (!statuses.contains(status))
        return Error{Text::tr("\"%1\" is not an enrollment status.").arg(status)};
    if (progress < 0 || progress > 100)
        return Error{Text::tr("Progress is a percentage from 0 to 100.")};
    return inTransaction(context, QStringLiteral("change_enrollment"), [&]() -> Result<ActionOutcome> {
        KeptQuery keptCurrent(
            context.db,
            QStringLiteral("SELECT e.user_id, e.status, e.progress, e.gid, e.row_version, p.title "
                           "FROM enrollments e JOIN products p ON p.id = e.product_id WHERE e.id = ?"));
        QSqlQuery &current = keptCurrent.query();
        current.addBindValue(QVariant::fromValue<qint64>(enrollmentId));
        if (!current.exec())
            return databaseError(current.lastError());
        if (!current.next())
            return Error{ErrorKind::NotFound, Text::tr("Enrollment %1 does not exist.").arg(enrollmentId)};
        const std::int64_t userId = current.value(0).toLongLong();
        const QString oldStatus = current.value(1).toString();
        const int oldProgress = current.value(2).toInt();
        const QByteArray gid = current.value(3).toByteArray();
        const std::int64_t version = current.value(4).toLongLong();
        const QString title = current.value(5).toString();
        if (oldStatus == status && oldProgress == progress)
            return skipped(Text::tr("Nothing changed."));
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("enrollment"), uuidText(gid)},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("progress"), progress}});
        for (const auto &[field, value] : {std::pair{QStringLiteral("status"), QJsonValue(oldStatus)},
                                           std::pair{QStringLiteral("progress"), QJsonValue(oldProgress)}}) {
            if (const Status base = checkBase(context, gid, field, value); !base)
                return base.failure();
            context.command->addBase(gid, version, field, value);
        }
        KeptQuery keptChange(
            context.db,
            QStringLiteral("UPDATE enrollments SET status = ?, progress = ?, row_version = row_version + 1, "
                           "completed_at = CASE WHEN ? = 'completed' THEN coalesce(completed_at, ?) END "
                           "WHERE id = ? AND row_version = ?"));
        QSqlQuery &change = keptChange.query();
        change.addBindValue(status);
        change.addBindValue(progress);
        change.addBindValue(status);
        change.addBindValue(QVariant::fromValue<qint64>(context.now()));
        change.addBindValue(QVariant::fromValue<qint64>(enrollmentId));
        change.addBindValue(QVariant::fromValue<qint64>(version));
        if (!change.exec())
            return databaseError(change.lastError());
        if (change.numRowsAffected() != 1)
            return Error{ErrorKind::Conflict,
                         Text::tr("The enrollment was changed by someone else meanwhile; try again.")};
        const auto average = averageProgress(context.db, userId);
        if (!average)
            return average.failure();
        const QJsonObject before{{QStringLiteral("enrollment"), title},
                                 {QStringLiteral("status"), oldStatus},
                                 {QStringLiteral("progress"), oldProgress}};
        const QJsonObject after{{QStringLiteral("enrollment"), title},
                                {QStringLiteral("status"), status},
                                {QStringLiteral("progress"), progress}};
        const Columns columns{{QStringLiteral("avg_progress"), *average}};
        if (const Status s
            = update(context, userId, *user, QStringLiteral("change_enrollment"), columns, before, after, {});
            !s)
            return s.failure();
        return ActionOutcome{};
    });
}

Result<ActionOutcome> enrollMany(ActionContext &context, std::int64_t userId,
                                 const std::vector<std::int64_t> &productIds)
{
    if (productIds.empty())
        return Error{Text::tr("Choose at least one product.")};
    if (productIds.size() > 1000)
        return Error{Text::tr("Choose at most 1,000 products at once.")};
    return inTransaction(context, QStringLiteral("enroll_many"), [&]() -> Result<ActionOutcome> {
        int added = 0;
        QJsonArray products;
        for (std::int64_t product : productIds) {
            const auto outcome = enroll(context, userId, product);
            if (!outcome)
                return outcome.failure(); // the transaction undoes the products already added
            added += outcome->applied ? 1 : 0;
            KeptQuery keptGid(context.db, QStringLiteral("SELECT gid FROM products WHERE id = ?"));
            QSqlQuery &gid = keptGid.query();
            gid.addBindValue(QVariant::fromValue<qint64>(product));
            if (!gid.exec() || !gid.next())
                return databaseError(gid.lastError());
            products.append(uuidText(gid.value(0).toByteArray()));
        }
        if (added == 0)
            return skipped(Text::tr("Already enrolled in every product chosen."));
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)}, {QStringLiteral("products"), products}});
        return ActionOutcome{};
    });
}

namespace {

/// The checked, normalized form of what was typed; the phone parsed with the default region.
Result<NewUser> checkedUser(const NewUser &user, const QString &defaultPhoneRegion)
{
    NewUser checked;
    const auto first = requiredText(user.firstName, Text::tr("A first name"), 100);
    if (!first)
        return Error{first.error(), QStringLiteral("first_name")};
    checked.firstName = *first;
    checked.lastName = user.lastName.trimmed();
    if (const Status last = checkText(checked.lastName, Text::tr("The last name"), 100); !last)
        return Error{last.error(), QStringLiteral("last_name")};
    const auto email = normalizeEmail(user.email);
    if (!email)
        return Error{email.error(), QStringLiteral("email")};
    checked.email = *email;
    if (!user.phone.trimmed().isEmpty()) {
        const auto parsed = phoneToE164(user.phone.trimmed(), defaultPhoneRegion);
        if (!parsed)
            return Error{parsed.error(), QStringLiteral("phone")};
        checked.phone = *parsed;
    }
    checked.company = user.company.trimmed();
    if (const Status company = checkText(checked.company, Text::tr("The company"), 200); !company)
        return Error{company.error(), QStringLiteral("company")};
    checked.industry = user.industry.trimmed();
    if (const Status industry = checkText(checked.industry, Text::tr("The industry"), 100); !industry)
        return Error{industry.error(), QStringLiteral("industry")};
    return checked;
}

QVariant optional(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Result<CreatedUser> addUser(ActionContext &context, const NewUser &user, const QString &defaultPhoneRegion)
{
    const Secrets::Token token = Secrets::newToken();
    const auto id = addUserHashed(context, user, defaultPhoneRegion, token.hash);
    if (!id)
        return id.failure();
    return CreatedUser{*id, Links::url(context.db, LinkPurpose::SetPassword, token.text)};
}

Result<std::int64_t> addUserHashed(ActionContext &context, const NewUser &typed, const QString &defaultPhoneRegion,
                                   const QByteArray &linkHash)
{
    const auto user = checkedUser(typed, defaultPhoneRegion);
    if (!user)
        return user.failure();
    Transaction transaction(context.db, context.savepointEachAction);
    if (const Status begun = transaction.begun(); !begun)
        return begun.failure();
    CommandScope command(context, QStringLiteral("add_user"));
    KeptQuery keptTaken(context.db,
                        QStringLiteral("SELECT id FROM users WHERE ") + SqlDialect::emailEquals(context.db));
    QSqlQuery &taken = keptTaken.query();
    taken.addBindValue(user->email);
    if (!taken.exec())
        return databaseError(taken.lastError());
    if (taken.next())
        return Error{Text::tr("%1 is already the email of another user.").arg(user->email), QStringLiteral("email")};
    const QByteArray gid = context.newGid();
    KeptQuery keptInsert(
        context.db,
        QStringLiteral("INSERT INTO users (gid, first_name, last_name, sort_name, email, phone, company, "
                       "industry, status, source, registered_at) VALUES (?,?,?,?,?,?,?,?,0,'admin',?) "
                       "RETURNING id"));
    QSqlQuery &insert = keptInsert.query();
    insert.addBindValue(gid);
    insert.addBindValue(user->firstName);
    insert.addBindValue(user->lastName);
    insert.addBindValue(nameSortKey(user->firstName, user->lastName));
    insert.addBindValue(user->email);
    insert.addBindValue(optional(user->phone));
    insert.addBindValue(optional(user->company));
    insert.addBindValue(optional(user->industry));
    insert.addBindValue(QVariant::fromValue<qint64>(context.now()));
    const auto inserted = insertReturningId(insert);
    if (!inserted)
        return inserted.failure();
    const std::int64_t id = *inserted;
    if (const Status search = SearchKey::refresh(context.db, id); !search)
        return search.failure();
    Commands::setArgs(context, gid,
                      {{QStringLiteral("user"), uuidText(gid)},
                       {QStringLiteral("first_name"), user->firstName},
                       {QStringLiteral("last_name"), user->lastName},
                       {QStringLiteral("email"), user->email},
                       {QStringLiteral("phone"), user->phone},
                       {QStringLiteral("company"), user->company},
                       {QStringLiteral("industry"), user->industry},
                       {QStringLiteral("link_hash"), Commands::jsonValue(linkHash)}});
    const QJsonObject after{{QStringLiteral("name"), personName(user->firstName, user->lastName)},
                            {QStringLiteral("email"), user->email},
                            {QStringLiteral("phone"), auditText(user->phone)},
                            {QStringLiteral("company"), auditText(user->company)},
                            {QStringLiteral("industry"), auditText(user->industry)},
                            {QStringLiteral("status"), statusKey(UserStatus::Active)}};
    if (const Status a = writeAudit(context, QStringLiteral("create_user"), QStringLiteral("user"), id, gid, {}, after);
        !a)
        return a.failure();
    if (const auto link = Links::store(context, id, LinkPurpose::SetPassword, linkHash); !link)
        return link.failure();
    // The email keeps {link}: its own link is issued when it is sent (Outbox), none is stored in clear.
    if (const Status n
        = notify(context, id, QStringLiteral("welcome"), {{QStringLiteral("first_name"), user->firstName}});
        !n)
        return n.failure();
    if (const Status recorded = command.record(); !recorded)
        return recorded.failure();
    if (const Status committed = transaction.commit(); !committed)
        return committed.failure();
    return id;
}

Result<ActionOutcome> suspend(ActionContext &context, std::int64_t userId, const QString &reason)
{
    const auto why = requiredText(reason, Text::tr("A reason the user will see"));
    if (!why)
        return why.failure();
    return inTransaction(context, QStringLiteral("suspend"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        if (user->status == UserStatus::Suspended)
            return skipped(Text::tr("Already suspended."));
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)}, {QStringLiteral("reason"), *why}});
        const QJsonObject before{{QStringLiteral("status"), statusKey(user->status)},
                                 {QStringLiteral("status_reason"), user->statusReason}};
        const QJsonObject after{{QStringLiteral("status"), statusKey(UserStatus::Suspended)},
                                {QStringLiteral("status_reason"), *why}};
        const Columns columns{{QStringLiteral("status"), static_cast<int>(UserStatus::Suspended)},
                              {QStringLiteral("status_reason"), *why}};
        if (const Status s = update(context, userId, *user, QStringLiteral("suspend"), columns, before, after, *why);
            !s)
            return s.failure();
        if (const Status n
            = notify(context, userId, QStringLiteral("suspension"),
                     {{QStringLiteral("first_name"), user->firstName}, {QStringLiteral("reason"), *why}});
            !n)
            return n.failure();
        return ActionOutcome{};
    });
}

Result<ActionOutcome> reactivate(ActionContext &context, std::int64_t userId, const QString &reason)
{
    return inTransaction(context, QStringLiteral("reactivate"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        if (user->status != UserStatus::Suspended)
            return skipped(Text::tr("Not suspended."));
        Commands::setArgs(
            context, user->gid,
            {{QStringLiteral("user"), uuidText(user->gid)}, {QStringLiteral("reason"), reason.trimmed()}});
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
            return s.failure();
        return ActionOutcome{};
    });
}

Result<ActionOutcome> topUp(ActionContext &context, std::int64_t userId, std::int64_t amount, CreditReason reason,
                            const QString &note, const QString &expectedCurrency)
{
    if (amount == 0 || amount > MaxCreditChange || amount < -MaxCreditChange)
        return Error{Text::tr("The amount must be non-zero and at most %1 in minor units.").arg(MaxCreditChange)};
    if (amount < 0 && reason != CreditReason::Adjustment)
        return Error{Text::tr("Only an adjustment can remove credit.")};
    if (note.trimmed().size() > 500)
        return Error{Text::tr("The note has at most 500 characters.")};
    const QString reasonKey = reason == CreditReason::Complimentary ? QStringLiteral("complimentary")
        : reason == CreditReason::Refund                            ? QStringLiteral("refund")
                                                                    : QStringLiteral("adjustment");
    return inTransaction(context, QStringLiteral("top_up"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        const std::int64_t balance = user->creditBalance + amount;
        if (balance < 0)
            return Error{Text::tr("The balance cannot go below zero.")};
        const QString currency = context.setting(StoreSettings::Currency);
        if (!expectedCurrency.isEmpty() && expectedCurrency != currency)
            return Error{
                Text::tr("The amount is in %1, but this school counts credit in %2.").arg(expectedCurrency, currency)};
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)},
                           {QStringLiteral("amount"), static_cast<qint64>(amount)},
                           {QStringLiteral("currency"), currency},
                           {QStringLiteral("reason"), reasonKey},
                           {QStringLiteral("note"), note.trimmed()}});
        const auto actor = actingOperator(context);
        if (!actor)
            return actor.failure();
        const QVariantList ledger{context.newGid(),
                                  QVariant::fromValue<qint64>(userId),
                                  QVariant::fromValue<qint64>(amount),
                                  currency,
                                  reasonKey,
                                  note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed()),
                                  *actor,
                                  QVariant::fromValue<qint64>(context.now())};
        if (const Status s
            = insertRow(context.db, LedgerInsert, ledger, context.later ? &context.later->ledger : nullptr);
            !s)
            return s.failure();
        const QJsonObject before{{QStringLiteral("credit_balance"), plainMoney(user->creditBalance, currency)}};
        const QJsonObject after{{QStringLiteral("credit_balance"), plainMoney(balance, currency)}};
        const Columns columns{{QStringLiteral("credit_balance"), QVariant::fromValue<qint64>(balance)}};
        const QString why = note.trimmed().isEmpty() ? reasonKey : reasonKey + QStringLiteral(": ") + note.trimmed();
        if (const Status s = update(context, userId, *user, QStringLiteral("top_up"), columns, before, after, why); !s)
            return s.failure();
        return ActionOutcome{};
    });
}

Result<ActionOutcome> changeEmail(ActionContext &context, std::int64_t userId, const QString &email)
{
    const auto normalized = normalizeEmail(email);
    if (!normalized)
        return normalized.failure();
    return inTransaction(context, QStringLiteral("change_email"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        if (user->email == *normalized)
            return skipped(Text::tr("The email is unchanged."));
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)}, {QStringLiteral("email"), *normalized}});
        KeptQuery keptTaken(context.db,
                            QStringLiteral("SELECT id FROM users WHERE ") + SqlDialect::emailEquals(context.db)
                                + QStringLiteral(" AND id <> ?"));
        QSqlQuery &taken = keptTaken.query();
        taken.addBindValue(*normalized);
        taken.addBindValue(QVariant::fromValue<qint64>(userId));
        if (!taken.exec())
            return databaseError(taken.lastError());
        if (taken.next())
            return Error{Text::tr("%1 is already the email of another user.").arg(*normalized)};
        const QJsonObject before{{QStringLiteral("email"), user->email}};
        const QJsonObject after{{QStringLiteral("email"), *normalized}};
        const Columns columns{{QStringLiteral("email"), *normalized}};
        if (const Status s = update(context, userId, *user, QStringLiteral("change_email"), columns, before, after, {});
            !s)
            return s.failure();
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
            return parsed.failure();
        e164 = *parsed;
    }
    return inTransaction(context, QStringLiteral("change_phone"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        if (user->phone == e164)
            return skipped(Text::tr("The phone is unchanged."));
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)}, {QStringLiteral("phone"), e164}});
        const QJsonObject before{{QStringLiteral("phone"), auditText(user->phone)}};
        const QJsonObject after{{QStringLiteral("phone"), auditText(e164)}};
        const Columns columns{{QStringLiteral("phone"), e164.isEmpty() ? QVariant() : QVariant(e164)}};
        if (const Status s = update(context, userId, *user, QStringLiteral("change_phone"), columns, before, after, {});
            !s)
            return s.failure();
        return ActionOutcome{};
    });
}

Result<QString> sendResetLink(ActionContext &context, std::int64_t userId)
{
    const Secrets::Token token = Secrets::newToken();
    if (const Status sent = sendResetLinkHashed(context, userId, token.hash); !sent)
        return sent.failure();
    return Links::url(context.db, LinkPurpose::Reset, token.text);
}

Status sendResetLinkHashed(ActionContext &context, std::int64_t userId, const QByteArray &tokenHash)
{
    Transaction transaction(context.db, context.savepointEachAction);
    if (const Status begun = transaction.begun(); !begun)
        return begun.failure();
    CommandScope command(context, QStringLiteral("send_reset_link"));
    const auto user = load(context, userId);
    if (!user)
        return user.failure();
    Commands::setArgs(context, user->gid,
                      {{QStringLiteral("user"), uuidText(user->gid)},
                       {QStringLiteral("token_hash"), Commands::jsonValue(tokenHash)}});
    if (const auto link = Links::store(context, userId, LinkPurpose::Reset, tokenHash); !link)
        return link.failure();
    if (const Status n
        = notify(context, userId, QStringLiteral("reset"), {{QStringLiteral("first_name"), user->firstName}});
        !n)
        return n.failure();
    if (const Status recorded = command.record(); !recorded)
        return recorded;
    return transaction.commit();
}

Result<ActionOutcome> setPassword(ActionContext &context, std::int64_t userId, const QString &password)
{
    if (password.size() < 8 || password.size() > 128)
        return Error{Text::tr("A password has 8 to 128 characters.")};
    const auto hash = Secrets::hashPassword(password);
    if (!hash)
        return hash.failure();
    return setPasswordHash(context, userId, *hash);
}

Result<ActionOutcome> setPasswordHash(ActionContext &context, std::int64_t userId, const QString &hash)
{
    if (!Secrets::isPasswordHash(hash))
        return Error{Text::tr("That is not a password hash this school can check.")};
    return inTransaction(context, QStringLiteral("set_password"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)}, {QStringLiteral("password_hash"), hash}});
        const QJsonObject changed{{QStringLiteral("password"), QStringLiteral("changed")}};
        const Columns columns{{QStringLiteral("password_hash"), hash}};
        if (const Status s = update(context, userId, *user, QStringLiteral("set_password"), columns, {}, changed, {});
            !s)
            return s.failure();
        return ActionOutcome{};
    });
}

Result<ActionOutcome> deleteUser(ActionContext &context, std::int64_t userId)
{
    return inTransaction(context, QStringLiteral("delete_user"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        Commands::setArgs(context, user->gid, {{QStringLiteral("user"), uuidText(user->gid)}});
        KeptQuery keptRemove(context.db, QStringLiteral("DELETE FROM users WHERE id = ?"));
        QSqlQuery &remove = keptRemove.query();
        remove.addBindValue(QVariant::fromValue<qint64>(userId));
        if (!remove.exec())
            return databaseError(remove.lastError());
        if (context.prefetched)
            context.prefetched->remove(user->gid);
        const QJsonObject before{{QStringLiteral("user"), uuidText(user->gid)}};
        if (const Status a = writeAudit(context, QStringLiteral("delete_user"), QStringLiteral("user"), userId,
                                        user->gid, before, {}, {});
            !a)
            return a.failure();
        return ActionOutcome{};
    });
}

} // namespace rollbook::UserActions
