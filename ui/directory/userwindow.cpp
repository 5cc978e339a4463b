#include "userwindow.h"

#include "actions/links.h"
#include "actions/profileactions.h"
#include "dialogs/passworddialog.h"
#include "fielderror.h"
#include "messagebox.h"
#include "mnemonic.h"
#include "money.h"
#include "phone.h"
#include "profile/activitytab.h"
#include "profile/communicationstab.h"
#include "profile/enrollmentstab.h"
#include "profile/exportstab.h"
#include "profile/historytab.h"
#include "profile/messagestab.h"
#include "profile/paymentstab.h"
#include "profile/tabletab.h"
#include "profile/teststab.h"
#include "profile/ticketstab.h"
#include "prompts.h"
#include "settings.h"
#include "usertablemodel.h"
#include "windowgeometry.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rollbook {

UserWindow::UserWindow(const UserTableModel *model, ActionContext *context, std::int64_t userId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_tabs(new QTabWidget(this))
    , m_model(model)
    , m_context(context)
    , m_userId(userId)
{
    setObjectName(QStringLiteral("userWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_tabs->setObjectName(QStringLiteral("profileTabs"));
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("overviewPage"));
    auto *scroll = new QScrollArea(page);
    scroll->setObjectName(QStringLiteral("overviewTab"));
    scroll->setAccessibleName(tr("Overview"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *overview = new QWidget(scroll);
    m_form = new QFormLayout(overview);
    m_form->setLabelAlignment(Qt::AlignRight);
    scroll->setWidget(overview);
    // One Save and one Revert for every field of the Overview.
    m_save = new QPushButton(tr("&Save changes"), page);
    m_save->setObjectName(QStringLiteral("overviewSave"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save every changed field (Ctrl+S)"));
    m_revert = new QPushButton(tr("Re&vert"), page);
    m_revert->setObjectName(QStringLiteral("overviewRevert"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_save);
    auto *pageLayout = new QVBoxLayout(page);
    pageLayout->setContentsMargins(0, 0, 0, 6);
    pageLayout->addWidget(scroll, 1);
    pageLayout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &UserWindow::save);
    connect(m_revert, &QPushButton::clicked, this, &UserWindow::revert);
    m_tabs->addTab(page, tr("Overview"));
    if (m_context && m_context->db.isValid())
        addProfileTabs(model->currency());
    // Each tab reads the store when first shown: the window opens on a filled Overview at once.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (auto *tab = qobject_cast<ProfileTab *>(m_tabs->currentWidget()))
            tab->ensureLoaded();
    });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_tabs);
    // Esc and Ctrl+W close the window (asking first when something is not saved).
    QList<QKeySequence> closing = QKeySequence::keyBindings(QKeySequence::Close);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_W), QKeySequence(Qt::Key_Escape)}) {
        if (!closing.contains(keys))
            closing.append(keys);
    }
    for (const QKeySequence &keys : std::as_const(closing)) {
        auto *close = new QShortcut(keys, this);
        close->setContext(Qt::WindowShortcut);
        connect(close, &QShortcut::activated, this, &QWidget::close);
    }
    load();
    rollbook::restoreWindowState(this, QStringLiteral("userWindow"), QSize(1000, 660));
}

bool UserWindow::hasUnsavedChanges() const
{
    return std::any_of(m_editables.begin(), m_editables.end(),
                       [](const Editable &field) { return field.value() != field.original; });
}

void UserWindow::updateDirty()
{
    const bool dirty = hasUnsavedChanges();
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty);
}

bool UserWindow::save()
{
    bool failed = false;
    bool changed = false;
    for (Editable &field : m_editables) {
        const QString typed = field.value();
        if (typed == field.original)
            continue;
        const Result<ActionOutcome> outcome = field.save(typed);
        if (!outcome) {
            showFieldError(field.error, outcome.error());
            failed = true;
            continue;
        }
        showFieldError(field.error, QString());
        field.original = typed;
        changed = changed || outcome->applied;
    }
    if (changed) {
        markTabsStale(nullptr);
        Q_EMIT userChanged(m_userId);
    }
    updateDirty();
    // A refused field keeps what was typed and its error: the form is rebuilt only when all went in.
    if (!failed)
        QMetaObject::invokeMethod(this, &UserWindow::load, Qt::QueuedConnection);
    return !failed;
}

void UserWindow::revert()
{
    for (Editable &field : m_editables) {
        field.set(field.original);
        showFieldError(field.error, QString());
    }
    updateDirty();
}

