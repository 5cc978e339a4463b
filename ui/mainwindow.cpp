#include "mainwindow.h"

#include "mail/mailsender.h"
#include "outbox/outboxview.h"
#include "outboxmodel.h"

#include "actions/operators.h"
#include "appearance.h"
#include "help/aboutdialog.h"
#include "help/shortcutsdialog.h"
#include "languages.h"
#include "recentfiles.h"
#include "actions/useractions.h"
#include "audit/auditview.h"
#include "auditmodel.h"
#include "database.h"
#include "dialogs/adduserdialog.h"
#include "dialogs/demoschooldialog.h"
#include "dialogs/exportdialog.h"
#include "dialogs/importdialog.h"
#include "dialogs/settingsdialog.h"
#include "directory/directorywidget.h"
#include "directory/selectionactions.h"
#include "directory/userwindow.h"
#include "export/userexport.h"
#include "messagebox.h"
#include "pending/pendingview.h"
#include "pendingmodel.h"
#include "prompts.h"
#include "report/reportview.h"
#include "settings.h"
#include "storeopener.h"
#include "usertablemodel.h"
#include "windowgeometry.h"
#include "workerprogress.h"

#include <QApplication>
#include <QClipboard>
#include <QActionGroup>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QSettings>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace rollbook {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_model(new UserTableModel(this))
    , m_directory(new DirectoryWidget(m_model, this))
    , m_pendingModel(new PendingModel(this))
    , m_pending(new PendingView(m_pendingModel, &m_context, this))
    , m_auditModel(new AuditModel(this))
    , m_audit(new AuditView(m_auditModel, this))
    , m_outboxModel(new OutboxModel(this))
    , m_outbox(new OutboxView(m_outboxModel, &m_context, this))
    , m_report(new ReportView(this))
    , m_screens(new QTabWidget(this))
    , m_summary(new QLabel(this))
    , m_busy(new QLabel(this))
    , m_mailTrouble(new QLabel(this))
    , m_mailSender(new MailSender(this))
    , m_selection(new SelectionActions(this, m_directory, m_pending, &m_context,
                                       {[this] { return m_path; },
                                        [this]() -> std::optional<Operator> {
                                            if (m_actor.name.isEmpty()) {
                                                if (const Status acting = ensureActor(); !acting) {
                                                    MessageBox::warning(this, tr("Rollbook"), acting.error());
                                                    return std::nullopt;
                                                }
                                            }
                                            return m_actor;
                                        },
                                        [this] {
                                            m_model->refresh();
                                            m_pendingModel->reload();
                                        }}))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Rollbook"));
    // A school file dropped on the window opens; a CSV or XLSX starts an import of it.
    setAcceptDrops(true);
    m_screens->setObjectName(QStringLiteral("screens"));
    m_screens->setDocumentMode(true);
    m_screens->addTab(m_directory, tr("&Directory"));
    m_screens->addTab(m_pending, tr("&Pending approvals"));
    m_screens->addTab(m_audit, tr("&Audit log"));
    m_report->setObjectName(QStringLiteral("reportView"));
    m_screens->addTab(m_report, tr("&Monthly report"));
    m_screens->addTab(m_outbox, tr("Out&box"));
    // The log and the outbox show the latest whenever they are opened.
    connect(m_screens, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_screens->widget(index) == m_audit)
            m_auditModel->reload();
        if (m_screens->widget(index) == m_outbox)
            m_outbox->refresh();
    });
    connect(m_mailSender, &MailSender::ran, this, [this] {
        if (m_screens->currentWidget() == m_outbox)
            m_outbox->refresh();
    });
    setCentralWidget(m_screens);
    connect(m_pending, &PendingView::usersChanged, m_model, &UserTableModel::refresh);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    statusBar()->addWidget(m_summary);
    statusBar()->addPermanentWidget(m_busy);
    // A failing mail server stays in sight until it sends again.
    m_mailTrouble->setObjectName(QStringLiteral("mailTrouble"));
    m_mailTrouble->setTextFormat(Qt::PlainText);
    m_mailTrouble->hide();
    statusBar()->addPermanentWidget(m_mailTrouble);
    connect(m_mailSender, &MailSender::troubleChanged, this, [this](const QString &trouble) {
        m_mailTrouble->setText(trouble.left(140));
        m_mailTrouble->setToolTip(trouble);
        m_mailTrouble->setVisible(!trouble.isEmpty());
    });
    createMenus();
    // The status bar belongs to the screen shown: each screen says its own counts.
    const auto follow = [this](QWidget *screen) {
        return [this, screen](const QString &text) {
            if (m_screens->currentWidget() == screen)
                m_summary->setText(text);
        };
    };
    connect(m_directory, &DirectoryWidget::summaryChanged, this, follow(m_directory));
    connect(m_pending, &PendingView::summaryChanged, this, follow(m_pending));
    connect(m_audit, &AuditView::summaryChanged, this, follow(m_audit));
    connect(m_report, &ReportView::summaryChanged, this, follow(m_report));
    connect(m_outbox, &OutboxView::summaryChanged, this, follow(m_outbox));
    connect(m_screens, &QTabWidget::currentChanged, this, [this] {
        QWidget *screen = m_screens->currentWidget();
        m_summary->setText(screen == m_directory     ? m_directory->summaryText()
                               : screen == m_pending ? m_pending->summaryText()
                               : screen == m_audit   ? m_audit->summaryText()
                               : screen == m_outbox  ? m_outbox->summaryText()
                                                     : m_report->summaryText());
    });
    connect(m_directory, &DirectoryWidget::openUserRequested, this, &MainWindow::openUser);
    connect(m_audit, &AuditView::openUserRequested, this, &MainWindow::openUser);
    connect(m_model, &UserTableModel::loadingChanged, this,
            [this](bool loading) { m_busy->setText(loading ? tr("Searching…") : QString()); });
    connect(m_model, &UserTableModel::queryFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10'000); });
    rollbook::restoreWindowState(this, QStringLiteral("mainWindow"), QSize(1280, 760));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Open user windows with unsaved changes ask first; one that stays keeps the app open.
    for (const auto &window : std::as_const(m_userWindows)) {
        if (window && !window->close()) {
            event->ignore();
            return;
        }
    }
    rollbook::saveWindowState(this, QStringLiteral("mainWindow"));
    QMainWindow::closeEvent(event);
}

