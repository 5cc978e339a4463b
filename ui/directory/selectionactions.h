#pragma once

#include "actions/actioncontext.h"
#include "actions/bulk.h"
#include "userstatus.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace rollbook {

class DirectoryWidget;
class PendingView;
class UserTableModel;

/// The account actions on the directory's selected users (the Users menu and the table's row
/// menu): each is offered only when a selected user's status allows it and runs on those users
/// only; confirmations name the users; results come back per user; the selection stays.
class SelectionActions : public QObject
{
    Q_OBJECT

public:
    struct Hooks
    {
        std::function<QString()> databasePath;
        /// The operator acting (asked once); nothing when the operator declined to give a name.
        std::function<std::optional<Operator>()> actor;
        /// After a bulk action changed users.
        std::function<void()> changed;
    };
    SelectionActions(QWidget *window, DirectoryWidget *directory, const PendingView *pending, ActionContext *context,
                     Hooks hooks);

    /// Adds the actions to the Users menu and to the table's row menu.
    void addTo(QMenu *users);
    /// Enables each action for the current selection's statuses.
    void updateStates();

    void suspend();
    void reactivate();
    void approve();
    void reject();
    void unsubscribe();
    void resubscribe();
    void deleteUsers();
    void addToList();
    void topUp();
    void enroll();

private:
    QAction *make(const QString &text, const QString &name, const QKeySequence &shortcut, void (SelectionActions::*slot)());
    /// The selected users a change applies to (all of them without one).
    std::vector<std::int64_t> chosen(std::optional<StatusChange> change = {}) const;
    /// "Ada Lovelace <ada@example.org>" for the first ten, then "and 5,962 more".
    QString names(const std::vector<std::int64_t> &ids) const;
    /// Asks "Title for these N users?" naming them, when more than one is chosen.
    bool confirm(const QString &title, const QString &question, const std::vector<std::int64_t> &ids);
    /// The users of change among the selection, with a word when some selected users are left out.
    std::vector<std::int64_t> forChange(StatusChange change, QString *note) const;
    void run(const QString &title, std::vector<std::int64_t> ids, const BulkAction &action);
    /// A reason for change (suspend, reject, unsubscribe), then the change on the users it applies to.
    using Title = std::function<QString(int users)>;
    void withReason(StatusChange change, const Title &title, const QString &label,
                    const std::function<Result<ActionOutcome>(ActionContext &, std::int64_t, const QString &)> &act);
    /// A confirmation naming the users, alsoAsk (a second question) when given, then the change.
    void withoutReason(StatusChange change, const Title &title,
                       const std::function<Result<ActionOutcome>(ActionContext &, std::int64_t)> &act,
                       const std::function<bool(const std::vector<std::int64_t> &)> &alsoAsk = {});

    QWidget *m_window;
    DirectoryWidget *m_directory;
    const PendingView *m_pending;
    ActionContext *m_context;
    Hooks m_hooks;
    QList<QAction *> m_all;
    QHash<QAction *, StatusChange> m_changes;
};

} // namespace rollbook
