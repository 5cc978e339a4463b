#pragma once

#include "actions/actioncontext.h"
#include "result.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

class QLabel;
class QMenu;
class QTabWidget;

namespace rollbook {

class DirectoryWidget;
class MailSender;
class AuditModel;
class AuditView;
class OutboxModel;
class OutboxView;
class ReportView;
class SelectionActions;
class PendingModel;
class PendingView;
class UserTableModel;
class UserWindow;

/// Wires the menus, the directory and the status bar; the screens do the work.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows the store at path; an Error leaves the window as it was.
    Status openStore(const QString &path);
    DirectoryWidget *directory() const { return m_directory; }
    PendingView *pendingView() const { return m_pending; }
    AuditView *auditView() const { return m_audit; }
    ReportView *reportView() const { return m_report; }
    /// Shows the directory (0), the pending approvals (1) or the audit log (2).
    void showScreen(int index);
    UserTableModel *userModel() const { return m_model; }
    void openUser(std::int64_t userId);
    const Operator &actor() const { return m_actor; }

    SelectionActions *selectionActions() const { return m_selection; }
    /// Adds a user; returns the new id (0 when cancelled or refused).
    std::int64_t addUser();
    /// File > Import users, with path read at once when one is given (a file dropped on the window).
    void importUsers(const QString &path = {});
    /// Opens path, or says why not: what File > Open recent and a dropped school file do.
    void openOrSay(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createMenus();
    void createViewMenu();
    void createHelpMenu();
    void rebuildRecentMenu();
    void exportUsers();
    void editSettings();
    void chooseAndOpen();
    void createDemo();
    void checkIntegrityLater(const QString &path);
    /// Who acts: asked once, kept in the settings, recorded in the store's operators.
    Status ensureActor();

    UserTableModel *m_model;
    DirectoryWidget *m_directory;
    PendingModel *m_pendingModel;
    PendingView *m_pending;
    AuditModel *m_auditModel;
    AuditView *m_audit;
    OutboxModel *m_outboxModel;
    OutboxView *m_outbox;
    ReportView *m_report;
    QTabWidget *m_screens;
    QLabel *m_summary;
    QLabel *m_busy;
    QLabel *m_mailTrouble;
    QMenu *m_recent = nullptr;
    MailSender *m_mailSender;
    SelectionActions *m_selection;
    QHash<std::int64_t, QPointer<UserWindow>> m_userWindows;
    QString m_path;
    Operator m_actor;
    /// The GUI thread's writer for one-user actions (constant cost each); bulk runs elsewhere.
    ActionContext m_context;
};

} // namespace rollbook
