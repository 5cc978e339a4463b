#include "import/userimport.h"

#include "actions/actionsupport.h"
#include "actions/audit.h"
#include "actions/profileactions.h"
#include "actions/secrets.h"
#include "actions/useractions.h"
#include "export/tablewriter.h"
#include "import/importaction.h"
#include "phone.h"
#include "sqldialect.h"
#include "textfold.h"
#include "uuid.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook {

qsizetype ImportPlan::count(ImportOutcome::Kind kind) const
{
    return std::count_if(outcomes.cbegin(), outcomes.cend(), [kind](const ImportOutcome &o) { return o.kind == kind; });
}

} // namespace rollbook

namespace rollbook::UserImport {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::UserImport)
};

using Target = ImportMapping::Target;

/// A header folded for matching: lower case, accents, spaces, dashes and underscores gone.
QString fold(const QString &title)
{
    QString folded = foldText(title);
    static const QRegularExpression separators(QStringLiteral("[\\s_\\-.]"));
    folded.remove(separators);
    return folded;
}

std::optional<UserStatus> statusFrom(const QString &text)
{
    const QString typed = text.trimmed();
    if (const auto key = statusFromKey(typed.toLower()))
        return key;
    for (int s = 0; s < UserStatusCount; ++s) {
        if (statusName(static_cast<UserStatus>(s)).compare(typed, Qt::CaseInsensitive) == 0)
            return static_cast<UserStatus>(s);
    }
    return std::nullopt;
}

/// The current fields of a user an update compares with.
struct Current
{
    QString firstName, lastName, phone, company, industry;
    UserStatus status = UserStatus::Active;
    QHash<std::int64_t, QString> custom;
};

void change(QStringList &changes, const QString &what, const QString &before, const QString &after)
{
    if (before != after)
        changes.append(Text::tr("%1: %2 → %3")
                           .arg(what, before.isEmpty() ? Text::tr("(none)") : before,
                                after.isEmpty() ? Text::tr("(none)") : after));
}

} // namespace

QString formatName(const QStringList &header)
{
    QStringList folded;
    for (const QString &title : header)
        folded.append(fold(title));
    if (folded.contains(QStringLiteral("username")) && folded.contains(QStringLiteral("firstname"))
        && folded.contains(QStringLiteral("email")))
        return Text::tr("Moodle upload users");
    if (folded.contains(QStringLiteral("firstname")) && folded.contains(QStringLiteral("email"))
        && folded.contains(QStringLiteral("registered")))
        return Text::tr("Rollbook export");
    return Text::tr("Unknown format: check the columns");
}

QList<ImportMapping> guessMapping(const QStringList &header, const QList<CustomField> &fields)
{
    static const QHash<QString, Target> names{
        {QStringLiteral("firstname"), Target::FirstName},  {QStringLiteral("givenname"), Target::FirstName},
        {QStringLiteral("lastname"), Target::LastName},    {QStringLiteral("surname"), Target::LastName},
        {QStringLiteral("familyname"), Target::LastName},  {QStringLiteral("email"), Target::Email},
        {QStringLiteral("emailaddress"), Target::Email},   {QStringLiteral("mail"), Target::Email},
        {QStringLiteral("phone"), Target::Phone},          {QStringLiteral("phone1"), Target::Phone},
        {QStringLiteral("mobile"), Target::Phone},         {QStringLiteral("telephone"), Target::Phone},
        {QStringLiteral("company"), Target::Company},      {QStringLiteral("institution"), Target::Company},
        {QStringLiteral("organisation"), Target::Company}, {QStringLiteral("organization"), Target::Company},
        {QStringLiteral("industry"), Target::Industry},    {QStringLiteral("status"), Target::Status},
        {QStringLiteral("suspended"), Target::Suspended},  {QStringLiteral("password"), Target::Password},
        {QStringLiteral("product"), Target::Product},      {QStringLiteral("products"), Target::Product},
        {QStringLiteral("course"), Target::Product},       {QStringLiteral("courses"), Target::Product},
        {QStringLiteral("country"), Target::Country},      {QStringLiteral("countrycode"), Target::Country}};
    static const QRegularExpression moodleCourse(QStringLiteral("^course\\d+$"));
    QList<ImportMapping> mapping;
    for (const QString &title : header) {
        const QString folded = fold(title);
        ImportMapping guess;
        if (const auto found = names.constFind(folded); found != names.constEnd()) {
            guess.target = *found;
        } else if (moodleCourse.match(folded).hasMatch()) {
            guess.target = Target::Product;
        } else {
            // A custom field by its label or key; Moodle's profile_field_KEY and a plain
            // "department" column find the field of that key.
            QString key = title.trimmed();
            if (key.startsWith(QStringLiteral("profile_field_")))
                key = key.mid(14);
            for (const CustomField &field : fields) {
                if (fold(field.label) == folded || field.key.compare(key, Qt::CaseInsensitive) == 0
                    || fold(field.key) == folded) {
                    guess = {Target::CustomField, field.id};
                    break;
                }
            }
        }
        // One column per field: a second "email" column is left alone.
        const bool taken = guess.target != Target::Ignore && guess.target != Target::Product
            && std::any_of(mapping.cbegin(), mapping.cend(), [&guess](const ImportMapping &m) {
                               return m.target == guess.target && m.customFieldId == guess.customFieldId;
                           });
        mapping.append(taken ? ImportMapping{} : guess);
    }
    return mapping;
}

