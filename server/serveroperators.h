#pragma once

#include "actions/actioncontext.h"
#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace rollbook {

/// The people who sign in to rollbookd: an admin or a support agent, with a password (an argon2id
/// hash on the server). A disabled operator keeps their name on what they did but signs in no more.
namespace ServerOperators {

struct Listed
{
    QString name;
    QString role;
    bool canSignIn = false; ///< has a password and is not disabled
    bool disabled = false;
};

/// Adds an operator, or gives a password and role to one a load brought (who had none).
Status add(QSqlDatabase &db, const QString &name, const QString &role, const QString &password);
Result<QList<Listed>> list(QSqlDatabase &db);
/// Disables the operator and revokes every session of theirs at once.
Status disable(QSqlDatabase &db, const QString &name);

/// The operator a name and password sign in as; an Error (Forbidden) for a wrong pair, a disabled
/// operator or one with no password, all worded the same so that the answer tells nothing.
Result<Operator> verify(QSqlDatabase &db, const QString &name, const QString &password);

} // namespace ServerOperators

} // namespace rollbook
