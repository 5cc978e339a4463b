#pragma once

#include "notify/delivery.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace rollbook {

/// How rollbookd sends the school's notifications: the mail server and the SMS gateway are the ones
/// the school's settings name (School settings, synced like any setting); their passwords come from
/// secret files only the server reads.
struct MailOptions
{
    QString passwordFile; ///< first line: the mail server's password; empty: no sign-in
    QString caFile; ///< certificates to trust for the mail server instead of the system's
    QString smsPasswordFile; ///< first line: the SMS gateway's password or token; empty: no sign-in
    QString smsCaFile; ///< certificates to trust for the SMS gateway instead of the system's
    int intervalSeconds = 30; ///< between runs when nothing is due
};

/// A thread of its own, with its own PostgreSQL connection, that sends due notifications
/// (Delivery::sendDue, Delivery::sendDueSms) every interval, until destroyed. Any number of rollbookd processes may run
/// one over the same database: a notification one claims, the others skip. One log line a run that
/// did something, or when the mail server or the gateway fails or works again.
class MailWorker
{
public:
    MailWorker(QString pgUrl, MailOptions options);
    ~MailWorker();
    MailWorker(const MailWorker &) = delete;
    MailWorker &operator=(const MailWorker &) = delete;

private:
    void run();
    /// Waits for the interval, or less when stopped; false once stopped.
    bool pause(int seconds);
    /// Sends batch after batch until one is not full, the server fails, or the worker stops; logs
    /// what was done and each change of trouble.
    void drain(const std::function<Result<Delivery::Report>()> &sendSome, const QString &what, QString *lastTrouble);

    QString m_pgUrl;
    MailOptions m_options;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace rollbook
