#pragma once

#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace rollbook {

/// One email the platform sends a user, as the school has worded it, and the text message that
/// goes beside it where the school marks the template for SMS. Placeholders in braces
/// ({first_name}, {link}, ...) are filled when the notification is queued.
struct NotificationTemplate
{
    QString key; ///< welcome, reset, approval, rejection, suspension
    QString subject;
    QString body;
    QString sms = {}; ///< empty: no text message (never one with a link: those go by email)
};

struct RenderedNotification
{
    QString subject;
    QString body;
    QString sms = {};
};

/// The notification templates, kept in the store's settings table (so every operator of the school
/// shares them) with a built-in wording for each until someone edits it.
namespace NotificationTemplates {

QStringList keys();
/// What the settings screen calls the template ("Welcome", "Password reset"...).
QString title(const QString &key);
/// The placeholders a template may use; {school} and {support_email} fit every template.
QStringList placeholders(const QString &key);
/// Whether the template may go as a text message too: not one whose point is a link.
bool smsAllowed(const QString &key);
/// The longest text message: three SMS segments.
constexpr int MaxSmsLength = 480;
NotificationTemplate builtIn(const QString &key);
NotificationTemplate stored(QSqlDatabase &db, const QString &key);
/// Checks the wording (a subject and body, known placeholders only, the link where the email is
/// useless without it, a text message only where one may go) and stores it; an Error stores nothing.
Status save(QSqlDatabase &db, const NotificationTemplate &wording);
/// Back to the built-in wording.
Status reset(QSqlDatabase &db, const QString &key);
/// The stored wording with the placeholders filled from values and the school's settings.
RenderedNotification render(QSqlDatabase &db, const QString &key, const QHash<QString, QString> &values);

} // namespace NotificationTemplates

} // namespace rollbook
