#pragma once

#include "actions/actioncontext.h"
#include "notify/delivery.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace rollbook {

/// Sends a standalone school's queued notifications from the desktop: a run every minute (and
/// soon after the store opens), each on a worker thread with a connection of its own, the password
/// from the system keychain. Says when the mail server fails, and when it works again.
class MailSender : public QObject
{
    Q_OBJECT

public:
    explicit MailSender(QObject *parent = nullptr);
    /// The store to send from, as actor (empty path: stop); settings is the GUI's connection to
    /// it, for the few rows that say whether there is a mail server.
    void setStore(const QString &path, const Operator &actor, QSqlDatabase settings);
    /// A run now, unless one is going.
    void sendNow();

Q_SIGNALS:
    /// The mail server's trouble, or an empty text once it sends again.
    void troubleChanged(const QString &trouble);
    /// A run finished.
    void ran(const Delivery::Report &report);

private:
    void runWith(const SmtpSettings &settings);
    void finished();

    QString m_path;
    Operator m_actor;
    QSqlDatabase m_settings;
    QTimer m_timer;
    QFutureWatcher<Result<Delivery::Report>> m_run;
    QString m_trouble;
    bool m_reading = false;
};

} // namespace rollbook
