#pragma once

#include "actions/actioncontext.h"
#include "notify/smsclient.h"
#include "notify/smtpclient.h"
#include "result.h"

#include <QString>

#include <cstdint>

namespace rollbook {

/// Sends the notifications queue: each queued notification that is due is claimed, sent, and its
/// outcome recorded (sent with the time and the server's id, or failed with the reason). A
/// notification goes out at most once: it is marked as going out before it is sent, and one that
/// a sender stopped on half-way (a crash) is not sent again but failed as "may have arrived",
/// for an operator to resend. Two senders on one store never take the same notification.
namespace Delivery {

/// What one run did.
struct Report
{
    int sent = 0;
    int retrying = 0; ///< failed for now; tried again after a delay
    int failed = 0;
    int connections = 0; ///< connections opened to the mail server (or the gateway)
    /// Set when the mail server itself failed (cannot connect, TLS, sign-in): the run stopped there.
    QString serverTrouble;
};

/// The wait before the next try of a notification that failed attempts times for now: 1 minute,
/// doubling with each attempt; -1 once it would pass 6 hours (the notification fails then).
std::int64_t retryDelayMs(int attempts);

/// Sends the due email notifications by smtp, oldest first, at most limit of them, as sender
/// (a name kept on the claims, for the log). Blocking: run it off the GUI thread, on a
/// connection of its own.
Result<Report> sendDue(ActionContext &context, SmtpClient &smtp, const QString &sender, int limit);

/// Sends the due text messages through the gateway the same way, each with its notification's id
/// as the Idempotency-Key, to the user's stored E.164 number.
Result<Report> sendDueSms(ActionContext &context, SmsClient &gateway, const QString &sender, int limit);

/// Fails every notification a sender stopped on while it was going out, its claim run out.
Result<int> failInterrupted(QSqlDatabase &db, std::int64_t nowMs);

} // namespace Delivery

} // namespace rollbook
