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
class QPushButton;
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
    /// Whether an Overview field holds something other than what the store has.
    bool hasUnsavedChanges() const;
    /// Saves every changed Overview field, each through its action; a refused one keeps what was
    /// typed and shows why at the field. True when everything was saved.
    bool save();
    /// Puts the store's values back in every Overview field.
    void revert();

protected:
    /// Asks to save, discard or stay when fields hold unsaved changes; remembers the geometry.
    void closeEvent(QCloseEvent *event) override;

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
    /// A line edit with an error label under it; Enter or the window's Save runs save.
    void addEditable(const QString &label, const QString &value, const QString &name, const Save &save);
    /// Any editor with an error label; value reads what the editor holds, set puts a value back.
    void addEditor(const QString &label, QWidget *editor, const QString &name, const std::function<QString()> &value,
                   const std::function<void(const QString &)> &set, const Save &save);
    void updateDirty();
    /// The editor a custom field's type wants: a line edit, a date, a yes/no or a choice list.
    void addCustomEditor(const CustomField &field, const QString &stored);
    /// A button's action done: a warning for an Error; applied, the window and the directory refresh.
    void applied(const Result<ActionOutcome> &outcome);
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
    /// One editable Overview field: what the store had when shown, and how to save it.
    struct Editable
    {
        QString name;
        std::function<QString()> value;
        std::function<void(const QString &)> set;
        QString original;
        Save save;
        QLabel *error = nullptr;
    };
    std::vector<Editable> m_editables;
    QPushButton *m_save;
    QPushButton *m_revert;
};

} // namespace rollbook
