#pragma once

#include "directory/customfields.h"
#include "directory/userquery.h"
#include "result.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace rollbook::cli {

/// The options that say which users a command works on, as the directory would show them:
/// --db FILE, --search T, --status S, --sort COL[:desc].
struct QueryOptions
{
    QueryOptions();
    void addTo(QCommandLineParser &parser) const;
    /// The query the options ask for; an Error names the unknown status or column.
    Result<UserQuery> read(const QCommandLineParser &parser, const QList<CustomField> &fields) const;

    QCommandLineOption db;
    QCommandLineOption search;
    QCommandLineOption status;
    QCommandLineOption sort;
};

/// A message of the command line, translated in the "cli" context.
QString tr(const char *text);

/// Prints the message on stderr and returns code (2: a usage mistake; 1: the work failed).
int fail(const QString &message, int code = 2);

} // namespace rollbook::cli
