#pragma once

#include <QSqlDatabase>
#include <QString>

#include <cstdint>
#include <vector>

namespace rollbook {

/// An FTS5 phrase for one search term: quoted, inner quotes doubled.
QString ftsPhrase(const QString &term);

/// The users a typed name, email, phone or company finds, as the directory's search finds them
/// (one MATCH of the folded terms over the trigram index; an email also exactly), at most limit.
struct UserLookup
{
    std::vector<std::int64_t> ids;
    bool more = false; ///< more than limit users match
    bool tooShort = false; ///< a term under three characters: type more (a scan is not run here)
    /// The FTS5 MATCH expression of the typed terms, for a query that joins the matches itself
    /// (when more than limit users match); empty when the typed text has no terms.
    QString match;
};
UserLookup lookUpUsers(QSqlDatabase &db, const QString &typed, int limit);

} // namespace rollbook
