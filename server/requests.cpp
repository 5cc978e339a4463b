#include "requests.h"

#include "uuid.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace rollbook::Requests {

namespace {

/// Its messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::Requests)
};

Result<QJsonObject> object(const QByteArray &body)
{
    if (body.size() > MaxBody)
        return Error{Text::tr("The request is larger than %1 bytes.").arg(MaxBody)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return Error{
            Text::tr("The request is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset)};
    if (!document.isObject())
        return Error{Text::tr("The request is not a JSON object.")};
    return document.object();
}

Result<QString> text(const QJsonObject &object, const char *key, qsizetype maxLength, bool required)
{
    const QJsonValue value = object.value(QLatin1String(key));
    if (value.isUndefined() && !required)
        return QString();
    if (!value.isString())
        return Error{Text::tr("\"%1\" must be text.").arg(QLatin1String(key))};
    const QString result = value.toString();
    if (result.size() > maxLength)
        return Error{Text::tr("\"%1\" has at most %2 characters.").arg(QLatin1String(key)).arg(maxLength)};
    if (required && result.isEmpty())
        return Error{Text::tr("\"%1\" is required.").arg(QLatin1String(key))};
    return result;
}

} // namespace

Result<SignIn> signIn(const QByteArray &body)
{
    const auto request = object(body);
    if (!request)
        return request.failure();
    const auto name = text(*request, "name", 200, true);
    if (!name)
        return name.failure();
    const auto password = text(*request, "password", 128, true);
    if (!password)
        return password.failure();
    const auto device = text(*request, "device", 200, false);
    if (!device)
        return device.failure();
    return SignIn{*name, *password, *device};
}

Result<Refresh> refresh(const QByteArray &body)
{
    const auto request = object(body);
    if (!request)
        return request.failure();
    const auto token = text(*request, "refresh_token", 100, true);
    if (!token)
        return token.failure();
    const auto device = text(*request, "device", 200, false);
    if (!device)
        return device.failure();
    return Refresh{*token, *device};
}

Result<QList<Command>> commandBatch(const QByteArray &body)
{
    const auto request = object(body);
    if (!request)
        return request.failure();
    const QJsonValue list = request->value(QStringLiteral("commands"));
    if (!list.isArray())
        return Error{Text::tr("\"commands\" must be a list.")};
    const QJsonArray commands = list.toArray();
    if (commands.size() > MaxCommands)
        return Error{Text::tr("A batch holds at most %1 commands.").arg(MaxCommands)};
    QList<Command> batch;
    batch.reserve(commands.size());
    for (qsizetype i = 0; i < commands.size(); ++i) {
        const QJsonObject item = commands.at(i).toObject();
        const auto at
            = [i](const Error &error) { return Error{Text::tr("Command %1: %2").arg(i + 1).arg(error.message)}; };
        Command command;
        const auto op = text(item, "op", 36, true);
        if (!op)
            return at(op.failure());
        command.opId = uuidFromText(*op);
        if (command.opId.isEmpty())
            return at(Error{Text::tr("\"op\" is not a UUID.")});
        const auto action = text(item, "action", 64, true);
        if (!action)
            return at(action.failure());
        command.action = *action;
        if (const QJsonValue target = item.value(QStringLiteral("target")); target.isString()) {
            command.targetGid = uuidFromText(target.toString());
            if (command.targetGid.isEmpty())
                return at(Error{Text::tr("\"target\" is not a UUID.")});
        }
        const QJsonValue args = item.value(QStringLiteral("args"));
        const QJsonValue base = item.value(QStringLiteral("base"));
        if (!args.isObject() || !(base.isObject() || base.isUndefined()))
            return at(Error{Text::tr("\"args\" and \"base\" must be objects.")});
        command.args = args.toObject();
        command.base = base.toObject();
        if (QJsonDocument(command.args).toJson(QJsonDocument::Compact).size()
                + QJsonDocument(command.base).toJson(QJsonDocument::Compact).size()
            > MaxCommandBytes)
            return at(Error{Text::tr("A command's arguments take at most %1 bytes.").arg(MaxCommandBytes)});
        const QJsonValue time = item.value(QStringLiteral("client_time"));
        const double ms = time.toDouble(-1);
        if (!time.isDouble() || ms < 0 || ms > 4.0e12 || ms != double(qint64(ms)))
            return at(Error{Text::tr("\"client_time\" must be Unix milliseconds.")});
        command.clientTime = qint64(ms);
        batch.append(command);
    }
    return batch;
}

Result<Cursor> cursor(const QString &text)
{
    if (text.isEmpty())
        return Cursor{};
    if (text.size() > 100)
        return Error{Text::tr("The cursor is not one this server gave.")};
    const QStringList parts = text.split(u':');
    bool txOk = false;
    bool changeOk = false;
    Cursor position;
    if (parts.size() == 3) {
        position.epoch = parts[0];
        position.txid = parts[1].toLongLong(&txOk);
        position.change = parts[2].toLongLong(&changeOk);
    }
    // QUuid::fromString reads a uuid at the start of longer text, so the epoch must be exactly one.
    const QUuid epoch = QUuid::fromString(position.epoch);
    if (!txOk || !changeOk || position.txid < 0 || position.change < 0 || epoch.isNull()
        || epoch.toString(QUuid::WithoutBraces) != position.epoch.toLower())
        return Error{Text::tr("The cursor is not one this server gave.")};
    return position;
}

QString cursorText(const Cursor &cursor)
{
    return QStringLiteral("%1:%2:%3").arg(cursor.epoch, QString::number(cursor.txid), QString::number(cursor.change));
}

} // namespace rollbook::Requests