void UserWindow::closeEvent(QCloseEvent *event)
{
    if (hasUnsavedChanges()) {
        const auto answer = MessageBox::unsavedChanges(
            this, windowTitle(), tr("Some fields of the Overview are changed but not saved. Save them?"));
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save())) {
            event->ignore();
            return;
        }
    }
    rollbook::saveWindowState(this, QStringLiteral("userWindow"));
    QWidget::closeEvent(event);
}

void UserWindow::addProfileTabs(const QString &currency)
{
    const auto add = [this](ProfileTab *tab, const QString &title) {
        m_tabs->addTab(tab, title);
        // A list a tab holds is named, for a screen reader, by the tab unless it has a name of its own.
        for (QTableWidget *table : tab->findChildren<QTableWidget *>()) {
            if (table->accessibleName().isEmpty())
                table->setAccessibleName(withoutMnemonic(title));
        }
        m_profileTabs.append(tab);
        connect(tab, &ProfileTab::changed, this, &UserWindow::tabChanged);
    };
    add(new EnrollmentsTab(m_context, m_userId, m_tabs), tr("Enrollments"));
    add(new ActivityTab(m_context, m_userId, currency, m_tabs), tr("Activity"));
    add(new PaymentsTab(m_context, m_userId, currency, m_tabs), tr("Payments && credits"));
    add(new TableTab(
            m_context, m_userId, QStringLiteral("comments"), {tr("Date"), tr("Product"), tr("Comment")},
            QStringLiteral("SELECT c.created_at, coalesce(p.title, ''), c.body FROM comments c LEFT JOIN products p "
                           "ON p.id = c.product_id WHERE c.user_id = ? ORDER BY c.created_at DESC"),
            [](const QSqlQuery &q) {
                return QStringList{
                    QLocale().toString(QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong()), QLocale::ShortFormat),
                    q.value(1).toString(), q.value(2).toString()};
            },
            tr("No comments."), m_tabs),
        tr("Comments"));
    add(new TableTab(
            m_context, m_userId, QStringLiteral("coupons"),
            {tr("Code"), tr("Discount"), tr("Uses by this user"), tr("Last used"), tr("Uses in total"), tr("Limit")},
            QStringLiteral("SELECT k.code, k.percent_off, k.amount_off, count(*), max(r.redeemed_at), "
                           "(SELECT count(*) FROM coupon_redemptions a WHERE a.coupon_id = k.id), k.max_uses "
                           "FROM coupon_redemptions r JOIN coupons k ON k.id = r.coupon_id WHERE r.user_id = ? "
                           "GROUP BY k.id ORDER BY max(r.redeemed_at) DESC"),
            [currency](const QSqlQuery &q) {
                const QLocale locale;
                return QStringList{
                    q.value(0).toString(),
                    q.value(1).isNull() ? formatMoney(q.value(2).toLongLong(), currency, locale)
                                        : locale.toString(q.value(1).toInt()) + locale.percent(),
                    locale.toString(q.value(3).toLongLong()),
                    locale.toString(QDateTime::fromMSecsSinceEpoch(q.value(4).toLongLong()), QLocale::ShortFormat),
                    locale.toString(q.value(5).toLongLong()),
                    q.value(6).isNull() ? tr("none") : locale.toString(q.value(6).toLongLong())};
            },
            tr("No coupons used."), m_tabs),
        tr("Coupons"));
    add(new TestsTab(m_context, m_userId, m_tabs), tr("Tests"));
    add(new CommunicationsTab(m_context, m_userId, m_tabs), tr("Communications"));
    add(new TicketsTab(m_context, m_userId, m_tabs), tr("Tickets"));
    add(new MessagesTab(m_context, m_userId, m_tabs), tr("Messages"));
    add(new ExportsTab(m_context, m_userId, m_tabs), tr("Contest submissions"));
    add(new HistoryTab(m_context, m_userId, currency, m_tabs), tr("History"));
}

void UserWindow::markTabsStale(const QObject *except)
{
    for (ProfileTab *tab : std::as_const(m_profileTabs)) {
        if (tab != except)
            tab->markStale();
    }
}

void UserWindow::tabChanged()
{
    markTabsStale(sender());
    Q_EMIT userChanged(m_userId);
    load();
}

void UserWindow::addEditable(const QString &label, const QString &value, const QString &name, const Save &save)
{
    auto *edit = new QLineEdit(value, this);
    addEditor(
        label, edit, name, [edit] { return edit->text(); }, [edit](const QString &text) { edit->setText(text); }, save);
}

