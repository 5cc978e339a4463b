#include "actions/profileactions.h"

#include "actions/audit.h"
#include "directory/customfields.h"
#include "keptquery.h"
#include "sqldialect.h"
#include "textfold.h"
#include "uuid.h"
#include "validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>

namespace rollbook::ProfileActions {

using namespace ActionSupport;

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::ProfileActions)
};

Result<CustomField> readField(QSqlDatabase &db, std::int64_t fieldId)
{
    const auto fields = loadCustomFields(db);
    if (!fields)
        return fields.failure();
    for (const CustomField &field : *fields) {
        if (field.id == fieldId)
            return field;
    }
    return Error{ErrorKind::NotFound, Text::tr("Custom field %1 does not exist.").arg(fieldId)};
}

} // namespace

Result<QString> customValue(const CustomField &field, const QString &typed)
{
    const QString value = typed.trimmed();
    if (value.isEmpty()) {
        if (field.required)
            return Error{Text::tr("%1 is required.").arg(field.label)};
        return QString();
    }
    switch (field.type) {
    case CustomField::Type::Number: {
        bool ok = false;
        double number = QLocale().toDouble(value, &ok);
        if (!ok)
            number = QLocale::c().toDouble(value, &ok);
        if (!ok)
            return Error{Text::tr("%1 takes a number, not \"%2\".").arg(field.label, value)};
        return QLocale::c().toString(number, 'g', 15);
    }
    case CustomField::Type::Date: {
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (!date.isValid())
            return Error{Text::tr("%1 takes a date as YYYY-MM-DD, not \"%2\".").arg(field.label, value)};
        return date.toString(Qt::ISODate);
    }
    case CustomField::Type::Bool: {
        const QString lower = value.toLower();
        if (lower == u"true" || lower == u"yes" || lower == u"1" || lower == Text::tr("Yes").toLower())
            return QStringLiteral("true");
        if (lower == u"false" || lower == u"no" || lower == u"0" || lower == Text::tr("No").toLower())
            return QStringLiteral("false");
        return Error{Text::tr("%1 is yes or no.").arg(field.label)};
    }
    case CustomField::Type::Choice:
        for (const QString &choice : field.choices) {
            if (choice.compare(value, Qt::CaseInsensitive) == 0)
                return choice;
        }
        return Error{Text::tr("%1 is one of: %2.").arg(field.label, field.choices.join(QStringLiteral(", ")))};
    case CustomField::Type::Text:
        break;
    }
    if (value.size() > 500)
        return Error{Text::tr("%1 has at most 500 characters.").arg(field.label)};
    return value;
}

Result<ActionOutcome> changeDetail(ActionContext &context, std::int64_t userId, UserDetail detail, const QString &typed)
{
    const QString value = typed.trimmed();
    QString column;
    int maxLength = 100;
    switch (detail) {
    case UserDetail::FirstName:
        column = QStringLiteral("first_name");
        if (value.isEmpty())
            return Error{Text::tr("A first name is required.")};
        break;
    case UserDetail::LastName:
        column = QStringLiteral("last_name");
        break;
    case UserDetail::Company:
        column = QStringLiteral("company");
        maxLength = 200;
        break;
    case UserDetail::Industry:
        column = QStringLiteral("industry");
        break;
    }
    if (value.size() > maxLength)
        return Error{Text::tr("At most %1 characters.").arg(maxLength)};
    if (const qsizetype at = controlCharacterAt(value); at >= 0)
        return Error{Text::tr("A control character (U+%1) cannot be stored; remove it.")
                         .arg(value[at].unicode(), 4, 16, QLatin1Char('0'))};
    return inTransaction(context, QStringLiteral("edit"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)},
                           {QStringLiteral("field"), column},
                           {QStringLiteral("value"), value}});
        KeptQuery keptCurrent(
            context.db,
            QStringLiteral("SELECT first_name, last_name, coalesce(%1, '') FROM users WHERE id = ?").arg(column));
        QSqlQuery &current = keptCurrent.query();
        current.addBindValue(QVariant::fromValue<qint64>(userId));
        if (!current.exec() || !current.next())
            return databaseError(current.lastError());
        const QString before = current.value(2).toString();
        if (before == value)
            return skipped(Text::tr("Unchanged."));
        const bool optional = detail == UserDetail::Company || detail == UserDetail::Industry;
        Columns columns{{column, optional && value.isEmpty() ? QVariant() : QVariant(value)}};
        if (detail == UserDetail::FirstName || detail == UserDetail::LastName) {
            const QString first = detail == UserDetail::FirstName ? value : current.value(0).toString();
            const QString last = detail == UserDetail::LastName ? value : current.value(1).toString();
            columns.append({QStringLiteral("sort_name"), nameSortKey(first, last)});
        }
        if (const Status s = update(context, userId, *user, QStringLiteral("edit"), columns,
                                    QJsonObject{{column, before}}, QJsonObject{{column, value}}, {});
            !s)
            return s.failure();
        return ActionOutcome{};
    });
}

Result<ActionOutcome> setCustomValue(ActionContext &context, std::int64_t userId, std::int64_t fieldId,
                                     const QString &typed)
{
    const auto field = readField(context.db, fieldId);
    if (!field)
        return field.failure();
    const auto value = customValue(*field, typed);
    if (!value)
        return value.failure();
    return inTransaction(context, QStringLiteral("set_custom_value"), [&]() -> Result<ActionOutcome> {
        const auto user = load(context, userId);
        if (!user)
            return user.failure();
        Commands::setArgs(context, user->gid,
                          {{QStringLiteral("user"), uuidText(user->gid)},
                           {QStringLiteral("field"), field->key},
                           {QStringLiteral("value"), *value}});
        KeptQuery keptCurrent(context.db,
                              QStringLiteral("SELECT value FROM custom_values WHERE user_id = ? AND field_id = ?"));
        QSqlQuery &current = keptCurrent.query();
        current.addBindValue(QVariant::fromValue<qint64>(userId));
        current.addBindValue(QVariant::fromValue<qint64>(fieldId));
        if (!current.exec())
            return databaseError(current.lastError());
        const QString before = current.next() ? current.value(0).toString() : QString();
        if (before == *value)
            return skipped(Text::tr("Unchanged."));
        const QString key = QStringLiteral("custom.") + field->key;
        if (const Status base = checkBase(context, user->gid, key, before); !base)
            return base.failure();
        context.command->addBase(user->gid, user->rowVersion, key, before);
        const QVariant user64 = QVariant::fromValue<qint64>(userId);
        const QVariant field64 = QVariant::fromValue<qint64>(fieldId);
        const Status written = value->isEmpty()
            ? exec(context.db, QStringLiteral("DELETE FROM custom_values WHERE user_id = ? AND field_id = ?"),
                   {user64, field64})
            : exec(context.db,
                   QStringLiteral("INSERT INTO custom_values (user_id, field_id, value) VALUES (?, ?, ?) "
                                  "ON CONFLICT (user_id, field_id) DO UPDATE SET value = excluded.value"),
                   {user64, field64, *value});
        if (!written)
            return written.failure();
        // The user's row_version moves too: a custom value is part of the user for sync and edits.
        // The audit names the field by its key, which outlives a change of label.
        if (const Status s = update(context, userId, *user, QStringLiteral("edit"), {},
                                    QJsonObject{{key, auditText(before)}}, QJsonObject{{key, auditText(*value)}}, {});
            !s)
            return s.failure();
        return ActionOutcome{};
    });
}

} // namespace rollbook::ProfileActions
