#pragma once

#include "actions/actionsupport.h"

#include <cstdint>

namespace rollbook {

/// Support work on a user: ticket replies, internal notes and status, and one-to-one messages.
/// Each is audited against the ticket's or conversation's user, in one transaction.
namespace SupportActions {

/// The statuses a ticket moves through, in order.
QStringList ticketStatuses();

/// A reply the user sees, or (internal) a note only operators see. A closed ticket takes notes only.
Result<ActionOutcome> replyToTicket(ActionContext &context, std::int64_t ticketId, const QString &body, bool internal);
/// open, pending, solved or closed; solving or closing stamps solved_at, reopening clears it.
Result<ActionOutcome> setTicketStatus(ActionContext &context, std::int64_t ticketId, const QString &status);
/// Sends a message in the user's conversation. Only an admin may start a conversation that does
/// not exist yet; support operators answer the ones that do.
Result<ActionOutcome> sendMessage(ActionContext &context, std::int64_t userId, const QString &body);

} // namespace SupportActions

} // namespace rollbook