void UserWindow::addEditor(const QString &label, QWidget *editor, const QString &name,
                           const std::function<QString()> &value, const std::function<void(const QString &)> &set,
                           const Save &save)
{
    editor->setObjectName(name);
    QLabel *error = newFieldError(this, name + QStringLiteral("Error"));
    m_form->addRow(label, editor);
    m_form->addRow(QString(), error);
    m_editables.push_back({name, value, set, value(), save, error});
    if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
        connect(edit, &QLineEdit::textChanged, this, &UserWindow::updateDirty);
        connect(edit, &QLineEdit::returnPressed, this, &UserWindow::save);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this, &UserWindow::updateDirty);
    } else if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        connect(date, &QDateEdit::dateChanged, this, &UserWindow::updateDirty);
    }
}

void UserWindow::addCustomEditor(const CustomField &field, const QString &stored)
{
    const QString name = QStringLiteral("custom_") + field.key;
    const Save save = [this, id = field.id](const QString &typed) {
        return ProfileActions::setCustomValue(*m_context, m_userId, id, typed);
    };
    const QString label = field.required ? tr("%1 *").arg(field.label) : field.label;
    switch (field.type) {
    case CustomField::Type::Bool:
    case CustomField::Type::Choice: {
        auto *combo = new QComboBox(this);
        combo->addItem(tr("—"), QString());
        if (field.type == CustomField::Type::Bool) {
            combo->addItem(tr("Yes"), QStringLiteral("true"));
            combo->addItem(tr("No"), QStringLiteral("false"));
        } else {
            for (const QString &choice : field.choices)
                combo->addItem(choice, choice);
        }
        combo->setCurrentIndex(std::max(0, combo->findData(stored)));
        addEditor(
            label, combo, name, [combo] { return combo->currentData().toString(); },
            [combo](const QString &value) { combo->setCurrentIndex(std::max(0, combo->findData(value))); }, save);
        return;
    }
    case CustomField::Type::Date: {
        // The earliest date stands for "no date", shown as a dash.
        auto *date = new QDateEdit(this);
        date->setCalendarPopup(true);
        date->setMinimumDate(QDate(1900, 1, 1));
        date->setSpecialValueText(tr("—"));
        const QDate value = QDate::fromString(stored, Qt::ISODate);
        date->setDate(value.isValid() ? value : date->minimumDate());
        addEditor(
            label, date, name,
            [date] { return date->date() == date->minimumDate() ? QString() : date->date().toString(Qt::ISODate); },
            [date](const QString &value) {
                const QDate parsed = QDate::fromString(value, Qt::ISODate);
                date->setDate(parsed.isValid() ? parsed : date->minimumDate());
            },
            save);
        return;
    }
    case CustomField::Type::Number:
    case CustomField::Type::Text: {
        auto *edit = new QLineEdit(stored, this);
        if (field.type == CustomField::Type::Number)
            edit->setPlaceholderText(tr("A number"));
        addEditor(
            label, edit, name, [edit] { return edit->text(); }, [edit](const QString &text) { edit->setText(text); },
            save);
        return;
    }
    }
}

void UserWindow::applied(const Result<ActionOutcome> &outcome)
{
    if (!outcome) {
        MessageBox::warning(this, windowTitle(), outcome.error());
        return;
    }
    if (outcome->applied) {
        markTabsStale(nullptr);
        Q_EMIT userChanged(m_userId);
    }
    // Rebuild from the store after the event loop, not inside the clicked button's own signal.
    QMetaObject::invokeMethod(this, &UserWindow::load, Qt::QueuedConnection);
}

