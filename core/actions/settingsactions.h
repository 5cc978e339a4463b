#pragma once

#include "actions/actionsupport.h"
#include "notify/templates.h"

#include <QList>

namespace rollbook {

/// What every operator of the school shares: its name, the users-support email, the platform
/// base URL links are built from, the default phone region and the currency.
struct SchoolSettings
{
    QString schoolName;
    QString supportEmail;
    QString baseUrl;
    QString phoneRegion;
    QString currency;
};

namespace SettingsActions {

SchoolSettings current(QSqlDatabase &db);

/// Checks every setting and template, then stores them in one transaction with one audit row that
/// lists what changed; an Error stores nothing. A template equal to its built-in wording is kept
/// as the built-in one.
Result<ActionOutcome> save(ActionContext &context, const SchoolSettings &settings,
                           const QList<NotificationTemplate> &templates);

} // namespace SettingsActions

} // namespace rollbook