QString targetName(const ImportMapping &mapping, const QList<CustomField> &fields)
{
    switch (mapping.target) {
    case Target::Ignore:
        return Text::tr("(ignore)");
    case Target::FirstName:
        return Text::tr("First name");
    case Target::LastName:
        return Text::tr("Last name");
    case Target::Email:
        return Text::tr("Email");
    case Target::Phone:
        return Text::tr("Phone");
    case Target::Company:
        return Text::tr("Company");
    case Target::Industry:
        return Text::tr("Industry");
    case Target::Status:
        return Text::tr("Status");
    case Target::Suspended:
        return Text::tr("Suspended (1 or 0)");
    case Target::Password:
        return Text::tr("Password");
    case Target::Country:
        return Text::tr("Country (reads national phone numbers)");
    case Target::Product:
        return Text::tr("Enroll in product");
    case Target::CustomField:
        for (const CustomField &field : fields) {
            if (field.id == mapping.customFieldId)
                return field.label;
        }
        return Text::tr("(unknown field)");
    }
    return {};
}

Result<ImportPlan> plan(QSqlDatabase &db, const ImportTable &table, const QList<ImportMapping> &mapping,
                        ImportMode mode, const QString &phoneRegion,
                        const std::function<bool(qint64, qint64)> &progress)
{
    const auto fields = loadCustomFields(db);
    if (!fields)
        return fields.failure();
    const auto columnOf = [&mapping](Target target) {
        for (qsizetype i = 0; i < mapping.size(); ++i) {
            if (mapping[i].target == target)
                return i;
        }
        return qsizetype(-1);
    };
    const qsizetype emailColumn = columnOf(Target::Email);
    const qsizetype countryColumn = columnOf(Target::Country);
    if (emailColumn < 0)
        return Error{Text::tr("No column holds the email: map one to Email (users are matched by it).")};
    if (mode != ImportMode::UpdateOnly && columnOf(Target::FirstName) < 0)
        return Error{Text::tr("No column holds the first name: new users need one.")};

    QHash<QString, std::int64_t> products;
    QSqlQuery catalog(db);
    catalog.exec(QStringLiteral("SELECT id, title FROM products"));
    while (catalog.next()) {
        products.insert(foldText(catalog.value(1).toString()), catalog.value(0).toLongLong());
        products.insert(catalog.value(0).toString(), catalog.value(0).toLongLong());
    }
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral("SELECT id, first_name, last_name, coalesce(phone, ''), coalesce(company, ''), "
                                    "coalesce(industry, ''), status FROM users WHERE email = ? COLLATE NOCASE"));
    QSqlQuery customNow(db);
    customNow.prepare(QStringLiteral("SELECT field_id, value FROM custom_values WHERE user_id = ?"));

    ImportPlan result;
    result.warnings = table.warnings;
    QHash<QString, int> seen;
    const auto total = qint64(table.rows.size());
    static const QRegularExpression productSeparator(QStringLiteral("[;|]"));
    qsizetype nextProblem = 0;
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (progress && r % 1000 == 0 && !progress(r, total))
            return Error{Text::tr("Check cancelled.")};
        const auto cell = [&](qsizetype column) { return table.rows.cell(r, column).trimmed(); };
        ImportedUser user;
        user.line = table.rows.line(r);
        ImportOutcome outcome;
        outcome.line = user.line;
        const QString typedEmail = cell(emailColumn);
        outcome.email = visibleText(typedEmail);
        const auto fail = [&](const QString &why) {
            outcome.kind = ImportOutcome::Kind::Error;
            outcome.detail = why;
            result.outcomes.append(outcome);
        };
        // A cell the reader could not take fails its line when the import reads that column.
        QString unreadable;
        for (; nextProblem < table.problems.size() && table.problems[nextProblem].row <= r; ++nextProblem) {
            const ImportProblem &problem = table.problems[nextProblem];
            const bool read = problem.column >= mapping.size() || mapping[problem.column].target != Target::Ignore;
            if (problem.row == r && read && unreadable.isEmpty())
                unreadable = problem.message;
        }
        if (!unreadable.isEmpty()) {
            fail(unreadable);
            continue;
        }
        if (outcome.email.isEmpty()) {
            fail(Text::tr("No email."));
            continue;
        }
        const auto email = normalizeEmail(typedEmail);
        if (!email) {
            fail(email.error());
            continue;
        }
        user.email = *email;
        const QString key = email->toLower();
        if (const auto first = seen.constFind(key); first != seen.constEnd()) {
            fail(Text::tr("The same email as line %1.").arg(*first));
            continue;
        }
        seen.insert(key, user.line);

        existing.bindValue(0, user.email);
        if (!existing.exec())
            return databaseError(existing.lastError());
        std::optional<Current> now;
        if (existing.next()) {
            user.existingId = existing.value(0).toLongLong();
            now = Current{existing.value(1).toString(),
                          existing.value(2).toString(),
                          existing.value(3).toString(),
                          existing.value(4).toString(),
                          existing.value(5).toString(),
                          static_cast<UserStatus>(existing.value(6).toInt()),
                          {}};
        }
        existing.finish();
        if (now && mode == ImportMode::AddOnly) {
            fail(Text::tr("%1 is already a user (choose \"add and update\" to update them).").arg(user.email));
            continue;
        }
        if (!now && mode == ImportMode::UpdateOnly) {
            outcome.detail = Text::tr("No user has this email.");
            result.outcomes.append(outcome);
            continue;
        }

        QString problem;
        const auto note = [&problem](const QString &why) {
            if (problem.isEmpty())
                problem = why;
        };
        // A Moodle file gives each user's country: "06 12 34 56 78" is French on a French line.
        QString region = phoneRegion;
        if (const QString country = cell(countryColumn).toUpper(); !country.isEmpty()) {
            if (isPhoneRegion(country))
                region = country;
            else
                note(Text::tr("\"%1\" is not a country code (two letters, such as FR or GB).").arg(country));
        }
        for (qsizetype c = 0; c < mapping.size(); ++c) {
            const ImportMapping &m = mapping[c];
            if (m.target == Target::Ignore)
                continue;
            user.mapped |= 1u << unsigned(m.target);
            if (m.target == Target::Email || m.target == Target::Country)
                continue; // read above
            const QString value = cell(c);
            switch (m.target) {
            case Target::FirstName:
                user.firstName = value;
                if (const Status ok = checkText(value, Text::tr("The first name"), 100); !ok)
                    note(ok.error());
                break;
            case Target::LastName:
                user.lastName = value;
                if (const Status ok = checkText(value, Text::tr("The last name"), 100); !ok)
                    note(ok.error());
                break;
            case Target::Phone:
                if (!value.isEmpty()) {
                    const auto phone = phoneToE164(value, region);
                    if (!phone)
                        note(phone.error());
                    else
                        user.phone = *phone;
                }
                break;
            case Target::Company:
                user.company = value;
                if (const Status ok = checkText(value, Text::tr("The company"), 200); !ok)
                    note(ok.error());
                break;
            case Target::Industry:
                user.industry = value;
                if (const Status ok = checkText(value, Text::tr("The industry"), 100); !ok)
                    note(ok.error());
                break;
            case Target::Status:
                if (!value.isEmpty()) {
                    user.status = statusFrom(value);
                    if (!user.status)
                        note(Text::tr("\"%1\" is not a status (active, pending, suspended, unsubscribed).").arg(value));
                }
                break;
            case Target::Suspended:
                if (value == u"1")
                    user.status = UserStatus::Suspended;
                else if (value == u"0")
                    user.status = now && now->status == UserStatus::Suspended ? UserStatus::Active
                                                                              : std::optional<UserStatus>();
                else if (!value.isEmpty())
                    note(Text::tr("Suspended is 1 or 0, not \"%1\".").arg(value));
                break;
            case Target::Password:
                if (!value.isEmpty() && (value.size() < 8 || value.size() > 128))
                    note(Text::tr("A password has 8 to 128 characters."));
                user.password = value;
                break;
            case Target::Product:
                for (const QString &name : value.split(productSeparator, Qt::SkipEmptyParts)) {
                    const auto product = products.constFind(foldText(name.trimmed()));
                    if (product == products.constEnd())
                        note(Text::tr("There is no product \"%1\".").arg(name.trimmed()));
                    else
                        user.products.push_back(*product);
                }
                break;
            case Target::CustomField:
                for (const CustomField &field : *fields) {
                    if (field.id != m.customFieldId)
                        continue;
                    const auto stored = ProfileActions::customValue(field, value);
                    if (!stored)
                        note(stored.error());
                    else
                        user.custom.insert(field.id, *stored);
                }
                break;
            case Target::Email:
            case Target::Country:
            case Target::Ignore:
                break;
            }
        }
        if (!now && user.firstName.isEmpty())
            note(Text::tr("No first name."));
        // A new user needs every required custom field, mapped or not.
        if (!now) {
            for (const CustomField &field : *fields) {
                if (field.required && user.custom.value(field.id).isEmpty())
                    note(Text::tr("%1 is required.").arg(field.label));
            }
        }
        if (!problem.isEmpty()) {
            fail(problem);
            continue;
        }
        if (!now) {
            outcome.kind = ImportOutcome::Kind::Create;
            result.outcomes.append(outcome);
            result.users.push_back(std::move(user));
            continue;
        }
        // An update changes only what the file gives, and only where it differs.
        customNow.bindValue(0, QVariant::fromValue<qint64>(user.existingId));
        if (customNow.exec()) {
            while (customNow.next())
                now->custom.insert(customNow.value(0).toLongLong(), customNow.value(1).toString());
        }
        QStringList changes;
        if (user.gives(Target::FirstName) && !user.firstName.isEmpty())
            change(changes, Text::tr("first name"), now->firstName, user.firstName);
        if (user.gives(Target::LastName))
            change(changes, Text::tr("last name"), now->lastName, user.lastName);
        if (user.gives(Target::Phone))
            change(changes, Text::tr("phone"), now->phone, user.phone);
        if (user.gives(Target::Company))
            change(changes, Text::tr("company"), now->company, user.company);
        if (user.gives(Target::Industry))
            change(changes, Text::tr("industry"), now->industry, user.industry);
        if (user.status && *user.status != now->status)
            change(changes, Text::tr("status"), statusName(now->status), statusName(*user.status));
        for (auto it = user.custom.cbegin(); it != user.custom.cend(); ++it) {
            for (const CustomField &field : *fields) {
                if (field.id == it.key())
                    change(changes, field.label, now->custom.value(it.key()), it.value());
            }
        }
        if (!user.password.isEmpty())
            changes.append(Text::tr("password"));
        if (!user.products.empty())
            changes.append(Text::tr("enrollments"));
        if (changes.isEmpty()) {
            outcome.detail = Text::tr("Nothing changes.");
            result.outcomes.append(outcome);
            continue;
        }
        outcome.kind = ImportOutcome::Kind::Update;
        outcome.detail = changes.join(QStringLiteral("; "));
        result.outcomes.append(outcome);
        result.users.push_back(std::move(user));
    }
    return result;
}

