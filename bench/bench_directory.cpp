// The directory at scale: launch to first rows painted, search per keystroke, sort change, scroll
// jumps and memory, driving the real UserTableModel and a QTableView offscreen. In the same run,
// the peers: a DB Browser for SQLite-style LIKE filter and a QSqlQueryModel over the users table.
//
//   bench_directory FILE.rollbook        (scripts/bench.sh makes a 1M-user school and runs this)

#include "benchjson.h"
#include "database.h"
#include "directory/directorywidget.h"
#include "usertablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QTableView>
#include <QTimer>

#include <fcntl.h>
#include <unistd.h>

using namespace rollbook;
using bench::percentile;
using bench::report;

namespace {

constexpr const char *Bench = "directory";

struct Term
{
    const char *kind;
    QString text;
};

// A fixed script: what support agents type all day.
const QList<Term> &script()
{
    static const QList<Term> terms{
        {"rare", QStringLiteral("S0777777")},     {"common", QStringLiteral("smith")},
        {"accented", QStringLiteral("nguyễn")},   {"accented", QStringLiteral("josé garcía")},
        {"email", QStringLiteral("gmail.com")},   {"email", QStringLiteral("maria.lopez")},
        {"phone", QStringLiteral("+44 7400")},    {"phone", QStringLiteral("491511")},
        {"company", QStringLiteral("northwind")}, {"none", QStringLiteral("qqzzxx")},
    };
    return terms;
}

void evictFromPageCache(const QString &path)
{
    for (const QString &file : QStringList{path, path + QStringLiteral("-wal")}) {
        const int fd = ::open(file.toLocal8Bit().constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

/// Waits for the whole result, or with firstPage for whichever comes first: the first page
/// shown ahead of a long query, or the whole result.
bool waitForResult(UserTableModel &model, bool firstPage = false)
{
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&model, &UserTableModel::resultReady, &loop, &QEventLoop::quit);
    if (firstPage)
        QObject::connect(&model, &UserTableModel::firstPageReady, &loop, &QEventLoop::quit);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    timeout.start(60'000);
    loop.exec();
    return timeout.isActive();
}

/// Counts the paints of a widget, so a measurement can end when the event loop has painted.
class PaintCounter : public QObject
{
public:
    int paints = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

/// The app's own directory screen (search box, tabs, table with its delegate) in a window.
struct Screen
{
    UserTableModel model;
    DirectoryWidget widget{&model};
    QTableView &view = *widget.view();
    PaintCounter counter;

    Screen()
    {
        widget.resize(1400, 900);
        widget.show();
        view.viewport()->installEventFilter(&counter);
    }
    /// Ends once the rows are on screen: painted by the event loop since paintsBefore was read,
    /// or by the paint it has pending, or by one forced now.
    void paint(int paintsBefore = -1)
    {
        if (paintsBefore >= 0 && counter.paints > paintsBefore)
            return;
        const int before = counter.paints;
        QCoreApplication::processEvents();
        if (counter.paints == before)
            view.viewport()->repaint();
    }
};

/// ROLLBOOK_BENCH_ONLY=search,scroll runs only those parts (for profiling one of them).
bool enabled(const char *part)
{
    const QByteArray only = qgetenv("ROLLBOOK_BENCH_ONLY");
    return only.isEmpty() || only.split(',').contains(QByteArray(part));
}

double ms(const QElapsedTimer &timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

struct Timing
{
    double firstPaint; ///< to the first rows painted (a first page or the whole result)
    double complete; ///< to the whole result, counts included
};

/// Runs action and times it to the first painted rows and to the complete result.
template<typename Action> Timing measure(Screen &screen, Action action)
{
    QElapsedTimer timer;
    timer.start();
    const int paints = screen.counter.paints;
    action();
    if (!waitForResult(screen.model, true))
        qFatal("no result");
    screen.paint(paints);
    const double firstPaint = ms(timer);
    if (screen.model.isLoading() && !waitForResult(screen.model))
        qFatal("no complete result");
    return {firstPaint, ms(timer)};
}

Timing openAndPaint(Screen &screen, const QString &path)
{
    return measure(screen, [&] {
        if (!screen.model.open(path).ok())
            qFatal("cannot open %s", qPrintable(path));
        screen.widget.restoreColumns();
    });
}

// DB Browser for SQLite's filter: LIKE '%term%' ESCAPE '\' OR'd over the columns, a COUNT(*) to
// size the view, then the first page in the current order.
double peerLikeSearch(QSqlDatabase &db, const QString &term)
{
    const QString like = QStringLiteral("%")
        + QString(term)
              .replace(u'\\', QStringLiteral("\\\\"))
              .replace(u'%', QStringLiteral("\\%"))
              .replace(u'_', QStringLiteral("\\_"))
        + QStringLiteral("%");
    const QString where = QStringLiteral(" WHERE first_name LIKE ? ESCAPE '\\' OR last_name LIKE ? ESCAPE '\\' "
                                         "OR email LIKE ? ESCAPE '\\' OR phone LIKE ? ESCAPE '\\' "
                                         "OR company LIKE ? ESCAPE '\\'");
    QElapsedTimer timer;
    timer.start();
    QSqlQuery count(db);
    count.prepare(QStringLiteral("SELECT count(*) FROM users") + where);
    for (int i = 0; i < 5; ++i)
        count.addBindValue(like);
    if (!count.exec() || !count.next())
        qFatal("peer query failed: %s", qPrintable(count.lastError().text()));
    QSqlQuery page(db);
    page.prepare(QStringLiteral("SELECT id, first_name, last_name, email, phone, company FROM users") + where
                 + QStringLiteral(" ORDER BY registered_at DESC LIMIT 256"));
    for (int i = 0; i < 5; ++i)
        page.addBindValue(like);
    if (!page.exec())
        qFatal("peer query failed: %s", qPrintable(page.lastError().text()));
    while (page.next()) { }
    return ms(timer);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_directory FILE.rollbook\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);

    // Launch to first rows painted.
    evictFromPageCache(path);
    Timing cold{};
    Timing warm{};
    std::int64_t users = 0;
    {
        Screen coldScreen;
        cold = openAndPaint(coldScreen, path);
        users = coldScreen.model.allUsers();
    }
    {
        Screen warmScreen;
        warm = openAndPaint(warmScreen, path);
    }
    report(Bench, QStringLiteral("users"), static_cast<double>(users), "count");
    report(Bench, QStringLiteral("first_rows_cold"), cold.firstPaint, "ms");
    report(Bench, QStringLiteral("first_rows_warm"), warm.firstPaint, "ms");
    report(Bench, QStringLiteral("complete_result_cold"), cold.complete, "ms");
    report(Bench, QStringLiteral("complete_result_warm"), warm.complete, "ms");

    Screen screen;
    openAndPaint(screen, path);

    // Search: every prefix of every term is a keystroke, each waited for and painted.
    std::vector<double> ours;
    if (enabled("search")) {
        std::vector<double> longTerms;
        std::vector<double> shortTerms;
        std::vector<double> longComplete;
        std::vector<double> shortComplete;
        for (const Term &term : script()) {
            double last = 0;
            for (int length = 1; length <= term.text.size(); ++length) {
                const Timing timing = measure(screen, [&] { screen.model.setSearch(term.text.left(length)); });
                last = timing.firstPaint;
                const bool longTerm = term.text.left(length).trimmed().size() >= 3;
                (longTerm ? longTerms : shortTerms).push_back(timing.firstPaint);
                (longTerm ? longComplete : shortComplete).push_back(timing.complete);
            }
            ours.push_back(last);
            report(
                Bench,
                QStringLiteral("search_%1_%2_ms").arg(QLatin1String(term.kind), QString(term.text).replace(u' ', u'_')),
                last, "ms");
            screen.model.setSearch(QString());
            waitForResult(screen.model);
        }
        report(Bench, QStringLiteral("search_keystroke_3plus_p50"), percentile(longTerms, 0.5), "ms");
        report(Bench, QStringLiteral("search_keystroke_3plus_p95"), percentile(longTerms, 0.95), "ms");
        report(Bench, QStringLiteral("search_keystroke_1to2_p50"), percentile(shortTerms, 0.5), "ms");
        report(Bench, QStringLiteral("search_keystroke_1to2_p95"), percentile(shortTerms, 0.95), "ms");
        report(Bench, QStringLiteral("search_complete_3plus_p95"), percentile(longComplete, 0.95), "ms");
        report(Bench, QStringLiteral("search_complete_1to2_p95"), percentile(shortComplete, 0.95), "ms");

        // Typing a burst: each keystroke cancels the previous one's work; time from the last to paint.
        std::vector<double> bursts;
        for (const Term &term : script()) {
            QElapsedTimer timer;
            for (int length = 1; length <= term.text.size(); ++length) {
                timer.start();
                screen.model.setSearch(term.text.left(length));
                QCoreApplication::processEvents();
            }
            waitForResult(screen.model);
            screen.paint();
            bursts.push_back(ms(timer));
            screen.model.setSearch(QString());
            waitForResult(screen.model);
        }
        report(Bench, QStringLiteral("search_burst_last_keystroke_p95"), percentile(bursts, 0.95), "ms");
    }

    // Sort changes, each column's first use (its order not yet cached).
    if (enabled("sort")) {
        std::vector<double> sorts;
        const std::pair<UserColumn, Qt::SortOrder> sortScript[]
            = {{UserColumn::Name, Qt::AscendingOrder},        {UserColumn::Email, Qt::AscendingOrder},
               {UserColumn::LastActive, Qt::DescendingOrder}, {UserColumn::CreditBalance, Qt::DescendingOrder},
               {UserColumn::TotalSpent, Qt::DescendingOrder}, {UserColumn::Progress, Qt::AscendingOrder},
               {UserColumn::Company, Qt::AscendingOrder},     {UserColumn::Phone, Qt::AscendingOrder},
               {UserColumn::Status, Qt::AscendingOrder},      {UserColumn::Registered, Qt::AscendingOrder}};
        std::vector<double> sortsComplete;
        for (const auto &[column, order] : sortScript) {
            const Timing timing = measure(screen, [&] { screen.model.sort(static_cast<int>(column), order); });
            sorts.push_back(timing.firstPaint);
            sortsComplete.push_back(timing.complete);
        }
        report(Bench, QStringLiteral("sort_change_p50"), percentile(sorts, 0.5), "ms");
        report(Bench, QStringLiteral("sort_change_max"), percentile(sorts, 1.0), "ms");
        report(Bench, QStringLiteral("sort_change_complete_p50"), percentile(sortsComplete, 0.5), "ms");
        report(Bench, QStringLiteral("sort_change_complete_max"), percentile(sortsComplete, 1.0), "ms");
        {
            QElapsedTimer timer;
            timer.start();
            screen.model.sort(static_cast<int>(UserColumn::Registered), Qt::DescendingOrder);
            waitForResult(screen.model);
            screen.paint();
            report(Bench, QStringLiteral("sort_flip_direction"), ms(timer), "ms");
        }
    }

    // Scroll jumps to random rows: once right after the cold start (pages come from disk), then
    // the same jumps again with the file in the OS cache (the model's own block cache, 8,192
    // rows, is long overwritten by then).
    if (enabled("scroll")) {
        for (const char *pass : {"cold", "warm"}) {
            std::vector<double> jumps;
            QRandomGenerator random(7);
            for (int i = 0; i < 600; ++i) {
                const int row = static_cast<int>(random.bounded(screen.model.rowCount()));
                QElapsedTimer timer;
                timer.start();
                screen.view.scrollTo(screen.model.index(row, 0), QAbstractItemView::PositionAtTop);
                screen.paint();
                jumps.push_back(ms(timer));
            }
            const QString prefix
                = QStringLiteral("scroll_jump_") + (qstrcmp(pass, "warm") == 0 ? QString() : QStringLiteral("cold_"));
            report(Bench, prefix + QStringLiteral("p50"), percentile(jumps, 0.5), "ms");
            report(Bench, prefix + QStringLiteral("p95"), percentile(jumps, 0.95), "ms");
        }
    }
    report(Bench, QStringLiteral("rss"), bench::memoryMiB("VmRSS:"), "MiB");
    report(Bench, QStringLiteral("rss_peak"), bench::memoryMiB("VmHWM:"), "MiB");

    // Peer 1: the LIKE filter, same terms, same run.
    if (enabled("peers")) {
        const QString connection = QStringLiteral("peer");
        {
            OpenOptions options;
            options.integrityCheck = false;
            auto db = Database::open(path, connection, options);
            std::vector<double> peer;
            for (const Term &term : script()) {
                peer.push_back(peerLikeSearch(*db, term.text));
                report(Bench,
                       QStringLiteral("peer_like_%1_%2_ms")
                           .arg(QLatin1String(term.kind), QString(term.text).replace(u' ', u'_')),
                       peer.back(), "ms");
            }
            report(Bench, QStringLiteral("peer_like_search_p50"), percentile(peer, 0.5), "ms");
            report(Bench, QStringLiteral("peer_like_search_p95"), percentile(peer, 0.95), "ms");
            report(Bench, QStringLiteral("ratio_peer_like_to_ours_p50"),
                   percentile(peer, 0.5) / std::max(0.001, percentile(ours, 0.5)), "x");
            report(Bench, QStringLiteral("ratio_peer_like_to_ours_p95"),
                   percentile(peer, 0.95) / std::max(0.001, percentile(ours, 0.95)), "x");
        }
        Database::close(connection);
    }

    // Peer 2: QSqlQueryModel over the users table, shown in the same view, then scrolled to the end.
    if (enabled("peers")) {
        const QString connection = QStringLiteral("peer-model");
        {
            OpenOptions options;
            options.integrityCheck = false;
            auto db = Database::open(path, connection, options);
            const double before = bench::memoryMiB("VmRSS:");
            QSqlQueryModel peer;
            QTableView view;
            view.resize(1400, 900);
            view.show();
            QElapsedTimer timer;
            timer.start();
            peer.setQuery(QStringLiteral("SELECT first_name, last_name, email, phone, company, status, registered_at, "
                                         "last_active_at, credit_balance, total_spent, avg_progress FROM users "
                                         "ORDER BY registered_at DESC"),
                          *db);
            view.setModel(&peer);
            view.viewport()->repaint();
            const double first = ms(timer);
            timer.start();
            int fetches = 0;
            while (peer.canFetchMore()) {
                peer.fetchMore();
                ++fetches;
            }
            view.scrollToBottom();
            view.viewport()->repaint();
            report(Bench, QStringLiteral("peer_qsqlquerymodel_first_rows"), first, "ms");
            report(Bench, QStringLiteral("peer_qsqlquerymodel_scroll_to_end"), ms(timer), "ms");
            report(Bench, QStringLiteral("peer_qsqlquerymodel_fetchmore_calls"), fetches, "count");
            report(Bench, QStringLiteral("peer_qsqlquerymodel_rss_growth"), bench::memoryMiB("VmRSS:") - before, "MiB");
            report(Bench, QStringLiteral("ratio_peer_qsqlquerymodel_first_rows_to_ours_warm"),
                   first / std::max(0.001, warm.firstPaint), "x");
            view.setModel(nullptr);
        }
        Database::close(connection);
    }
    return 0;
}
