#include "actions/settingsactions.h"

#include "actions/audit.h"
#include "notify/smsclient.h"
#include "notify/smtpclient.h"
#include "phone.h"
#include "settings.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace rollbook::SettingsActions {

using namespace ActionSupport;

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::SettingsActions)
};

/// The mail server's settings, checked when there is a server (no host: no email goes from here).
Result<SchoolSettings> checkedMail(const SchoolSettings &typed, SchoolSettings clean)
{
    clean.smtpHost = typed.smtpHost.trimmed();
    clean.smtpUser = typed.smtpUser.trimmed();
    clean.mailFromName = typed.mailFromName.trimmed();
    clean.smtpSecurity = typed.smtpSecurity.trimmed().toLower();
    bool portOk = false;
    const int port = typed.smtpPort.trimmed().toInt(&portOk);
    clean.smtpPort = QString::number(port);
    if (clean.smtpHost.isEmpty() && typed.mailFromAddress.trimmed().isEmpty()) {
        clean.smtpPort = portOk ? clean.smtpPort : QStringLiteral("587");
        return clean;
    }
    const auto from = normalizeEmail(typed.mailFromAddress);
    if (!from)
        return Error{Text::tr("Sender address: %1").arg(from.error())};
    clean.mailFromAddress = *from;
    if (clean.smtpHost.isEmpty())
        return clean;
    const auto security = SmtpSettings::securityOf(clean.smtpSecurity);
    if (!security)
        return Error{Text::tr("The mail server's security is STARTTLS, TLS or none.")};
    SmtpSettings smtp;
    smtp.host = clean.smtpHost;
    smtp.port = portOk ? port : 0;
    smtp.security = *security;
    smtp.fromAddress = clean.mailFromAddress;
    if (const Status mail = checkSmtpSettings(smtp); !mail)
        return mail.failure();
    if (const Status name = checkText(clean.mailFromName, Text::tr("The sender's name"), 200); !name)
        return name.failure();
    return clean;
}

/// The text message gateway's settings, checked when there is a gateway.
Result<SchoolSettings> checkedSms(const SchoolSettings &typed, SchoolSettings clean)
{
    clean.smsUrl = typed.smsUrl.trimmed();
    clean.smsUser = typed.smsUser.trimmed();
    clean.smsFrom = typed.smsFrom.trimmed();
    clean.smsBody = typed.smsBody.trimmed();
    clean.smsFormat = typed.smsFormat.trimmed().toLower();
    const auto format = SmsSettings::formatOf(clean.smsFormat);
    if (!format)
        return Error{Text::tr("The gateway takes a form or JSON.")};
    if (clean.smsBody == SmsSettings::usualBody(*format))
        clean.smsBody.clear();
    if (const Status from = checkText(clean.smsFrom, Text::tr("The text message sender"), 40); !from)
        return from.failure();
    if (clean.smsUrl.isEmpty())
        return clean;
    SmsSettings sms;
    sms.url = clean.smsUrl;
    sms.format = *format;
    sms.body = clean.smsBody;
    if (const Status usable = checkSmsSettings(sms); !usable)
        return usable.failure();
    return clean;
}

/// The settings as they will be stored, or the first thing wrong with them.
Result<SchoolSettings> checked(const SchoolSettings &typed)
{
    SchoolSettings clean;
    const auto name = requiredText(typed.schoolName, Text::tr("The school's name"), 200);
    if (!name)
        return name.failure();
    clean.schoolName = *name;
    const auto email = normalizeEmail(typed.supportEmail);
    if (!email)
        return Error{Text::tr("Support email: %1").arg(email.error())};
    clean.supportEmail = *email;
    QString base = typed.baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()
        || url.hasQuery() || url.hasFragment())
        return Error{Text::tr("The platform address must be a web address such as https://learn.example.com.")};
    clean.baseUrl = base;
    clean.phoneRegion = typed.phoneRegion.trimmed().toUpper();
    if (!phoneRegions().contains(clean.phoneRegion))
        return Error{Text::tr("\"%1\" is not a phone region; use a two-letter country code such as US or GB.")
                         .arg(typed.phoneRegion)};
    clean.currency = typed.currency.trimmed().toUpper();
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(clean.currency).hasMatch())
        return Error{Text::tr("The currency is a three-letter ISO 4217 code such as USD or EUR.")};
    const auto mail = checkedMail(typed, clean);
    if (!mail)
        return mail;
    return checkedSms(typed, *mail);
}

} // namespace

