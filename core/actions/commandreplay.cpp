#include "actions/commandreplay.h"

#include "actions/communicationactions.h"
#include "actions/links.h"
#include "actions/profileactions.h"
#include "actions/settingsactions.h"
#include "actions/supportactions.h"
#include "actions/useractions.h"
#include "directory/customfields.h"
#include "import/importaction.h"
#include "keptquery.h"
#include "notify/templates.h"
#include "settings.h"
#include "sqldialect.h"
#include "uuid.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>

namespace rollbook::CommandReplay {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::CommandReplay)
};

/// The arguments of one command, read with the checks every reader of outside bytes needs.
class Args
{
public:
    Args(ActionContext &context, const QJsonObject &args)
        : m_context(context)
        , m_args(args)
    { }

    /// A text argument; an empty one when absent. A value of another type is an Error.
    Result<QString> text(const char *key) const
    {
        const QJsonValue value = m_args.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return QString();
        if (!value.isString())
            return wrongType(key);
        return value.toString();
    }
    Result<bool> flag(const char *key) const
    {
        const QJsonValue value = m_args.value(QLatin1String(key));
        if (!value.isBool())
            return wrongType(key);
        return value.toBool();
    }
    Result<std::int64_t> integer(const char *key) const
    {
        const QJsonValue value = m_args.value(QLatin1String(key));
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(std::int64_t(number)) || std::abs(number) > 9.0e15)
            return wrongType(key);
        return std::int64_t(number);
    }
    /// Bytes sent as base64url (a token's hash).
    Result<QByteArray> bytes(const char *key) const
    {
        const auto encoded = text(key);
        if (!encoded)
            return encoded.failure();
        const auto decoded = QByteArray::fromBase64Encoding(
            encoded->toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return wrongType(key);
        return *decoded;
    }
    /// The local id of the row of table that the argument's gid names.
    Result<std::int64_t> id(const char *key, const QString &table) const
    {
        const auto gid = text(key);
        if (!gid)
            return gid.failure();
        return idOf(*gid, table);
    }
    Result<std::int64_t> idOf(const QString &gidText, const QString &table) const
    {
        const QByteArray gid = uuidFromText(gidText);
        if (gid.isEmpty())
            return Error{Text::tr("\"%1\" is not an id.").arg(gidText.left(40))};
        if (table == u"users") {
            // The user's row comes with its id, for the action's load of it.
            QSqlError error;
            if (const auto id = ActionSupport::readAhead(m_context, gid, &error))
                return *id;
            if (error.isValid())
                return databaseError(error);
            return notFound(table, gidText);
        }
        // table is one of the few names below, never input.
        KeptQuery keptFind(m_context.db, QStringLiteral("SELECT id FROM %1 WHERE gid = ?").arg(table));
        QSqlQuery &find = keptFind.query();
        find.addBindValue(gid);
        if (!find.exec())
            return databaseError(find.lastError());
        if (!find.next())
            return notFound(table, gidText);
        return find.value(0).toLongLong();
    }
    const QJsonObject &raw() const { return m_args; }

private:
    static Error notFound(const QString &table, const QString &gidText)
    {
        return Error{ErrorKind::NotFound, Text::tr("No %1 has the id %2 here.").arg(table, gidText.left(40))};
    }
    static Error wrongType(const char *key)
    {
        return Error{Text::tr("The argument \"%1\" is missing or of the wrong type.").arg(QLatin1String(key))};
    }

    ActionContext &m_context;
    const QJsonObject &m_args;
};

using Run = std::function<Result<ActionOutcome>(ActionContext &, const Args &)>;

Result<ActionOutcome> outcomeOf(const Status &status)
{
    if (!status)
        return status.failure();
    return ActionOutcome{};
}

/// The user the command names and one text argument, for the many actions that take just that.
using UserText = Result<ActionOutcome> (*)(ActionContext &, std::int64_t, const QString &);
Run withUserAndText(UserText action, const char *key)
{
    return [action, key](ActionContext &context, const Args &args) -> Result<ActionOutcome> {
        const auto user = args.id("user", QStringLiteral("users"));
        if (!user)
            return user.failure();
        const auto text = args.text(key);
        if (!text)
            return text.failure();
        return action(context, *user, *text);
    };
}

Result<ActionOutcome> reactivate(ActionContext &context, std::int64_t user, const QString &reason)
{
    return UserActions::reactivate(context, user, reason);
}

Result<ActionOutcome> approve(ActionContext &context, std::int64_t user, const QString &note)
{
    return UserActions::approve(context, user, note);
}

Result<ActionOutcome> resubscribe(ActionContext &context, std::int64_t user, const QString &)
{
    return UserActions::resubscribe(context, user);
}

