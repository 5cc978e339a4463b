#pragma once

#include "actions/actioncontext.h"
#include "actions/actionsupport.h"
#include "result.h"

#include <QString>

#include <cstdint>
#include <vector>

namespace rollbook {

enum class CreditReason { Complimentary, Adjustment, Refund };

/// A credit ledger row's INSERT up to its VALUES: eight values a row, in topUp's order.
inline constexpr const char *LedgerInsert = "INSERT INTO credit_ledger (gid, user_id, amount, currency, reason, "
                                            "note, operator_id, created_at) VALUES ";

/// Each action validates, then in one transaction changes the user (row_version + 1), writes one
/// audit row with the fields before and after, where the user is told a queued notification, and
/// the command that replays it (see Command). An Error changes nothing.
/// What an administrator types to add a user.
struct NewUser
{
    QString firstName;
    QString lastName;
    QString email;
    QString phone; ///< as typed; parsed with the default phone region
    QString company;
    QString industry;
};

struct CreatedUser
{
    std::int64_t id = 0;
    QString setPasswordUrl; ///< sent in the queued welcome notification, shown once
};

namespace UserActions {

/// Adds an active user (source: admin), issues a set-password link and queues the welcome
/// notification that carries it.
Result<CreatedUser> addUser(ActionContext &context, const NewUser &user, const QString &defaultPhoneRegion);
/// addUser as its command replays it: the set-password link's token is given by its hash alone.
Result<std::int64_t> addUserHashed(ActionContext &context, const NewUser &user, const QString &defaultPhoneRegion,
                                   const QByteArray &linkHash);
/// A pending registration becomes active; the user is told.
Result<ActionOutcome> approve(ActionContext &context, std::int64_t userId, const QString &note = {});
/// A pending registration is refused: access removed (unsubscribed) with the reason the user is told.
Result<ActionOutcome> reject(ActionContext &context, std::int64_t userId, const QString &reason);
/// Removes access (status unsubscribed), keeping the user's data.
Result<ActionOutcome> unsubscribe(ActionContext &context, std::int64_t userId, const QString &reason);
Result<ActionOutcome> resubscribe(ActionContext &context, std::int64_t userId);
/// Enrolls in a product (source: admin); skipped when already enrolled. Keeps avg_progress current.
Result<ActionOutcome> enroll(ActionContext &context, std::int64_t userId, std::int64_t productId);
/// Changes an enrollment's status (active, pending, completed, canceled, returned) and progress
/// (0-100); completing sets the completion date. Audited against the user, keeps avg_progress current.
Result<ActionOutcome> changeEnrollment(ActionContext &context, std::int64_t enrollmentId, const QString &status,
                                       int progress);
/// Enrolls in several products at once, all or none: applied when at least one is new.
Result<ActionOutcome> enrollMany(ActionContext &context, std::int64_t userId,
                                 const std::vector<std::int64_t> &productIds);

Result<ActionOutcome> suspend(ActionContext &context, std::int64_t userId, const QString &reason);
Result<ActionOutcome> reactivate(ActionContext &context, std::int64_t userId, const QString &reason = {});
/// Adds (or, for an adjustment, may remove) credit in minor units; the balance stays the ledger's sum.
/// A replayed top-up names its currency: one in another currency than the school's is refused.
Result<ActionOutcome> topUp(ActionContext &context, std::int64_t userId, std::int64_t amount, CreditReason reason,
                            const QString &note, const QString &expectedCurrency = {});
Result<ActionOutcome> changeEmail(ActionContext &context, std::int64_t userId, const QString &email);
/// Parses the phone as typed with the default region (ISO 3166 code) and stores it as E.164;
/// an empty phone removes it.
Result<ActionOutcome> changePhone(ActionContext &context, std::int64_t userId, const QString &typed,
                                  const QString &defaultRegion);

/// Issues a password-reset link and queues the email that carries it; returns the link.
Result<QString> sendResetLink(ActionContext &context, std::int64_t userId);
/// sendResetLink as its command replays it, with the link's token hash.
Status sendResetLinkHashed(ActionContext &context, std::int64_t userId, const QByteArray &tokenHash);
/// Stores an argon2id hash of the password (8 to 128 characters); the audit row says only that
/// it changed.
Result<ActionOutcome> setPassword(ActionContext &context, std::int64_t userId, const QString &password);
/// setPassword as its command replays it: an argon2id hash, never the password.
Result<ActionOutcome> setPasswordHash(ActionContext &context, std::int64_t userId, const QString &hash);
/// Deletes the user and, through the schema's cascades, every row of theirs; leaves an audit row
/// that names the user by id and gid only.
Result<ActionOutcome> deleteUser(ActionContext &context, std::int64_t userId);

} // namespace UserActions

} // namespace rollbook
