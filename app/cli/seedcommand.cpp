#include "seedcommand.h"

#include "partfile.h"
#include "seed/demoseeder.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

namespace rollbook::cli {

int runSeed(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("cli", "Create a demo school database."));
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"), QCoreApplication::translate("cli", "Number of users."),
                                   QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption seed(QStringLiteral("seed"), QCoreApplication::translate("cli", "Random seed."),
                                  QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption out(QStringLiteral("out"), QCoreApplication::translate("cli", "Database file to create."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption today(QStringLiteral("today"),
                                   QCoreApplication::translate("cli", "Last day of demo activity (YYYY-MM-DD)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption force(QStringLiteral("force"), QCoreApplication::translate("cli", "Overwrite FILE."));
    parser.addOptions({users, seed, out, today, force});
    parser.process(arguments);

    demo::SeedOptions options;
    bool ok = false;
    options.users = parser.value(users).toLongLong(&ok);
    if (!ok || options.users < 1 || options.users > 50'000'000) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("cli", "--users must be a number from 1 to 50000000.")));
        return 2;
    }
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("cli", "--seed must be a whole number.")));
        return 2;
    }
    if (parser.isSet(today)) {
        options.today = QDate::fromString(parser.value(today), Qt::ISODate);
        if (!options.today.isValid()) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QCoreApplication::translate("cli", "--today must be a date like 2026-11-01.")));
            return 2;
        }
    }
    if (!parser.isSet(out)) {
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("cli", "--out FILE is required.")));
        return 2;
    }
    QElapsedTimer timer;
    timer.start();
    QString lastStage;
    const auto progress = [&](const QString &stage, double fraction) {
        if (stage != lastStage && !lastStage.isEmpty())
            std::fprintf(stderr, "\n");
        lastStage = stage;
        std::fprintf(stderr, "\r%-28s %3d%%  %6.1f s", qPrintable(stage), static_cast<int>(fraction * 100),
                     static_cast<double>(timer.elapsed()) / 1000.0);
        std::fflush(stderr);
        return true;
    };
    if (const QString leftover = PartFile::removeLeftover(parser.value(out)); !leftover.isEmpty())
        std::fprintf(stderr, "%s\n", qPrintable(leftover));
    const Status seeded = demo::seedDemoSchool(parser.value(out), options, progress, parser.isSet(force));
    std::fprintf(stderr, "\n");
    if (!seeded) {
        std::fprintf(stderr, "%s\n", qPrintable(seeded.error()));
        return 1;
    }
    std::fprintf(stderr, "%s\n",
                 qPrintable(QCoreApplication::translate("cli", "Created %1 with %2 users in %3 s.")
                                .arg(parser.value(out))
                                .arg(options.users)
                                .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)));
    return 0;
}

} // namespace rollbook::cli
