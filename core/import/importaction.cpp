#include "import/importaction.h"

#include "actions/audit.h"
#include "actions/profileactions.h"
#include "actions/useractions.h"
#include "directory/customfields.h"
#include "phone.h"
#include "searchkey.h"
#include "sqldialect.h"
#include "textfold.h"
#include "uuid.h"
#include "validation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::ImportAction {

using namespace ActionSupport;
using Target = ImportMapping::Target;

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::UserImport)
};

QVariant optional(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

/// The fields a line gives, by the key its command names them with.
const std::pair<Target, const char *> givenFields[] = {
    {Target::FirstName, "first_name"}, {Target::LastName, "last_name"}, {Target::Phone, "phone"},
    {Target::Company, "company"},      {Target::Industry, "industry"},
};

const QString *fieldValue(const ImportedUser &user, Target target)
{
    switch (target) {
    case Target::FirstName:
        return &user.firstName;
    case Target::LastName:
        return &user.lastName;
    case Target::Phone:
        return &user.phone;
    case Target::Company:
        return &user.company;
    case Target::Industry:
        return &user.industry;
    default:
        return nullptr;
    }
}

QJsonObject argsOf(QSqlDatabase &db, const ImportedUser &user, const QByteArray &gid, const FieldKeys &fields,
                   const QString &passwordHash, bool *ok)
{
    QJsonObject args{{QStringLiteral("user"), uuidText(gid)},
                     {QStringLiteral("create"), user.existingId == 0},
                     {QStringLiteral("email"), user.email}};
    for (const auto &[target, key] : givenFields) {
        if (user.existingId == 0 || user.gives(target))
            args.insert(QLatin1String(key), *fieldValue(user, target));
    }
    if (user.status)
        args.insert(QStringLiteral("status"), statusKey(*user.status));
    QJsonObject custom;
    for (auto it = user.custom.cbegin(); it != user.custom.cend(); ++it)
        custom.insert(fields.keyOf.value(it.key()), it.value());
    if (!custom.isEmpty())
        args.insert(QStringLiteral("custom"), custom);
    QJsonArray products;
    for (std::int64_t product : user.products) {
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT gid FROM products WHERE id = ?"));
        find.addBindValue(QVariant::fromValue<qint64>(product));
        *ok = *ok && find.exec() && find.next();
        products.append(uuidText(find.value(0).toByteArray()));
    }
    if (!products.isEmpty())
        args.insert(QStringLiteral("products"), products);
    if (!passwordHash.isEmpty())
        args.insert(QStringLiteral("password_hash"), passwordHash);
    return args;
}

Result<std::pair<std::int64_t, QByteArray>> create(ActionContext &context, const ImportedUser &user, QJsonObject *after)
{
    const QByteArray gid = context.newGid();
    QSqlQuery insert(context.db);
    insert.prepare(QStringLiteral("INSERT INTO users (gid, first_name, last_name, sort_name, email, phone, company, "
                                  "industry, status, source, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                  "'admin', ?) RETURNING id"));
    insert.addBindValue(gid);
    insert.addBindValue(user.firstName);
    insert.addBindValue(user.lastName.isNull() ? QStringLiteral("") : user.lastName);
    insert.addBindValue(nameSortKey(user.firstName, user.lastName));
    insert.addBindValue(user.email);
    insert.addBindValue(optional(user.phone));
    insert.addBindValue(optional(user.company));
    insert.addBindValue(optional(user.industry));
    insert.addBindValue(static_cast<int>(user.status.value_or(UserStatus::Active)));
    insert.addBindValue(QVariant::fromValue<qint64>(context.now()));
    const auto id = insertReturningId(insert);
    if (!id)
        return id.failure();
    after->insert(QStringLiteral("email"), user.email);
    after->insert(QStringLiteral("first_name"), user.firstName);
    after->insert(QStringLiteral("last_name"), user.lastName);
    after->insert(QStringLiteral("phone"), auditText(user.phone));
    after->insert(QStringLiteral("company"), auditText(user.company));
    after->insert(QStringLiteral("industry"), auditText(user.industry));
    after->insert(QStringLiteral("status"), statusKey(user.status.value_or(UserStatus::Active)));
    return std::pair<std::int64_t, QByteArray>{*id, gid};
}

/// The columns the line changes on an existing user, with their audit before and after.
Result<Columns> changes(ActionContext &context, const ImportedUser &user, const Snapshot &snapshot, QJsonObject *before,
                        QJsonObject *after)
{
    QSqlQuery current(context.db);
    current.prepare(QStringLiteral("SELECT first_name, last_name, coalesce(phone, ''), coalesce(company, ''), "
                                   "coalesce(industry, '') FROM users WHERE id = ?"));
    current.addBindValue(QVariant::fromValue<qint64>(user.existingId));
    if (!current.exec() || !current.next())
        return databaseError(current.lastError());
    Columns columns;
    int column = 0;
    for (const auto &[target, key] : givenFields) {
        const QString was = current.value(column++).toString();
        const QString &value = *fieldValue(user, target);
        const bool optionalColumn = target != Target::FirstName && target != Target::LastName;
        if (!user.gives(target) || value == was || (target == Target::FirstName && value.isEmpty()))
            continue;
        const QString name = QLatin1String(key);
        // A last name the file leaves empty is stored empty, not null (the column has no null).
        columns.append(
            {name, optionalColumn ? optional(value) : QVariant(value.isNull() ? QStringLiteral("") : value)});
        before->insert(name, auditText(was));
        after->insert(name, auditText(value));
    }
    if (user.status && *user.status != snapshot.status) {
        columns.append({QStringLiteral("status"), static_cast<int>(*user.status)});
        before->insert(QStringLiteral("status"), statusKey(snapshot.status));
        after->insert(QStringLiteral("status"), statusKey(*user.status));
    }
    if (after->contains(QStringLiteral("first_name")) || after->contains(QStringLiteral("last_name"))) {
        const QString first
            = after->contains(QStringLiteral("first_name")) ? user.firstName : current.value(0).toString();
        const QString last = after->contains(QStringLiteral("last_name")) ? user.lastName : current.value(1).toString();
        columns.append({QStringLiteral("sort_name"), nameSortKey(first, last)});
    }
    return columns;
}

} // namespace

Result<FieldKeys> readFieldKeys(QSqlDatabase &db)
{
    const auto fields = loadCustomFields(db);
    if (!fields)
        return fields.failure();
    FieldKeys keys;
    for (const CustomField &field : *fields) {
        keys.keyOf.insert(field.id, field.key);
        keys.idOf.insert(field.key, field.id);
    }
    keys.fields = *fields;
    return keys;
}

Result<ActionOutcome> importUser(ActionContext &context, const ImportedUser &user, const FieldKeys &fields,
                                 const QString &passwordHash)
{
    return inTransaction(context, QStringLiteral("import_user"), [&]() -> Result<ActionOutcome> {
        std::int64_t id = user.existingId;
        QByteArray gid;
        std::optional<Snapshot> snapshot;
        QHash<std::int64_t, QString> customBefore;
        if (id != 0) {
            auto loaded = load(context.db, id);
            if (!loaded)
                return loaded.failure();
            snapshot = std::move(*loaded);
            gid = snapshot->gid;
            QSqlQuery current(context.db);
            current.prepare(QStringLiteral("SELECT field_id, value FROM custom_values WHERE user_id = ?"));
            current.addBindValue(QVariant::fromValue<qint64>(id));
            if (!current.exec())
                return databaseError(current.lastError());
            while (current.next())
                customBefore.insert(current.value(0).toLongLong(), current.value(1).toString());
        }
        QJsonObject before;
        QJsonObject after;
        if (id == 0) {
            const auto created = create(context, user, &after);
            if (!created)
                return created.failure();
            id = created->first;
            gid = created->second;
        }
        bool argsOk = true;
        Commands::setArgs(context, gid, argsOf(context.db, user, gid, fields, passwordHash, &argsOk));
        if (!argsOk)
            return Error{ErrorKind::NotFound, Text::tr("A product of this line no longer exists.")};
        QList<std::int64_t> customChanged;
        for (auto it = user.custom.cbegin(); it != user.custom.cend(); ++it) {
            if (customBefore.value(it.key()) == it.value())
                continue;
            const QString key = QStringLiteral("custom.") + fields.keyOf.value(it.key());
            if (snapshot) {
                if (const Status base = checkBase(context, gid, key, customBefore.value(it.key())); !base)
                    return base.failure();
                context.command->addBase(gid, snapshot->rowVersion, key, customBefore.value(it.key()));
                before.insert(key, auditText(customBefore.value(it.key())));
            }
            customChanged.append(it.key());
            after.insert(key, auditText(it.value()));
        }
        if (!snapshot) {
            if (const Status a
                = writeAudit(context, QStringLiteral("import"), QStringLiteral("user"), id, gid, {}, after);
                !a)
                return a.failure();
        } else {
            const auto columns = changes(context, user, *snapshot, &before, &after);
            if (!columns)
                return columns.failure();
            // A custom value is part of the user: its change moves the row version too.
            if (!after.isEmpty()) {
                if (const Status s
                    = update(context, id, *snapshot, QStringLiteral("import"), *columns, before, after, {});
                    !s)
                    return s.failure();
            }
        }
        for (std::int64_t field : std::as_const(customChanged)) {
            const QString value = user.custom.value(field);
            const QVariant user64 = QVariant::fromValue<qint64>(id);
            const QVariant field64 = QVariant::fromValue<qint64>(field);
            const Status stored = value.isEmpty()
                ? exec(context.db, QStringLiteral("DELETE FROM custom_values WHERE user_id = ? AND field_id = ?"),
                       {user64, field64})
                : exec(context.db,
                       QStringLiteral("INSERT INTO custom_values (user_id, field_id, value) VALUES (?, ?, ?) "
                                      "ON CONFLICT (user_id, field_id) DO UPDATE SET value = excluded.value"),
                       {user64, field64, value});
            if (!stored)
                return stored.failure();
        }
        for (std::int64_t product : user.products) {
            if (const auto enrolled = UserActions::enroll(context, id, product); !enrolled)
                return enrolled.failure();
        }
        if (!passwordHash.isEmpty()) {
            if (const auto set = UserActions::setPasswordHash(context, id, passwordHash); !set)
                return set.failure();
        }
        if (const Status search = SearchKey::refresh(context.db, id); !search)
            return search.failure();
        return ActionOutcome{};
    });
}

Result<ImportedUser> fromArgs(QSqlDatabase &db, const QJsonObject &args, const FieldKeys &fields, QString *passwordHash)
{
    ImportedUser user;
    const auto email = normalizeEmail(args.value(QStringLiteral("email")).toString());
    if (!email)
        return email.failure();
    user.email = *email;
    if (!args.value(QStringLiteral("create")).toBool()) {
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT id FROM users WHERE gid = ?"));
        find.addBindValue(uuidFromText(args.value(QStringLiteral("user")).toString()));
        if (!find.exec())
            return databaseError(find.lastError());
        if (!find.next())
            return Error{ErrorKind::NotFound, Text::tr("The user this line changes does not exist.")};
        user.existingId = find.value(0).toLongLong();
    }
    const QString names[] = {Text::tr("The first name"), Text::tr("The last name"), Text::tr("The phone"),
                             Text::tr("The company"), Text::tr("The industry")};
    const int lengths[] = {100, 100, 16, 200, 100};
    int index = 0;
    for (const auto &[target, key] : givenFields) {
        const int at = index++;
        const QJsonValue value = args.value(QLatin1String(key));
        if (!value.isString())
            continue;
        if (const Status checked = checkText(value.toString(), names[at], lengths[at]); !checked)
            return checked.failure();
        *const_cast<QString *>(fieldValue(user, target)) = value.toString();
        user.mapped |= 1u << unsigned(target);
    }
    if (user.existingId == 0 && user.firstName.isEmpty())
        return Error{Text::tr("A first name is required.")};
    if (!user.phone.isEmpty()) {
        const auto phone = phoneToE164(user.phone, {});
        if (!phone || *phone != user.phone)
            return Error{Text::tr("\"%1\" is not a phone number in international form.").arg(user.phone)};
    }
    if (const QJsonValue status = args.value(QStringLiteral("status")); status.isString()) {
        const auto parsed = statusFromKey(status.toString());
        if (!parsed)
            return Error{Text::tr("\"%1\" is not a user status.").arg(status.toString())};
        user.status = *parsed;
    }
    const QJsonObject custom = args.value(QStringLiteral("custom")).toObject();
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it) {
        const auto field = std::find_if(fields.fields.cbegin(), fields.fields.cend(),
                                        [&](const CustomField &f) { return f.key == it.key(); });
        if (field == fields.fields.cend())
            return Error{ErrorKind::NotFound, Text::tr("The custom field %1 does not exist.").arg(it.key())};
        const auto value = ProfileActions::customValue(*field, it.value().toString());
        if (!value)
            return value.failure();
        user.custom.insert(field->id, *value);
    }
    for (const QJsonValue product : args.value(QStringLiteral("products")).toArray()) {
        QSqlQuery find(db);
        find.prepare(QStringLiteral("SELECT id FROM products WHERE gid = ?"));
        find.addBindValue(uuidFromText(product.toString()));
        if (!find.exec())
            return databaseError(find.lastError());
        if (!find.next())
            return Error{ErrorKind::NotFound, Text::tr("Product %1 does not exist.").arg(product.toString())};
        user.products.push_back(find.value(0).toLongLong());
    }
    *passwordHash = args.value(QStringLiteral("password_hash")).toString();
    return user;
}

} // namespace rollbook::ImportAction
