#pragma once

#include "actions/usersnapshot.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <functional>

namespace rollbook {

struct Command;
class CommandDraft;

/// Who acts: the operator every audit row and command names.
struct Operator
{
    std::int64_t id = 0;
    QString name;
    QString role = QStringLiteral("admin"); ///< admin or support; only admins start conversations
    QByteArray gid = {}; ///< empty until the operator's row exists
};

/// The time actions stamp rows with, in Unix milliseconds (UTC). Empty means the system clock.
using Clock = std::function<std::int64_t()>;

/// What every action needs: the store it writes to, the operator acting, and the command it
/// records (see Command).
struct ActionContext
{
    QSqlDatabase db;
    Operator actor;
    /// Inside an open transaction, give each action a savepoint so that its failure undoes it
    /// alone. A bulk chunk turns this off for its first, optimistic pass (see runBulk).
    bool savepointEachAction = true;
    Clock clock = {};
    /// Set while a received command runs (CommandReplay): the action takes its op id and time
    /// from it, and an edit checks the fields it changes against the command's base values.
    const Command *replaying = nullptr;
    /// The command the outermost running action is recording; set by CommandScope.
    CommandDraft *command = nullptr;
    /// When set, the outermost action leaves the command it records here instead of writing its
    /// row: for a caller that writes the row itself, with what it learns afterwards (rollbookd
    /// keeps each op's result beside it).
    Command *recordInto = nullptr;
    /// With recordInto set: the row_version each user row the action changed has now (gid ->
    /// version), noted as it writes them, what the server sends back without reading them again.
    QHash<QByteArray, std::int64_t> versions = {};
    /// Rows an action writes and no action reads back, each list in the order of its INSERT's
    /// values: when set, they wait here for a caller that writes many at once (rollbookd, for a
    /// group of ops).
    struct LaterRows
    {
        QList<QVariantList> audit; ///< AuditInsert
        QList<QVariantList> ledger; ///< LedgerInsert
    };
    LaterRows *later = nullptr;
    /// A user row read by the running command's lookup of its gid, which the action's load of that
    /// user takes (once) instead of reading it again; readAheadId 0 when none.
    std::int64_t readAheadId = 0;
    UserSnapshot readAhead = {};
    /// When set, user rows a group of commands read in one statement before the first ran
    /// (rollbookd), by gid: a command's lookup of a gid takes its row from here, once, instead of
    /// reading it; a write of the user drops it. A row another transaction changed meanwhile
    /// fails the write's row_version check, as a row read a moment before the write would.
    QHash<QByteArray, std::pair<std::int64_t, UserSnapshot>> *prefetched = nullptr;
    /// When set, the school's settings read through setting() are kept here for the rest of the
    /// transaction (rollbookd's group of ops reads the currency once, not once an op).
    struct SettingsCache
    {
        quint64 revision = 0;
        QHash<QString, QString> values;
    };
    SettingsCache *settings = nullptr;

    /// The running command's time when there is one (the same on every store it runs on), else
    /// the clock's.
    std::int64_t now() const;
    /// A setting of the school (StoreSettings::value), from the cache when there is one and no
    /// setting was written since.
    QString setting(const QString &key);
    /// A new gid for a row the action creates: derived from the op id inside a command, so that
    /// replaying it creates the same rows; a fresh UUIDv7 outside one.
    QByteArray newGid();
};

} // namespace rollbook
