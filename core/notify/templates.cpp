#include "notify/templates.h"

#include "actions/transaction.h"
#include "database.h"
#include "keptquery.h"
#include "settings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::NotificationTemplates {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::NotificationTemplates)
};

QString settingKey(const QString &key, const char *part)
{
    return QStringLiteral("template/%1/%2").arg(key, QLatin1String(part));
}

bool needsLink(const QString &key)
{
    return key == u"welcome" || key == u"reset";
}

/// What render needs from the settings table, read once per transaction (another connection, or
/// another rollbookd, may change it between two) unless this process writes a setting: a bulk
/// chunk queues hundreds of emails from the same few rows.
struct RenderCache
{
    quint64 transaction = 0;
    quint64 writes = 0;
    QHash<QString, NotificationTemplate> templates;
    QString school;
    QString supportEmail;
};

RenderCache &renderCache(QSqlDatabase &db)
{
    thread_local QHash<QString, RenderCache> caches;
    RenderCache &cache = caches[db.connectionName()];
    const quint64 version = Transaction::serial(db);
    const quint64 written = StoreSettings::revision();
    if (version == 0 || cache.transaction != version || cache.writes != written || cache.school.isNull()) {
        cache = RenderCache{version,
                            written,
                            {},
                            StoreSettings::value(db, StoreSettings::SchoolName),
                            StoreSettings::value(db, StoreSettings::SupportEmail)};
        if (cache.school.isNull())
            cache.school = QLatin1String("");
    }
    return cache;
}

} // namespace

QStringList keys()
{
    return {QStringLiteral("welcome"), QStringLiteral("reset"), QStringLiteral("approval"), QStringLiteral("rejection"),
            QStringLiteral("suspension")};
}

QString title(const QString &key)
{
    if (key == u"welcome")
        return Text::tr("Welcome (new user)");
    if (key == u"reset")
        return Text::tr("Password reset");
    if (key == u"approval")
        return Text::tr("Registration approved");
    if (key == u"rejection")
        return Text::tr("Registration rejected");
    if (key == u"suspension")
        return Text::tr("Account suspended");
    return key;
}

bool smsAllowed(const QString &key)
{
    return !needsLink(key);
}

QStringList placeholders(const QString &key)
{
    QStringList names{QStringLiteral("first_name"), QStringLiteral("school"), QStringLiteral("support_email")};
    if (needsLink(key))
        names.append(QStringLiteral("link"));
    if (key == u"rejection" || key == u"suspension")
        names.append(QStringLiteral("reason"));
    return names;
}

NotificationTemplate builtIn(const QString &key)
{
    if (key == u"welcome")
        return {key, Text::tr("Welcome to {school}"),
                Text::tr("Hello {first_name},\n\nyour account at {school} is ready. Set your password here to start "
                         "learning:\n{link}\n\nQuestions? Write to {support_email}.")};
    if (key == u"reset")
        return {
            key, Text::tr("Reset your password"),
            Text::tr("Hello {first_name},\n\nreset your password here (the link works once, for 24 hours):\n{link}\n\n"
                     "If you did not ask for this, write to {support_email}.")};
    if (key == u"approval")
        return {key, Text::tr("Your registration is approved"),
                Text::tr("Hello {first_name},\n\nyour registration at {school} has been approved. Welcome!"),
                Text::tr("{school}: your registration is approved. Welcome, {first_name}!")};
    if (key == u"rejection")
        return {key, Text::tr("Your registration at {school}"),
                Text::tr("Hello {first_name},\n\nyour registration could not be approved: {reason}\n\n"
                         "Questions? Write to {support_email}.")};
    if (key == u"suspension")
        return {key, Text::tr("Your account is suspended"),
                Text::tr("Hello {first_name},\n\nyour account has been suspended: {reason}\n\n"
                         "To appeal, write to {support_email}.")};
    return {key, {}, {}};
}

NotificationTemplate stored(QSqlDatabase &db, const QString &key)
{
    NotificationTemplate wording = builtIn(key);
    KeptQuery keptQuery(db, QStringLiteral("SELECT key, value FROM settings WHERE key IN (?, ?, ?)"));
    QSqlQuery &query = keptQuery.query();
    query.addBindValue(settingKey(key, "subject"));
    query.addBindValue(settingKey(key, "body"));
    query.addBindValue(settingKey(key, "sms"));
    if (query.exec()) {
        while (query.next()) {
            const QString stored = query.value(0).toString();
            if (stored.endsWith(u"/subject"))
                wording.subject = query.value(1).toString();
            else if (stored.endsWith(u"/sms")) // "" stored: the school turned a built-in one off
                wording.sms = query.value(1).toString();
            else
                wording.body = query.value(1).toString();
        }
    }
    return wording;
}

