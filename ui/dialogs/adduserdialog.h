#pragma once

#include "actions/useractions.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace rollbook {

/// The details of a new user, each checked at its field as it is typed (name required, email
/// syntax, phone parsed with the school's region). OK stays off until all are valid.
class AddUserDialog : public QDialog
{
    Q_OBJECT

public:
    AddUserDialog(const QString &phoneRegion, QWidget *parent = nullptr);
    NewUser user() const;

    /// Asks; tests answer through setNextAnswer instead of a real modal dialog.
    static std::optional<NewUser> ask(QWidget *parent, const QString &phoneRegion);
    static void setNextAnswer(std::optional<NewUser> answer);

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
    QDialogButtonBox *m_buttons;
    QFormLayout *m_form;
};

} // namespace rollbook
