#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace rollbook {

/// The store's settings table: what every operator of this school shares (currency, phone
/// region, platform URL, support email). Per-machine preferences live in QSettings instead.
namespace StoreSettings {
inline const QString Currency = QStringLiteral("currency");
inline const QString PhoneRegion = QStringLiteral("phone_region");
inline const QString BaseUrl = QStringLiteral("base_url");
inline const QString SupportEmail = QStringLiteral("support_email");
inline const QString SchoolName = QStringLiteral("school_name");
/// The school's mail server (the password is kept apart: see SmtpSettings).
inline const QString SmtpHost = QStringLiteral("smtp_host");
inline const QString SmtpPort = QStringLiteral("smtp_port");
inline const QString SmtpSecurity = QStringLiteral("smtp_security"); ///< starttls, tls or none
inline const QString SmtpUser = QStringLiteral("smtp_user");
inline const QString MailFromName = QStringLiteral("mail_from_name"); ///< empty: the school's name
inline const QString MailFromAddress = QStringLiteral("mail_from_address");
/// The school's text message gateway (its password too is kept apart: see SmsSettings).
inline const QString SmsUrl = QStringLiteral("sms_url"); ///< empty: no text messages from here
inline const QString SmsFormat = QStringLiteral("sms_format"); ///< form or json
inline const QString SmsUser = QStringLiteral("sms_user");
inline const QString SmsFrom = QStringLiteral("sms_from");
inline const QString SmsBody = QStringLiteral("sms_body"); ///< the request body template; empty: the usual one

/// The stored value, or the built-in default for known keys.
QString value(QSqlDatabase &db, const QString &key);
Status setValue(QSqlDatabase &db, const QString &key, const QString &value);
/// Back to the built-in default.
Status remove(QSqlDatabase &db, const QString &key);
/// Grows with every setValue or remove in this process: lets a cache of settings notice the
/// writes its own connection made inside the transaction it caches for.
quint64 revision();
} // namespace StoreSettings

} // namespace rollbook