void UserWindow::addAccountButtons(UserStatus status, const QString &email)
{
    auto *row = new QWidget(this);
    auto *line = new QHBoxLayout(row);
    line->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const QString &text, const QString &name, auto run) {
        auto *b = new QPushButton(text, row);
        b->setObjectName(name);
        line->addWidget(b);
        connect(b, &QPushButton::clicked, this, run);
    };
    const auto withReason = [this](const QString &title, const QString &label, auto action) {
        const auto reason = Prompts::reason(this, title, label);
        if (reason)
            applied(action(*reason));
    };
    // The first button is the status change the operator most likely wants.
    switch (status) {
    case UserStatus::Pending:
        button(tr("&Approve"), QStringLiteral("statusAction"),
               [this] { applied(UserActions::approve(*m_context, m_userId)); });
        button(tr("Re&ject…"), QStringLiteral("rejectAction"), [this, withReason] {
            withReason(tr("Reject"), tr("The reason the user will see:"),
                       [this](const QString &why) { return UserActions::reject(*m_context, m_userId, why); });
        });
        break;
    case UserStatus::Active:
        button(tr("Sus&pend…"), QStringLiteral("statusAction"), [this, withReason] {
            withReason(tr("Suspend"), tr("The reason the user will see:"),
                       [this](const QString &why) { return UserActions::suspend(*m_context, m_userId, why); });
        });
        button(tr("&Unsubscribe…"), QStringLiteral("unsubscribeAction"), [this, withReason] {
            withReason(tr("Unsubscribe"), tr("Why access ends (kept in the audit log):"),
                       [this](const QString &why) { return UserActions::unsubscribe(*m_context, m_userId, why); });
        });
        break;
    case UserStatus::Suspended:
        button(tr("&Reactivate"), QStringLiteral("statusAction"),
               [this] { applied(UserActions::reactivate(*m_context, m_userId)); });
        break;
    case UserStatus::Unsubscribed:
        button(tr("Re&subscribe"), QStringLiteral("statusAction"),
               [this] { applied(UserActions::resubscribe(*m_context, m_userId)); });
        break;
    }
    line->addStretch();
    button(tr("&Delete user…"), QStringLiteral("deleteUser"), [this, email] { deleteUser(email); });
    m_form->addRow(QString(), row);
}

void UserWindow::deleteUser(const QString &email)
{
    const auto typed = Prompts::text(this, tr("Delete user"),
                                     tr("This deletes the user and all their data: enrollments, payments, credits, "
                                        "activity, tickets, messages. It cannot be undone.\n\nType their email, %1, "
                                        "to confirm:")
                                         .arg(email));
    if (!typed)
        return;
    if (typed->trimmed().compare(email, Qt::CaseInsensitive) != 0) {
        MessageBox::information(this, tr("Delete user"), tr("Nothing was deleted: the email did not match."));
        return;
    }
    const auto outcome = UserActions::deleteUser(*m_context, m_userId);
    if (!outcome) {
        MessageBox::warning(this, tr("Delete user"), outcome.error());
        return;
    }
    Q_EMIT userChanged(m_userId);
    close();
}

void UserWindow::addLinkButtons()
{
    auto *row = new QWidget(this);
    auto *line = new QHBoxLayout(row);
    line->setContentsMargins(0, 0, 0, 0);
    const auto button = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, row);
        b->setObjectName(name);
        line->addWidget(b);
        return b;
    };
    // Links carry a one-time token: shown once, copied to the clipboard, stored only as a hash.
    const auto hand = [this](const Result<QString> &url, const QString &what) {
        if (!url) {
            MessageBox::warning(this, windowTitle(), url.error());
            return;
        }
        QGuiApplication::clipboard()->setText(*url);
        MessageBox::information(this, windowTitle(), what + QStringLiteral("\n\n") + *url);
    };
    connect(button(tr("Copy a &login link"), QStringLiteral("loginLink")), &QPushButton::clicked, this, [this, hand] {
        const auto link = Links::issue(*m_context, m_userId, LinkPurpose::Login);
        hand(link ? Result<QString>(link->url) : Result<QString>(link.failure()),
             tr("A one-time login link, valid for 15 minutes, is on the clipboard."));
    });
    connect(button(tr("Send a &reset link"), QStringLiteral("resetLink")), &QPushButton::clicked, this, [this, hand] {
        hand(UserActions::sendResetLink(*m_context, m_userId),
             tr("A password-reset email is queued; the link (valid for 24 hours) is also on the clipboard."));
    });
    connect(button(tr("Si&mulate session…"), QStringLiteral("impersonate")), &QPushButton::clicked, this, [this, hand] {
        const auto reason
            = Prompts::reason(this, tr("Simulate the user's session"), tr("Why (kept in the audit log):"));
        if (!reason)
            return;
        const auto link = Links::issue(*m_context, m_userId, LinkPurpose::Impersonate, *reason);
        hand(link ? Result<QString>(link->url) : Result<QString>(link.failure()),
             tr("Open this link in a private window to see the platform as this user; it works once, for 30 minutes."));
    });
    m_form->addRow(tr("Links"), row);
}

