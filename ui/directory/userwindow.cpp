#include "userwindow.h"

#include "money.h"
#include "phone.h"
#include "usertablemodel.h"

#include <QDateTime>
#include <QFormLayout>
#include <QLabel>

namespace rollbook {

UserWindow::UserWindow(const UserTableModel *model, std::int64_t userId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_userId(userId)
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("userWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_form->setLabelAlignment(Qt::AlignRight);
    load(model);
    resize(520, sizeHint().height());
}

void UserWindow::load(const UserTableModel *model)
{
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
    add(tr("Email"), row.email, QStringLiteral("userEmail"));
    add(tr("Phone"), formatPhone(row.phone));
    add(tr("Company"), row.company);
    add(tr("Industry"), row.industry);
    add(tr("Status"),
        row.statusReason.isEmpty() ? statusName(row.status)
                                   : tr("%1 — %2").arg(statusName(row.status), row.statusReason),
        QStringLiteral("userStatus"));
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
        add(field.label, displayCustomValue(field, row.custom.value(field.id), locale));
    }
}

} // namespace rollbook
