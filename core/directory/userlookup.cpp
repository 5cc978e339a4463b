#include "directory/userlookup.h"

#include "textfold.h"

#include <QSqlQuery>

#include <algorithm>

namespace rollbook {

QString ftsPhrase(const QString &term)
{
    QString escaped = term;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

UserLookup lookUpUsers(QSqlDatabase &db, const QString &typed, int limit)
{
    UserLookup found;
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return found;
    // An email typed whole finds that user through the unique index, whatever else matches.
    if (text.contains(u'@')) {
        QSqlQuery exact(db);
        exact.prepare(QStringLiteral("SELECT id FROM users WHERE email = ? COLLATE NOCASE"));
        exact.addBindValue(text);
        if (exact.exec() && exact.next())
            found.ids.push_back(exact.value(0).toLongLong());
    }
    QStringList phrases;
    for (const QString &term : searchTerms(text)) {
        if (term.size() < 3) {
            found.tooShort = found.ids.empty();
            return found;
        }
        phrases.append(ftsPhrase(term));
    }
    if (phrases.isEmpty())
        return found;
    found.match = phrases.join(u' ');
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT rowid FROM users_fts WHERE users_fts MATCH ? LIMIT %1").arg(limit + 1));
    query.addBindValue(found.match);
    if (!query.exec())
        return found;
    while (query.next()) {
        const std::int64_t id = query.value(0).toLongLong();
        if (std::find(found.ids.begin(), found.ids.end(), id) != found.ids.end())
            continue;
        if (static_cast<int>(found.ids.size()) >= limit) {
            found.more = true;
            break;
        }
        found.ids.push_back(id);
    }
    return found;
}

} // namespace rollbook