MainWindow::~MainWindow()
{
    m_mailSender->setStore({}, {}, {});
    m_context.db = QSqlDatabase();
    Database::close(QStringLiteral("actions"));
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(Appearance::icon(QStringLiteral("document-open")), tr("&Open…"),
                                    QKeySequence::Open, this, &MainWindow::chooseAndOpen);
    open->setObjectName(QStringLiteral("actionOpen"));
    m_recent = file->addMenu(tr("Open &recent"));
    m_recent->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addAction(tr("New &demo school…"), this, &MainWindow::createDemo);
    file->addSeparator();
    QAction *importAction = file->addAction(Appearance::icon(QStringLiteral("document-import")),
                                            tr("&Import users…"), this, [this] { importUsers(); });
    importAction->setObjectName(QStringLiteral("actionImport"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *exportAction = file->addAction(Appearance::icon(QStringLiteral("document-export")),
                                            tr("&Export users…"), this, &MainWindow::exportUsers);
    exportAction->setObjectName(QStringLiteral("actionExport"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setToolTip(tr("Export the current view or the selection to CSV or Excel (Ctrl+E)"));
    file->addSeparator();
    QAction *settings = file->addAction(Appearance::icon(QStringLiteral("preferences-system")),
                                        tr("School &settings…"), this, &MainWindow::editSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    settings->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    file->addSeparator();
    QAction *quit = file->addAction(Appearance::icon(QStringLiteral("application-exit")), tr("&Quit"),
                                    QKeySequence::Quit, qApp, &QApplication::closeAllWindows);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *users = menuBar()->addMenu(tr("&Users"));
    QAction *selectAll = users->addAction(tr("Select all mat&ching"), m_directory, &DirectoryWidget::selectAllMatching);
    selectAll->setObjectName(QStringLiteral("actionSelectAll"));
    // The menu names the count: "Select all 12,345 matching users".
    connect(m_directory, &DirectoryWidget::summaryChanged, selectAll, [this, selectAll] {
        selectAll->setText(
            tr("Select all %1 mat&ching users").arg(QLocale().toString(static_cast<qlonglong>(m_model->rowCount()))));
    });
    users->addSeparator();
    QAction *add = users->addAction(Appearance::icon(QStringLiteral("contact-new")), tr("&Add user…"), this,
                                    [this] { addUser(); });
    add->setObjectName(QStringLiteral("actionAddUser"));
    add->setShortcut(QKeySequence::New);
    users->addSeparator();
    m_selection->addTo(users);
    connect(m_directory, &DirectoryWidget::selectionChanged, m_selection, &SelectionActions::updateStates);
    connect(m_directory, &DirectoryWidget::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });

    // A toolbar for what is done most: add a user, export what is shown.
    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(add);
    tools->addAction(importAction);
    tools->addAction(exportAction);
    tools->addAction(settings);

    createViewMenu();
    createHelpMenu();
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&Directory"), QKeySequence(Qt::CTRL | Qt::Key_1), this, [this] { showScreen(0); });
    view->addAction(tr("&Pending approvals"), QKeySequence(Qt::CTRL | Qt::Key_2), this, [this] { showScreen(1); });
    view->addAction(tr("&Audit log"), QKeySequence(Qt::CTRL | Qt::Key_3), this, [this] { showScreen(2); });
    view->addAction(tr("&Monthly report"), QKeySequence(Qt::CTRL | Qt::Key_4), this, [this] { showScreen(3); });
    view->addAction(tr("Out&box"), QKeySequence(Qt::CTRL | Qt::Key_5), this, [this] { showScreen(4); });
    view->addAction(Appearance::icon(QStringLiteral("edit-find")), tr("&Find"), QKeySequence::Find, this, [this] {
        showScreen(0);
        m_directory->focusSearch();
    });
    view->addAction(Appearance::icon(QStringLiteral("view-refresh")), tr("&Refresh"), QKeySequence::Refresh, m_model,
                    &UserTableModel::refresh);
    view->addSeparator();
    view->addMenu(m_directory->columnsMenu());
    view->addSeparator();

    // Light or dark applies at once; a language when the app next starts (every window is built in it).
    QMenu *appearance = view->addMenu(tr("App&earance"));
    appearance->setObjectName(QStringLiteral("appearanceMenu"));
    auto *schemes = new QActionGroup(appearance);
    for (const auto &[scheme, text] : {std::pair{Appearance::Scheme::System, tr("As the &system")},
                                       std::pair{Appearance::Scheme::Light, tr("&Light")},
                                       std::pair{Appearance::Scheme::Dark, tr("&Dark")}}) {
        // clang 14 cannot capture a structured binding: copy it first.
        const Appearance::Scheme each = scheme;
        QAction *choice = appearance->addAction(text, this, [each] { Appearance::choose(each); });
        choice->setCheckable(true);
        choice->setChecked(Appearance::chosen() == each);
        schemes->addAction(choice);
    }
    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(language);
    const auto chooseLanguage = [this](const QString &code) {
        Languages::choose(code);
        MessageBox::information(this, tr("Language"),
                                tr("Rollbook will use the language you chose the next time it starts."));
    };
    QAction *system = language->addAction(tr("As the &system"), this, [chooseLanguage] { chooseLanguage({}); });
    system->setCheckable(true);
    system->setChecked(Languages::chosen().isEmpty());
    languages->addAction(system);
    language->addSeparator();
    for (const Languages::Language &each : Languages::available()) {
        QAction *choice
            = language->addAction(each.name, this, [chooseLanguage, code = each.code] { chooseLanguage(code); });
        choice->setCheckable(true);
        choice->setChecked(Languages::chosen() == each.code);
        languages->addAction(choice);
    }
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    shortcuts->setObjectName(QStringLiteral("actionShortcuts"));
    help->addSeparator();
    QAction *about = help->addAction(Appearance::icon(QStringLiteral("help-about")), tr("&About Rollbook"), this,
                                     [this] {
                                         AboutDialog dialog(this);
                                         dialog.exec();
                                     });
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::rebuildRecentMenu()
{
    m_recent->clear();
    const QStringList paths = RecentFiles::list();
    for (int i = 0; i < paths.size(); ++i) {
        // "&1 school.rollbook": the first nine open by their digit; the whole path is the tip.
        const QString name = QFileInfo(paths[i]).fileName().replace(u'&', QStringLiteral("&&"));
        QAction *entry = m_recent->addAction(i < 9 ? QStringLiteral("&%1 %2").arg(i + 1).arg(name) : name, this,
                                             [this, path = paths[i]] { openOrSay(path); });
        entry->setToolTip(paths[i]);
        entry->setStatusTip(paths[i]);
    }
    m_recent->setToolTipsVisible(true);
    if (!paths.isEmpty())
        m_recent->addSeparator();
    QAction *clear = m_recent->addAction(tr("&Clear the list"), this, [this] {
        RecentFiles::clear();
        rebuildRecentMenu();
    });
    clear->setEnabled(!paths.isEmpty());
}

void MainWindow::openOrSay(const QString &path)
{
    if (const Status opened = openStore(path); !opened)
        MessageBox::critical(this, tr("Cannot open the database"), opened.error());
}

namespace {

/// What a drop brings: one local file, a school or a table to import; anything else is refused.
enum class Dropped { Nothing, School, Table };

Dropped droppedKind(const QMimeData *data, QString *path)
{
    if (!data->hasUrls() || data->urls().size() != 1 || !data->urls().first().isLocalFile())
        return Dropped::Nothing;
    *path = data->urls().first().toLocalFile();
    const QString suffix = QFileInfo(*path).suffix().toLower();
    if (suffix == u"rollbook" || suffix == u"sqlite" || suffix == u"db")
        return Dropped::School;
    if (suffix == u"csv" || suffix == u"xlsx" || suffix == u"txt")
        return Dropped::Table;
    return Dropped::Nothing;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    QString path;
    if (droppedKind(event->mimeData(), &path) != Dropped::Nothing)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QString path;
    const Dropped kind = droppedKind(event->mimeData(), &path);
    if (kind == Dropped::Nothing)
        return;
    event->acceptProposedAction();
    // The drop returns first: a dialog opened inside it would hold the file manager's drag.
    QMetaObject::invokeMethod(
        this, [this, kind, path] { kind == Dropped::School ? openOrSay(path) : importUsers(path); },
        Qt::QueuedConnection);
}

Status MainWindow::openStore(const QString &typed)
{
    // Kept absolute: a path typed relative to one folder reopens from any other.
    const QString path = QFileInfo(typed).absoluteFilePath();
    if (const Status prepared = prepareStore(path); !prepared)
        return prepared;
    if (const Status opened = m_model->open(path); !opened)
        return opened;
    m_path = path;
    if (const Status acting = ensureActor(); !acting)
        statusBar()->showMessage(acting.error(), 10'000);
    for (const auto &window : std::as_const(m_userWindows)) {
        if (window)
            window->close();
    }
    m_mailSender->setStore({}, {}, {});
    m_context.db = QSqlDatabase();
    Database::close(QStringLiteral("actions"));
    OpenOptions writer;
    writer.integrityCheck = false;
    writer.migrate = false;
    writer.cacheKiB = 2 * 1024;
    if (auto db = Database::open(path, QStringLiteral("actions"), writer))
        m_context.db = *db;
    m_context.actor = m_actor;
    m_mailSender->setStore(path, m_actor, m_context.db);
    m_pendingModel->open(path);
    m_auditModel->setCurrency(m_model->currency());
    m_auditModel->open(path);
    m_outboxModel->open(path);
    m_report->setDatabasePath(path);
    m_directory->restoreColumns();
    setWindowTitle(tr("%1 — Rollbook").arg(QFileInfo(path).fileName()));
    RecentFiles::add(path);
    rebuildRecentMenu();
    checkIntegrityLater(path);
    return success();
}

void MainWindow::checkIntegrityLater(const QString &path)
{
    // quick_check reads the whole file: never on the GUI thread.
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher] {
        const QString problem = watcher->result();
        watcher->deleteLater();
        if (!problem.isEmpty())
            MessageBox::critical(this, tr("Damaged database"), problem);
    });
    watcher->setFuture(QtConcurrent::run([path] {
        OpenOptions options;
        options.integrityCheck = true; // opening runs the check
        options.migrate = false;
        options.readOnly = true;
        const Status checked = Database::withConnection(path, options, [](QSqlDatabase &) { return success(); });
        return checked.ok() ? QString() : checked.error();
    }));
}

void MainWindow::importUsers(const QString &path)
{
    if (m_path.isEmpty())
        return;
    if (const Status acting = ensureActor(); !acting) {
        MessageBox::warning(this, tr("Import users"), acting.error());
        return;
    }
    auto *dialog = new ImportDialog(m_path, m_actor, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, m_model, &UserTableModel::refresh);
    dialog->show();
    if (!path.isEmpty())
        dialog->load(path);
}

void MainWindow::exportUsers()
{
    if (m_path.isEmpty())
        return;
    if (m_model->rowCount() == 0) {
        MessageBox::information(this, tr("Export users"),
                                tr("There is nothing to export: no user is shown. Clear the search or choose "
                                   "another status tab."));
        return;
    }
    const auto choice = ExportDialog::ask(this, m_model->rowCount(), m_directory->selectedCount());
    if (!choice)
        return;
    UserExportRequest request;
    request.query = m_model->query();
    request.columns = m_directory->visibleColumns();
    if (choice->selectionOnly)
        request.ids = m_directory->selectedUserIds();
    const qint64 total = choice->selectionOnly ? qint64(request.ids.size()) : qint64(m_model->rowCount());
    const QString title = tr("Exporting %Ln user(s)", nullptr, int(total));
    // The worker reads on a connection of its own; the GUI thread keeps painting the progress.
    const auto summary = runWithProgress<Result<ExportSummary>>(
        this, title, total, [store = m_path, request, choice = *choice](const WorkerProgress &progress) {
            OpenOptions options;
            options.readOnly = true;
            options.integrityCheck = false;
            options.migrate = false;
            return Database::withConnection(store, options, [&](QSqlDatabase &db) {
                return rollbook::exportUsers(db, request, choice.path, choice.options, progress);
            });
        });
    if (!summary) {
        MessageBox::critical(this, tr("Export users"), summary.error());
        return;
    }
    QString text
        = tr("%Ln user(s) written to %1.", nullptr, int(summary->rows)).arg(QDir::toNativeSeparators(choice->path));
    if (summary->sheets > 1)
        text += u' ' + tr("The workbook has %1 sheets: Excel holds 1,048,575 rows in one.").arg(summary->sheets);
    if (summary->truncatedCells > 0)
        text += u' '
            + tr("%Ln cell(s) longer than Excel's 32,767 characters were cut.", nullptr, int(summary->truncatedCells));
    if (summary->neutralisedCells > 0)
        text += u' '
            + tr("%Ln cell(s) starting with =, +, -, @ were kept as text with a leading apostrophe.", nullptr,
                 int(summary->neutralisedCells));
    if (!summary->leftover.isEmpty())
        text += u' ' + summary->leftover;
    statusBar()->showMessage(tr("Exported %Ln user(s).", nullptr, int(summary->rows)), 10'000);
    const int chosen
        = MessageBox::choose(this, tr("Export users"), text, {tr("Open the &file"), tr("Open the f&older")});
    if (chosen == 0)
        QDesktopServices::openUrl(QUrl::fromLocalFile(choice->path));
    else if (chosen == 1)
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(choice->path).absolutePath()));
}

void MainWindow::editSettings()
{
    if (!m_context.db.isValid())
        return;
    if (const Status acting = ensureActor(); !acting) {
        MessageBox::warning(this, tr("School settings"), acting.error());
        return;
    }
    SettingsDialog dialog(&m_context, this);
    if (dialog.exec() == QDialog::Accepted)
        m_model->reloadSettings(); // the currency may have changed
}

void MainWindow::chooseAndOpen()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Open a Rollbook database"), QString(),
                                       tr("Rollbook databases (*.rollbook *.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openOrSay(path);
}

void MainWindow::createDemo()
{
    bool ok = false;
    const int users = QInputDialog::getInt(this, tr("New demo school"), tr("Number of users:"), 100'000, 100, 5'000'000,
                                           10'000, &ok);
    if (!ok)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the demo school as"), defaultDemoPath(),
                                                      tr("Rollbook databases (*.rollbook)"));
    if (path.isEmpty())
        return;
    if (const Status created = createDemoSchool(this, path, users); !created) {
        MessageBox::critical(this, tr("Demo school"), created.error());
        return;
    }
    openOrSay(path);
}

Status MainWindow::ensureActor()
{
    QSettings settings;
    QString name = settings.value(QStringLiteral("operator/name")).toString();
    if (name.trimmed().isEmpty()) {
        const auto typed
            = Prompts::text(this, tr("Who are you?"), tr("Your name, recorded with every change you make:"));
        if (!typed || typed->trimmed().isEmpty())
            return Error{tr("Changes need your name; you will be asked again when you make one.")};
        name = typed->trimmed();
    }
    const QString connection = QStringLiteral("operator");
    Result<Operator> actor = Error{};
    {
        OpenOptions options;
        options.integrityCheck = false;
        options.migrate = false;
        auto db = Database::open(m_path, connection, options);
        actor = db ? findOperator(*db, name) : Result<Operator>(db.failure());
    }
    Database::close(connection);
    if (!actor)
        return actor.failure();
    m_actor = *actor;
    m_context.actor = m_actor;
    settings.setValue(QStringLiteral("operator/name"), m_actor.name);
    return success();
}

void MainWindow::showScreen(int index)
{
    m_screens->setCurrentIndex(index);
}

std::int64_t MainWindow::addUser()
{
    if (!m_context.db.isValid())
        return 0;
    if (m_actor.name.isEmpty()) {
        if (const Status acting = ensureActor(); !acting) {
            MessageBox::warning(this, tr("Add a user"), acting.error());
            return 0;
        }
    }
    const QString region = StoreSettings::value(m_context.db, StoreSettings::PhoneRegion);
    const auto asked = AddUserDialog::ask(this, region, [this, region](const NewUser &details) {
        return UserActions::addUser(m_context, details, region);
    });
    if (!asked) {
        MessageBox::warning(this, tr("Add a user"), asked.error());
        return 0;
    }
    const std::optional<CreatedUser> &created = *asked;
    if (!created)
        return 0;
    m_model->refresh();
    // The link is in the queued welcome email; shown here too, once, for a user who asks by phone.
    QGuiApplication::clipboard()->setText(created->setPasswordUrl);
    MessageBox::information(this, tr("Add a user"),
                            tr("The user was added and a welcome email with a link to set their password is queued. "
                               "The link is also on the clipboard:\n%1")
                                .arg(created->setPasswordUrl));
    return created->id;
}

void MainWindow::openUser(std::int64_t userId)
{
    if (QPointer<UserWindow> existing = m_userWindows.value(userId)) {
        existing->show();
        existing->raise();
        existing->activateWindow();
        return;
    }
    auto *window = new UserWindow(m_model, &m_context, userId, this);
    connect(window, &UserWindow::userChanged, m_model, &UserTableModel::refresh);
    m_userWindows.insert(userId, window);
    window->show();
}

} // namespace rollbook
