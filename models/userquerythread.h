#pragma once

#include "directory/userquery.h"
#include "result.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace rollbook {

/// Runs directory queries on a thread of its own with its own connection, so the GUI thread
/// never waits on work that grows with the table. Every request carries a generation; a newer
/// request interrupts an older one still running, and stale results are never delivered.
class UserQueryThread : public QObject
{
    Q_OBJECT

public:
    using Delivery = std::function<void(std::uint64_t generation, std::shared_ptr<const UserQueryResult>)>;
    using Failure = std::function<void(std::uint64_t generation, QString message)>;

    /// deliver and fail are called on the thread that owns this object; deliver may get a first
    /// page (complete == false) before the whole result of the same generation.
    UserQueryThread(QString databasePath, Delivery deliver, Failure fail, QObject *parent = nullptr);
    ~UserQueryThread() override;

    /// Starts a query; returns its generation.
    std::uint64_t request(const UserQuery &query, bool dataChanged = false);

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker;
    std::shared_ptr<std::atomic<std::uint64_t>> m_latest;
    std::uint64_t m_generation = 0;
    Delivery m_deliver;
    Failure m_fail;
};

} // namespace rollbook
