#pragma once

#include "notify/smsclient.h"
#include "notify/smtpclient.h"

#include <QSqlDatabase>

namespace rollbook::MailSettings {

/// The school's mail server as its settings name it, without the password (the caller adds it
/// from the keychain or a secret file).
SmtpSettings fromStore(QSqlDatabase &db);

/// The school's text message gateway as its settings name it, without the password.
SmsSettings smsFromStore(QSqlDatabase &db);

/// The address replies go to: the users-support email.
QString replyTo(QSqlDatabase &db);

} // namespace rollbook::MailSettings