Result<ActionOutcome> changePhone(ActionContext &context, std::int64_t user, const QString &phone)
{
    // Stored as E.164: no region is needed to read it, and a national number is refused.
    return UserActions::changePhone(context, user, phone, {});
}

Result<ActionOutcome> setPasswordHash(ActionContext &context, std::int64_t user, const QString &hash)
{
    return UserActions::setPasswordHash(context, user, hash);
}

Result<ActionOutcome> sendMessage(ActionContext &context, std::int64_t user, const QString &body)
{
    return SupportActions::sendMessage(context, user, body);
}

Result<ActionOutcome> addUser(ActionContext &context, const Args &args)
{
    NewUser user;
    const std::pair<const char *, QString *> fields[]
        = {{"first_name", &user.firstName}, {"last_name", &user.lastName}, {"email", &user.email},
           {"phone", &user.phone},          {"company", &user.company},    {"industry", &user.industry}};
    for (const auto &[key, value] : fields) {
        const auto text = args.text(key);
        if (!text)
            return text.failure();
        *value = *text;
    }
    const auto hash = args.bytes("link_hash");
    if (!hash)
        return hash.failure();
    const auto created = UserActions::addUserHashed(context, user, {}, *hash);
    if (!created)
        return created.failure();
    return ActionOutcome{};
}

Result<ActionOutcome> enroll(ActionContext &context, const Args &args)
{
    const auto user = args.id("user", QStringLiteral("users"));
    if (!user)
        return user.failure();
    const auto product = args.id("product", QStringLiteral("products"));
    if (!product)
        return product.failure();
    return UserActions::enroll(context, *user, *product);
}

Result<ActionOutcome> enrollMany(ActionContext &context, const Args &args)
{
    const auto user = args.id("user", QStringLiteral("users"));
    if (!user)
        return user.failure();
    const QJsonArray products = args.raw().value(QStringLiteral("products")).toArray();
    if (products.size() > 1000)
        return Error{Text::tr("At most 1,000 products at once.")};
    std::vector<std::int64_t> ids;
    for (const QJsonValue product : products) {
        const auto id = args.idOf(product.toString(), QStringLiteral("products"));
        if (!id)
            return id.failure();
        ids.push_back(*id);
    }
    return UserActions::enrollMany(context, *user, ids);
}

Result<ActionOutcome> changeEnrollment(ActionContext &context, const Args &args)
{
    const auto enrollment = args.id("enrollment", QStringLiteral("enrollments"));
    if (!enrollment)
        return enrollment.failure();
    const auto status = args.text("status");
    if (!status)
        return status.failure();
    const auto progress = args.integer("progress");
    if (!progress)
        return progress.failure();
    if (*progress < 0 || *progress > 100)
        return Error{Text::tr("Progress is a percentage from 0 to 100.")};
    return UserActions::changeEnrollment(context, *enrollment, *status, int(*progress));
}

Result<ActionOutcome> topUp(ActionContext &context, const Args &args)
{
    const auto user = args.id("user", QStringLiteral("users"));
    if (!user)
        return user.failure();
    const auto amount = args.integer("amount");
    if (!amount)
        return amount.failure();
    const auto currency = args.text("currency");
    if (!currency)
        return currency.failure();
    if (currency->isEmpty())
        return Error{Text::tr("A credit change names its currency.")};
    const auto reason = args.text("reason");
    if (!reason)
        return reason.failure();
    static const QHash<QString, CreditReason> reasons{{QStringLiteral("complimentary"), CreditReason::Complimentary},
                                                      {QStringLiteral("adjustment"), CreditReason::Adjustment},
                                                      {QStringLiteral("refund"), CreditReason::Refund}};
    if (!reasons.contains(*reason))
        return Error{Text::tr("\"%1\" is not a reason for a credit change.").arg(reason->left(40))};
    const auto note = args.text("note");
    if (!note)
        return note.failure();
    return UserActions::topUp(context, *user, *amount, reasons.value(*reason), *note, *currency);
}

/// Actions that take the user and one hash given as base64url bytes.
Result<ActionOutcome> sendResetLink(ActionContext &context, const Args &args)
{
    const auto user = args.id("user", QStringLiteral("users"));
    if (!user)
        return user.failure();
    const auto hash = args.bytes("token_hash");
    if (!hash)
        return hash.failure();
    return outcomeOf(UserActions::sendResetLinkHashed(context, *user, *hash));
}

