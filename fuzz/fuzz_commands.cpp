// A command batch as a client sends it, read by rollbookd's reader and run by CommandReplay on a
// small school, each command in a transaction rolled back afterwards: hostile arguments give an
// Error, never a crash, and the store stays as it was.
#include "requests.h"

#include "actions/commandreplay.h"
#include "actions/operators.h"
#include "actions/transaction.h"
#include "actions/useractions.h"
#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdlib>

using namespace rollbook;

namespace {

QSqlDatabase &store()
{
    static int argc = 1;
    static char name[] = "fuzz_commands";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static QSqlDatabase db = [] {
        OpenOptions options;
        options.create = true;
        auto opened = Database::open(QDir(dir.path()).filePath(QStringLiteral("fuzz.rollbook")), QStringLiteral("fuzz"),
                                     options);
        if (!opened)
            std::abort();
        ActionContext context{*opened, {0, QStringLiteral("Fuzz Admin")}};
        for (int i = 0; i < 3; ++i)
            (void)UserActions::addUser(
                context,
                {QStringLiteral("User"), QString::number(i), QStringLiteral("user%1@example.org").arg(i), {}, {}, {}},
                QStringLiteral("GB"));
        return *opened;
    }();
    return db;
}

qint64 users(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) + coalesce(sum(row_version), 0) FROM users")) || !query.next())
        std::abort();
    return query.value(0).toLongLong();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 1 << 20)
        return 0;
    QSqlDatabase &db = store();
    const auto batch = Requests::commandBatch(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!batch)
        return 0;
    if (batch->size() > Requests::MaxCommands)
        std::abort();
    const qint64 before = users(db);
    const auto actor = findOperator(db, QStringLiteral("Fuzz Admin"));
    ActionContext context{db, *actor};
    for (const Command &command : *batch) {
        Transaction outer(db);
        (void)CommandReplay::apply(context, command);
        // outer is never committed: the store is as it was
    }
    if (users(db) != before)
        std::abort();
    return 0;
}