void UserWindow::load()
{
    // What was typed and not saved survives a rebuild (after an action elsewhere in the window).
    QHash<QString, QString> typed;
    for (const Editable &field : m_editables) {
        if (field.value() != field.original)
            typed.insert(field.name, field.value());
    }
    m_editables.clear();
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    const UserTableModel *model = m_model;
    const auto user = model->readUser(m_userId);
    if (!user) {
        setWindowTitle(tr("User"));
        m_form->addRow(new QLabel(user.error(), this));
        return;
    }
    const UserRow &row = *user;
    setWindowTitle(tr("%1 — Rollbook").arg(row.displayName()));
    const QLocale locale;
    const auto when = [&](std::int64_t ms) {
        return ms < 0 ? tr("Never")
                      : locale.toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(), QLocale::LongFormat);
    };
    const auto add = [this](const QString &label, const QString &value, const QString &name = {}) {
        auto *field = new QLabel(value.isEmpty() ? tr("—") : value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        field->setWordWrap(true);
        if (!name.isEmpty())
            field->setObjectName(name);
        m_form->addRow(label, field);
    };
    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(row.displayName().toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("userName"));
    m_form->addRow(title);
    const bool canEdit = m_context && m_context->db.isValid();
    const auto detail = [this](UserDetail which) {
        return [this, which](const QString &text) {
            return ProfileActions::changeDetail(*m_context, m_userId, which, text);
        };
    };
    if (canEdit) {
        addEditable(tr("First name"), row.firstName, QStringLiteral("editFirstName"), detail(UserDetail::FirstName));
        addEditable(tr("Last name"), row.lastName, QStringLiteral("editLastName"), detail(UserDetail::LastName));
        addEditable(tr("Email"), row.email, QStringLiteral("editEmail"),
                    [this](const QString &email) { return UserActions::changeEmail(*m_context, m_userId, email); });
        addEditable(tr("Phone"), formatPhone(row.phone), QStringLiteral("editPhone"), [this](const QString &phone) {
            return UserActions::changePhone(*m_context, m_userId, phone,
                                            StoreSettings::value(m_context->db, StoreSettings::PhoneRegion));
        });
    } else {
        add(tr("Email"), row.email, QStringLiteral("userEmail"));
        add(tr("Phone"), formatPhone(row.phone));
    }
    if (canEdit) {
        addEditable(tr("Company"), row.company, QStringLiteral("editCompany"), detail(UserDetail::Company));
        addEditable(tr("Industry"), row.industry, QStringLiteral("editIndustry"), detail(UserDetail::Industry));
    } else {
        add(tr("Company"), row.company);
        add(tr("Industry"), row.industry);
    }
    if (canEdit) {
        QSqlQuery groups(m_context->db);
        groups.prepare(QStringLiteral("SELECT group_concat(g.name, ', ') FROM group_members m JOIN groups g "
                                      "ON g.id = m.group_id WHERE m.user_id = ?"));
        groups.addBindValue(QVariant::fromValue<qint64>(m_userId));
        add(tr("Groups"), groups.exec() && groups.next() ? groups.value(0).toString() : QString(),
            QStringLiteral("userGroups"));
    }
    add(tr("Status"),
        row.statusReason.isEmpty() ? statusName(row.status)
                                   : tr("%1 — %2").arg(statusName(row.status), row.statusReason),
        QStringLiteral("userStatus"));
    if (canEdit) {
        addAccountButtons(row.status, row.email);
        addLinkButtons();
        auto *password = new QPushButton(tr("Set pass&word…"), this);
        password->setObjectName(QStringLiteral("setPassword"));
        m_form->addRow(tr("Password"), password);
        connect(password, &QPushButton::clicked, this, [this, name = row.displayName()] {
            const auto typed = PasswordDialog::ask(this, name);
            if (typed)
                applied(UserActions::setPassword(*m_context, m_userId, *typed));
        });
    }
    const QString source = row.source == u"purchase" ? tr("Purchase")
        : row.source == u"automation"                ? tr("Automation")
                                                     : tr("Added by an administrator");
    add(tr("Source"), source);
    add(tr("Registered"), when(row.registeredAt));
    add(tr("Last active"), when(row.lastActiveAt));
    add(tr("Language"), row.locale.isEmpty() ? QString() : QLocale(row.locale).nativeLanguageName());
    add(tr("Credit balance"), formatMoney(row.creditBalance, model->currency(), locale));
    add(tr("Total spent"), formatMoney(row.totalSpent, model->currency(), locale));
    add(tr("Course progress"), locale.toString(row.progress) + locale.percent());
    for (int column = UserColumnCount; column < model->columnCount(); ++column) {
        const CustomField &field = model->customFields()[column - UserColumnCount];
        if (canEdit)
            addCustomEditor(field, row.custom.value(field.id));
        else
            add(field.label, displayCustomValue(field, row.custom.value(field.id), locale));
    }
    for (Editable &field : m_editables) {
        if (const auto kept = typed.constFind(field.name); kept != typed.constEnd())
            field.set(*kept);
    }
    updateDirty();
}

} // namespace rollbook
