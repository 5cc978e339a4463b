#pragma once

#include "actions/command.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace rollbook {

/// The readers of what clients send rollbookd. Each takes the raw bytes, bounds what they can make
/// the server allocate, and gives a clear Error for anything malformed; the libFuzzer targets in
/// fuzz/ run them on hostile input.
namespace Requests {

inline constexpr qsizetype MaxBody = 8 * 1024 * 1024; ///< larger bodies get 413 before any parsing
inline constexpr qsizetype MaxCommands = 1000; ///< per batch
inline constexpr qsizetype MaxCommandBytes = 256 * 1024; ///< one command's arguments, as JSON

struct SignIn
{
    QString name;
    QString password;
    QString device; ///< what the client calls the machine ("Dana's laptop"), shown with sessions
};
Result<SignIn> signIn(const QByteArray &body);

struct Refresh
{
    QString token;
    QString device;
};
Result<Refresh> refresh(const QByteArray &body);

/// {"commands": [{"op": uuid, "action": key, "target": uuid|null, "args": {...}, "base": {...},
/// "client_time": ms}, ...]}. The actor is never read from here: it is who signed in.
Result<QList<Command>> commandBatch(const QByteArray &body);

/// A change feed position: the server epoch it belongs to and the last change it saw.
struct Cursor
{
    QString epoch;
    qint64 txid = 0;
    qint64 change = 0;
};
/// "<epoch>:<txid>:<change>" as the feed hands it out; an empty text is the start.
Result<Cursor> cursor(const QString &text);
QString cursorText(const Cursor &cursor);

} // namespace Requests

} // namespace rollbook
