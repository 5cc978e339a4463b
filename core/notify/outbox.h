#pragma once

#include "actions/actioncontext.h"
#include "actions/links.h"
#include "notify/templates.h"
#include "result.h"

#include <optional>

namespace rollbook {

/// The notifications table as a queue. A queued email that needs a one-time link (welcome,
/// reset) keeps {link} in its body, never a token: the link is issued when the email is sent, so
/// the store holds a token only as its hash, queued or sent (see docs/ARCHITECTURE.md, Secrets).
namespace Outbox {

/// The purpose of the link a template's {link} stands for, if it has one.
std::optional<LinkPurpose> linkPurpose(const QString &templateKey);

/// The text with every one-time link in it ("https://...?token=...") put back to {link}.
QString withoutLinkTokens(const QString &text);

/// A queued notification as it goes out now: {link} filled with a link issued at this moment (its
/// hash stored, the issue audited). The token exists only in the returned text, which the sender
/// hands to the mail server and does not store.
Result<RenderedNotification> prepareForSending(ActionContext &context, std::int64_t notificationId);

} // namespace Outbox

} // namespace rollbook
