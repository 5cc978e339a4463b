#pragma once

#include "actions/settingsactions.h"
#include "notify/smtpclient.h"

#include <QFutureWatcher>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rollbook {

/// The school's mail server in School settings: host, port, security, sign-in, sender, with the
/// password kept in the system keychain, and "Send test email", which tries what is typed (saved
/// or not) off the GUI thread and shows the server's answer.
class MailSettingsPage : public QWidget
{
    Q_OBJECT

public:
    MailSettingsPage(const SchoolSettings &current, QWidget *parent = nullptr);
    /// The typed mail settings, into settings.
    void into(SchoolSettings *settings) const;
    /// Whether the password was typed (a new one to keep, or emptied to forget).
    bool passwordEdited() const { return m_passwordEdited; }
    QString password() const;
    QString host() const;
    QString user() const;
    /// The address a test goes to (the support email until changed).
    void setTestAddress(const QString &address);

private:
    SmtpSettings typed() const;
    void sendTest();
    void sendWith(SmtpSettings settings);

    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_fromName;
    QLineEdit *m_fromAddress;
    QLineEdit *m_testTo;
    QPushButton *m_test;
    QLabel *m_result;
    QFutureWatcher<SendOutcome> m_sending;
    bool m_passwordEdited = false;
    bool m_testToEdited = false;
};

} // namespace rollbook
