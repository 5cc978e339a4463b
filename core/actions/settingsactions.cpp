#include "actions/settingsactions.h"

#include "actions/audit.h"
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

QString tr(const char *text)
{
    return QCoreApplication::translate("SettingsActions", text);
}

/// The settings as they will be stored, or the first thing wrong with them.
Result<SchoolSettings> checked(const SchoolSettings &typed)
{
    SchoolSettings clean;
    const auto name = requiredText(typed.schoolName, tr("The school's name"), 200);
    if (!name)
        return name.failure();
    clean.schoolName = *name;
    const auto email = normalizeEmail(typed.supportEmail);
    if (!email)
        return Error{tr("Support email: %1").arg(email.error())};
    clean.supportEmail = *email;
    QString base = typed.baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty()
        || url.hasQuery() || url.hasFragment())
        return Error{tr("The platform address must be a web address such as https://learn.example.com.")};
    clean.baseUrl = base;
    clean.phoneRegion = typed.phoneRegion.trimmed().toUpper();
    if (!phoneRegions().contains(clean.phoneRegion))
        return Error{
            tr("\"%1\" is not a phone region; use a two-letter country code such as US or GB.").arg(typed.phoneRegion)};
    clean.currency = typed.currency.trimmed().toUpper();
    static const QRegularExpression currency(QStringLiteral("^[A-Z]{3}$"));
    if (!currency.match(clean.currency).hasMatch())
        return Error{tr("The currency is a three-letter ISO 4217 code such as USD or EUR.")};
    return clean;
}

} // namespace

SchoolSettings current(QSqlDatabase &db)
{
    return {StoreSettings::value(db, StoreSettings::SchoolName), StoreSettings::value(db, StoreSettings::SupportEmail),
            StoreSettings::value(db, StoreSettings::BaseUrl), StoreSettings::value(db, StoreSettings::PhoneRegion),
            StoreSettings::value(db, StoreSettings::Currency)};
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
        const std::pair<const QString &, std::pair<QString, QString>> fields[]
            = {{StoreSettings::SchoolName, {old.schoolName, clean->schoolName}},
               {StoreSettings::SupportEmail, {old.supportEmail, clean->supportEmail}},
               {StoreSettings::BaseUrl, {old.baseUrl, clean->baseUrl}},
               {StoreSettings::PhoneRegion, {old.phoneRegion, clean->phoneRegion}},
               {StoreSettings::Currency, {old.currency, clean->currency}}};
        for (const auto &[key, values] : fields) {
            if (values.first == values.second)
                continue;
            if (const Status base = checkBase(context, row, key, values.first); !base)
                return base.failure();
            context.command->addBase(row, 0, key, values.first);
            before.insert(key, values.first);
            after.insert(key, values.second);
            if (const Status s = StoreSettings::setValue(context.db, key, values.second); !s)
                return s.failure();
        }
        for (const NotificationTemplate &wording : templates) {
            const NotificationTemplate was = NotificationTemplates::stored(context.db, wording.key);
            if (was.subject == wording.subject.trimmed() && was.body == wording.body.trimmed())
                continue;
            const NotificationTemplate builtIn = NotificationTemplates::builtIn(wording.key);
            const bool isBuiltIn
                = builtIn.subject == wording.subject.trimmed() && builtIn.body == wording.body.trimmed();
            const Status s = isBuiltIn ? NotificationTemplates::reset(context.db, wording.key)
                                       : NotificationTemplates::save(context.db, wording);
            if (!s)
                return Error{tr("%1: %2").arg(NotificationTemplates::title(wording.key), s.error())};
            const QString field = QStringLiteral("template/") + wording.key;
            const QString wasText = was.subject + u'\n' + was.body;
            if (const Status base = checkBase(context, row, field, wasText); !base)
                return base.failure();
            context.command->addBase(row, 0, field, wasText);
            changedTemplates.append(QJsonObject{{QStringLiteral("key"), wording.key},
                                                {QStringLiteral("subject"), wording.subject.trimmed()},
                                                {QStringLiteral("body"), wording.body.trimmed()}});
            before.insert(field, wasText);
            after.insert(field, QString(wording.subject.trimmed() + u'\n' + wording.body.trimmed()));
        }
        if (after.isEmpty())
            return skipped(tr("Nothing changed."));
        Commands::setArgs(context, {},
                          {{QStringLiteral("settings"),
                            QJsonObject{{StoreSettings::SchoolName, clean->schoolName},
                                        {StoreSettings::SupportEmail, clean->supportEmail},
                                        {StoreSettings::BaseUrl, clean->baseUrl},
                                        {StoreSettings::PhoneRegion, clean->phoneRegion},
                                        {StoreSettings::Currency, clean->currency}}},
                           {QStringLiteral("templates"), changedTemplates}});
        if (const Status a
            = writeAudit(context, QStringLiteral("change_settings"), QStringLiteral("settings"), 0, {}, before, after);
            !a)
            return a.failure();
        return ActionOutcome{};
    });
}

} // namespace rollbook::SettingsActions
