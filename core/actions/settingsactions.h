#pragma once

#include "actions/actionsupport.h"
#include "notify/templates.h"

#include <QList>

namespace rollbook {

/// What every operator of the school shares: its name, the users-support email, the platform
/// base URL links are built from, the default phone region, the currency, the mail server its
/// email leaves by and the gateway its text messages leave by (their passwords are kept in the
/// system keychain, not here).
struct SchoolSettings
{
    QString schoolName;
    QString supportEmail;
    QString baseUrl;
    QString phoneRegion;
    QString currency;
    QString smtpHost = {}; ///< empty: email is not sent from here
    QString smtpPort = QStringLiteral("587");
    QString smtpSecurity = QStringLiteral("starttls"); ///< starttls, tls or none (this machine only)
    QString smtpUser = {};
    QString mailFromName = {}; ///< empty: the school's name
    QString mailFromAddress = {};
    QString smsUrl = {}; ///< empty: no text messages are sent from here
    QString smsFormat = QStringLiteral("form"); ///< form or json
    QString smsUser = {};
    QString smsFrom = {};
    QString smsBody = {}; ///< empty: the format's usual request body
};

namespace SettingsActions {

/// Each setting's key in the settings table, beside its member. The mail server's came later: a
/// command recorded before them carries none (its replay keeps them as they are).
struct Field
{
    const QString &key;
    QString SchoolSettings::*member;
    bool optional;
};
const QList<Field> &fields();

SchoolSettings current(QSqlDatabase &db);

/// Checks every setting and template, then stores them in one transaction with one audit row that
/// lists what changed; an Error stores nothing. A template equal to its built-in wording is kept
/// as the built-in one.
Result<ActionOutcome> save(ActionContext &context, const SchoolSettings &settings,
                           const QList<NotificationTemplate> &templates);

} // namespace SettingsActions

} // namespace rollbook
