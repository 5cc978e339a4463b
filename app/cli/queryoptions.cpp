#include "queryoptions.h"

#include <QCoreApplication>

#include <cstdio>

namespace rollbook::cli {

QueryOptions::QueryOptions()
    : db(QStringLiteral("db"), Text::tr("Rollbook database file."), QStringLiteral("FILE"))
    , search(QStringLiteral("search"), Text::tr("Search text."), QStringLiteral("T"))
    , status(QStringLiteral("status"), Text::tr("active, pending, suspended, unsubscribed or all."),
             QStringLiteral("S"), QStringLiteral("all"))
    , sort(QStringLiteral("sort"), Text::tr("Column key, with :desc for descending."), QStringLiteral("COL[:desc]"),
           QStringLiteral("registered:desc"))
{ }

void QueryOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({db, search, status, sort});
}

Result<UserQuery> QueryOptions::read(const QCommandLineParser &parser, const QList<CustomField> &fields) const
{
    UserQuery query;
    query.search = parser.value(search);
    if (parser.value(status) != u"all") {
        query.status = statusFromKey(parser.value(status));
        if (!query.status)
            return Error{Text::tr("Unknown status \"%1\".").arg(parser.value(status))};
    }
    const QStringList sortParts = parser.value(sort).split(u':');
    query.sort.descending = sortParts.value(1) == u"desc";
    if (const auto column = columnFromKey(sortParts.value(0))) {
        query.sort.column = *column;
        return query;
    }
    for (const CustomField &field : fields) {
        if (field.key == sortParts.value(0))
            query.sort.customFieldId = field.id;
    }
    if (!query.sort.customFieldId)
        return Error{Text::tr("Unknown sort column \"%1\".").arg(sortParts.value(0))};
    return query;
}

int fail(const QString &message, int code)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return code;
}

} // namespace rollbook::cli
