#include "notify/mailsettings.h"

#include "settings.h"

namespace rollbook::MailSettings {

SmtpSettings fromStore(QSqlDatabase &db)
{
    SmtpSettings settings;
    settings.host = StoreSettings::value(db, StoreSettings::SmtpHost);
    settings.port = StoreSettings::value(db, StoreSettings::SmtpPort).toInt();
    settings.security = SmtpSettings::securityOf(StoreSettings::value(db, StoreSettings::SmtpSecurity))
                            .value_or(SmtpSettings::Security::StartTls);
    settings.user = StoreSettings::value(db, StoreSettings::SmtpUser);
    settings.fromName = StoreSettings::value(db, StoreSettings::MailFromName);
    if (settings.fromName.isEmpty())
        settings.fromName = StoreSettings::value(db, StoreSettings::SchoolName);
    settings.fromAddress = StoreSettings::value(db, StoreSettings::MailFromAddress);
    return settings;
}

SmsSettings smsFromStore(QSqlDatabase &db)
{
    SmsSettings settings;
    settings.url = StoreSettings::value(db, StoreSettings::SmsUrl);
    settings.format
        = SmsSettings::formatOf(StoreSettings::value(db, StoreSettings::SmsFormat)).value_or(SmsSettings::Format::Form);
    settings.user = StoreSettings::value(db, StoreSettings::SmsUser);
    settings.from = StoreSettings::value(db, StoreSettings::SmsFrom);
    settings.body = StoreSettings::value(db, StoreSettings::SmsBody);
    return settings;
}

QString replyTo(QSqlDatabase &db)
{
    return StoreSettings::value(db, StoreSettings::SupportEmail);
}

} // namespace rollbook::MailSettings
