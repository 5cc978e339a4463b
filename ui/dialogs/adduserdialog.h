#pragma once

#include "actions/useractions.h"

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace rollbook {

/// The details of a new user, each checked at its field as it is typed (name required, email
/// syntax, phone parsed with the school's region). OK stays off until all are valid; then Add runs
/// submit, and an error it returns (an email already taken) appears at its field while the dialog
/// stays open with everything typed.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    using Submit = std::function<Result<CreatedUser>(const NewUser &)>;
    AddUserDialog(const QString &phoneRegion, Submit submit, QWidget *parent = nullptr);
    NewUser user() const;
    /// The user submit created, once the dialog was accepted.
    const std::optional<CreatedUser> &created() const { return m_created; }

    /// Asks and adds; tests answer through setNextAnswer instead of a real modal dialog (the
    /// answer still goes through submit, and an error comes back as a message).
    static Result<std::optional<CreatedUser>> ask(QWidget *parent, const QString &phoneRegion, const Submit &submit);
    static void setNextAnswer(std::optional<NewUser> answer);

    void accept() override;

private:
    QLineEdit *addField(const QString &label, const QString &name, QLabel **error);
    void validate();

    QString m_region;
    QLineEdit *m_first;
    QLineEdit *m_last;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_company;
    QLineEdit *m_industry;
    QLabel *m_firstError = nullptr;
    QLabel *m_emailError = nullptr;
    QLabel *m_phoneError = nullptr;
    QLabel *m_error;
    Submit m_submit;
    std::optional<CreatedUser> m_created;
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
};

} // namespace rollbook
