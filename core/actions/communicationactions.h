#pragma once

#include "actions/actionsupport.h"

#include <cstdint>

namespace rollbook {

/// What the school may send a user: their opt-ins and their mailing lists. Each change is audited
/// against the user, in one transaction.
namespace CommunicationActions {

/// Records the newsletter and promotional consent the user gave (or withdrew).
Result<ActionOutcome> setOptIns(ActionContext &context, std::int64_t userId, bool newsletter, bool promotions);
/// Skipped when the user is on the list already.
Result<ActionOutcome> addToMailingList(ActionContext &context, std::int64_t userId, std::int64_t listId);
/// Skipped when the user is not on the list.
Result<ActionOutcome> removeFromMailingList(ActionContext &context, std::int64_t userId, std::int64_t listId);
/// Puts a failed notification back in the queue, audited against its user: it goes out again as
/// it was (with a fresh link when it carries one). Skipped unless it failed.
Result<ActionOutcome> resendNotification(ActionContext &context, std::int64_t notificationId);

} // namespace CommunicationActions

} // namespace rollbook
