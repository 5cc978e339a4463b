#pragma once

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace rollbook {

/// A new password typed twice; OK stays off until both match and the length is right (8 to 128).
class PasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordDialog(const QString &userName, QWidget *parent = nullptr);
    QString password() const;

    /// Asks; tests answer through setNextAnswer instead of a real modal dialog.
    static std::optional<QString> ask(QWidget *parent, const QString &userName);
    static void setNextAnswer(std::optional<QString> answer);

private:
    void validate();

    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace rollbook
