#include "dialogs/passworddialog.h"

#include "fielderror.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rollbook {

namespace {
std::optional<std::optional<QString>> nextAnswer;
} // namespace

PasswordDialog::PasswordDialog(const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_password(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_error(newFieldError(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Set a password for %1").arg(userName));
    for (QLineEdit *edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(128);
        connect(edit, &QLineEdit::textChanged, this, &PasswordDialog::validate);
    }
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The password is stored only as an argon2id hash. Tell the user through a safe "
                               "channel, or send a reset link instead."),
                            this));
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Repeat:"), m_repeat);
    form->addRow(m_error);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::validate()
{
    QString problem;
    if (m_password->text().size() < 8)
        problem = tr("At least 8 characters.");
    else if (m_password->text() != m_repeat->text())
        problem = tr("The two passwords differ.");
    showFieldError(m_error, problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

std::optional<QString> PasswordDialog::ask(QWidget *parent, const QString &userName)
{
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    PasswordDialog dialog(userName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.password();
}

void PasswordDialog::setNextAnswer(std::optional<QString> answer)
{
    nextAnswer = std::move(answer);
}

} // namespace rollbook