Result<ActionOutcome> issueLink(ActionContext &context, const Args &args)
{
    const auto user = args.id("user", QStringLiteral("users"));
    if (!user)
        return user.failure();
    const auto purposeKey = args.text("purpose");
    if (!purposeKey)
        return purposeKey.failure();
    LinkPurpose purpose = LinkPurpose::Login;
    if (!Links::purposeFromKey(*purposeKey, &purpose))
        return Error{Text::tr("\"%1\" is not a kind of link.").arg(purposeKey->left(40))};
    const auto hash = args.bytes("token_hash");
    if (!hash)
        return hash.failure();
    const auto reason = args.text("reason");
    if (!reason)
        return reason.failure();
    const auto stored = Links::store(context, *user, purpose, *hash, *reason);
    if (!stored)
        return stored.failure();
    return ActionOutcome{};
}

Result<ActionOutcome> resendNotification(ActionContext &context, const Args &args)
{
    const auto notification = args.id("notification", QStringLiteral("notifications"));
    if (!notification)
        return notification.failure();
    return CommunicationActions::resendNotification(context, *notification);
}

Result<ActionOutcome> deleteUser(ActionContext &context, const Args &args)
{
    const auto user = args.id("user", QStringLiteral("users"));
    if (!user)
        return user.failure();
    return UserActions::deleteUser(context, *user);
}

Result<ActionOutcome> edit(ActionContext &context, const Args &args)
{
    const auto user = args.id("user", QStringLiteral("users"));
    if (!user)
        return user.failure();
    const auto field = args.text("field");
    if (!field)
        return field.failure();
    const QHash<QString, UserDetail> details{{QStringLiteral("first_name"), UserDetail::FirstName},
                                             {QStringLiteral("last_name"), UserDetail::LastName},
                                             {QStringLiteral("company"), UserDetail::Company},
                                             {QStringLiteral("industry"), UserDetail::Industry}};
    if (!details.contains(*field))
        return Error{Text::tr("\"%1\" is not a field an edit may change.").arg(field->left(40))};
    const auto value = args.text("value");
    if (!value)
        return value.failure();
    return ProfileActions::changeDetail(context, *user, details.value(*field), *value);
}

Result<ActionOutcome> setCustomValue(ActionContext &context, const Args &args)
{
    const auto user = args.id("user", QStringLiteral("users"));
    if (!user)
        return user.failure();
    const auto key = args.text("field");
    if (!key)
        return key.failure();
    const auto value = args.text("value");
    if (!value)
        return value.failure();
    const auto fields = loadCustomFields(context.db);
    if (!fields)
        return fields.failure();
    for (const CustomField &field : *fields) {
        if (field.key == *key)
            return ProfileActions::setCustomValue(context, *user, field.id, *value);
    }
    return Error{ErrorKind::NotFound, Text::tr("The custom field %1 does not exist.").arg(key->left(64))};
}

Result<ActionOutcome> replyToTicket(ActionContext &context, const Args &args)
{
    const auto ticket = args.id("ticket", QStringLiteral("tickets"));
    if (!ticket)
        return ticket.failure();
    const auto body = args.text("body");
    if (!body)
        return body.failure();
    const auto internal = args.flag("internal");
    if (!internal)
        return internal.failure();
    return SupportActions::replyToTicket(context, *ticket, *body, *internal);
}

Result<ActionOutcome> setTicketStatus(ActionContext &context, const Args &args)
{
    const auto ticket = args.id("ticket", QStringLiteral("tickets"));
    if (!ticket)
        return ticket.failure();
    const auto status = args.text("status");
    if (!status)
        return status.failure();
    return SupportActions::setTicketStatus(context, *ticket, *status);
}

Result<ActionOutcome> changeOptIns(ActionContext &context, const Args &args)
{
    const auto user = args.id("user", QStringLiteral("users"));
    if (!user)
        return user.failure();
    const auto newsletter = args.flag("newsletter");
    if (!newsletter)
        return newsletter.failure();
    const auto promotions = args.flag("promotions");
    if (!promotions)
        return promotions.failure();
    return CommunicationActions::setOptIns(context, *user, *newsletter, *promotions);
}

Run membership(bool join)
{
    return [join](ActionContext &context, const Args &args) -> Result<ActionOutcome> {
        const auto user = args.id("user", QStringLiteral("users"));
        if (!user)
            return user.failure();
        const auto list = args.id("list", QStringLiteral("mailing_lists"));
        if (!list)
            return list.failure();
        return join ? CommunicationActions::addToMailingList(context, *user, *list)
                    : CommunicationActions::removeFromMailingList(context, *user, *list);
    };
}

