#pragma once

#include <QString>

namespace rollbook {

/// What each operator role may do on the server; rollbookd checks it on every command and read.
/// admin: everything. support: reads users and profiles; replies, notes and status on tickets;
/// one-to-one messages; password-reset links. Nothing that deletes, suspends, changes credits,
/// imports, issues a one-time login or simulated-session link, or edits settings.
namespace Roles {

bool mayRun(const QString &role, const QString &action);

} // namespace Roles

} // namespace rollbook
