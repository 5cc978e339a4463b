#pragma once

#include "actions/actioncontext.h"
#include "notify/delivery.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <optional>

namespace rollbook {

/// Sends a standalone school's queued notifications from the desktop: a run every minute (and
/// soon after the store opens), each on a worker thread with a connection of its own, email through
/// the mail server and text messages through the SMS gateway, their passwords from the system
/// keychain. Says when either fails, and when it works again.
class MailSender : public QObject
{
    Q_OBJECT

public:
    /// What one run did, per channel (none: the school sends nothing that way from here).
    struct Run
    {
        std::optional<Result<Delivery::Report>> email;
        std::optional<Result<Delivery::Report>> sms;
    };

    explicit MailSender(QObject *parent = nullptr);
    /// The store to send from, as actor (empty path: stop); settings is the GUI's connection to
    /// it, for the few rows that say whether there is a mail server or a gateway.
    void setStore(const QString &path, const Operator &actor, QSqlDatabase settings);
    /// A run now, unless one is going.
    void sendNow();

Q_SIGNALS:
    /// What fails ("Email is not going out: ..."), or an empty text once everything sends again.
    void troubleChanged(const QString &trouble);
    /// A run finished.
    void ran();

private:
    void runWith(const SmtpSettings &smtp, const SmsSettings &sms, const QString &keychainTrouble);
    void finished();

    QString m_path;
    Operator m_actor;
    QSqlDatabase m_settings;
    QTimer m_timer;
    QFutureWatcher<Run> m_run;
    QString m_keychainTrouble;
    QString m_trouble;
    bool m_reading = false;
};

} // namespace rollbook
