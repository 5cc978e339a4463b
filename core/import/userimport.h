#pragma once

#include "actions/actioncontext.h"
#include "directory/customfields.h"
#include "import/importtable.h"
#include "userstatus.h"

#include <QHash>

#include <functional>
#include <optional>
#include <vector>

namespace rollbook {

/// Where a column of the file goes.
struct ImportMapping
{
    enum class Target {
        Ignore,
        FirstName,
        LastName,
        Email,
        Phone,
        Company,
        Industry,
        Status,
        Suspended,
        Password,
        Product,
        CustomField,
        Country ///< ISO 3166 code ("FR"): how that line's national phone numbers are read
    };
    Target target = Target::Ignore;
    std::int64_t customFieldId = 0;
};

enum class ImportMode { AddOnly, AddOrUpdate, UpdateOnly };

/// What one line of the file will do (dry run) or did (apply).
struct ImportOutcome
{
    enum class Kind { Create, Update, Skip, Error };
    Kind kind = Kind::Skip;
    int line = 0; ///< in the file; the header is line 1
    QString email;
    QString detail; ///< the fields that change, or why skipped or refused
};

/// One user as the file gives it, checked and normalised.
struct ImportedUser
{
    int line = 0;
    std::int64_t existingId = 0; ///< the user it updates; 0 creates one
    QString firstName, lastName, email, phone, company, industry, password;
    std::optional<UserStatus> status;
    std::vector<std::int64_t> products;
    QHash<std::int64_t, QString> custom; ///< custom field id to the stored value
    std::uint32_t mapped = 0; ///< a bit per target the file gives (an update changes only these)

    bool gives(ImportMapping::Target target) const { return mapped & (1u << unsigned(target)); }
};

/// The dry run: an outcome per line, and the users ready to write.
struct ImportPlan
{
    QList<ImportOutcome> outcomes;
    std::vector<ImportedUser> users;
    QStringList warnings; ///< about the whole file (a guessed encoding...), from the reader
    qsizetype count(ImportOutcome::Kind kind) const;
};

namespace UserImport {

/// The known file formats, recognised from the header: Rollbook's own export, Moodle's upload-users CSV.
QString formatName(const QStringList &header);
/// A target for every column of the header, from its name (the operator may correct it).
QList<ImportMapping> guessMapping(const QStringList &header, const QList<CustomField> &fields);
/// What a mapping's target is called, for the mapping step and the results.
QString targetName(const ImportMapping &mapping, const QList<CustomField> &fields);

/// Checks every line without writing anything: invalid email, phone that does not parse (read with
/// the line's country when the file has one, else phoneRegion: the file's region, else the school's), duplicate
/// email in the file or (adding only) in the store, unknown product, missing first name or email,
/// a custom value of the wrong type; what an update would change.
/// progress(done, total) may cancel (an Error then).
Result<ImportPlan> plan(QSqlDatabase &db, const ImportTable &table, const QList<ImportMapping> &mapping,
                        ImportMode mode, const QString &phoneRegion,
                        const std::function<bool(qint64, qint64)> &progress = {});

/// Writes the plan in one transaction, an audit row per user: everything or, on any failure,
/// nothing. A plan with errors is refused, unless skipInvalid: then the valid lines go in and the
/// lines with errors are skipped (outcome Skip, "Not imported: why"). progress(done, total) may
/// cancel (then nothing is kept).
Result<ImportPlan> apply(ActionContext &context, const ImportPlan &plan,
                         const std::function<bool(qint64, qint64)> &progress = {}, bool skipInvalid = false);

/// The outcome of every line as CSV (line, email, outcome, detail).
Status writeResults(const ImportPlan &plan, const QString &path);

} // namespace UserImport

} // namespace rollbook
