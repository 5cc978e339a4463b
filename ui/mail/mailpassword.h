#pragma once

#include "result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace rollbook::MailPassword {

/// Whose password: the mail server's or the SMS gateway's.
enum class Account { MailServer, SmsGateway };

/// The mail server's and the SMS gateway's passwords live in the system keychain (QtKeychain:
/// Secret Service, the macOS Keychain, the Windows Credential Manager), never in the store or
/// QSettings. The entry is per server and user. Asynchronous: done runs on receiver's thread once
/// the keychain answers, and not at all if receiver is gone by then.
void read(Account account, const QString &host, const QString &user, QObject *receiver,
          std::function<void(Result<QString>)> done);
/// Stores the password; an empty one removes the entry.
void write(Account account, const QString &host, const QString &user, const QString &password, QObject *receiver,
           std::function<void(Status)> done);

/// The keychain entry's key ("smtp:user@host", "sms:user@host").
QString keyOf(Account account, const QString &host, const QString &user);

} // namespace rollbook::MailPassword