Result<ActionOutcome> changeSettings(ActionContext &context, const Args &args)
{
    const QJsonObject given = args.raw().value(QStringLiteral("settings")).toObject();
    SchoolSettings settings = SettingsActions::current(context.db);
    for (const SettingsActions::Field &field : SettingsActions::fields()) {
        const QJsonValue text = given.value(field.key);
        if (field.optional && text.isUndefined())
            continue; // recorded before the setting existed: it stays as it is
        if (!text.isString())
            return Error{Text::tr("The argument \"%1\" is missing or of the wrong type.").arg(field.key)};
        settings.*field.member = text.toString();
    }
    const QJsonArray wordings = args.raw().value(QStringLiteral("templates")).toArray();
    if (wordings.size() > NotificationTemplates::keys().size())
        return Error{Text::tr("Too many templates.")};
    QList<NotificationTemplate> templates;
    for (const QJsonValue wording : wordings) {
        const QJsonObject object = wording.toObject();
        const QString key = object.value(QStringLiteral("key")).toString();
        if (!NotificationTemplates::keys().contains(key))
            return Error{Text::tr("\"%1\" is not a notification template.").arg(key.left(40))};
        // A command recorded before text messages carries no "sms": the stored one stays.
        const QJsonValue sms = object.value(QStringLiteral("sms"));
        templates.append({key, object.value(QStringLiteral("subject")).toString(),
                          object.value(QStringLiteral("body")).toString(),
                          sms.isString() ? sms.toString() : NotificationTemplates::stored(context.db, key).sms});
    }
    return SettingsActions::save(context, settings, templates);
}

Result<ActionOutcome> importUser(ActionContext &context, const Args &args)
{
    const auto fields = ImportAction::readFieldKeys(context.db);
    if (!fields)
        return fields.failure();
    QString passwordHash;
    const auto user = ImportAction::fromArgs(context.db, args.raw(), *fields, &passwordHash);
    if (!user)
        return user.failure();
    return ImportAction::importUser(context, *user, *fields, passwordHash);
}

const QHash<QString, Run> &runs()
{
    static const QHash<QString, Run> table{
        {QStringLiteral("add_user"), addUser},
        {QStringLiteral("approve"), withUserAndText(approve, "reason")},
        {QStringLiteral("reject"), withUserAndText(UserActions::reject, "reason")},
        {QStringLiteral("unsubscribe"), withUserAndText(UserActions::unsubscribe, "reason")},
        {QStringLiteral("resubscribe"), withUserAndText(resubscribe, "reason")},
        {QStringLiteral("suspend"), withUserAndText(UserActions::suspend, "reason")},
        {QStringLiteral("reactivate"), withUserAndText(reactivate, "reason")},
        {QStringLiteral("enroll"), enroll},
        {QStringLiteral("enroll_many"), enrollMany},
        {QStringLiteral("change_enrollment"), changeEnrollment},
        {QStringLiteral("top_up"), topUp},
        {QStringLiteral("change_email"), withUserAndText(UserActions::changeEmail, "email")},
        {QStringLiteral("change_phone"), withUserAndText(changePhone, "phone")},
        {QStringLiteral("send_reset_link"), sendResetLink},
        {QStringLiteral("set_password"), withUserAndText(setPasswordHash, "password_hash")},
        {QStringLiteral("delete_user"), deleteUser},
        {QStringLiteral("issue_link"), issueLink},
        {QStringLiteral("edit"), edit},
        {QStringLiteral("set_custom_value"), setCustomValue},
        {QStringLiteral("reply_ticket"), replyToTicket},
        {QStringLiteral("set_ticket_status"), setTicketStatus},
        {QStringLiteral("send_message"), withUserAndText(sendMessage, "body")},
        {QStringLiteral("change_opt_ins"), changeOptIns},
        {QStringLiteral("add_to_list"), membership(true)},
        {QStringLiteral("resend_notification"), resendNotification},
        {QStringLiteral("remove_from_list"), membership(false)},
        {QStringLiteral("change_settings"), changeSettings},
        {QStringLiteral("import_user"), importUser},
    };
    return table;
}

} // namespace

QStringList actionKeys()
{
    QStringList keys = runs().keys();
    keys.sort();
    return keys;
}

Result<ActionOutcome> apply(ActionContext &context, const Command &command)
{
    const auto run = runs().constFind(command.action);
    if (run == runs().constEnd())
        return Error{Text::tr("\"%1\" is not an action of this version of Rollbook.").arg(command.action.left(40))};
    if (command.opId.size() != 16)
        return Error{Text::tr("A command needs an op id of 16 bytes.")};
    const Command *outer = context.replaying;
    context.replaying = &command;
    const Args args(context, command.args);
    Result<ActionOutcome> outcome = (*run)(context, args);
    context.replaying = outer;
    return outcome;
}

} // namespace rollbook::CommandReplay
