#include "importcommand.h"

#include "actions/operators.h"
#include "database.h"
#include "import/userimport.h"
#include "phone.h"
#include "queryoptions.h"
#include "settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace rollbook::cli {

namespace {

void print(const QString &line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

} // namespace

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Import users from a CSV or XLSX file: a dry run first, then --apply."));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), Text::tr("Rollbook database file."), QStringLiteral("FILE"));
    const QCommandLineOption in(QStringLiteral("in"), Text::tr("The CSV or XLSX file to import."),
                                QStringLiteral("FILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), Text::tr("Check every line; write nothing."));
    const QCommandLineOption apply(QStringLiteral("apply"), Text::tr("Write the users, all or nothing."));
    const QCommandLineOption mode(QStringLiteral("mode"), Text::tr("add, add-update or update."), QStringLiteral("M"),
                                  QStringLiteral("add"));
    const QCommandLineOption results(
        QStringLiteral("results"), Text::tr("Write every line's outcome to this CSV or XLSX."), QStringLiteral("FILE"));
    const QCommandLineOption operatorName(QStringLiteral("operator"), Text::tr("Who imports (kept in the audit log)."),
                                          QStringLiteral("NAME"), QStringLiteral("rollbook-cli"));
    const QCommandLineOption skipInvalid(QStringLiteral("skip-invalid"),
                                         Text::tr("With --apply: import the valid lines and skip the lines with errors "
                                                  "(listed in the results as skipped)."));
    const QCommandLineOption phoneRegion(QStringLiteral("phone-region"),
                                         Text::tr("Read national phone numbers of this country (ISO code such as FR) "
                                                  "where a line has no country column; default: the school's region."),
                                         QStringLiteral("CC"));
    parser.addOptions({db, in, dryRun, apply, mode, results, operatorName, skipInvalid, phoneRegion});
    parser.process(arguments);
    if (!parser.isSet(db) || !parser.isSet(in))
        return fail(Text::tr("--db FILE and --in FILE are required."));
    if (parser.isSet(dryRun) == parser.isSet(apply))
        return fail(Text::tr("Say --dry-run or --apply."));
    const QString modeName = parser.value(mode);
    const ImportMode importMode = modeName == u"add" ? ImportMode::AddOnly
        : modeName == u"add-update"                  ? ImportMode::AddOrUpdate
                                                     : ImportMode::UpdateOnly;
    if (modeName != u"add" && modeName != u"add-update" && modeName != u"update")
        return fail(Text::tr("--mode must be add, add-update or update."));
    if (parser.isSet(skipInvalid) && !parser.isSet(apply))
        return fail(Text::tr("--skip-invalid goes with --apply."));
    const QString region = parser.value(phoneRegion).trimmed().toUpper();
    if (parser.isSet(phoneRegion) && !isPhoneRegion(region))
        return fail(Text::tr("--phone-region: \"%1\" is not a country code (two letters, such as FR or GB).")
                        .arg(parser.value(phoneRegion)));

    const auto table = readTable(parser.value(in));
    if (!table)
        return fail(table.error(), 1);
    OpenOptions options;
    options.integrityCheck = false;
    options.readOnly = parser.isSet(dryRun);
    const QString connection = QStringLiteral("cli-import");
    int code = 0;
    {
        auto opened = Database::open(parser.value(db), connection, options);
        if (!opened)
            return fail(opened.error(), 1);
        const auto fields = loadCustomFields(*opened);
        if (!fields)
            return fail(fields.error(), 1);
        const QList<ImportMapping> mapping = UserImport::guessMapping(table->header, *fields);
        print(Text::tr("%1 (%2 lines; %3)")
                  .arg(UserImport::formatName(table->header))
                  .arg(table->rows.size())
                  .arg(table->encoding));
        for (const QString &warning : table->warnings)
            print(Text::tr("Warning: %1").arg(warning));
        for (qsizetype i = 0; i < table->header.size(); ++i)
            print(QStringLiteral("  %1 -> %2").arg(table->header[i], UserImport::targetName(mapping[i], *fields)));
        QElapsedTimer timer;
        timer.start();
        auto plan
            = UserImport::plan(*opened, *table, mapping, importMode,
                               region.isEmpty() ? StoreSettings::value(*opened, StoreSettings::PhoneRegion) : region);
        if (!plan)
            return fail(plan.error(), 1);
        for (const ImportOutcome &outcome : plan->outcomes) {
            if (outcome.kind == ImportOutcome::Kind::Error)
                print(Text::tr("line %1 (%2): %3").arg(outcome.line).arg(outcome.email, outcome.detail));
        }
        print(Text::tr("Checked in %1 s: %2 to create, %3 to update, %4 skipped, %5 errors.")
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  .arg(plan->count(ImportOutcome::Kind::Create))
                  .arg(plan->count(ImportOutcome::Kind::Update))
                  .arg(plan->count(ImportOutcome::Kind::Skip))
                  .arg(plan->count(ImportOutcome::Kind::Error)));
        const auto writeResults = [&](const ImportPlan &outcomes) {
            if (parser.isSet(results)) {
                if (const Status written = UserImport::writeResults(outcomes, parser.value(results)); !written)
                    print(written.error());
            }
        };
        const qsizetype errors = plan->count(ImportOutcome::Kind::Error);
        if (!parser.isSet(apply) || (errors > 0 && !parser.isSet(skipInvalid))) {
            writeResults(*plan);
            code = errors > 0 ? 1 : 0;
            if (errors > 0 && parser.isSet(apply))
                print(Text::tr("Nothing was imported: correct the lines above, or add --skip-invalid to import the "
                               "valid lines only."));
        } else {
            const auto actor = findOperator(*opened, parser.value(operatorName));
            if (!actor)
                return fail(actor.error(), 1);
            ActionContext context{*opened, *actor};
            const auto applied = UserImport::apply(context, *plan, {}, parser.isSet(skipInvalid));
            if (!applied) {
                writeResults(*plan);
                code = fail(applied.error(), 1);
            } else {
                writeResults(*applied);
                print(Text::tr("Imported: %1 created, %2 updated, %3 lines skipped.")
                          .arg(applied->count(ImportOutcome::Kind::Create))
                          .arg(applied->count(ImportOutcome::Kind::Update))
                          .arg(applied->count(ImportOutcome::Kind::Skip)));
            }
        }
    }
    Database::close(connection);
    return code;
}

} // namespace rollbook::cli