Status save(QSqlDatabase &db, const NotificationTemplate &wording)
{
    if (!keys().contains(wording.key))
        return Error{Text::tr("There is no \"%1\" notification.").arg(wording.key)};
    const QString subject = wording.subject.trimmed();
    const QString body = wording.body.trimmed();
    if (subject.isEmpty() || subject.size() > 200)
        return Error{Text::tr("The subject needs 1 to 200 characters.")};
    if (body.isEmpty() || body.size() > 10'000)
        return Error{Text::tr("The message needs 1 to 10,000 characters.")};
    const QString sms = wording.sms.trimmed();
    if (!sms.isEmpty() && !smsAllowed(wording.key))
        return Error{
            Text::tr("This notification carries a one-time link: it goes by email only, not as a text message.")};
    if (sms.size() > MaxSmsLength)
        return Error{Text::tr("The text message has %1 characters; at most %2 fit.").arg(sms.size()).arg(MaxSmsLength)};
    const QStringList allowed = placeholders(wording.key);
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}\\s]*)\\}"));
    for (const QString &text : {subject, body, sms}) {
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const QString name = it.next().captured(1);
            if (!allowed.contains(name))
                return Error{Text::tr("{%1} is not a placeholder of this notification; it can use {%2}.")
                                 .arg(name, allowed.join(QStringLiteral("}, {")))};
        }
    }
    if (needsLink(wording.key) && !body.contains(u"{link}"))
        return Error{Text::tr("The message must contain {link}: without it the user cannot set a password.")};
    Transaction transaction(db);
    if (const Status begun = transaction.begun(); !begun)
        return begun;
    if (const Status saved = StoreSettings::setValue(db, settingKey(wording.key, "subject"), subject); !saved)
        return saved;
    if (const Status saved = StoreSettings::setValue(db, settingKey(wording.key, "body"), body); !saved)
        return saved;
    // An empty text stored (not NULL) turns a built-in one off.
    const Status keptSms = sms == builtIn(wording.key).sms
        ? StoreSettings::remove(db, settingKey(wording.key, "sms"))
        : StoreSettings::setValue(db, settingKey(wording.key, "sms"), sms.isEmpty() ? QStringLiteral("") : sms);
    if (!keptSms)
        return keptSms;
    return transaction.commit();
}

Status reset(QSqlDatabase &db, const QString &key)
{
    Transaction transaction(db);
    if (const Status begun = transaction.begun(); !begun)
        return begun;
    if (const Status removed = StoreSettings::remove(db, settingKey(key, "subject")); !removed)
        return removed;
    if (const Status removed = StoreSettings::remove(db, settingKey(key, "body")); !removed)
        return removed;
    if (const Status removed = StoreSettings::remove(db, settingKey(key, "sms")); !removed)
        return removed;
    return transaction.commit();
}

RenderedNotification render(QSqlDatabase &db, const QString &key, const QHash<QString, QString> &values)
{
    RenderCache &cache = renderCache(db);
    auto found = cache.templates.constFind(key);
    if (found == cache.templates.constEnd())
        found = cache.templates.insert(key, stored(db, key));
    const NotificationTemplate wording = *found;
    QHash<QString, QString> all = values;
    all.insert(QStringLiteral("school"), cache.school);
    all.insert(QStringLiteral("support_email"), cache.supportEmail);
    // One pass over the text, so a value that itself contains braces is never expanded again.
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    const auto fill = [&](const QString &text) -> QString {
        QString out;
        qsizetype last = 0;
        for (auto it = placeholder.globalMatch(text); it.hasNext();) {
            const auto match = it.next();
            const auto found = all.constFind(match.captured(1));
            if (found == all.constEnd())
                continue;
            out += QStringView(text).mid(last, match.capturedStart() - last);
            out += *found;
            last = match.capturedEnd();
        }
        return out + QStringView(text).mid(last);
    };
    return {fill(wording.subject), fill(wording.body), fill(wording.sms)};
}

} // namespace rollbook::NotificationTemplates