Result<ImportPlan> apply(ActionContext &context, const ImportPlan &plan,
                         const std::function<bool(qint64, qint64)> &progress, bool skipInvalid)
{
    if (const qsizetype errors = plan.count(ImportOutcome::Kind::Error); errors > 0 && !skipInvalid)
        return Error{
            Text::tr("%1 lines have errors: correct them (see the preview) and check again, or import the valid "
                     "lines and skip these; nothing was written.")
                .arg(errors)};
    // The lines left out are in the results as skipped, with the reason.
    const auto written = [&plan, skipInvalid] {
        ImportPlan outcomes = plan;
        for (ImportOutcome &outcome : outcomes.outcomes) {
            if (skipInvalid && outcome.kind == ImportOutcome::Kind::Error) {
                outcome.kind = ImportOutcome::Kind::Skip;
                outcome.detail = Text::tr("Not imported: %1").arg(outcome.detail);
            }
        }
        return outcomes;
    };
    // Nothing to write writes nothing: no transaction, no operator row.
    if (plan.users.empty())
        return written();
    Transaction transaction(context.db);
    if (const Status begun = transaction.begun(); !begun)
        return begun.failure();
    // One transaction answers for everything: the actions inside need no savepoints of their own.
    ActionContext inside = context;
    inside.savepointEachAction = false;
    const auto failAt = [](const ImportedUser &user, const QString &why) {
        return Error{Text::tr("Line %1: %2 Nothing was imported.").arg(user.line).arg(why)};
    };
    const auto total = static_cast<qint64>(plan.users.size());
    const auto fields = ImportAction::readFieldKeys(context.db);
    if (!fields)
        return fields.failure();
    qint64 done = 0;
    for (const ImportedUser &user : plan.users) {
        QString passwordHash;
        if (!user.password.isEmpty()) {
            const auto hash = Secrets::hashPassword(user.password);
            if (!hash)
                return failAt(user, hash.error());
            passwordHash = *hash;
        }
        if (const auto imported = ImportAction::importUser(inside, user, *fields, passwordHash); !imported)
            return failAt(user, imported.error());
        ++done;
        if (progress && done % 256 == 0 && !progress(done, total))
            return Error{Text::tr("Import cancelled; nothing was imported.")};
    }
    if (progress && !progress(done, total))
        return Error{Text::tr("Import cancelled; nothing was imported.")};
    if (const Status committed = transaction.commit(); !committed)
        return committed.failure();
    return written();
}

Status writeResults(const ImportPlan &plan, const QString &path)
{
    ExportOptions options;
    options.format = TableWriter::formatFor(path);
    options.sheetName = Text::tr("Import");
    auto writer = TableWriter::create(
        path,
        {{Text::tr("Line"), ColumnKind::Number}, {Text::tr("Email")}, {Text::tr("Outcome")}, {Text::tr("Detail")}},
        options);
    if (!writer)
        return writer.failure();
    for (const QString &warning : plan.warnings) {
        if (const Status added = (*writer)->addRow(QVariantList{QVariant(), QString(), Text::tr("warning"), warning});
            !added)
            return added;
    }
    for (const ImportOutcome &outcome : plan.outcomes) {
        const QString kind = outcome.kind == ImportOutcome::Kind::Create ? Text::tr("create")
            : outcome.kind == ImportOutcome::Kind::Update                ? Text::tr("update")
            : outcome.kind == ImportOutcome::Kind::Skip                  ? Text::tr("skip")
                                                                         : Text::tr("error");
        if (const Status added = (*writer)->addRow(QVariantList{outcome.line, outcome.email, kind, outcome.detail});
            !added)
            return added;
    }
    return (*writer)->finish();
}

} // namespace rollbook::UserImport
