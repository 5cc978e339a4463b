#pragma once

#include "notify/smtpclient.h"

#include <QSqlDatabase>

namespace rollbook::MailSettings {

/// The school's mail server as its settings name it, without the password (the caller adds it
/// from the keychain or a secret file).
SmtpSettings fromStore(QSqlDatabase &db);

/// The address replies go to: the users-support email.
QString replyTo(QSqlDatabase &db);

} // namespace rollbook::MailSettings
