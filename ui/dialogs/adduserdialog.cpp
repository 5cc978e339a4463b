#include "adduserdialog.h"

#include "fielderror.h"
#include "phone.h"
#include "validation.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace rollbook {

namespace {
std::optional<std::optional<NewUser>> nextAnswer;
} // namespace

AddUserDialog::AddUserDialog(const QString &phoneRegion, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_region(phoneRegion)
    , m_error(newFieldError(this, QStringLiteral("addError")))
    , m_submit(std::move(submit))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add a user"));
    m_first = addField(tr("&First name:"), QStringLiteral("addFirst"), &m_firstError);
    m_last = addField(tr("&Last name:"), QStringLiteral("addLast"), nullptr);
    m_email = addField(tr("&Email:"), QStringLiteral("addEmail"), &m_emailError);
    m_phone = addField(tr("&Phone:"), QStringLiteral("addPhone"), &m_phoneError);
    m_phone->setPlaceholderText(tr("optional; national numbers are read as %1").arg(phoneRegion));
    m_company = addField(tr("&Company:"), QStringLiteral("addCompany"), nullptr);
    m_industry = addField(tr("&Industry:"), QStringLiteral("addIndustry"), nullptr);
    m_first->setMaxLength(100);
    m_last->setMaxLength(100);
    m_company->setMaxLength(200);
    m_industry->setMaxLength(100);
    auto *hint = new QLabel(tr("The user gets a welcome email with a link to set their password."), this);
    hint->setWordWrap(true);
    m_form->addRow(hint);
    m_form->addRow(m_error);
    m_form->addRow(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(460, sizeHint().height());
    m_first->setFocus();
}

void AddUserDialog::accept()
{
    if (!m_submit) {
        QDialog::accept();
        return;
    }
    const Result<CreatedUser> created = m_submit(user());
    if (created) {
        m_created = *created;
        QDialog::accept();
        return;
    }
    // Stay open with everything typed; the error goes where it belongs.
    const QString field = created.errorField();
    QLabel *label = field == u"email" ? m_emailError
        : field == u"phone"           ? m_phoneError
        : field == u"first_name"      ? m_firstError
                                      : m_error;
    QLineEdit *edit = field == u"email" ? m_email : field == u"phone" ? m_phone : m_first;
    showFieldError(label, created.error());
    edit->setFocus();
    edit->selectAll();
}

QLineEdit *AddUserDialog::addField(const QString &label, const QString &name, QLabel **error)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    m_form->addRow(label, edit);
    if (error) {
        *error = newFieldError(this, name + QStringLiteral("Error"));
        m_form->addRow(QString(), *error);
    }
    connect(edit, &QLineEdit::textChanged, this, &AddUserDialog::validate);
    return edit;
}

void AddUserDialog::validate()
{
    bool valid = !m_first->text().trimmed().isEmpty();
    // Errors appear once something is typed, not on an empty new form.
    showFieldError(m_firstError, QString());
    QString emailError;
    if (!m_email->text().trimmed().isEmpty()) {
        if (const auto email = normalizeEmail(m_email->text()); !email)
            emailError = email.error();
    } else {
        valid = false;
    }
    showFieldError(m_emailError, emailError);
    QString phoneError;
    if (!m_phone->text().trimmed().isEmpty()) {
        if (const auto phone = phoneToE164(m_phone->text().trimmed(), m_region); !phone)
            phoneError = phone.error();
    }
    showFieldError(m_phoneError, phoneError);
    showFieldError(m_error, QString());
    valid = valid && emailError.isEmpty() && phoneError.isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
}

NewUser AddUserDialog::user() const
{
    return NewUser{m_first->text(), m_last->text(),    m_email->text(),
                   m_phone->text(), m_company->text(), m_industry->text()};
}

Result<std::optional<CreatedUser>> AddUserDialog::ask(QWidget *parent, const QString &phoneRegion, const Submit &submit)
{
    if (nextAnswer) {
        const auto answer = *nextAnswer;
        nextAnswer.reset();
        if (!answer)
            return std::optional<CreatedUser>();
        const auto created = submit(*answer);
        if (!created)
            return Error{created.error(), created.errorField()};
        return std::optional<CreatedUser>(*created);
    }
    AddUserDialog dialog(phoneRegion, submit, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::optional<CreatedUser>();
    return dialog.created();
}

void AddUserDialog::setNextAnswer(std::optional<NewUser> answer)
{
    nextAnswer = std::move(answer);
}

} // namespace rollbook
