#pragma once

#include "actions/actionsupport.h"
#include "directory/customfields.h"
#include "import/userimport.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

namespace rollbook {

/// The action an import runs for each of its lines ("import_user"): the line's user created, or the
/// fields the file gives changed, with its custom values, enrollments and password, audited as
/// "import" and recorded as one command, so that an import syncs like any other edit.
namespace ImportAction {

/// The custom fields by id and by key, read once for a whole import.
struct FieldKeys
{
    QHash<std::int64_t, QString> keyOf;
    QHash<QString, std::int64_t> idOf;
    QList<CustomField> fields;
};
Result<FieldKeys> readFieldKeys(QSqlDatabase &db);

/// user.existingId names the user to change; 0 creates one (a taken email is a Conflict).
/// passwordHash replaces user.password: an argon2id hash, or empty to leave the password.
Result<ActionOutcome> importUser(ActionContext &context, const ImportedUser &user, const FieldKeys &fields,
                                 const QString &passwordHash);

/// The line back from a command's arguments, for CommandReplay, checked as a file's line would be
/// (an Error for anything a file could not give); ids are this store's.
Result<ImportedUser> fromArgs(QSqlDatabase &db, const QJsonObject &args, const FieldKeys &fields,
                              QString *passwordHash);

} // namespace ImportAction

} // namespace rollbook
