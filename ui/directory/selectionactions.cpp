#include "directory/selectionactions.h"

#include "actions/communicationactions.h"
#include "actions/useractions.h"
#include "dialogs/productpickerdialog.h"
#include "dialogs/topupdialog.h"
#include "directory/bulkprogress.h"
#include "directory/bulkresultdialog.h"
#include "directory/directorywidget.h"
#include "messagebox.h"
#include "money.h"
#include "pending/pendingview.h"
#include "prompts.h"
#include "usertablemodel.h"

#include <QAction>
#include <QMenu>
#include <QSqlQuery>
#include <QTableView>

namespace rollbook {

namespace {
constexpr int NamedUsers = 10;
} // namespace

SelectionActions::SelectionActions(QWidget *window, DirectoryWidget *directory, const PendingView *pending,
                                   ActionContext *context, Hooks hooks)
    : QObject(window)
    , m_window(window)
    , m_directory(directory)
    , m_pending(pending)
    , m_context(context)
    , m_hooks(std::move(hooks))
{ }

QAction *SelectionActions::make(const QString &text, const QString &name, const QKeySequence &shortcut,
                                void (SelectionActions::*slot)())
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    connect(action, &QAction::triggered, this, slot);
    m_all.append(action);
    return action;
}

void SelectionActions::addTo(QMenu *users)
{
    const auto change = [this](QAction *action, StatusChange which) {
        m_changes.insert(action, which);
        return action;
    };
    QList<QAction *> actions{
        change(make(tr("&Suspend…"), QStringLiteral("actionSuspend"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
                    &SelectionActions::suspend),
               StatusChange::Suspend),
        change(make(tr("&Reactivate"), QStringLiteral("actionReactivate"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R), &SelectionActions::reactivate),
               StatusChange::Reactivate),
        change(make(tr("A&pprove registration"), QStringLiteral("actionApprove"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &SelectionActions::approve),
               StatusChange::Approve),
        change(make(tr("Re&ject registration…"), QStringLiteral("actionReject"), {}, &SelectionActions::reject),
               StatusChange::Reject),
        change(make(tr("&Unsubscribe…"), QStringLiteral("actionUnsubscribe"), {}, &SelectionActions::unsubscribe),
               StatusChange::Unsubscribe),
        change(make(tr("Resu&bscribe"), QStringLiteral("actionResubscribe"), {}, &SelectionActions::resubscribe),
               StatusChange::Resubscribe),
        make(tr("&Top up credits…"), QStringLiteral("actionTopUp"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
             &SelectionActions::topUp),
        make(tr("&Enroll in products…"), QStringLiteral("actionEnroll"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E),
             &SelectionActions::enroll),
        make(tr("Add to &mailing list…"), QStringLiteral("actionAddToList"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L), &SelectionActions::addToList),
    };
    users->addActions(actions);
    users->addSeparator();
    QAction *remove = make(tr("&Delete with all their data…"), QStringLiteral("actionDelete"),
                           QKeySequence(Qt::SHIFT | Qt::Key_Delete), &SelectionActions::deleteUsers);
    users->addAction(remove);
    // The same actions on the table's row menu (right click, Menu key, Shift+F10, the "⋯" button).
    QTableView *table = m_directory->view();
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    table->addActions(actions);
    table->addAction(remove);
    updateStates();
}

void SelectionActions::updateStates()
{
    const auto counts = m_directory->selectedStatusCounts();
    std::int64_t any = 0;
    for (std::int64_t c : counts)
        any += c;
    for (QAction *action : std::as_const(m_all)) {
        bool enabled = any > 0;
        if (const auto change = m_changes.find(action); change != m_changes.end()) {
            enabled = false;
            for (UserStatus status : allUserStatuses)
                enabled = enabled || (counts[static_cast<std::size_t>(status)] > 0 && statusAllows(status, *change));
        }
        action->setEnabled(enabled);
    }
}

std::vector<std::int64_t> SelectionActions::chosen(std::optional<StatusChange> change) const
{
    if (!change)
        return m_directory->selectedUserIds();
    return m_directory->selectedUserIds([which = *change](UserStatus status) { return statusAllows(status, which); });
}

std::vector<std::int64_t> SelectionActions::forChange(StatusChange change, QString *note) const
{
    const std::vector<std::int64_t> ids = chosen(change);
    const auto all = static_cast<qint64>(m_directory->selectedCount() > 0 ? m_directory->selectedCount() : 1);
    const qint64 left = all - static_cast<qint64>(ids.size());
    if (note && left > 0)
        *note
            = tr("%Ln other selected user(s) stay as they are: their status does not allow this.", nullptr, int(left));
    return ids;
}

QString SelectionActions::names(const std::vector<std::int64_t> &ids) const
{
    const UserTableModel *model = m_directory->model();
    QStringList lines;
    for (std::size_t i = 0; i < ids.size() && i < NamedUsers; ++i) {
        const auto user = model->readUser(ids[i]);
        lines.append(user ? tr("%1 <%2>").arg(user->displayName(), user->email) : tr("User %1").arg(ids[i]));
    }
    if (ids.size() > NamedUsers)
        lines.append(tr("and %1 more").arg(QLocale().toString(qulonglong(ids.size() - NamedUsers))));
    return lines.join(u'\n');
}

bool SelectionActions::confirm(const QString &title, const QString &question, const std::vector<std::int64_t> &ids)
{
    // One user is what the operator clicked on; more deserve a look at who they are first.
    return ids.size() <= 1
        || MessageBox::question(m_window, title, question + QStringLiteral("\n\n") + names(ids)) == QMessageBox::Yes;
}

void SelectionActions::run(const QString &title, std::vector<std::int64_t> ids, const BulkAction &action)
{
    if (ids.empty())
        return;
    const auto actor = m_hooks.actor();
    if (!actor)
        return;
    // The rows keep their selection (or their place, when they leave the view) after the refresh.
    m_directory->keepSelection(m_directory->selectedUserIds());
    const auto report = runBulkWithProgress(m_window, m_hooks.databasePath(), *actor, std::move(ids), action, title);
    m_hooks.changed();
    if (!report) {
        MessageBox::critical(m_window, title, report.error());
        return;
    }
    auto *result = new BulkResultDialog(title, *report, m_window);
    result->setAttribute(Qt::WA_DeleteOnClose);
    result->show();
}

void SelectionActions::withReason(
    StatusChange change, const Title &title, const QString &label,
    const std::function<Result<ActionOutcome>(ActionContext &, std::int64_t, const QString &)> &act)
{
    QString note;
    std::vector<std::int64_t> ids = forChange(change, &note);
    if (ids.empty())
        return;
    const QString heading = title(static_cast<int>(ids.size()));
    QString text = names(ids);
    if (!note.isEmpty())
        text += QStringLiteral("\n\n") + note;
    const auto reason = Prompts::reason(m_window, heading, text + QStringLiteral("\n\n") + label);
    if (!reason)
        return;
    run(heading, std::move(ids),
        [act, why = *reason](ActionContext &context, std::int64_t id) { return act(context, id, why); });
}

void SelectionActions::withoutReason(StatusChange change, const Title &title,
                                     const std::function<Result<ActionOutcome>(ActionContext &, std::int64_t)> &act,
                                     const std::function<bool(const std::vector<std::int64_t> &)> &alsoAsk)
{
    QString note;
    std::vector<std::int64_t> ids = forChange(change, &note);
    const QString heading = title(static_cast<int>(ids.size()));
    if (ids.empty() || !confirm(heading, tr("%1?").arg(heading) + (note.isEmpty() ? QString() : u' ' + note), ids))
        return;
    if (alsoAsk && !alsoAsk(ids))
        return;
    run(heading, std::move(ids), act);
}

void SelectionActions::suspend()
{
    withReason(
        StatusChange::Suspend, [](int n) { return tr("Suspend %n user(s)", nullptr, n); },
        tr("The reason the users will see:"), &UserActions::suspend);
}

void SelectionActions::reactivate()
{
    withoutReason(
        StatusChange::Reactivate, [](int n) { return tr("Reactivate %n user(s)", nullptr, n); },
        [](ActionContext &context, std::int64_t id) { return UserActions::reactivate(context, id); });
}

void SelectionActions::approve()
{
    // Approving many at once without a look at their documents deserves a second question.
    const auto documentsLookedAt = [this](const std::vector<std::int64_t> &ids) {
        const auto unseen = static_cast<qint64>(
            std::count_if(ids.begin(), ids.end(), [this](std::int64_t id) { return !m_pending->documentsSeen(id); }));
        return ids.size() <= 1 || unseen == 0
            || MessageBox::question(m_window, tr("Approve %n registration(s)", nullptr, int(ids.size())),
                                    tr("You have not opened the KYC documents of %Ln of these users (Pending "
                                       "approvals shows them). Approve them anyway?",
                                       nullptr, int(unseen)))
            == QMessageBox::Yes;
    };
    withoutReason(
        StatusChange::Approve, [](int n) { return tr("Approve %n registration(s)", nullptr, n); },
        [](ActionContext &context, std::int64_t id) { return UserActions::approve(context, id); }, documentsLookedAt);
}

void SelectionActions::reject()
{
    withReason(
        StatusChange::Reject, [](int n) { return tr("Reject %n registration(s)", nullptr, n); },
        tr("The reason the users will see:"), &UserActions::reject);
}

void SelectionActions::unsubscribe()
{
    withReason(
        StatusChange::Unsubscribe, [](int n) { return tr("Unsubscribe %n user(s)", nullptr, n); },
        tr("Why their access is removed (kept in the audit log):"), &UserActions::unsubscribe);
}

void SelectionActions::resubscribe()
{
    withoutReason(
        StatusChange::Resubscribe, [](int n) { return tr("Resubscribe %n user(s)", nullptr, n); },
        &UserActions::resubscribe);
}

void SelectionActions::deleteUsers()
{
    std::vector<std::int64_t> ids = chosen();
    const int count = static_cast<int>(ids.size());
    if (count == 0)
        return;
    const QString title = tr("Delete %n user(s)", nullptr, count);
    const QString confirmation = tr("DELETE %1").arg(count);
    const auto typed = Prompts::text(m_window, title,
                                     names(ids) + QStringLiteral("\n\n")
                                         + tr("This deletes %n user(s) and all their data: enrollments, payments, "
                                              "credits, activity, tickets, messages. It cannot be undone.\n\nType %1 "
                                              "to confirm:",
                                              nullptr, count)
                                               .arg(confirmation));
    if (!typed)
        return;
    if (typed->trimmed() != confirmation) {
        MessageBox::information(m_window, title, tr("Nothing was deleted: the confirmation did not match."));
        return;
    }
    run(title, std::move(ids),
        [](ActionContext &context, std::int64_t id) { return UserActions::deleteUser(context, id); });
}

void SelectionActions::enroll()
{
    std::vector<std::int64_t> ids = chosen();
    const int count = static_cast<int>(ids.size());
    if (count == 0 || !m_context->db.isValid())
        return;
    const auto products = ProductPickerDialog::ask(m_context->db, count, m_window);
    if (!products || products->empty())
        return;
    run(tr("Enroll %n user(s)", nullptr, count), std::move(ids),
        [chosen = *products](ActionContext &context, std::int64_t id) {
            return UserActions::enrollMany(context, id, chosen);
        });
}

void SelectionActions::addToList()
{
    std::vector<std::int64_t> ids = chosen();
    const int count = static_cast<int>(ids.size());
    if (count == 0 || !m_context->db.isValid())
        return;
    QSqlQuery query(m_context->db);
    QStringList listNames;
    QList<std::int64_t> listIds;
    if (query.exec(QStringLiteral("SELECT id, name FROM mailing_lists ORDER BY name"))) {
        while (query.next()) {
            listIds.append(query.value(0).toLongLong());
            listNames.append(query.value(1).toString());
        }
    }
    if (listNames.isEmpty()) {
        MessageBox::information(m_window, tr("Add to mailing list"), tr("This school has no mailing lists."));
        return;
    }
    const auto picked
        = Prompts::choice(m_window, tr("Add %n user(s) to a mailing list", nullptr, count), tr("List:"), listNames);
    if (!picked)
        return;
    const std::int64_t list = listIds[listNames.indexOf(*picked)];
    run(tr("Add %n user(s) to %1", nullptr, count).arg(*picked), std::move(ids),
        [list](ActionContext &context, std::int64_t id) {
            return CommunicationActions::addToMailingList(context, id, list);
        });
}

void SelectionActions::topUp()
{
    std::vector<std::int64_t> ids = chosen();
    const int count = static_cast<int>(ids.size());
    if (count == 0)
        return;
    const QString currency = m_directory->model()->currency();
    const auto request = TopUpDialog::ask(m_window, currency, count);
    if (!request)
        return;
    const QString title = tr("Top up credits for %n user(s)", nullptr, count);
    // The total is what the school gives away: shown before anything is written.
    const auto total = static_cast<std::int64_t>(ids.size()) * request->amount;
    if (!confirm(title,
                 tr("Give %Ln user(s) %1 each, %2 in all?", nullptr, count)
                     .arg(formatMoney(request->amount, currency), formatMoney(total, currency)),
                 ids))
        return;
    run(title, std::move(ids), [top = *request](ActionContext &context, std::int64_t id) {
        return UserActions::topUp(context, id, top.amount, top.reason, top.note);
    });
}

} // namespace rollbook