const QList<Field> &fields()
{
    static const QList<Field> all{{StoreSettings::SchoolName, &SchoolSettings::schoolName, false},
                                  {StoreSettings::SupportEmail, &SchoolSettings::supportEmail, false},
                                  {StoreSettings::BaseUrl, &SchoolSettings::baseUrl, false},
                                  {StoreSettings::PhoneRegion, &SchoolSettings::phoneRegion, false},
                                  {StoreSettings::Currency, &SchoolSettings::currency, false},
                                  {StoreSettings::SmtpHost, &SchoolSettings::smtpHost, true},
                                  {StoreSettings::SmtpPort, &SchoolSettings::smtpPort, true},
                                  {StoreSettings::SmtpSecurity, &SchoolSettings::smtpSecurity, true},
                                  {StoreSettings::SmtpUser, &SchoolSettings::smtpUser, true},
                                  {StoreSettings::MailFromName, &SchoolSettings::mailFromName, true},
                                  {StoreSettings::MailFromAddress, &SchoolSettings::mailFromAddress, true},
                                  {StoreSettings::SmsUrl, &SchoolSettings::smsUrl, true},
                                  {StoreSettings::SmsFormat, &SchoolSettings::smsFormat, true},
                                  {StoreSettings::SmsUser, &SchoolSettings::smsUser, true},
                                  {StoreSettings::SmsFrom, &SchoolSettings::smsFrom, true},
                                  {StoreSettings::SmsBody, &SchoolSettings::smsBody, true}};
    return all;
}

SchoolSettings current(QSqlDatabase &db)
{
    SchoolSettings settings;
    for (const Field &field : fields())
        settings.*field.member = StoreSettings::value(db, field.key);
    return settings;
}

Result<ActionOutcome> save(ActionContext &context, const SchoolSettings &settings,
                           const QList<NotificationTemplate> &templates)
{
    const auto clean = checked(settings);
    if (!clean)
        return clean.failure();
    return inTransaction(context, QStringLiteral("change_settings"), [&]() -> Result<ActionOutcome> {
        const SchoolSettings old = current(context.db);
        QJsonObject before;
        QJsonObject after;
        QJsonArray changedTemplates;
        const QString row = QStringLiteral("settings");
        QJsonObject given;
        for (const Field &field : fields()) {
            const QString &was = old.*field.member;
            const QString &now = (*clean).*field.member;
            given.insert(field.key, now);
            if (was == now)
                continue;
            if (const Status base = checkBase(context, row, field.key, was); !base)
                return base.failure();
            context.command->addBase(row, 0, field.key, was);
            before.insert(field.key, was);
            after.insert(field.key, now);
            if (const Status s = StoreSettings::setValue(context.db, field.key, now); !s)
                return s.failure();
        }
        for (const NotificationTemplate &wording : templates) {
            const NotificationTemplate was = NotificationTemplates::stored(context.db, wording.key);
            const QString sms = wording.sms.trimmed();
            if (was.subject == wording.subject.trimmed() && was.body == wording.body.trimmed() && was.sms == sms)
                continue;
            const NotificationTemplate builtIn = NotificationTemplates::builtIn(wording.key);
            const bool isBuiltIn = builtIn.subject == wording.subject.trimmed()
                && builtIn.body == wording.body.trimmed() && builtIn.sms == sms;
            const Status s = isBuiltIn ? NotificationTemplates::reset(context.db, wording.key)
                                       : NotificationTemplates::save(context.db, wording);
            if (!s)
                return Error{Text::tr("%1: %2").arg(NotificationTemplates::title(wording.key), s.error())};
            const QString field = QStringLiteral("template/") + wording.key;
            const QString wasText = was.subject + u'\n' + was.body;
            const QString nowText = wording.subject.trimmed() + u'\n' + wording.body.trimmed();
            if (wasText != nowText) {
                if (const Status base = checkBase(context, row, field, wasText); !base)
                    return base.failure();
                context.command->addBase(row, 0, field, wasText);
                before.insert(field, wasText);
                after.insert(field, nowText);
            }
            if (was.sms != sms) { // the text message is a field of its own: an email edit does not clash with it
                const QString smsField = field + QStringLiteral("/sms");
                if (const Status base = checkBase(context, row, smsField, was.sms); !base)
                    return base.failure();
                context.command->addBase(row, 0, smsField, was.sms);
                before.insert(smsField, was.sms);
                after.insert(smsField, sms);
            }
            changedTemplates.append(QJsonObject{{QStringLiteral("key"), wording.key},
                                                {QStringLiteral("subject"), wording.subject.trimmed()},
                                                {QStringLiteral("body"), wording.body.trimmed()},
                                                {QStringLiteral("sms"), sms}});
        }
        if (after.isEmpty())
            return skipped(Text::tr("Nothing changed."));
        Commands::setArgs(context, {},
                          {{QStringLiteral("settings"), given}, {QStringLiteral("templates"), changedTemplates}});
        if (const Status a
            = writeAudit(context, QStringLiteral("change_settings"), QStringLiteral("settings"), 0, {}, before, after);
            !a)
            return a.failure();
        return ActionOutcome{};
    });
}

} // namespace rollbook::SettingsActions
