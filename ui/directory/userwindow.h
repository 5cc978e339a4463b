#pragma once

#include "actions/actioncontext.h"
#include "actions/useractions.h"
#include "directory/customfields.h"
#include "userstatus.h"

#include <QWidget>

#include <functional>

#include <cstdint>

class QFormLayout;
class QLabel;
class QLineEdit;
class QTabWidget;

namespace rollbook {

class ProfileTab;
class UserTableModel;

/// One window per user, in tabs: Overview (details; email and phone editable in place, checked at
/// the field; suspend or reactivate; password; one-time links), then Enrollments, Activity,
/// Payments & credits, Comments, Coupons, Tests, Communications, Tickets, Messages and Exports,
/// each read from the store when first shown.
class UserWindow : public QWidget
{
    Q_OBJECT

public:
    /// context: where the window's actions write; it must outlive the window.
    UserWindow(const UserTableModel *model, ActionContext *context, std::int64_t userId, QWidget *parent = nullptr);
    std::int64_t userId() const { return m_userId; }

Q_SIGNALS:
    /// An action changed this user: the directory should refresh.
    void userChanged(std::int64_t userId);

private:
    void addProfileTabs(const QString &currency);
    /// After a change, the other tabs read the store again when next shown.
    void markTabsStale(const QObject *except);
    void tabChanged();
    void load();
    using Save = std::function<Result<ActionOutcome>(const QString &)>;
    /// A line edit with a Save button and an error label under it, running save on click or Enter.
    void addEditable(const QString &label, const QString &value, const QString &name, const Save &save);
    /// Any editor with a Save button and an error label; value reads what the editor holds.
    void addEditor(const QString &label, QWidget *editor, const QString &name, const std::function<QString()> &value,
                   const Save &save);
    /// The editor a custom field's type wants: a line edit, a date, a yes/no or a choice list.
    void addCustomEditor(const CustomField &field, const QString &stored);
    void applied(const Result<ActionOutcome> &outcome, QLabel *error);
    /// The status changes the user's status allows (approve or reject, suspend or unsubscribe,
    /// reactivate, resubscribe) and Delete, which wants the user's email typed.
    void addAccountButtons(UserStatus status, const QString &email);
    void deleteUser(const QString &email);
    /// Login link, reset link and simulated session, each handed over on the clipboard.
    void addLinkButtons();

    QTabWidget *m_tabs;
    const UserTableModel *m_model;
    ActionContext *m_context;
    std::int64_t m_userId;
    QFormLayout *m_form;
    QList<ProfileTab *> m_profileTabs;
};

} // namespace rollbook
