#include "userquerythread.h"

#include "database.h"
#include "directory/userqueryengine.h"

#include <QPointer>
#include <QThread>
#include <QUuid>

#include <optional>

namespace rollbook {

class UserQueryThread::Worker : public QObject
{
public:
    Worker(QString path, std::shared_ptr<std::atomic<std::uint64_t>> latest)
        : m_path(std::move(path))
        , m_latest(std::move(latest))
        , m_connection(QStringLiteral("directory-") + QUuid::createUuid().toString(QUuid::Id128))
    { }
    ~Worker() override
    {
        m_engine.reset();
        m_db = QSqlDatabase();
        Database::close(m_connection);
    }

    Result<std::shared_ptr<const UserQueryResult>> run(std::uint64_t generation, const UserQuery &query,
                                                       bool dataChanged, const UserQueryEngine::FirstPage &firstPage)
    {
        const auto cancelled = [this, generation] { return m_latest->load() != generation; };
        if (cancelled())
            return Error{};
        if (!m_engine) {
            OpenOptions options;
            options.integrityCheck = false;
            options.migrate = false;
            options.cacheKiB = 16 * 1024;
            Result<QSqlDatabase> opened = Database::open(m_path, m_connection, options);
            if (!opened)
                return opened.failure();
            m_db = *opened;
            m_engine.emplace(m_db);
        }
        if (dataChanged)
            m_engine->invalidate();
        auto result = m_engine->run(query, cancelled, firstPage);
        if (!result)
            return Error{cancelled() ? QString() : result.error()};
        return std::make_shared<const UserQueryResult>(std::move(*result));
    }

private:
    QString m_path;
    std::shared_ptr<std::atomic<std::uint64_t>> m_latest;
    QString m_connection;
    QSqlDatabase m_db;
    std::optional<UserQueryEngine> m_engine;
};

UserQueryThread::UserQueryThread(QString databasePath, Delivery deliver, Failure fail, QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_latest(std::make_shared<std::atomic<std::uint64_t>>(0))
{
    m_worker = new Worker(std::move(databasePath), m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->setObjectName(QStringLiteral("directory-query"));
    m_thread->start();
    // Results travel back through this object's event loop, so callbacks run on its thread.
    m_deliver = std::move(deliver);
    m_fail = std::move(fail);
}

UserQueryThread::~UserQueryThread()
{
    m_latest->store(~std::uint64_t(0)); // interrupts whatever runs
    m_thread->quit();
    m_thread->wait();
}

std::uint64_t UserQueryThread::request(const UserQuery &query, bool dataChanged)
{
    const std::uint64_t generation = ++m_generation;
    m_latest->store(generation);
    QPointer<UserQueryThread> self(this);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker,
        [self, worker, generation, query, dataChanged] {
            const auto sendFirstPage = [self, generation](UserQueryResult page) {
                if (!self)
                    return;
                auto shared = std::make_shared<const UserQueryResult>(std::move(page));
                QMetaObject::invokeMethod(
                    self.data(),
                    [self, generation, shared] {
                        if (self && generation == self->m_generation)
                            self->m_deliver(generation, shared);
                    },
                    Qt::QueuedConnection);
            };
            auto result = worker->run(generation, query, dataChanged, sendFirstPage);
            if (!self)
                return;
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, result = std::move(result)] {
                    if (!self || generation != self->m_generation)
                        return;
                    if (result.ok())
                        self->m_deliver(generation, *result);
                    else if (!result.error().isEmpty())
                        self->m_fail(generation, result.error());
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return generation;
}

} // namespace rollbook
