#pragma once

#include <QCoreApplication>

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

/// The command line's messages, in the context lupdate files them under (see translations.h).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rollbook::cli)
};

/// Prints the message on stderr and returns code (2: a usage mistake; 1: the work failed).
int fail(const QString &message, int code = 2);

} // namespace rollbook::cli
